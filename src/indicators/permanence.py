"""Permanence: orders that end care, adoption timeliness, and plans for permanence.

Leaving care through a special guardianship order (REC E45-E48; E43/E44 in older returns), a
child arrangements order (E41) or adoption (E11/E12) follows DfE "Children looked after in England
including adoptions". The adoption scorecard measures (domain README §5) are three-year averages
for children adopted in the three years ending on the date:

- A1: days from entering care (start of the period of care that ended in adoption) to moving in
  with the adoptive family (start of the first A3-A6 placement). A child whose period began
  before the data does not count towards the average (its start is unknown);
- A10: as A1, but for a child adopted by their foster carers the clock stops when the foster
  placement with those carers began (the start of the carer spell: episodes joined by RNE L, T
  or U keep the same carers);
- A2: days from the placement order (first E1 legal status in the period; D1 freeing orders in
  older data) to the match with the adopters (AD1 DATE_MATCH).
"""

from __future__ import annotations

from datetime import date

import polars as pl

from indicators.context import SHORT_BREAKS, Context
from indicators.model import (
    EES_CLA,
    Compute,
    Indicator,
    Measure,
    National,
    NotAvailable,
    Polarity,
    Unit,
    children,
    register,
    three_years_to,
    year_to,
)
from indicators.reviews import review_rows
from ssda903.tables import DATE_FORMAT

SGO = ("E43", "E44", "E45", "E46", "E47", "E48")
CAO = ("E41",)
ADOPTED = ("E11", "E12")
ADOPTIVE_PLACEMENTS = ("A3", "A4", "A5", "A6")
PLACEMENT_ORDERS = ("E1", "D1")
SCORECARD = (
    "Adoption scorecard (DfE, 2012-): gov.uk news 'Adoption scorecards and thresholds published'"
)

TOPIC = "Permanence and adoption"


def _ceased_with(codes: tuple[str, ...]) -> Compute:
    def compute(context: Context, at: date) -> Measure:
        period = year_to(at)
        ended = context.episodes.filter(
            pl.col("DEC").is_between(period.start, period.end)
            & pl.col("REC").is_in(codes)
            & ~pl.col("LS").is_in(SHORT_BREAKS)
        )
        return Measure(children(ended["CHILD"]), (), period)

    return compute


def _adoptions(context: Context, at: date) -> pl.DataFrame:
    """Adopted children in the 3 years to `at` with their key dates (null when not recorded)."""
    window = three_years_to(at)
    return context.memo("adoptions", _all_adoptions).filter(
        pl.col("DEC").is_between(window.start, window.end)
    )


def _all_adoptions(context: Context) -> pl.DataFrame:
    adopted = context.episodes.filter(pl.col("REC").is_in(ADOPTED)).select(
        "CHILD", "PERIOD", "PERIOD_START", "PERIOD_KNOWN", "DEC"
    )
    in_period = context.episodes.join(adopted.select("CHILD", "PERIOD"), on=["CHILD", "PERIOD"])
    placed = (
        in_period.filter(pl.col("PLACE").is_in(ADOPTIVE_PLACEMENTS))
        .sort("DECOM")
        .group_by("CHILD", "PERIOD")
        .agg(pl.col("DECOM").first().alias("MOVED_IN"), pl.col("CARER_START").first())
    )
    orders = (
        in_period.filter(pl.col("LS").is_in(PLACEMENT_ORDERS))
        .group_by("CHILD", "PERIOD")
        .agg(pl.col("DECOM").min().alias("ORDER_DATE"))
    )
    matches = context.parsed("AD1").select("CHILD", "DATE_MATCH").unique("CHILD", keep="last")
    known = pl.col("PERIOD_KNOWN")
    return (
        adopted.join(placed, on=["CHILD", "PERIOD"], how="left")
        .join(orders, on=["CHILD", "PERIOD"], how="left")
        .join(matches, on="CHILD", how="left")
        # When the data begins part-way through the period, the entry to care is unknown, and so
        # is a placement order already in force on the first episode seen.
        .with_columns(
            pl.when(known | (pl.col("ORDER_DATE") > pl.col("PERIOD_START")))
            .then(pl.col("ORDER_DATE"))
            .alias("ORDER_DATE")
        )
        .with_columns(pl.when(known).then(pl.col("PERIOD_START")).alias("PERIOD_START"))
    )


def _average_days(start: str, end: str) -> Compute:
    def compute(context: Context, at: date) -> Measure:
        adopted = _adoptions(context, at)
        days = adopted.with_columns((pl.col(end) - pl.col(start)).dt.total_days().alias("_days"))
        known = days.filter(pl.col("_days").is_not_null())
        if known.height == 0:
            raise NotAvailable("no adoptions with both dates recorded in the three years")
        value = round(float(known["_days"].mean()))  # type: ignore[arg-type]
        return Measure(
            children(known["CHILD"]), children(adopted["CHILD"]), three_years_to(at), value=value
        )

    return compute


def _plan_by_second_review(context: Context, at: date) -> Measure:
    if context.permanence_plans is None:
        raise NotAvailable("no permanence plan dates were supplied")
    period = year_to(at)
    plans = context.permanence_plans.select(
        pl.col("CHILD").cast(pl.String),
        pl.col("PLAN_DATE").str.strptime(pl.Date, DATE_FORMAT, strict=False),
    )
    # Only periods whose every review is in the data: elsewhere the second review is unknown.
    second = review_rows(context).filter(
        pl.col("KNOWN_START")
        & (pl.col("ORDER") == 2)
        & pl.col("HELD").is_between(period.start, period.end)
    )
    planned = second.join(plans, on="CHILD").filter(
        pl.col("PLAN_DATE").is_between("PERIOD_START", "HELD")
    )
    return Measure(children(planned["CHILD"]), children(second["CHILD"]), period)


def _count(id_: str, title: str, codes: tuple[str, ...], national: National | None = None) -> None:
    register(
        Indicator(
            topic=TOPIC,
            id=id_,
            title=title,
            definition=f"Children who ceased to be looked after in the twelve months ending on "
            f"the date with reason {', '.join(codes)} (short breaks excluded).",
            numerator="those children",
            denominator="none (a count)",
            unit=Unit.COUNT,
            polarity=Polarity.NEITHER,
            source=f"{EES_CLA}: children who ceased to be looked after by reason",
            compute=_ceased_with(codes),
            national=national,
        )
    )


_count("ceased_sgo", "Left care through a special guardianship order", SGO)
_count("ceased_cao", "Left care through a child arrangements order", CAO)
_count(
    "adoptions",
    "Adopted",
    ADOPTED,
    National(3_040, "year ending 31 March 2025", f"{EES_CLA} (data set e40f7cb0)"),
)
register(
    Indicator(
        topic=TOPIC,
        id="adoption_a1",
        period_of=three_years_to,
        title="A1: days from entering care to moving in with the adoptive family",
        definition="For children adopted in the three years ending on the date, the average "
        "days from the start of the period of care to the start of the first adoptive "
        "placement (A3-A6).",
        numerator="adopted children with both dates (the children averaged)",
        denominator="children adopted in the three years",
        unit=Unit.DAYS,
        polarity=Polarity.LOWER,
        source=f"{SCORECARD}: A1",
        compute=_average_days("PERIOD_START", "MOVED_IN"),
        national=National(
            486,
            "2015-18",
            "Fosterline, https://www.fosterline.info/news/adoption-statistics/",
            note="national actual; 2013-16 threshold 426",
        ),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="adoption_a10",
        period_of=three_years_to,
        title="A10: days from entering care to moving in, adjusted for foster carer adoptions",
        definition="As A1, but where the child was adopted by their foster carers the end date "
        "is when the placement with those carers began.",
        numerator="adopted children with both dates (the children averaged)",
        denominator="children adopted in the three years",
        unit=Unit.DAYS,
        polarity=Polarity.LOWER,
        source=f"{SCORECARD}: A10",
        compute=_average_days("PERIOD_START", "CARER_START"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="adoption_a2",
        period_of=three_years_to,
        title="A2: days from placement order to match",
        definition="For children adopted in the three years ending on the date, the average "
        "days from the placement order (first E1 or D1 legal status in the period of care) to "
        "the match with the adopters (AD1 DATE_MATCH).",
        numerator="adopted children with both dates (the children averaged)",
        denominator="children adopted in the three years",
        unit=Unit.DAYS,
        polarity=Polarity.LOWER,
        source=f"{SCORECARD}: A2",
        compute=_average_days("ORDER_DATE", "DATE_MATCH"),
        national=National(
            121,
            "2013-16",
            "gov.uk news 'Adoption scorecards and thresholds published'",
            note="the scorecard threshold (4 months), not an average",
        ),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="permanence_plan_by_second_review",
        title="Permanence plan by the second review",
        definition="Of children whose second review in a period of care was held in the twelve "
        "months ending on the date, the percentage with a permanence plan dated between the "
        "start of that period and the second review. Needs the optional plan-date frame "
        "(CHILD, PLAN_DATE); 'not available' without it.",
        numerator="children with a permanence plan by their second review",
        denominator="children whose second review was in the year",
        unit=Unit.PERCENT,
        polarity=Polarity.HIGHER,
        source="Permanence plan required by the 2nd review (proceduresonline glossary; "
        "statutory paragraph not seen), CPPCR 2010 reg 5(a)",
        compute=_plan_by_second_review,
    )
)
