"""EPI, INT and NoE: each test has a row that must be flagged and a near miss that must not."""

import pytest

from ssda903.validation.rules.rint import CHILD_IN_HEADER, CHILD_ONCE, DOB_AS_HEADER
from tests.ssda903.validation._assert import flagged

Y = 2025
HEADER = [{"CHILD": "1", "DOB": "01/01/2010", "SEX": "M"}]


@pytest.mark.parametrize(("code", "table"), sorted(CHILD_IN_HEADER.items()))
def test_child_must_be_in_header(code, table):
    got = flagged(code, Y, Header=HEADER, **{table: [{"CHILD": "1"}, {"CHILD": "2"}]})
    assert got == {table: [3]}


@pytest.mark.parametrize(("code", "table"), sorted(DOB_AS_HEADER.items()))
def test_dob_must_match_header(code, table):
    rows = [
        {"CHILD": "1", "DOB": "01/01/2010"},
        {"CHILD": "1", "DOB": "02/01/2010"},
        {"CHILD": "1", "DOB": "not a date"},
    ]
    assert flagged(code, Y, Header=HEADER, **{table: rows}) == {table: [3]}


def test_int21_sex_must_match_header():
    uasc = [{"CHILD": "1", "SEX": "M"}, {"CHILD": "1", "SEX": "F"}]
    assert flagged("INT21", Y, Header=HEADER, UASC=uasc) == {"UASC": [3]}


@pytest.mark.parametrize(("code", "table"), sorted(CHILD_ONCE.items()))
def test_child_only_once(code, table):
    rows = [{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "1"}]
    assert flagged(code, Y, **{table: rows}) == {table: [2, 4]}


def test_epi_header_child_without_episodes_or_oc3():
    got = flagged(
        "EPI",
        Y,
        Header=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}],
        Episodes=[{"CHILD": "2"}],
        OC3=[{"CHILD": "3"}],
    )
    assert got == {"Header": [2]}


def test_noe_started_before_year_without_last_years_episodes():
    got = flagged(
        "NoE",
        Y,
        previous={"Episodes": [{"CHILD": "2", "DECOM": "01/01/2024"}]},
        Episodes=[
            {"CHILD": "1", "DECOM": "01/01/2024"},
            {"CHILD": "2", "DECOM": "01/01/2024"},
            {"CHILD": "3", "DECOM": "01/04/2024"},
        ],
    )
    assert got == {"Episodes": [2]}
