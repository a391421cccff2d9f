"""Every submitted value that is not in its year's code list or is not a DD/MM/YYYY date.

The reader keeps such values as submitted; this lists them so the importer can report each one
(policy is the importer's: nothing here drops or changes data). Blank values are not listed:
whether a field may be blank is for the validation rules.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from ssda903.codes import code_columns, ordered_codes, valid_codes
from ssda903.model import Return
from ssda903.tables import COLUMNS, DATE_COLUMNS, DATE_FORMAT, FILE, LINE, year_label

# PrevPerm.DATE_PERM may be partly unknown: zz/MM/YYYY, zz/zz/YYYY or zz/zz/zzzz
# (shared/domain/README.md §1.1, from the DfE 903 guide via [SSD]).
PARTLY_UNKNOWN_DATE_COLUMNS = frozenset({"DATE_PERM"})
_DATE_SHAPE = r"^\d{2}/\d{2}/\d{4}$"


@dataclass(frozen=True)
class CodeIssue:
    """One submitted value outside its code list (kind "code") or not a date (kind "date")."""

    file: str | None
    line: int
    table: str
    child: str | None
    column: str
    value: str
    kind: str
    valid: tuple[str, ...]
    message: str


def code_issues(ret: Return) -> list[CodeIssue]:
    """All values in `ret` outside the year's code lists or not valid dates, in file order."""
    issues: list[CodeIssue] = []
    for table in COLUMNS:
        frame = ret.tables.get(table)
        if frame is None or frame.height == 0:
            continue
        for column in COLUMNS[table]:
            if column in DATE_COLUMNS:
                issues.extend(_date_issues(frame, table, column))
            elif column in code_columns(table):
                issues.extend(_code_issues(frame, table, column, ret.year))
    issues.sort(
        key=lambda i: (list(COLUMNS).index(i.table), i.line, COLUMNS[i.table].index(i.column))
    )
    return issues


def _code_issues(frame: pl.DataFrame, table: str, column: str, year: int) -> list[CodeIssue]:
    valid = valid_codes(year, table, column) or frozenset()
    bad = frame.filter(pl.col(column).is_not_null() & ~pl.col(column).is_in(list(valid)))
    shown = ordered_codes(year, table, column)
    listed = f"(valid: {', '.join(shown)})"
    issues = []
    for row in bad.select(LINE, FILE, "CHILD", column).iter_rows(named=True):
        value = row[column]
        message = f"{column} is '{value}', which is not a {year_label(year)} {column} code"
        # Case is the commonest slip ('wbri'); say so, but leave the value as submitted.
        hint = f"; did you mean '{value.upper()}'?" if value.upper() in valid else f" {listed}"
        issues.append(_issue(row, table, column, "code", shown, message + hint))
    return issues


def _date_issues(frame: pl.DataFrame, table: str, column: str) -> list[CodeIssue]:
    value = pl.col(column)
    readable = (
        value.str.contains(_DATE_SHAPE)
        & value.str.strptime(pl.Date, DATE_FORMAT, strict=False).is_not_null()
    )
    if column in PARTLY_UNKNOWN_DATE_COLUMNS:
        readable = readable | _partly_unknown(value)
    bad = frame.filter(value.is_not_null() & ~readable)
    example = (
        "DD/MM/YYYY, or zz for unknown parts"
        if column in PARTLY_UNKNOWN_DATE_COLUMNS
        else ("DD/MM/YYYY")
    )
    return [
        _issue(
            row, table, column, "date", (),
            f"{column} is '{row[column]}', which is not a date in {example}",
        )
        for row in bad.select(LINE, FILE, "CHILD", column).iter_rows(named=True)
    ]  # fmt: skip


def _partly_unknown(value: pl.Expr) -> pl.Expr:
    """zz/MM/YYYY (a real month), zz/zz/YYYY or zz/zz/zzzz."""
    month_known = value.str.contains(r"^zz/\d{2}/\d{4}$") & (
        ("01" + value.str.slice(2)).str.strptime(pl.Date, DATE_FORMAT, strict=False).is_not_null()
    )
    return month_known | value.str.contains(r"^zz/zz/(\d{4}|zzzz)$")


def _issue(
    row: dict, table: str, column: str, kind: str, valid: tuple[str, ...], message: str
) -> CodeIssue:
    return CodeIssue(
        file=row[FILE],
        line=int(row[LINE]),
        table=table,
        child=row["CHILD"],
        column=column,
        value=row[column],
        kind=kind,
        valid=valid,
        message=message,
    )
