"""Rules 700–799 (DoLo, 2026/27): each test has a row that must be flagged and a near miss."""

import pytest

from tests.ssda903.validation._assert import flagged

Y = 2027


def dolo(child: str, start: str | None, end: str | None = None, **kw: str) -> dict:
    return {"CHILD": child, "DOLO_START": start, "DOLO_END": end, **kw}


@pytest.mark.parametrize(
    ("code", "bad", "good"),
    [
        ("700", dolo("1", "31/02/2026"), dolo("2", "28/02/2026")),
        ("701", dolo("1", "x", "2026-05-01"), dolo("2", "x")),
        ("702", dolo("1", "02/05/2026", "02/05/2026"), dolo("2", "02/05/2026", "03/05/2026")),
        ("703", dolo("1", "01/04/2027"), dolo("2", "31/03/2027")),
        ("704", dolo("1", "x", "31/03/2026"), dolo("2", "x", "01/04/2026")),
        (
            "708",
            dolo("1", "01/01/2015", DOB="01/01/2015"),
            dolo("2", "02/01/2015", DOB="01/01/2015"),
        ),
    ],
)
def test_dolo_fields(code, bad, good):
    assert flagged(code, Y, DoLo=[bad, good]) == {"DoLo": [2]}


def test_705_overlaps_previous():
    rows = [
        dolo("1", "01/05/2026", "10/05/2026"),
        dolo("1", "09/05/2026", "12/05/2026"),
        dolo("2", "01/05/2026", "10/05/2026"),
        dolo("2", "10/05/2026", "12/05/2026"),
    ]
    assert flagged("705", Y, DoLo=rows) == {"DoLo": [3]}


def test_706_open_last_year_not_continued():
    last = [dolo("1", "01/03/2026"), dolo("2", "01/03/2026"), dolo("3", "01/03/2026")]
    got = flagged(
        "706",
        Y,
        previous={"DoLo": last},
        Header=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}],
        DoLo=[dolo("1", "02/03/2026"), dolo("2", "01/03/2026")],
    )
    assert got == {"DoLo": [2], "Header": [4]}


def test_707_dolo_outside_period_of_care():
    got = flagged(
        "707",
        Y,
        Episodes=[{"CHILD": c, "DECOM": "01/05/2026", "DEC": "01/06/2026"} for c in "12"],
        DoLo=[dolo("1", "10/05/2026", "05/06/2026"), dolo("2", "10/05/2026", "01/06/2026")],
    )
    assert got == {"DoLo": [2]}


@pytest.mark.parametrize(("code", "bad", "good"), [("709", "R1", "K2"), ("710", "K1", "R1")])
def test_placement_during_dolo(code, bad, good):
    got = flagged(
        code,
        Y,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2026", "PLACE": bad},
            {"CHILD": "1", "DECOM": "01/08/2026", "PLACE": bad},  # after the DoLO ended
            {"CHILD": "2", "DECOM": "01/05/2026", "PLACE": good},
        ],
        DoLo=[dolo("1", "10/05/2026", "20/05/2026"), dolo("2", "10/05/2026", "20/05/2026")],
    )
    assert got == {"Episodes": [2], "DoLo": [2]}
