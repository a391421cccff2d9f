"""Children looked after at a date broken down by age band, sex, ethnicity, legal status,
category of need, placement type, provider and UASC — the splits DfE publishes in
"Children looked after in England including adoptions". Each category is an IndicatorResult whose
numerator lists the children in it and whose denominator lists all children looked after.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from indicators.context import Context
from indicators.model import IndicatorResult, Period, Polarity, Unit, children
from indicators.population import uasc_at

# DfE age bands for children looked after at 31 March.
AGE_BANDS = (("under 1", 0, 0), ("1 to 4", 1, 4), ("5 to 9", 5, 9), ("10 to 15", 10, 15))
SEX_LABELS = {"1": "Male", "M": "Male", "2": "Female", "F": "Female", "U": "Unknown"}


def _age_band() -> pl.Expr:
    expr: pl.Expr = pl.lit("16 and over")
    for label, low, high in reversed(AGE_BANDS):
        expr = pl.when(pl.col("AGE").is_between(low, high)).then(pl.lit(label)).otherwise(expr)
    return pl.when(pl.col("AGE").is_null()).then(pl.lit("not known")).otherwise(expr)


DIMENSIONS: dict[str, pl.Expr] = {
    "age_band": _age_band(),
    "sex": pl.col("SEX").replace_strict(SEX_LABELS, default=pl.lit("not known")),
    "ethnicity": pl.col("ETHNIC").fill_null("not known"),
    "legal_status": pl.col("LS").fill_null("not known"),
    "category_of_need": pl.col("CIN").fill_null("not known"),
    "placement_type": pl.col("PLACE").fill_null("not known"),
    "provider": pl.col("PLACE_PROVIDER").fill_null("not provided"),
}


def breakdown(context: Context, at: date, dimension: str) -> dict[str, IndicatorResult]:
    """Category → share of children looked after at `at` (percent, with both child lists)."""
    looked_after = context.cla_at(at)
    if dimension == "uasc":
        uasc = set(uasc_at(context, at)["CHILD"].to_list())
        labelled = looked_after.with_columns(
            pl.when(pl.col("CHILD").is_in(sorted(uasc)))
            .then(pl.lit("UASC"))
            .otherwise(pl.lit("not UASC"))
            .alias("_category")
        )
    elif dimension in DIMENSIONS:
        labelled = looked_after.with_columns(DIMENSIONS[dimension].alias("_category"))
    else:
        raise ValueError(f"unknown dimension {dimension!r}: use {[*DIMENSIONS, 'uasc']}")
    everyone = children(looked_after["CHILD"])
    results = {}
    for (category,), group in labelled.group_by("_category"):
        members = children(group["CHILD"])
        results[str(category)] = IndicatorResult(
            id=f"cla_by_{dimension}",
            title=f"Children looked after: {category}",
            value=100 * len(members) / len(everyone),
            numerator=members,
            denominator=everyone,
            unit=Unit.PERCENT,
            period=Period(at, at),
            national=None,
            polarity=Polarity.NEITHER,
        )
    return dict(sorted(results.items()))
