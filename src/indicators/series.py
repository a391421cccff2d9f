"""Indicators over time: any indicator at any month-end in a combined history.

The Context is built once and caches the de-duplicated, date-parsed tables, the derived periods
and placements, the review schedule and the children looked after at each date, so a whole
series costs little more than the filters for each date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

import polars as pl

from clocks import month_end
from indicators.context import Context
from indicators.model import REGISTRY, Indicator, IndicatorResult


def _context(data: Context | Mapping[str, pl.DataFrame]) -> Context:
    return data if isinstance(data, Context) else Context(data)


def _indicator(indicator: Indicator | str) -> Indicator:
    return REGISTRY[indicator] if isinstance(indicator, str) else indicator


def series(
    indicator: Indicator | str,
    tables: Context | Mapping[str, pl.DataFrame],
    month_ends: Iterable[date] | None = None,
) -> list[IndicatorResult]:
    """The indicator at each date, in the order given; by default at every month-end the
    history covers (`covered_month_ends`). Pass a Context to supply optional inputs
    (population, distances, return interviews, permanence plans) and to share its caches."""
    context = _context(tables)
    chosen = _indicator(indicator)
    dates = covered_month_ends(context) if month_ends is None else month_ends
    return [chosen.at(context, at) for at in dates]


def covered_month_ends(tables: Context | Mapping[str, pl.DataFrame]) -> list[date]:
    """Every month-end in the collection years the history holds (April of the first year to
    March of the last). Earlier month-ends would miss children whose care ended before it."""
    coverage = _context(tables).coverage
    return [] if coverage is None else month_ends(coverage.start, coverage.end)


def evaluate_all(
    tables: Context | Mapping[str, pl.DataFrame], at: date
) -> dict[str, IndicatorResult]:
    """Every registered indicator at one date."""
    context = _context(tables)
    return {id_: indicator.at(context, at) for id_, indicator in REGISTRY.items()}


def month_ends(first: date, last: date) -> list[date]:
    """Every month-end from the month of `first` to the month of `last`, inclusive."""
    ends = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        ends.append(month_end(year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ends
