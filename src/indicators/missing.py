"""Missing from care and away from placement without authorisation (903 table Missing).

DfE (Children looked after in England including adoptions, "missing or away from placement")
reports children looked after during the year who had a missing incident (MISSING = M) or an
away-without-authorisation incident (A), and the number of incidents. Return home interviews are
not in the 903: they come from an optional frame with columns CHILD, MIS_START, RHI_DATE
(DD/MM/YYYY), one row per missing incident, RHI_DATE empty when no interview took place.
"""

from __future__ import annotations

from datetime import date, timedelta

import polars as pl

from indicators.context import Context
from indicators.model import (
    EES_CLA,
    Compute,
    Indicator,
    Measure,
    NotAvailable,
    Polarity,
    Unit,
    children,
    register,
    year_to,
)
from ssda903.tables import DATE_FORMAT

MISSING_SOURCE = f"{EES_CLA}: children who went missing or were away from placement"
RHI_SOURCE = (
    "DfE statutory guidance on children who run away or go missing from home or care (2014): "
    "return interview within 72 hours"
)

TOPIC = "Missing and away"


def _incidents(context: Context, at: date, kind: str, column: str = "MIS_START") -> pl.DataFrame:
    period = year_to(at)
    return context.missing.filter(
        (pl.col("MISSING") == kind) & pl.col(column).is_between(period.start, period.end)
    )


def _children_with(kind: str) -> Compute:
    def compute(context: Context, at: date) -> Measure:
        period = year_to(at)
        cohort = children(context.looked_after_during(period)["CHILD"])
        incidents = _incidents(context, at, kind).filter(pl.col("CHILD").is_in(cohort))
        return Measure(children(incidents["CHILD"]), cohort, period)

    return compute


def _count_of(kind: str) -> Compute:
    def compute(context: Context, at: date) -> Measure:
        cohort = children(context.looked_after_during(year_to(at))["CHILD"])
        incidents = _incidents(context, at, kind).filter(pl.col("CHILD").is_in(cohort))
        return Measure(children(incidents["CHILD"]), (), year_to(at), value=float(incidents.height))

    return compute


def _return_interviews(context: Context, at: date) -> Measure:
    if context.return_interviews is None:
        raise NotAvailable("no return interview records were supplied")
    interviews = context.return_interviews.select(
        pl.col("CHILD").cast(pl.String),
        pl.col("MIS_START").str.strptime(pl.Date, DATE_FORMAT, strict=False),
        pl.col("RHI_DATE").str.strptime(pl.Date, DATE_FORMAT, strict=False),
    )
    cohort = children(context.looked_after_during(year_to(at))["CHILD"])
    returns = (
        _incidents(context, at, "M", column="MIS_END")
        .filter(pl.col("CHILD").is_in(cohort))
        .join(interviews, on=["CHILD", "MIS_START"], how="left")
    )
    # Dates only: a return on day D has its 72 hours run out on day D+3.
    in_time = pl.col("RHI_DATE").is_not_null() & (
        pl.col("RHI_DATE") <= pl.col("MIS_END") + timedelta(days=3)
    )
    late = set(returns.filter(~in_time)["CHILD"].to_list())
    cohort = children(returns["CHILD"])
    return Measure(tuple(c for c in cohort if c not in late), cohort, year_to(at))


register(
    Indicator(
        topic=TOPIC,
        id="children_missing",
        title="Children who went missing",
        definition="Of children looked after at any time in the twelve months ending on the date "
        "(not short breaks), the percentage with at least one missing incident (MISSING = M) "
        "starting in that time. Neither polarity: better recording raises it.",
        numerator="children with a missing incident in the year",
        denominator="children looked after during the year",
        unit=Unit.PERCENT,
        polarity=Polarity.NEITHER,
        source=MISSING_SOURCE,
        compute=_children_with("M"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="children_away",
        title="Children away from placement without authorisation",
        definition="As children_missing, for incidents of being away from placement without "
        "authorisation (MISSING = A).",
        numerator="children with an away incident in the year",
        denominator="children looked after during the year",
        unit=Unit.PERCENT,
        polarity=Polarity.NEITHER,
        source=MISSING_SOURCE,
        compute=_children_with("A"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="missing_incidents",
        title="Missing incidents",
        definition="Number of missing incidents (MISSING = M) starting in the twelve months "
        "ending on the date, of children looked after in that time (not short breaks). The "
        "numerator lists the children they belong to.",
        numerator="children with a missing incident in the year",
        denominator="none (a count of incidents)",
        unit=Unit.COUNT,
        polarity=Polarity.NEITHER,
        source=MISSING_SOURCE,
        compute=_count_of("M"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="away_incidents",
        title="Away-from-placement incidents",
        definition="Number of incidents of being away from placement without authorisation "
        "(MISSING = A) starting in the twelve months ending on the date, of children looked "
        "after in that time (not short breaks). The numerator lists the children.",
        numerator="children with an away incident in the year",
        denominator="none (a count of incidents)",
        unit=Unit.COUNT,
        polarity=Polarity.NEITHER,
        source=MISSING_SOURCE,
        compute=_count_of("A"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="return_interviews_72h",
        title="Return home interviews within 72 hours",
        definition="Of children looked after (not short breaks) who returned from a missing "
        "incident (M) in the twelve months ending on the date, the percentage whose every "
        "return was followed by a return interview within 72 hours (dates only: by the third "
        "day after the return). Needs the optional return-interview frame; 'not available' "
        "without it.",
        numerator="children with every interview within 72 hours",
        denominator="children who returned from a missing incident in the year",
        unit=Unit.PERCENT,
        polarity=Polarity.HIGHER,
        source=RHI_SOURCE,
        compute=_return_interviews,
    )
)
