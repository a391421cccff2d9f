"""Home and placement postcodes come from a real county and lie at plausible distances."""

from __future__ import annotations

import polars as pl

from democouncil import Council
from democouncil.geography import NEIGHBOURS, ONS_CODE, areas
from ssda903.reference import postcodes
from ssda903.reference.authorities import check_la_code, upper_tier_names
from ssda903.reference.placement import placement_fields
from tests.democouncil.conftest import all_episodes


def _placed(c: Council, year: int) -> pl.DataFrame:
    episodes = c.returns[year]["Episodes"]
    return placement_fields(episodes, postcodes.for_episodes(episodes), c.ons_code)


def test_the_borrowed_county_is_a_current_upper_tier_council() -> None:
    assert upper_tier_names()[ONS_CODE] == "Norfolk"
    # What the product asks of CAREASSURE_LA_CODE (about 0.7 s: it reads every letter's districts).
    assert check_la_code(ONS_CODE) == ONS_CODE
    # Norfolk's three postcode areas (Norwich, Peterborough, Ipswich), all of them.
    assert {code[:2] for code in areas()["home"].codes} == {"NR", "PE", "IP"}


def test_about_70_percent_of_placements_are_in_the_county_and_close_to_home(big: Council) -> None:
    placed = _placed(big, 2025)
    given = placed.filter(pl.col("PL_DISTANCE").is_not_null())
    in_area = (placed["PL_LA"] == ONS_CODE).mean()
    assert in_area is not None and 0.6 < in_area < 0.8
    outside = placed.filter(pl.col("PL_LA") != ONS_CODE)
    near = outside["PL_LA"].is_in(list(NEIGHBOURS)).mean()
    assert near is not None and 0.5 < near < 0.8
    inside_miles = given.filter(pl.col("PL_LA") == ONS_CODE)["PL_DISTANCE"].median()
    assert inside_miles is not None and 2 < inside_miles < 8
    over_20 = (given["PL_DISTANCE"] > 20).mean()
    assert over_20 is not None and 0.1 < over_20 < 0.35
    assert given["PL_DISTANCE"].max() < 350  # rule 454


def test_unaccompanied_children_have_no_home_postcode(big: Council) -> None:
    for year in (2024, 2026):
        tables = big.returns[year]
        uasc = pl.col("CHILD").is_in(tables["UASC"]["CHILD"].implode())
        episodes = tables["Episodes"]
        assert episodes.filter(uasc)["HOME_POST"].null_count() == episodes.filter(uasc).height
        assert episodes.filter(~uasc)["HOME_POST"].null_count() == 0
        assert episodes["PL_POST"].null_count() == 0


def test_the_same_carer_keeps_the_address_and_a_move_changes_it(big: Council) -> None:
    pairs = all_episodes(big).with_columns(prev=pl.col("PL_POST").shift(1).over("CHILD"))
    kept = pairs.filter(pl.col("RNE").is_in(["T", "L"]) & pl.col("prev").is_not_null())
    moved = pairs.filter((pl.col("RNE") == "P") & pl.col("prev").is_not_null())
    assert kept.height > 100 and moved.height > 500
    assert (kept["PL_POST"] == kept["prev"]).all()
    assert (moved["PL_POST"] != moved["prev"]).all()
