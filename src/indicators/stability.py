"""Placement stability: 3+ placements in the year, long-term stability, distance from home.

DfE (Children looked after in England including adoptions, placement stability tables) counts
placements, not episodes: an episode starting with RNE "L" (change of legal status only) continues
the same placement. The measures are of children looked after at 31 March, excluding short breaks.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from clocks import add_months, add_years
from indicators.context import Context
from indicators.model import (
    EES_CLA,
    Indicator,
    Measure,
    National,
    NotAvailable,
    Polarity,
    Unit,
    children,
    on_date,
    register,
    year_to,
)
from ssda903.tables import DATE_FORMAT

ADOPTIVE_PLACEMENTS = ("A3", "A4", "A5", "A6")
UNKNOWN_DISTANCE = 999.9  # the derived PL_DISTANCE value meaning "not known"

TOPIC = "Placement stability"


def _three_plus(context: Context, at: date) -> Measure:
    period = year_to(at)
    looked_after = children(context.cla_at(at)["CHILD"])
    counts = (
        context.looked_after_during(period)
        .filter(pl.col("CHILD").is_in(looked_after))
        .group_by("CHILD")
        .agg(pl.col("PLACEMENT").n_unique().alias("placements"))
    )
    return Measure(
        children(counts.filter(pl.col("placements") >= 3)["CHILD"]), looked_after, period
    )


def _long_term(context: Context, at: date) -> Measure:
    cohort = context.cla_at(at).filter(
        (pl.col("AGE") < 16) & (pl.col("PERIOD_START") <= add_months(at, -30))
    )
    placements = context.episodes.group_by("CHILD", "PERIOD", "PLACEMENT").agg(
        pl.col("DECOM").min().alias("_start"), pl.col("PLACE").first().alias("_first_place")
    )
    previous = placements.select(
        "CHILD", "PERIOD", (pl.col("PLACEMENT") + 1), pl.col("_start").alias("_previous_start")
    )
    # A placement that began as a placement for adoption counts together with the one before it
    # (a move to A3/A5 with the same carers already continues the placement: see context).
    with_previous = (
        cohort.join(placements, on=["CHILD", "PERIOD", "PLACEMENT"], how="left")
        .join(previous, on=["CHILD", "PERIOD", "PLACEMENT"], how="left")
        .with_columns(
            pl.when(
                pl.col("_first_place").is_in(ADOPTIVE_PLACEMENTS)
                & pl.col("_previous_start").is_not_null()
            )
            .then(pl.col("_previous_start"))
            .otherwise(pl.col("PLACEMENT_START"))
            .alias("_since")
        )
    )
    stable = with_previous.filter(pl.col("_since") <= add_years(at, -2))
    return Measure(children(stable["CHILD"]), children(cohort["CHILD"]), on_date(at))


def _distances(context: Context) -> pl.DataFrame:
    """Derived distance per episode (CHILD, DECOM, PL_DISTANCE, PL_LOCATION) from the optional
    frame, or from Episodes when a council export already carries the derived columns."""
    if context.distances is not None:
        frame = context.distances
    elif "PL_DISTANCE" in context.tables.get("Episodes", pl.DataFrame()).columns:
        frame = context.tables["Episodes"]
    else:
        raise NotAvailable("placement distances were not supplied (derived from postcodes)")
    columns = [c for c in ("PL_DISTANCE", "PL_LOCATION") if c in frame.columns]
    return frame.select(
        pl.col("CHILD").cast(pl.String),
        pl.col("DECOM").str.strptime(pl.Date, DATE_FORMAT, strict=False),
        *[pl.col(c).cast(pl.String) for c in columns],
    ).unique(["CHILD", "DECOM"], keep="last")


def _placed_far(context: Context, at: date) -> Measure:
    looked_after = context.cla_at(at).select("CHILD", "DECOM")
    joined = looked_after.join(_distances(context), on=["CHILD", "DECOM"], how="left")
    if "PL_DISTANCE" not in joined.columns:
        raise NotAvailable("the distance frame has no PL_DISTANCE column")
    miles = pl.col("PL_DISTANCE").cast(pl.Float64, strict=False)
    known = miles.is_not_null() & (miles != UNKNOWN_DISTANCE)
    far = joined.filter(known & (miles > 20))
    unknown = joined.filter(~known).height
    return Measure(
        children(far["CHILD"]),
        children(joined["CHILD"]),
        on_date(at),
        note=f"{unknown} with distance not known (counted in the denominator)",
    )


def _placed_outside(context: Context, at: date) -> Measure:
    looked_after = context.cla_at(at).select("CHILD", "DECOM")
    joined = looked_after.join(_distances(context), on=["CHILD", "DECOM"], how="left")
    if "PL_LOCATION" not in joined.columns:
        raise NotAvailable("the distance frame has no PL_LOCATION column")
    outside = joined.filter(pl.col("PL_LOCATION") == "OUT")
    return Measure(children(outside["CHILD"]), children(joined["CHILD"]), on_date(at))


register(
    Indicator(
        topic=TOPIC,
        id="placements_3_plus",
        title="Children with 3 or more placements in the year",
        definition="Of children looked after at the date, the percentage who had three or more "
        "separate placements in the twelve months ending on it. A change of legal status only "
        "(RNE L), or being placed for adoption with the existing foster carers (A3/A5), is not "
        "a new placement; temporary moves (T0-T4) are counted.",
        numerator="children looked after at the date with 3+ placements in the year",
        denominator="children looked after at the date",
        unit=Unit.PERCENT,
        polarity=Polarity.LOWER,
        source=f"{EES_CLA}: placement stability, 3 or more placements during the year "
        "(definition as LG Inform metric 850, DfE)",
        compute=_three_plus,
        national=National(
            10,
            "year ending 31 March 2024",
            "CYP Now headline 'one in 10' (cypnow.co.uk)",
            note="approximate; the exact percentage is UNCONFIRMED",
        ),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="long_term_stability",
        period_of=on_date,
        title="Long-term placement stability",
        definition="Of children under 16 looked after at the date who had been looked after "
        "continuously for at least 2.5 years, the percentage who had been in the same placement "
        "for at least 2 years (for a child placed for adoption, the adoptive placement and the "
        "one before it together). RNE L episodes continue a placement.",
        numerator="those in the same placement for 2+ years",
        denominator="children under 16 looked after at the date, continuously for 2.5+ years",
        unit=Unit.PERCENT,
        polarity=Polarity.HIGHER,
        source=f"{EES_CLA}: placement stability, long-term stability",
        compute=_long_term,
        national=National(68, "31 March 2024", f"{EES_CLA} (data set 68c7a1f2)"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="placed_over_20_miles",
        period_of=on_date,
        title="Placed more than 20 miles from home",
        definition="Of children looked after at the date, the percentage whose current placement "
        "is more than 20 miles from the home postcode (derived PL_DISTANCE; 999.9 = not known, "
        "kept in the denominator). Not available without the derived distances.",
        numerator="children placed more than 20 miles from home",
        denominator="children looked after at the date",
        unit=Unit.PERCENT,
        polarity=Polarity.LOWER,
        source=f"{EES_CLA}: distance between home and placement",
        compute=_placed_far,
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="placed_outside_council",
        period_of=on_date,
        title="Placed outside the council's area",
        definition="Of children looked after at the date, the percentage whose current placement "
        "is outside the council's boundary (derived PL_LOCATION = OUT). Not available without "
        "the derived location.",
        numerator="children placed outside the council",
        denominator="children looked after at the date",
        unit=Unit.PERCENT,
        polarity=Polarity.NEITHER,
        source=f"{EES_CLA}: placement location (inside/outside the council boundary)",
        compute=_placed_outside,
    )
)
