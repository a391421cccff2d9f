"""Placement distances for the dashboard, derived from the stored episodes' postcodes."""

from __future__ import annotations

from datetime import date

import polars as pl

import indicators
from careassure.dashboard.selectors import placement_distances
from tests.ssda903.validation.conftest import make_tables

# Richmond upon Thames (E09000027) home; placements in Richmond, Cambridge and nowhere.
RICHMOND, CAMBRIDGE, INVENTED = "TW9 1DN", "CB2 1TN", "QX1 1AA"


def episodes() -> pl.DataFrame:
    rows = [
        {"CHILD": "1", "DECOM": "01/05/2024", "HOME_POST": RICHMOND, "PL_POST": "TW10 6UB"},
        {"CHILD": "2", "DECOM": "01/05/2024", "HOME_POST": RICHMOND, "PL_POST": CAMBRIDGE},
        {"CHILD": "3", "DECOM": "01/05/2024", "HOME_POST": RICHMOND, "PL_POST": INVENTED},
    ]
    base = {"RNE": "S", "LS": "C2", "PLACE": "U1", "CIN": "N1", "REC": None, "DEC": None}
    return make_tables(Episodes=[base | row for row in rows])["Episodes"]


def test_distances_and_location_come_from_the_postcodes(settings):
    settings.LA_CODE = "E09000027"
    frame = placement_distances(episodes())
    assert frame is not None
    rows = {r["CHILD"]: r for r in frame.iter_rows(named=True)}
    assert rows["1"]["PL_DISTANCE"] < 5 and rows["1"]["PL_LOCATION"] == "IN"
    assert 45 < rows["2"]["PL_DISTANCE"] < 60 and rows["2"]["PL_LOCATION"] == "OUT"
    assert rows["3"]["PL_DISTANCE"] is None and rows["3"]["PL_LOCATION"] is None


def test_without_the_councils_code_location_is_not_guessed(settings):
    settings.LA_CODE = ""
    frame = placement_distances(episodes())
    assert frame is not None and "PL_LOCATION" not in frame.columns
    assert placement_distances(None) is None


def test_the_20_mile_indicator_reads_them(settings):
    settings.LA_CODE = "E09000027"
    tables = make_tables(
        Header=[{"CHILD": c, "SEX": "1", "DOB": "01/01/2012"} for c in "123"],
        Episodes=[row for row in episodes().drop("_line", "_file").iter_rows(named=True)],
    )
    context = indicators.Context(
        tables, distances=placement_distances(tables["Episodes"]), collection_year=2025
    )
    result = indicators.REGISTRY["placed_over_20_miles"].at(context, date(2025, 3, 31))
    assert (result.numerator, result.denominator) == (("2",), ("1", "2", "3"))
