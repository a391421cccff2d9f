"""The 903 code lists by collection year: which codes are valid, and what each one means.

The lists and every year-by-year change live in `ssda903.codelists` (changes at its top).
A collection year is named by its end: 2025 is 2024/25.
"""

from __future__ import annotations

from functools import cache

from ssda903.codelists import CODE_LISTS, DESCRIBED_ONLY, Code
from ssda903.tables import COLUMNS, FIRST_YEAR, LAST_YEAR, check_year, year_label


def valid_codes(year: int, table: str, column: str) -> frozenset[str] | None:
    """The codes `column` of `table` may hold in collection `year`, or None if it has no list.

    Columns without a code list are identifiers, postcodes, URNs, scores and dates. Raises
    KeyError for a table or column the 903 does not have, so typos fail loudly.
    """
    _check_column(table, column)
    return _valid(year, column)


def ordered_codes(year: int, table: str, column: str) -> tuple[str, ...]:
    """The valid codes in the order DfE's guide lists them (empty if the column has no list)."""
    _check_column(table, column)
    check_year(year)
    return tuple(c.code for c in CODE_LISTS.get(column, ()) if c.valid_in(year))


def code_columns(table: str) -> tuple[str, ...]:
    """The columns of `table` that hold codes from a list, in DfE column order."""
    return tuple(c for c in COLUMNS[table] if c in CODE_LISTS)


def describe(year: int, table: str, column: str, code: str) -> str:
    """A plain-English label for `code` in `column`, for pages and reports.

    'U4' -> 'Foster placement with other foster carer, long-term'. A code from another year's
    list says so; a code in no list, or a value in a column without one, is given back as
    submitted (except the UPN stand-ins UN1-UN5, which are labelled).
    """
    _check_column(table, column)
    check_year(year)
    known = [c for c in CODE_LISTS.get(column, ()) if c.code == code]
    current = [c for c in known if c.valid_in(year)]
    if current:
        return current[0].label
    if known:
        return f"{known[-1].label} ({_when(known[-1])}, not in {year_label(year)})"
    if column in CODE_LISTS:
        return f"{code} (not a {column} code)"
    special = [c for c in DESCRIBED_ONLY.get(column, ()) if c.code == code]
    return special[0].label if special else code


@cache
def _valid(year: int, column: str) -> frozenset[str] | None:
    check_year(year)
    if column not in CODE_LISTS:
        return None
    return frozenset(c.code for c in CODE_LISTS[column] if c.valid_in(year))


def _check_column(table: str, column: str) -> None:
    if table not in COLUMNS:
        raise KeyError(f"the 903 has no table {table!r}; tables are {', '.join(COLUMNS)}")
    if column not in COLUMNS[table]:
        raise KeyError(f"the 903 {table} table has no column {column!r}")


def _when(code: Code) -> str:
    if code.first == code.last:
        return f"used in {year_label(code.first)} only"
    if code.first > FIRST_YEAR and code.last < LAST_YEAR:
        return f"used from {year_label(code.first)} to {year_label(code.last)}"
    if code.first > FIRST_YEAR:
        return f"used from {year_label(code.first)}"
    return f"used up to {year_label(code.last)}"
