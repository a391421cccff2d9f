"""Rules 600–699: each test has a row that must be flagged and a near miss that must not."""

from datetime import date

import polars as pl
import pytest

from ssda903.validation.rules._helpers import permanence_date
from tests.ssda903.validation._assert import flagged

Y = 2025
FULL_AD1 = {
    "DATE_INT": "01/01/2024",
    "DATE_MATCH": "01/02/2024",
    "FOSTER_CARE": "0",
    "NB_ADOPTR": "1",
    "SEX_ADOPTR": "M1",
    "LS_ADOPTR": "L0",
}


def ep(child: str, decom: str, **kw: str) -> dict[str, str]:
    return {"CHILD": child, "DECOM": decom, **kw}


def test_601_adopted_without_ad1_fields():
    got = flagged(
        "601",
        Y,
        Episodes=[
            ep("1", "x", DEC="01/06/2024", REC="E11"),
            ep("2", "x", DEC="01/06/2024", REC="E11"),
        ],
        AD1=[{"CHILD": "1", **FULL_AD1, "NB_ADOPTR": None}, {"CHILD": "2", **FULL_AD1}],
    )
    assert got == {"Episodes": [2], "AD1": [2]}


def test_602_ad1_without_adoption():
    got = flagged(
        "602",
        Y,
        Episodes=[
            ep("1", "x", DEC="01/06/2024", REC="E13"),
            ep("2", "x", DEC="01/06/2024", REC="E11"),
        ],
        AD1=[{"CHILD": "1", **FULL_AD1}, {"CHILD": "2", **FULL_AD1}],
    )
    assert got == {"AD1": [2]}


@pytest.mark.parametrize(("year", "female"), [(2024, "2"), (2025, "F")])
def test_607_mother_missing_on_leaving_care(year, female):
    left = {"DEC": f"01/06/{year - 1}", "REC": "E13", "LS": "C2"}
    got = flagged(
        "607",
        year,
        Episodes=[ep("1", "x", **left), ep("2", "x", **left)],
        Header=[{"CHILD": "1", "SEX": female}, {"CHILD": "2", "SEX": female, "MOTHER": "0"}],
    )
    assert got == {"Episodes": [2], "Header": [2]}


def test_611_mother_without_child_dob():
    head = [{"CHILD": "1", "MOTHER": "1"}, {"CHILD": "2", "MOTHER": "1", "MC_DOB": "01/01/2024"}]
    assert flagged("611", Y, Header=head) == {"Header": [2]}


@pytest.mark.parametrize(("year", "female"), [(2024, "2"), (2025, "F")])
def test_612_child_dob_but_not_mother(year, female):
    head = [
        {"CHILD": "1", "SEX": female, "MOTHER": "0", "MC_DOB": "01/01/2024"},
        {"CHILD": "2", "SEX": female, "MOTHER": "1", "MC_DOB": "01/01/2024"},
    ]
    assert flagged("612", year, Header=head) == {"Header": [2]}


def test_620_mother_under_11():
    head = [
        {"CHILD": "1", "MOTHER": "1", "DOB": "02/04/2013"},
        {"CHILD": "2", "MOTHER": "1", "DOB": "01/04/2013"},
    ]
    assert flagged("620", Y, Header=head) == {"Header": [2]}


def test_621_mother_younger_than_child():
    head = [
        {"CHILD": "1", "DOB": "01/01/2008", "MC_DOB": "01/01/2008"},
        {"CHILD": "2", "DOB": "01/01/2008", "MC_DOB": "02/01/2008"},
    ]
    assert flagged("621", Y, Header=head) == {"Header": [2]}


def test_624_child_dob_differs_from_last_year():
    last = [{"CHILD": "1", "MC_DOB": "01/01/2024"}, {"CHILD": "2", "MC_DOB": "01/01/2024"}]
    head = [{"CHILD": "1", "MC_DOB": "02/01/2024"}, {"CHILD": "2", "MC_DOB": "01/01/2024"}]
    assert flagged("624", Y, previous={"Header": last}, Header=head) == {"Header": [2]}


def test_625_child_born_after_care_ended():
    got = flagged(
        "625",
        Y,
        Episodes=[ep("1", "x", DEC="01/06/2024"), ep("2", "x", DEC="01/06/2024")],
        Header=[{"CHILD": "1", "MC_DOB": "02/06/2024"}, {"CHILD": "2", "MC_DOB": "01/06/2024"}],
    )
    assert got == {"Episodes": [2], "Header": [2]}


def test_626_mother_before_year_but_not_last_year():
    last = [{"CHILD": "1", "MOTHER": "0"}, {"CHILD": "2", "MOTHER": "0"}]
    head = [
        {"CHILD": "1", "MOTHER": "1", "MC_DOB": "01/03/2024"},
        {"CHILD": "2", "MOTHER": "1", "MC_DOB": "01/04/2024"},
    ]
    assert flagged("626", Y, previous={"Header": last}, Header=head) == {"Header": [2]}


def test_628_motherhood_for_care_leaver_only():
    got = flagged(
        "628",
        Y,
        Header=[{"CHILD": "1", "MOTHER": "0"}, {"CHILD": "2", "MOTHER": "0"}],
        Episodes=[ep("2", "01/05/2024")],
        OC3=[{"CHILD": "1", "IN_TOUCH": "YES"}, {"CHILD": "2", "IN_TOUCH": "YES"}],
    )
    assert got == {"Header": [2]}


def test_630_previous_permanence_missing():
    got = flagged(
        "630",
        Y,
        Episodes=[ep("1", "01/05/2024", RNE="S"), ep("2", "01/05/2024", RNE="S")],
        PrevPerm=[{"CHILD": "1", "PREV_PERM": "P1"}, {"CHILD": "2", "PREV_PERM": "Z1"}],
    )
    assert got == {"Episodes": [2]}


def test_631_previous_permanence_invalid():
    pp = [{"CHILD": "1", "PREV_PERM": "P9"}, {"CHILD": "2", "PREV_PERM": "P4"}, {"CHILD": "3"}]
    assert flagged("631", Y, PrevPerm=pp) == {"PrevPerm": [2]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/05/2010", date(2010, 5, 15)),
        ("ZZ/02/2012", date(2012, 2, 29)),
        ("zz/ZZ/2010", date(2010, 12, 31)),
        ("01/05/ZZZZ", date(2000, 5, 1)),
        ("31/02/2010", None),
        ("2010-05-01", None),
    ],
)
def test_permanence_date_reads_unknown_parts(text, expected):
    got = pl.select(permanence_date(pl.lit(text))).item()
    assert got == expected


def test_632_previous_permanence_date_after_care_began():
    got = flagged(
        "632",
        Y,
        Episodes=[ep("1", "01/05/2024"), ep("2", "01/05/2024")],
        PrevPerm=[
            {"CHILD": "1", "DATE_PERM": "ZZ/05/2024"},
            {"CHILD": "2", "DATE_PERM": "ZZ/04/2024"},
        ],
    )
    assert got == {"Episodes": [2], "PrevPerm": [2]}


def test_633_previous_permanence_la_invalid():
    pp = [
        {"CHILD": "1", "LA_PERM": "123"},
        {"CHILD": "2", "LA_PERM": "800"},
        {"CHILD": "3", "LA_PERM": "WAL"},
    ]
    assert flagged("633", Y, PrevPerm=pp) == {"PrevPerm": [2]}


def test_634_previous_permanence_without_recent_start():
    got = flagged(
        "634",
        Y,
        Episodes=[ep("1", "01/03/2024"), ep("2", "01/03/2024"), ep("2", "01/04/2024")],
        PrevPerm=[{"CHILD": "1", "PREV_PERM": "P1"}, {"CHILD": "2", "PREV_PERM": "P1"}],
    )
    assert got == {"Episodes": [2], "PrevPerm": [2]}


def test_635_previous_permanence_code_missing():
    pp = [{"CHILD": "1", "LA_PERM": "800"}, {"CHILD": "2", "LA_PERM": "800", "PREV_PERM": "P1"}]
    assert flagged("635", Y, PrevPerm=pp) == {"PrevPerm": [2]}
