"""Reads for the dashboard: indicator contexts built from the stored 903 returns, and tiles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl
from django.conf import settings

import indicators
from careassure.children.models import CaseDocument, ReturnYear
from careassure.dashboard.models import CouncilFigures, IndicatorTarget, IndicatorValue
from careassure.imports.services import return_frames
from indicators import Indicator, Polarity
from ssda903.reference import postcodes
from ssda903.reference.placement import placement_fields

_CONTEXT_CACHE: dict[tuple, indicators.Context] = {}


def indicator_context() -> indicators.Context | None:
    """Every stored return combined into one history, or None if nothing is imported yet.

    Building it reads every 903 row, so one is kept per process for as long as the data it was
    built from is unchanged: the key is each year's import time, the council's figures and the
    case file's care plans. The Context caches what indicators derive, so a drill-down after the
    first costs milliseconds.
    """
    stamps = tuple(ReturnYear.objects.order_by("year").values_list("year", "imported_at"))
    if not stamps:
        return None
    plans = CaseDocument.objects.filter(kind=CaseDocument.Kind.CARE_PLAN)
    key = (
        stamps,
        CouncilFigures.objects.order_by("-updated_at").values_list("updated_at", flat=True).first(),
        plans.count(),
        plans.order_by("-id").values_list("id", flat=True).first(),
    )
    if key not in _CONTEXT_CACHE:
        _CONTEXT_CACHE.clear()
        _CONTEXT_CACHE[key] = _build_context([year for year, _ in stamps])
    return _CONTEXT_CACHE[key]


def _build_context(years: list[int]) -> indicators.Context:
    history = indicators.combine({y: return_frames(y).tables for y in years})
    return indicators.Context(
        history,
        population=CouncilFigures.current().population_0_17,
        distances=placement_distances(history.get("Episodes")),
        permanence_plans=permanence_plan_dates(),
    )


def placement_distances(episodes: pl.DataFrame | None) -> pl.DataFrame | None:
    """(CHILD, DECOM, PL_DISTANCE[, PL_LOCATION]) derived from the episodes' postcodes, as DfE
    derives them; None without episodes or the directory, so the indicators say "not available".

    PL_LOCATION (inside or outside the council's area) needs the council's code: without
    CAREASSURE_LA_CODE it is left out rather than blank, which would read as "none outside".
    """
    if episodes is None or episodes.is_empty():
        return None
    try:
        directory = postcodes.for_episodes(episodes)
    except ModuleNotFoundError:
        return None
    la_code = settings.LA_CODE or None
    derived = placement_fields(episodes, directory, la_code)
    columns = ["CHILD", "DECOM", "PL_DISTANCE"] + (["PL_LOCATION"] if la_code else [])
    return derived.select(columns)


def permanence_plan_dates() -> pl.DataFrame | None:
    """(CHILD, PLAN_DATE) for every care plan in the case file that states a permanence plan; None
    when the case file holds no care plans at all, so the indicator says "not available"."""
    plans = CaseDocument.objects.filter(kind=CaseDocument.Kind.CARE_PLAN)
    if not plans.exists():
        return None
    rows = plans.exclude(permanence="").values_list("child__code", "date")
    return pl.DataFrame(
        [(code, when.strftime("%d/%m/%Y")) for code, when in rows],
        schema={"CHILD": pl.String, "PLAN_DATE": pl.String},
        orient="row",
    )


@dataclass(frozen=True)
class Tile:
    indicator: Indicator
    latest: IndicatorValue | None
    year_before: IndicatorValue | None
    target: IndicatorTarget | None

    @property
    def change(self) -> float | None:
        if not (self.latest and self.year_before):
            return None
        if self.latest.value is None or self.year_before.value is None:
            return None
        return self.latest.value - self.year_before.value

    @property
    def direction(self) -> str:
        """Direction of travel in plain words, judged by the indicator's polarity."""
        change = self.change
        if change is None:
            return "No earlier figure"
        if abs(change) < 1e-9:
            return "No change on a year ago"
        up = change > 0
        if self.indicator.polarity is Polarity.NEITHER:
            return "Up on a year ago" if up else "Down on a year ago"
        better = up == (self.indicator.polarity is Polarity.HIGHER)
        return ("Better" if better else "Worse") + (" than a year ago")

    @property
    def rag(self) -> str | None:
        """red / amber / green against the council's target, or None without one."""
        if not self.target or not self.latest or self.latest.value is None:
            return None
        gap = self.latest.value - self.target.target
        if self.indicator.polarity is Polarity.LOWER:
            gap = -gap
        if gap >= 0:
            return "green"
        return "amber" if -gap <= self.target.amber_margin else "red"


# The measures the founding report's council proved improvement with, shown first as tiles.
HEADLINE = (
    "cla_at_date",
    "cla_rate_per_10k",
    "placements_3_plus",
    "long_term_stability",
    "reviews_on_time",
    "health_assessments",
    "care_leavers_suitable_accommodation_19_21",
    "adoption_a1",
    "social_workers_3_plus",
)


def latest_date() -> date | None:
    return IndicatorValue.objects.order_by("-at").values_list("at", flat=True).first()


def tiles() -> list[Tile]:
    at = latest_date()
    if at is None:
        return []
    year_before = date(at.year - 1, at.month, 28 if at.month == 2 else at.day)
    latest = {v.indicator: v for v in IndicatorValue.objects.filter(at=at)}
    before = {v.indicator: v for v in IndicatorValue.objects.filter(at=year_before)}
    targets = {t.indicator: t for t in IndicatorTarget.objects.all()}
    return [
        Tile(ind, latest.get(ind.id), before.get(ind.id), targets.get(ind.id))
        for ind in indicators.REGISTRY.values()
    ]


def series_values(indicator_id: str) -> list[IndicatorValue]:
    return list(IndicatorValue.objects.filter(indicator=indicator_id).order_by("at"))
