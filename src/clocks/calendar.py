"""Working days in England, and calendar-month arithmetic for statutory timescales.

A working day is any day other than a Saturday, a Sunday or a bank holiday in England and Wales
(the usual English legislative definition, e.g. the Children Act 2004 (Joint Area Reviews)
Regulations 2005; the CPPCR 2010 reg 2 text itself was not retrieved — see docs/clocks.md).
Bank holidays come from the `holidays` package (GB, subdivision ENG), which tracks one-off days
such as the 2022 state funeral and the 2023 coronation.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

import holidays
import polars as pl

# UNCONFIRMED convention (docs/clocks.md): "within 20 working days of X" is counted from the day
# AFTER X, so the trigger day is day 0 and the 20th working day after it is the last day in time.
# Set to True to count the trigger day itself as day 1 when it is a working day.
TRIGGER_DAY_COUNTS = False

# Saturday and Sunday are never working days (Monday first, as Polars' week_mask expects).
WEEK_MASK = (True, True, True, True, True, False, False)


@cache
def _bank_holidays_in(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def bank_holidays(first_year: int, last_year: int) -> list[date]:
    """England and Wales bank holidays from 1 January `first_year` to 31 December `last_year`."""
    days: set[date] = set()
    for year in range(first_year, last_year + 1):
        days |= _bank_holidays_in(year)
    return sorted(days)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays_in(day.year)


def add_working_days(
    trigger: date, n: int, *, trigger_day_counts: bool = TRIGGER_DAY_COUNTS
) -> date:
    """The date `n` working days after `trigger` (n ≥ 1): the last day on which an item due
    "within n working days of trigger" is in time."""
    if n < 1:
        raise ValueError("n must be at least 1 working day")
    day = trigger
    remaining = n
    if trigger_day_counts and is_working_day(trigger):
        remaining -= 1
    while remaining:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(
    start: date, end: date, *, trigger_day_counts: bool = TRIGGER_DAY_COUNTS
) -> int:
    """Working days from `start` to `end`, counted the same way as `add_working_days`, so that
    working_days_between(t, add_working_days(t, n)) == n. Negative when `end` is before `start`."""
    if end < start:
        return -working_days_between(end, start, trigger_day_counts=trigger_day_counts)
    first = start if trigger_day_counts else start + timedelta(days=1)
    count = 0
    day = first
    while day <= end:
        count += is_working_day(day)
        day += timedelta(days=1)
    return count


def add_working_days_expr(
    trigger: pl.Expr,
    n: int,
    holidays_: Iterable[date],
    *,
    trigger_day_counts: bool = TRIGGER_DAY_COUNTS,
) -> pl.Expr:
    """Vectorised `add_working_days` for a Polars Date column; `holidays_` must cover the range
    (use `bank_holidays`). Agrees with `add_working_days` (tested)."""
    days = list(holidays_)
    if trigger_day_counts:
        # A non-working trigger rolls forward to the next working day, which is then day 1.
        return trigger.dt.add_business_days(
            n - 1, week_mask=WEEK_MASK, holidays=days, roll="forward"
        )
    # Rolling a non-working trigger back to the previous working day leaves the count unchanged:
    # the first working day after a Saturday is the first working day after the Friday.
    return trigger.dt.add_business_days(n, week_mask=WEEK_MASK, holidays=days, roll="backward")


def add_months(day: date, months: int) -> date:
    """Same day of the month `months` later, clamped to the month's last day (31 Aug + 6 → 28/29
    Feb): the usual reading of "not more than N months after"."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    """Anniversary `years` later; a 29 February anniversary falls on 28 February."""
    return add_months(day, 12 * years)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
