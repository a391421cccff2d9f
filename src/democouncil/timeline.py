"""Vectorised calendar helpers on numpy datetime64[D] arrays.

The generator works on whole arrays of dates (one per child, period or episode) so that a
national-scale run stays fast; these helpers give calendar-correct birthdays and ages.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

# datetime64[D] arrays (typed loosely: numpy arithmetic on them loses the dtype for mypy)
Days = npt.NDArray[Any]


def day(d: date) -> np.datetime64:
    return np.datetime64(d, "D")


def add_years(d: Days, years: int | npt.NDArray[np.int64]) -> Days:
    """Same day and month `years` later; 29 February becomes 28 February in common years."""
    months = d.astype("datetime64[M]")
    dom = (d - months.astype("datetime64[D]")).astype(np.int64)
    target = months + np.asarray(years, dtype=np.int64) * 12
    month_len = ((target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(
        np.int64
    )
    return target.astype("datetime64[D]") + np.minimum(dom, month_len - 1)


def age_years(dob: Days, on: Days) -> npt.NDArray[np.int64]:
    """Completed years of age on `on` (birthday counted on the day itself)."""
    years = on.astype("datetime64[Y]").astype(np.int64) - dob.astype("datetime64[Y]").astype(
        np.int64
    )
    not_yet = add_years(dob, years) > on
    return years - not_yet.astype(np.int64)


def collection_year(d: Days) -> npt.NDArray[np.int64]:
    """The collection (end) year a date falls in: 1 April 2025 – 31 March 2026 -> 2026."""
    months = d.astype("datetime64[M]").astype(np.int64)  # months since Jan 1970
    year = months // 12 + 1970
    return year + (months % 12 >= 3).astype(np.int64)


def year_bounds(year: int) -> tuple[np.datetime64, np.datetime64]:
    return day(date(year - 1, 4, 1)), day(date(year, 3, 31))


def uniform_days(rng: np.random.Generator, lo: Days, hi: Days) -> Days:
    """A day drawn uniformly in [lo, hi] per element (hi < lo gives lo)."""
    span = np.maximum((hi - lo).astype(np.int64), 0)
    return lo + np.floor(rng.random(len(lo)) * (span + 1)).astype(np.int64)
