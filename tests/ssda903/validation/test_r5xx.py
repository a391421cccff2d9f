"""Rules 500–549: each test has a row that must be flagged and a near miss that must not."""

import pytest

from tests.ssda903.validation._assert import flagged

Y = 2025


def ep(child: str, decom: str, **kw: str) -> dict[str, str]:
    return {"CHILD": child, "DECOM": decom, **kw}


def test_501_starts_before_previous_ends():
    got = flagged(
        "501",
        Y,
        Episodes=[
            ep("1", "01/05/2024", DEC="10/05/2024"),
            ep("1", "09/05/2024"),
            ep("2", "01/05/2024", DEC="10/05/2024"),
            ep("2", "10/05/2024"),
        ],
    )
    assert got == {"Episodes": [3]}


def test_502_first_decom_differs_from_open_episode_last_year():
    last = [ep("1", "01/01/2024"), ep("2", "01/01/2024")]
    got = flagged(
        "502",
        Y,
        previous={"Episodes": last},
        Episodes=[ep("1", "02/01/2024"), ep("2", "01/01/2024")],
    )
    assert got == {"Episodes": [2]}
    assert flagged("502", Y, Episodes=[ep("1", "02/01/2024")]) == {}  # no previous year: no test


@pytest.mark.parametrize(
    ("code", "field"),
    [("503A", "RNE"), ("503B", "LS"), ("503C", "CIN"), ("503E", "PLACE_PROVIDER"), ("503F", "URN")],
)
def test_503_first_episode_matches_last_years_open_episode(code, field):
    last = [
        ep("1", "01/01/2024", **{field: "A"}),
        ep("2", "01/01/2024", **{field: "A"}),
        ep("3", "01/01/2024", DEC="01/02/2024", **{field: "A"}),
    ]
    this = [
        ep("1", "01/01/2024", **{field: "B"}),
        ep("2", "01/01/2024", **{field: "A"}),
        ep("3", "01/03/2024", **{field: "B"}),
    ]
    assert flagged(code, Y, previous={"Episodes": last}, Episodes=this) == {"Episodes": [2]}


def test_503d_allows_recoded_placements():
    last = [ep("1", "01/01/2024", PLACE="H5"), ep("2", "01/01/2024", PLACE="H5")]
    this = [ep("1", "01/01/2024", PLACE="K3"), ep("2", "01/01/2024", PLACE="R1")]
    assert flagged("503D", Y, previous={"Episodes": last}, Episodes=this) == {"Episodes": [3]}
    assert flagged("503D", 2027, previous={"Episodes": last}, Episodes=this) == {"Episodes": [2, 3]}


def test_504_cin_changes_within_period():
    got = flagged(
        "504",
        Y,
        Episodes=[
            ep("1", "01/05/2024", DEC="10/05/2024", REC="X1", CIN="N1"),
            ep("1", "10/05/2024", CIN="N2"),
            ep("2", "01/05/2024", DEC="10/05/2024", REC="X1", CIN="N1"),
            ep("2", "10/05/2024", CIN="N1"),
        ],
    )
    assert got == {"Episodes": [3]}


def test_511_two_adopters_single_code():
    ad1 = [
        {"CHILD": "1", "NB_ADOPTR": "2", "SEX_ADOPTR": "M1"},
        {"CHILD": "2", "NB_ADOPTR": "2", "SEX_ADOPTR": "MF"},
    ]
    assert flagged("511", Y, AD1=ad1) == {"AD1": [2]}


@pytest.mark.parametrize(
    ("code", "ls", "good", "bad"),
    [
        ("514", "L0", "M1", "MF"),
        ("517", "L3", "MF", "MM"),
        ("518", "L4", "FF", "MF"),
        ("519", "L2", "MF", "M1"),
        ("520", "L11", "MF", "FF"),
        ("524", "L12", "MM", "MF"),
    ],
)
def test_adopter_sex_matches_legal_status(code, ls, good, bad):
    ad1 = [
        {"CHILD": "1", "LS_ADOPTR": ls, "SEX_ADOPTR": bad},
        {"CHILD": "2", "LS_ADOPTR": ls, "SEX_ADOPTR": good},
    ]
    assert flagged(code, Y, AD1=ad1) == {"AD1": [2]}


def test_516_sgo_to_former_foster_carers():
    epi = [ep("1", "x", REC="E45", PLACE="R1"), ep("2", "x", REC="E45", PLACE="U1")]
    assert flagged("516", Y, Episodes=epi) == {"Episodes": [2]}


def test_521_best_interest_after_placement():
    got = flagged(
        "521",
        Y,
        Episodes=[ep("1", "01/05/2024", PLACE="A3"), ep("2", "01/05/2024", PLACE="A3")],
        AD1=[{"CHILD": "1", "DATE_INT": "02/05/2024"}, {"CHILD": "2", "DATE_INT": "01/05/2024"}],
    )
    assert got == {"Episodes": [2], "AD1": [2]}


def test_522_ceased_before_placed():

    pa = [
        {"CHILD": "1", "DATE_PLACED": "02/05/2024", "DATE_PLACED_CEASED": "01/05/2024"},
        {"CHILD": "2", "DATE_PLACED": "02/05/2024", "DATE_PLACED_CEASED": "02/05/2024"},
    ]
    assert flagged("522", Y, PlacedAdoption=pa) == {"PlacedAdoption": [2]}


def test_523_date_placed_differs_from_date_int():
    got = flagged(
        "523",
        Y,
        PlacedAdoption=[
            {"CHILD": "1", "DATE_PLACED": "02/05/2024"},
            {"CHILD": "2", "DATE_PLACED": "02/05/2024"},
        ],
        AD1=[{"CHILD": "1", "DATE_INT": "01/05/2024"}, {"CHILD": "2", "DATE_INT": "02/05/2024"}],
    )
    assert got == {"PlacedAdoption": [2], "AD1": [2]}


def test_525_reversed_but_adopted():
    got = flagged(
        "525",
        Y,
        PlacedAdoption=[
            {"CHILD": "1", "DATE_PLACED_CEASED": "02/05/2024"},
            {"CHILD": "2", "DATE_PLACED_CEASED": "02/05/2024"},
        ],
        AD1=[{"CHILD": "1", "NB_ADOPTR": "1"}, {"CHILD": "2"}],
    )
    assert got == {"PlacedAdoption": [2], "AD1": [2]}


def test_526_provider_missing_changes_with_z1_split():
    epi = [ep("1", "x", PLACE="R1"), ep("2", "x", PLACE="Z1"), ep("3", "x", PLACE="Z11")]
    assert flagged("526", Y, Episodes=epi) == {"Episodes": [2, 4]}
    assert flagged("526", 2026, Episodes=epi) == {"Episodes": [2, 3]}


@pytest.mark.parametrize(
    ("code", "provider", "place"),
    [
        ("527", "PR1", "P1"),
        ("528", "PR2", "R5"),
        ("529", "PR3", "U1"),
        ("530", "PR4", "P1"),
        ("531", "PR5", "P1"),
        ("550", "PR0", "R1"),
    ],
)
def test_provider_not_allowed_for_placement(code, provider, place):
    epi = [
        ep("1", "x", PLACE=place, PLACE_PROVIDER=provider),
        ep("2", "x", PLACE="H5" if code != "550" else "P1", PLACE_PROVIDER=provider),
    ]
    assert flagged(code, Y, Episodes=epi) == {"Episodes": [2]}


def test_542_conviction_under_10():
    oc2 = [
        {"CHILD": "1", "DOB": "01/04/2015", "CONVICTED": "0"},
        {"CHILD": "2", "DOB": "31/03/2015", "CONVICTED": "0"},
    ]
    assert flagged("542", Y, OC2=oc2) == {"OC2": [2]}


LOOKED_AFTER = [ep("1", "01/01/2023"), ep("2", "01/01/2023")]


def test_543_conviction_missing_when_looked_after_12_months():
    oc2 = [{"CHILD": "1", "DOB": "01/01/2010"}, {"CHILD": "2", "DOB": "01/01/2016"}]
    assert flagged("543", Y, OC2=oc2, Episodes=LOOKED_AFTER) == {"OC2": [2]}
    # a child who entered care this year is not continuously looked after
    assert flagged("543", Y, OC2=oc2, Episodes=[ep("1", "01/05/2024", RNE="S")]) == {}


@pytest.mark.parametrize(("code", "flag_col"), [("544", "CONVICTED"), ("547", "HEALTH_CHECK")])
def test_health_fields_required(code, flag_col):
    full = {
        "IMMUNISATIONS": "1",
        "TEETH_CHECK": "1",
        "HEALTH_ASSESSMENT": "1",
        "SUBSTANCE_MISUSE": "0",
    }
    oc2 = [
        {"CHILD": "1", flag_col: "1", **full, "TEETH_CHECK": None},
        {"CHILD": "2", flag_col: "1", **full},
    ]
    assert flagged(code, Y, OC2=oc2) == {"OC2": [2]}


def test_545_health_check_missing_under_5():
    oc2 = [{"CHILD": "1", "DOB": "01/06/2020"}, {"CHILD": "2", "DOB": "01/06/2019"}]
    assert flagged("545", Y, OC2=oc2, Episodes=LOOKED_AFTER) == {"OC2": [2]}


def test_546_health_check_given_over_5():
    oc2 = [
        {"CHILD": "1", "DOB": "31/03/2020", "HEALTH_CHECK": "1"},
        {"CHILD": "2", "DOB": "01/04/2020", "HEALTH_CHECK": "1"},
    ]
    assert flagged("546", Y, OC2=oc2, Episodes=LOOKED_AFTER) == {"OC2": [2]}
