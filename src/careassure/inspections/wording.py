"""Small helpers that turn numbers and dates into plain English for reports."""

from __future__ import annotations

from datetime import date


def long_date(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def date_span(start: date, end: date) -> str:
    """'30 January 2013', '30 and 31 January 2013', '3 to 7 June 2013', '30 May to 2 June 2013'."""
    if start == end:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        joiner = " and " if (end - start).days == 1 else " to "
        return f"{start.day}{joiner}{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} to {long_date(end)}"
    return f"{long_date(start)} to {long_date(end)}"


def join_words(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """'1 case', '20 cases'; `many` gives irregular forms ('1 action is' / '3 actions are')."""
    if count == 1:
        return f"{count} {singular}"
    return f"{count} {many or singular + 's'}"
