"""What an indicator is, what it returns, and the registry of all of them.

Every indicator names its numerator and denominator as lists of CHILD ids, so a manager can go
from a number to the children behind it. Percentages are always len(numerator) / len(denominator);
counts are len(numerator); rates, days and scores carry their own value (the docstring of each
indicator says how) and use the child lists to show who the value is about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from clocks import add_years

if TYPE_CHECKING:
    from indicators.context import Context

EES_CLA = (
    "DfE, Children looked after in England including adoptions (Explore Education Statistics), "
    "https://explore-education-statistics.service.gov.uk/find-statistics/"
    "children-looked-after-in-england-including-adoptions"
)


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    RATE = "rate"
    DAYS = "days"
    SCORE = "score"


class Polarity(StrEnum):
    HIGHER = "higher is better"
    LOWER = "lower is better"
    NEITHER = "neither"


@dataclass(frozen=True)
class National:
    value: float
    period: str
    source: str
    note: str = ""


@dataclass(frozen=True)
class Period:
    start: date
    end: date


@dataclass(frozen=True)
class Measure:
    """What an indicator's compute function hands back; `value` is needed for rates, days and
    scores, and left None for counts and percentages (derived from the child lists)."""

    numerator: tuple[str, ...]
    denominator: tuple[str, ...]
    period: Period
    value: float | None = None
    note: str = ""


# How an indicator computes its measure at a date.
Compute = Callable[["Context", date], Measure]


class NotAvailable(Exception):
    """The data needed is absent (e.g. no distance frame); the result says so instead of 0."""


@dataclass(frozen=True)
class IndicatorResult:
    id: str
    title: str
    value: float | None
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]
    unit: Unit
    period: Period
    national: National | None
    polarity: Polarity
    available: bool = True
    note: str = ""


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str
    definition: str
    numerator: str
    denominator: str
    unit: Unit
    polarity: Polarity
    source: str
    compute: Compute = field(repr=False)
    national: National | None = None
    topic: str = ""
    # The period a result covers when the data is not available (normally the measure says).
    period_of: Callable[[date], Period] = field(default=lambda at: year_to(at), repr=False)

    def at(self, context: Context, at: date) -> IndicatorResult:
        try:
            measure = self.compute(context, at)
        except NotAvailable as reason:
            return IndicatorResult(
                self.id,
                self.title,
                None,
                (),
                (),
                self.unit,
                self.period_of(at),
                self.national,
                self.polarity,
                available=False,
                note=f"not available: {reason}",
            )
        value = self._value(measure)
        note = measure.note
        if value is None and not note:
            note = "no children in the denominator"
        return IndicatorResult(
            self.id,
            self.title,
            value,
            measure.numerator,
            measure.denominator,
            self.unit,
            measure.period,
            self.national,
            self.polarity,
            note=note,
        )

    def _value(self, measure: Measure) -> float | None:
        if measure.value is not None:
            return measure.value
        if self.unit is Unit.COUNT:
            return float(len(measure.numerator))
        if self.unit is Unit.PERCENT:
            if not measure.denominator:
                return None
            return 100 * len(measure.numerator) / len(measure.denominator)
        return None


class Direction(StrEnum):
    IMPROVING = "improving"
    WORSENING = "worsening"
    NO_CHANGE = "no change"
    CHANGED = "changed"  # for indicators where neither direction is better
    NOT_COMPARABLE = "not comparable"


def direction(before: IndicatorResult, after: IndicatorResult) -> Direction:
    """Direction of travel from one result of an indicator to a later one, read through its
    polarity (for red/amber/green-style colouring; any threshold is the caller's choice)."""
    if before.id != after.id or before.value is None or after.value is None:
        return Direction.NOT_COMPARABLE
    if after.value == before.value:
        return Direction.NO_CHANGE
    if after.polarity is Polarity.NEITHER:
        return Direction.CHANGED
    rose = after.value > before.value
    return (
        Direction.IMPROVING if rose == (after.polarity is Polarity.HIGHER) else Direction.WORSENING
    )


REGISTRY: dict[str, Indicator] = {}

# The order topics are shown in (a report, the docs, a dashboard).
TOPICS = (
    "Children looked after",
    "Placement stability",
    "Reviews",
    "Health and wellbeing",
    "Missing and away",
    "Care leavers",
    "Permanence and adoption",
    "Social workers",
)


def by_topic() -> dict[str, list[Indicator]]:
    """Registered indicators grouped by topic, topics in TOPICS order."""
    grouped: dict[str, list[Indicator]] = {topic: [] for topic in TOPICS}
    for indicator in REGISTRY.values():
        grouped[indicator.topic].append(indicator)
    return grouped


def register(indicator: Indicator) -> Indicator:
    if indicator.id in REGISTRY:
        raise ValueError(f"indicator {indicator.id!r} registered twice")
    REGISTRY[indicator.id] = indicator
    return indicator


def on_date(at: date) -> Period:
    return Period(at, at)


def three_years_to(at: date) -> Period:
    return Period(date.fromordinal(add_years(at, -3).toordinal() + 1), at)


def collection_year_to(at: date) -> Period:
    """The latest collection year (1 April - 31 March) ending on or before `at`."""
    year = at.year if (at.month, at.day) >= (3, 31) else at.year - 1
    return Period(date(year - 1, 4, 1), date(year, 3, 31))


def year_to(at: date) -> Period:
    """The twelve months ending on `at` (1 April to 31 March for a 31 March date)."""
    return Period(date.fromordinal(add_years(at, -1).toordinal() + 1), at)


def children(ids: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(sorted({i for i in ids if i is not None}))
