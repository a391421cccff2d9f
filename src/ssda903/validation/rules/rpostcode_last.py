"""Rules comparing this year's first episode with last year's last one on the fields DfE derives
from postcodes (PL_DISTANCE, PL_LA, PL_LOCATION; see `rpostcode.py`).

Each runs only when last year's return is given. "First" is the child's episode with the earliest
DECOM this year, "last" the one with the latest DECOM last year (file order breaking ties).
"""

from __future__ import annotations

import polars as pl

from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import Flags, first_per_child, flag, last_per_child, years
from ssda903.validation.rules.rpostcode import POSTCODES, POSTCODES_LA, placed

# Two distances differ when they are 0.2 miles or more apart (DfE's tolerance for rounding).
DISTANCE_TOLERANCE = 0.2


def _first_and_last_years_last(ctx: RuleContext, field: str) -> pl.DataFrame | None:
    """This year's first episode per child, with last year's last episode's `field` (PRE), RNE
    (RNE_PRE), parsed DEC (DEC_PRE) and DEC as sent (DEC_PRE_raw)."""
    if not ctx.has_previous("Episodes"):
        return None
    first = first_per_child(placed(ctx), "DECOM")
    last = last_per_child(placed(ctx, previous=True), "DECOM").select(
        "CHILD",
        pl.col(field).alias("PRE"),
        pl.col("RNE").alias("RNE_PRE"),
        pl.col("DEC").alias("DEC_PRE"),
        pl.col("DEC_raw").alias("DEC_PRE_raw"),
    )
    return first.join(last, on="CHILD")


def _text_differs(field: str) -> pl.Expr:
    # Two blanks count as the same value.
    return pl.col(field).cast(pl.String).fill_null("\0") != pl.col("PRE").cast(pl.String).fill_null(
        "\0"
    )


def _distance_differs() -> pl.Expr:
    apart = ((pl.col("PL_DISTANCE") - pl.col("PRE")).abs() >= DISTANCE_TOLERANCE).fill_null(False)
    appeared = pl.col("PRE").is_null() & pl.col("PL_DISTANCE").is_not_null()
    return apart | appeared


def _same_rne() -> pl.Expr:
    return (pl.col("RNE") == pl.col("RNE_PRE")).fill_null(False)


@rule("452", years=years("452"), needs=POSTCODES)
def placement_la_differs_from_last_year(ctx: RuleContext) -> Flags:
    """Last year ended with an open episode whose PL_LA differs from this year's first episode's,
    though both have the same reason for new episode (RNE)."""
    both = _first_and_last_years_last(ctx, "PL_LA")
    if both is None:
        return {}
    still_open = pl.col("DEC_PRE_raw").is_null()
    return flag("Episodes", both.filter(still_open & _same_rne() & _text_differs("PL_LA")))


@rule("453", years=years("453"), needs=POSTCODES)
def distance_differs_from_last_year(ctx: RuleContext) -> Flags:
    """As 452, for PL_DISTANCE: 0.2 miles or more apart, or only this year's known."""
    both = _first_and_last_years_last(ctx, "PL_DISTANCE")
    if both is None:
        return {}
    still_open = pl.col("DEC_PRE").is_null()
    return flag("Episodes", both.filter(still_open & _same_rne() & _distance_differs()))


@rule("503G", years=years("503G"), needs=POSTCODES)
def first_distance_matches_last_years_open_episode(ctx: RuleContext) -> Flags:
    """This year's first PL_DISTANCE matches last year's open episode (within 0.2 miles)."""
    both = _first_and_last_years_last(ctx, "PL_DISTANCE")
    if both is None:
        return {}
    return flag("Episodes", both.filter(pl.col("DEC_PRE").is_null() & _distance_differs()))


@rule("503H", years=years("503H"), needs=POSTCODES)
def first_placement_la_matches_last_years_open_episode(ctx: RuleContext) -> Flags:
    """This year's first PL_LA matches last year's open episode."""
    both = _first_and_last_years_last(ctx, "PL_LA")
    if both is None:
        return {}
    return flag("Episodes", both.filter(pl.col("DEC_PRE").is_null() & _text_differs("PL_LA")))


@rule("503J", years=years("503J"), needs=POSTCODES_LA)
def first_location_matches_last_years_open_episode(ctx: RuleContext) -> Flags:
    """This year's first PL_LOCATION (IN/OUT) matches last year's open episode."""
    both = _first_and_last_years_last(ctx, "PL_LOCATION")
    if both is None:
        return {}
    differs = _text_differs("PL_LOCATION")
    return flag("Episodes", both.filter(pl.col("DEC_PRE").is_null() & differs))
