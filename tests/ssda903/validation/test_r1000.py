"""Rules 1000 and above: each test has a row that must be flagged and a near miss that must not."""

import pytest

from tests.ssda903.validation._assert import flagged

Y = 2025
LEAVER = {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "S"}


def ep(child: str, decom: str, **kw: str) -> dict[str, str]:
    return {"CHILD": child, "DECOM": decom, **kw}


def oc3(child: str, **kw: str) -> dict[str, str]:
    return {"CHILD": child, **LEAVER, **kw}


def test_1000_died_in_care():
    got = flagged(
        "1000",
        Y,
        Episodes=[ep("1", "x", REC="E2"), ep("2", "x", REC="E13")],
        OC3=[oc3("1"), oc3("2")],
    )
    assert got == {"OC3": [2]}


def test_1001_not_a_relevant_child():
    header = [{"CHILD": c, "DOB": "01/06/2006"} for c in "123"]
    this = [
        ep("1", "01/05/2024", DEC="01/06/2024", REC="E8"),  # 31 days since 14: not relevant
        ep("2", "01/05/2022", DEC="01/06/2024", REC="E8"),  # relevant
        ep("3", "01/05/2022", DEC="01/06/2024", REC="E11"),
    ]  # the third is adopted
    got = flagged(
        "1001",
        Y,
        previous={"Episodes": [ep("2", "01/05/2022")]},
        Header=header,
        Episodes=this,
        OC3=[oc3("1"), oc3("2"), oc3("3")],
    )
    assert got == {"OC3": [2, 4]}


def test_1001_respite_episode_of_another_child_in_the_same_row_position():
    # DfE leaves respite (V3/V4) episodes out of a young person's time in care: only the young
    # person's own. Child 1's V3 episode is the first row of this year's Episodes and child 2's
    # qualifying episode the first row of last year's; the councils' tool drops respite episodes
    # by row number across both years' episodes, so it also drops child 2's and flags child 2.
    # (Child 1 is flagged, having no time in care but respite; child 3 is relevant.)
    header = [{"CHILD": c, "DOB": "01/06/2006"} for c in "123"]
    got = flagged(
        "1001",
        Y,
        previous={"Episodes": [ep("2", "01/05/2021", DEC="01/06/2023", REC="E8", LS="C2")]},
        Header=header,
        Episodes=[
            ep("1", "01/05/2024", DEC="01/06/2024", REC="E8", LS="V3"),
            ep("3", "01/05/2022", DEC="01/06/2024", REC="E8", LS="C2"),
        ],
        OC3=[oc3("2"), oc3("1"), oc3("3")],
    )
    assert got == {"OC3": [3]}


def test_1002_care_leaver_without_any_episodes():
    got = flagged(
        "1002",
        Y,
        previous={"Episodes": [ep("2", "x")]},
        Episodes=[ep("3", "x")],
        OC3=[oc3("1"), oc3("2"), oc3("3")],
    )
    assert got == {"OC3": [2]}


def test_1003_decision_before_care_began():
    got = flagged(
        "1003",
        Y,
        Episodes=[ep("1", "01/05/2024", RNE="S"), ep("2", "01/05/2024", RNE="S")],
        PlacedAdoption=[
            {"CHILD": "1", "DATE_PLACED": "30/04/2024"},
            {"CHILD": "2", "DATE_PLACED": "01/05/2024"},
        ],
    )
    assert got == {"Episodes": [2], "PlacedAdoption": [2]}


@pytest.mark.parametrize(
    ("code", "bad", "good"),
    [
        ("1004", {"MIS_START": "31/02/2024"}, {"MIS_START": "29/02/2024"}),
        ("1005", {"MIS_END": "2024-05-01"}, {"MIS_END": None}),
        ("1006", {"MISSING": "X"}, {"MISSING": "A"}),
    ],
)
def test_missing_fields_valid(code, bad, good):
    got = flagged(code, Y, Missing=[{"CHILD": "1", **bad}, {"CHILD": "2", **good}])
    assert got == {"Missing": [2]}


def test_1007_still_looked_after_on_birthday():
    got = flagged(
        "1007",
        Y,
        Episodes=[ep("1", "01/01/2024"), ep("2", "01/01/2024", DEC="01/06/2024")],
        OC3=[oc3("1", DOB="01/07/2007"), oc3("2", DOB="01/07/2007")],
    )
    assert got == {"OC3": [2]}


def test_1009_place_change_reason_invalid():
    epi = [ep("1", "x", REASON_PLACE_CHANGE="WHIM"), ep("2", "x", REASON_PLACE_CHANGE="CARPL")]
    assert flagged("1009", Y, Episodes=epi) == {"Episodes": [2]}


def test_1010_open_last_year_but_no_episodes():
    got = flagged(
        "1010",
        Y,
        previous={"Episodes": [ep("1", "01/01/2024"), ep("2", "01/01/2024", DEC="01/02/2024")]},
        Episodes=[ep("3", "x")],
        OC3=[oc3("1"), oc3("2")],
    )
    assert got == {"OC3": [2]}


def test_1011_care_transferred():
    got = flagged(
        "1011",
        Y,
        Episodes=[ep("1", "01/01/2024", REC="E3"), ep("2", "01/01/2024", REC="E8")],
        OC3=[oc3("1"), oc3("2")],
    )
    assert got == {"OC3": [2]}


def test_1012_rows_for_child_without_episodes():
    got = flagged(
        "1012",
        Y,
        Episodes=[ep("2", "x")],
        Reviews=[{"CHILD": "1"}, {"CHILD": "2"}],
        OC2=[{"CHILD": "2"}, {"CHILD": "1"}],
    )
    assert got == {"Reviews": [2], "OC2": [3]}


def test_1014_uasc_for_care_leaver():
    got = flagged(
        "1014",
        Y,
        Episodes=[ep("1", "01/01/2023", DEC="01/02/2023"), ep("2", "01/01/2023")],
        UASC=[{"CHILD": "1"}, {"CHILD": "2"}],
        OC3=[oc3("1"), oc3("2")],
    )
    assert got == {"UASC": [2], "OC3": [2]}


def test_1016_left_care_after_17th_birthday():
    got = flagged(
        "1016",
        Y,
        Episodes=[ep("1", "x", DEC="01/08/2024"), ep("2", "x", DEC="30/06/2024")],
        OC3=[oc3("1", DOB="01/07/2007"), oc3("2", DOB="01/07/2007")],
    )
    assert got == {"OC3": [2]}


def test_3001_with_former_foster_carers_at_17():
    got = flagged(
        "3001",
        Y,
        Header=[{"CHILD": "1", "DOB": "01/07/2007"}, {"CHILD": "2", "DOB": "01/07/2008"}],
        OC3=[oc3("1", ACCOM="Z1"), oc3("2", ACCOM="Z1")],
    )
    assert got == {"OC3": [2]}
