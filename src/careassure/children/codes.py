"""903 codes in plain English for the case record pages, from `ssda903.codes`.

The pages show a child's current legal status and placement, so codes are described by the code
lists of the collection year in force today unless a caller names the year the value came from.
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from ssda903.codes import describe as describe_code
from ssda903.tables import FIRST_YEAR, LAST_YEAR

# The 903 table each column the pages describe belongs to.
TABLE_OF_COLUMN = {
    "RNE": "Episodes",
    "LS": "Episodes",
    "PLACE": "Episodes",
    "PLACE_PROVIDER": "Episodes",
    "REC": "Episodes",
    "REASON_PLACE_CHANGE": "Episodes",
    "REVIEW_CODE": "Reviews",
    "MISSING": "Missing",
}


def collection_year_of(day: date) -> int:
    """The collection year (by its end) a day falls in: 1 April 2025 to 31 March 2026 is 2026."""
    year = day.year + 1 if day.month >= 4 else day.year
    return min(max(year, FIRST_YEAR), LAST_YEAR)


def describe(column: str, code: str | None, year: int | None = None) -> str:
    """'U6' -> 'Foster placement with other foster carer, not long-term or FFA'."""
    if not code:
        return ""
    when = year or collection_year_of(timezone.localdate())
    return describe_code(when, TABLE_OF_COLUMN[column], column, code)


def labelled(column: str, code: str | None, year: int | None = None) -> str:
    """'U6' -> 'U6: Foster placement with …' (the code stays visible beside its meaning)."""
    if not code:
        return ""
    text = describe(column, code, year)
    return code if text == code else f"{code}: {text}"
