"""A validation's findings as CSV or Excel: one row per finding, with the help on what to change.

The pure library has no report writer to reuse, so this is the one place findings become files.
The views record each export in the access log with its row count.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from openpyxl import Workbook

from careassure.validation.help import finding_help
from ssda903.validation import Finding

HEADERS = [
    "Rule",
    "Message",
    "903 CHILD id",
    "Table",
    "File",
    "Line",
    "Fields",
    "Submitted values",
    "What to change",
]
Cell = str | int | None


def finding_row(year: int, f: Finding) -> list[Cell]:
    values = "; ".join(
        f"{k}={'' if v is None else v}" for k, v in zip(f.fields, f.values, strict=False)
    )
    return [
        f.rule,
        f.message,
        f.child or "",
        f.table,
        f.file or "",
        f.line,
        ", ".join(f.fields),
        values,
        finding_help(
            year=year, table=f.table, line=f.line, fields=f.fields, values=f.values, file=f.file
        ),
    ]


def _safe(value: Cell) -> Cell:
    """Stop a spreadsheet treating a submitted value as a formula (CSV injection, OWASP)."""
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + value
    return value


def rows(year: int, findings: Iterable[Finding]) -> Iterator[list[Cell]]:
    for f in findings:
        yield [_safe(v) for v in finding_row(year, f)]


def findings_csv(year: int, findings: Iterable[Finding]) -> tuple[bytes, int]:
    """The CSV file's bytes (UTF-8 with a byte-order mark, so Excel reads it) and its row count."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    count = 0
    for row in rows(year, findings):
        writer.writerow(["" if v is None else v for v in row])
        count += 1
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), count


def findings_xlsx(year: int, findings: Iterable[Finding]) -> tuple[bytes, int]:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Errors")
    sheet.append(HEADERS)
    count = 0
    for row in rows(year, findings):
        sheet.append(row)
        count += 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), count


EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", findings_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", findings_xlsx),
}
