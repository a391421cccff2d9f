"""Looked-after reviews: held on time, and the child's participation.

Timescales are CPPCR 2010 reg 33 (clocks.TIMESCALES): first review within 20 working days of
becoming looked after, second not more than 3 months after the first, later ones not more than 6
months after the previous. DfE does not publish a national "reviews on time" figure (domain README
§5); the measure follows the former national indicator NI 66 / PAF C68 shape: children whose
reviews falling due in the year were all held in time.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from clocks import add_working_days_expr
from indicators.context import SHORT_BREAKS, Context
from indicators.model import (
    EES_CLA,
    Indicator,
    IndicatorResult,
    Measure,
    Polarity,
    Unit,
    children,
    register,
    year_to,
)

VIEWS_CONVEYED = ("PN1", "PN2", "PN3", "PN4", "PN5", "PN6")
AGED_4_PLUS = (*VIEWS_CONVEYED, "PN7")
FAR_FUTURE = date(9999, 12, 31)

TOPIC = "Reviews"


def _periods(context: Context) -> pl.DataFrame:
    """Periods of care that are not only short breaks (reviews of V3/V4 follow other rules).

    KNOWN_START is False when the period began before the Reviews table's coverage, or its first
    episode in the data is not a start (RNE S): the reviews before it are unknown, so the order of
    the reviews we see is unknown too."""
    return (
        context.episodes.group_by("CHILD", "PERIOD")
        .agg(
            pl.col("PERIOD_START").first(),
            pl.col("PERIOD_END").first(),
            (pl.col("RNE").first() == "S").fill_null(False).alias("_starts"),
            (~pl.col("LS").is_in(SHORT_BREAKS)).any().alias("_counts"),
        )
        .filter("_counts")
        .with_columns(
            (pl.col("_starts") & (pl.col("PERIOD_START") >= context.reviews_from)).alias(
                "KNOWN_START"
            )
        )
        .drop("_counts", "_starts")
    )


def _due() -> pl.Expr:
    """Due date of each review row, from the previous review actually held (reg 33(2)).

    Where the start is unknown, only definite lateness is judged: the first review we see is
    not judged, later ones are allowed 6 months (never the stricter 3), and a period with no
    review in the data is due 6 months after the day before coverage began."""
    known = pl.col("KNOWN_START")
    return (
        pl.when(known & (pl.col("ORDER") == 1))
        .then(pl.col("_first_due"))
        .when(known & (pl.col("ORDER") == 2))
        .then(pl.col("_previous").dt.offset_by("3mo"))
        .when(pl.col("_previous").is_null())
        .then(pl.lit(None, pl.Date))
        .otherwise(pl.col("_previous").dt.offset_by("6mo"))
    )


def _build_review_rows(context: Context) -> pl.DataFrame:
    """One row per review due: CHILD, PERIOD, PERIOD_START, KNOWN_START, ORDER (1, 2, 3… as seen),
    DUE (null when it cannot be judged), HELD (null if not yet), REVIEW_CODE."""
    periods = _periods(context)
    held = (
        context.reviews.select("CHILD", "REVIEW", "REVIEW_CODE")
        .filter(pl.col("REVIEW").is_not_null())
        .join(periods, on="CHILD")
        .filter(
            pl.col("REVIEW").is_between("PERIOD_START", pl.col("PERIOD_END").fill_null(FAR_FUTURE))
        )
        .sort("CHILD", "PERIOD", "REVIEW")
        .with_columns(pl.col("REVIEW").cum_count().over("CHILD", "PERIOD").alias("ORDER"))
        .with_columns(pl.col("REVIEW").shift(1).over("CHILD", "PERIOD").alias("_previous"))
    )
    last = held.group_by("CHILD", "PERIOD").agg(
        pl.col("REVIEW").max().alias("_previous"), pl.col("ORDER").max()
    )
    before_coverage = date.fromordinal(max(context.reviews_from.toordinal() - 1, 1))
    upcoming = (
        periods.join(last, on=["CHILD", "PERIOD"], how="left")
        .with_columns(
            (pl.col("ORDER").fill_null(0) + 1).alias("ORDER"),
            pl.when(pl.col("_previous").is_null() & ~pl.col("KNOWN_START"))
            .then(pl.lit(before_coverage))
            .otherwise(pl.col("_previous"))
            .alias("_previous"),
        )
        .select(
            "CHILD", "PERIOD", "PERIOD_START", "PERIOD_END", "KNOWN_START", "ORDER", "_previous"
        )
    )
    rows = pl.concat(
        [
            held.select(
                "CHILD",
                "PERIOD",
                "PERIOD_START",
                "PERIOD_END",
                "KNOWN_START",
                "ORDER",
                "_previous",
                pl.col("REVIEW").alias("HELD"),
                "REVIEW_CODE",
            ),
            upcoming.with_columns(
                pl.lit(None, pl.Date).alias("HELD"), pl.lit(None, pl.String).alias("REVIEW_CODE")
            ),
        ],
        how="vertical_relaxed",
    )
    first_due = add_working_days_expr(pl.col("PERIOD_START"), 20, context.holidays)
    rows = rows.with_columns(first_due.alias("_first_due")).with_columns(_due().alias("DUE"))
    # No review falls due after the period of care has ended.
    still_due = (
        pl.col("HELD").is_not_null()
        | pl.col("PERIOD_END").is_null()
        | (pl.col("DUE") < pl.col("PERIOD_END"))
    )
    return rows.filter(still_due).select(
        "CHILD", "PERIOD", "PERIOD_START", "KNOWN_START", "ORDER", "DUE", "HELD", "REVIEW_CODE"
    )


def review_rows(context: Context) -> pl.DataFrame:
    return context.memo("review_rows", _build_review_rows)


def _on_time(context: Context, at: date) -> Measure:
    period = year_to(at)
    looked_after = children(context.cla_at(at)["CHILD"])
    due = review_rows(context).filter(
        pl.col("DUE").is_between(period.start, period.end) & pl.col("CHILD").is_in(looked_after)
    )
    late = due.filter(pl.col("HELD").is_null() | (pl.col("HELD") > pl.col("DUE")))
    late_children = set(late["CHILD"].to_list())
    cohort = children(due["CHILD"])
    return Measure(tuple(c for c in cohort if c not in late_children), cohort, period)


def _latest_reviews_in_year(context: Context, at: date) -> pl.DataFrame:
    period = year_to(at)
    return (
        context.reviews.filter(pl.col("REVIEW").is_between(period.start, period.end))
        .sort("CHILD", "REVIEW")
        .unique("CHILD", keep="last", maintain_order=True)
    )


def _participation(context: Context, at: date) -> Measure:
    latest = _latest_reviews_in_year(context, at).filter(pl.col("REVIEW_CODE").is_in(AGED_4_PLUS))
    conveyed = latest.filter(pl.col("REVIEW_CODE").is_in(VIEWS_CONVEYED))
    return Measure(children(conveyed["CHILD"]), children(latest["CHILD"]), year_to(at))


def participation_by_code(context: Context, at: date) -> dict[str, IndicatorResult]:
    """PN code → share of children (with a review in the year) whose latest review had it."""
    latest = _latest_reviews_in_year(context, at)
    everyone = children(latest["CHILD"])
    results = {}
    for (code,), group in latest.group_by(pl.col("REVIEW_CODE").fill_null("not recorded")):
        members = children(group["CHILD"])
        results[str(code)] = IndicatorResult(
            "review_participation_by_code",
            f"Review participation: {code}",
            100 * len(members) / len(everyone),
            members,
            everyone,
            Unit.PERCENT,
            year_to(at),
            None,
            Polarity.NEITHER,
        )
    return dict(sorted(results.items()))


register(
    Indicator(
        topic=TOPIC,
        id="reviews_on_time",
        title="Reviews held on time",
        definition="Of children looked after at the date who had a review fall due in the twelve "
        "months ending on it, the percentage whose every review due in that time was held by its "
        "due date (first ≤20 working days after becoming looked after, second ≤3 months after "
        "the first, later ≤6 months after the previous). A review due but not yet held is late.",
        numerator="children whose reviews due in the year were all on time",
        denominator="children looked after at the date with a review due in the year",
        unit=Unit.PERCENT,
        polarity=Polarity.HIGHER,
        source="CPPCR 2010 reg 33 timescales; shape of former NI 66 (reviews within required "
        "timescales). No national figure is published (domain README §5)",
        compute=_on_time,
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="review_participation",
        title="Children aged 4+ who conveyed their views at their review",
        definition="Of children aged 4 or over at their latest review in the twelve months ending "
        "on the date (codes PN1-PN7), the percentage who took part or conveyed their views "
        "(PN1-PN6) rather than not at all (PN7).",
        numerator="children whose latest review in the year was PN1-PN6",
        denominator="children whose latest review in the year was PN1-PN7",
        unit=Unit.PERCENT,
        polarity=Polarity.HIGHER,
        source=f"903 REVIEW_CODE (PN0-PN7) as defined in the DfE 903 guidance; {EES_CLA} "
        "formerly published participation in reviews",
        compute=_participation,
    )
)
