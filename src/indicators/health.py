"""Outcomes for children looked after continuously for 12 months at 31 March (903 table OC2).

OC2 is an annual snapshot, so these indicators report the latest collection year ending on or
before the date asked for. Definitions follow DfE "Outcomes for children looked after by local
authorities" (now within Children looked after in England including adoptions, EES): each
percentage is of children with an OC2 record for the year; development checks are of those
under 5 at 31 March, convictions of those aged 10+, SDQ figures of those with a valid score.
SDQ bands: 0-13 normal, 14-16 borderline, 17+ cause for concern (LG Inform metric 2135).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import polars as pl

from indicators.context import Context, age_expr
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
    collection_year_to,
    register,
)

OC2_SOURCE = f"{EES_CLA}: outcomes for children looked after continuously for 12 months (OC2)"
Cohort = Callable[[pl.DataFrame], pl.DataFrame]  # narrows the OC2 rows to a sub-group
SDQ_BANDS = {"normal": (0, 13), "borderline": (14, 16), "concern": (17, 40)}

TOPIC = "Health and wellbeing"


def _oc2(context: Context, at: date) -> tuple[pl.DataFrame, Measure]:
    frame, period = context.annual("OC2", at)
    frame = frame.with_columns(age_expr(pl.col("DOB"), period.end).alias("AGE"))
    return frame, Measure((), children(frame["CHILD"]), period)


def _flag(column: str, cohort: Cohort | None = None) -> Compute:
    def compute(context: Context, at: date) -> Measure:
        frame, base = _oc2(context, at)
        if cohort is not None:
            frame = cohort(frame)
        yes = frame.filter(pl.col(column) == "1")
        return Measure(children(yes["CHILD"]), children(frame["CHILD"]), base.period)

    return compute


def _scored(frame: pl.DataFrame) -> pl.DataFrame:
    score = pl.col("SDQ_SCORE").cast(pl.Int64, strict=False)
    return frame.with_columns(score.alias("_score")).filter(pl.col("_score").is_between(0, 40))


def _sdq_average(context: Context, at: date) -> Measure:
    frame, base = _oc2(context, at)
    scored = _scored(frame)
    if scored.height == 0:
        raise NotAvailable("no valid SDQ scores in the year")
    value = round(float(scored["_score"].mean()), 1)  # type: ignore[arg-type]
    return Measure(children(scored["CHILD"]), base.denominator, base.period, value=value)


def _sdq_band(band: str) -> Compute:
    low, high = SDQ_BANDS[band]

    def compute(context: Context, at: date) -> Measure:
        frame, base = _oc2(context, at)
        scored = _scored(frame)
        in_band = scored.filter(pl.col("_score").is_between(low, high))
        return Measure(children(in_band["CHILD"]), children(scored["CHILD"]), base.period)

    return compute


def _health(
    id_: str,
    title: str,
    column: str,
    polarity: Polarity = Polarity.HIGHER,
    cohort: Cohort | None = None,
    cohort_text: str = "children with an OC2 record for the year",
    national: National | None = None,
) -> None:
    register(
        Indicator(
            topic=TOPIC,
            id=id_,
            title=title,
            definition=f"Of {cohort_text} (looked after continuously for 12+ months at 31 March), "
            f"the percentage with {column} = 1. Reports the latest year ending on or before "
            "the date.",
            numerator=f"children with {column} = 1",
            denominator=cohort_text,
            unit=Unit.PERCENT,
            polarity=polarity,
            source=OC2_SOURCE,
            period_of=collection_year_to,
            compute=_flag(column, cohort),
            national=national,
        )
    )


_health("health_assessments", "Health assessments up to date", "HEALTH_ASSESSMENT")
_health("dental_checks", "Dental checks up to date", "TEETH_CHECK")
_health("immunisations", "Immunisations up to date", "IMMUNISATIONS")
_health(
    "development_checks",
    "Development assessments up to date (under 5)",
    "HEALTH_CHECK",
    cohort=lambda f: f.filter(pl.col("AGE") < 5),
    cohort_text="children under 5 at 31 March with an OC2 record",
    national=National(88, "year ending 31 March 2025", f"{EES_CLA} (data sets 27bcdcda, 3b90f444)"),
)
_health(
    "substance_misuse",
    "Identified as having a substance misuse problem",
    "SUBSTANCE_MISUSE",
    polarity=Polarity.NEITHER,
)
_health(
    "convictions",
    "Convicted or subject to a youth caution or youth conditional caution",
    "CONVICTED",
    polarity=Polarity.LOWER,
    cohort=lambda f: f.filter(pl.col("AGE") >= 10),
    cohort_text="children aged 10+ at 31 March with an OC2 record",
)
register(
    Indicator(
        topic=TOPIC,
        id="sdq_average",
        title="Average SDQ score",
        definition="Mean Strengths and Difficulties Questionnaire total (0-40) of children with a "
        "valid SDQ_SCORE in the OC2 record for the year. Lower is better.",
        numerator="children with a valid score (the children averaged)",
        denominator="children with an OC2 record for the year",
        unit=Unit.SCORE,
        polarity=Polarity.LOWER,
        source=OC2_SOURCE,
        period_of=collection_year_to,
        compute=_sdq_average,
    )
)
for _band, _polarity in (
    ("normal", Polarity.HIGHER),
    ("borderline", Polarity.NEITHER),
    ("concern", Polarity.LOWER),
):
    _low, _high = SDQ_BANDS[_band]
    register(
        Indicator(
            topic=TOPIC,
            id=f"sdq_{_band}",
            title=f"SDQ score {_low}-{_high}" if _band != "concern" else "SDQ score 17+",
            definition=f"Of children with a valid SDQ score in the year, the percentage scoring "
            f"{_low}-{_high} ({_band}).",
            numerator=f"children scoring {_low}-{_high}",
            denominator="children with a valid SDQ score",
            unit=Unit.PERCENT,
            polarity=_polarity,
            source=f"{OC2_SOURCE}; bands from LG Inform metric 2135",
            period_of=collection_year_to,
            compute=_sdq_band(_band),
        )
    )
