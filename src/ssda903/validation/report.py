"""Validation findings as a data officer reads them: CSV, JSON, a workbook, a terminal table.

Every format carries the same record per error: rule, table, line, child, fields, values,
message. `line` is the line in the submitted CSV counting the header row as line 1 (for XML,
the record's position among that table's records, from 2); fields and values are joined with ";".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

import polars as pl
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from ssda903.validation.engine import Finding
from ssda903.validation.findings import frame_of

COLUMNS = ("rule", "table", "line", "child", "fields", "values", "message")
SUMMARY_COLUMNS = ("rule", "errors", "message")
_CSV_CHUNK = 100_000  # rows per piece of CSV text: bounds the memory a large report takes


def record(finding: Finding) -> dict[str, str | int]:
    """One error as a flat record (blank values are empty strings)."""
    return {
        "rule": finding.rule,
        "table": finding.table,
        "line": finding.line,
        "child": finding.child or "",
        "fields": ";".join(finding.fields),
        "values": ";".join(v or "" for v in finding.values),
        "message": finding.message,
    }


def records(findings: Iterable[Finding]) -> pl.DataFrame:
    """Every error as a flat record, as a frame of `COLUMNS` (the same as `record` gives).

    `run`'s findings are read from their frame: no Python object per error (see findings.py).
    """
    frame = frame_of(findings)
    return frame.select(
        "rule",
        "table",
        "line",
        pl.col("child").fill_null(""),
        pl.col("fields").list.join(";"),
        pl.col("values").list.eval(pl.element().fill_null("")).list.join(";"),
        "message",
    )


def summary(findings: Iterable[Finding]) -> list[dict[str, str | int]]:
    """Errors counted by rule, in rule order, with each rule's message."""
    counts = (
        frame_of(findings)
        .group_by("rule")
        .agg(pl.len().alias("errors"), pl.col("message").last())
        .rows(named=True)
    )
    counts.sort(key=lambda row: _rule_sort_key(row["rule"]))
    return [{"rule": r["rule"], "errors": r["errors"], "message": r["message"]} for r in counts]


def _rule_sort_key(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, code)


def write_csv(findings: Iterable[Finding], out: TextIO) -> None:
    # Polars writes the text (several times faster than the csv module on 700k errors); an empty
    # string goes in as null so that it is written bare, as the csv module writes it. One
    # difference: a value holding a carriage return is quoted (the csv module leaves it bare).
    rows = records(findings).with_columns(pl.col(pl.String).replace("", None))
    for start in range(0, max(rows.height, 1), _CSV_CHUNK):
        out.write(rows.slice(start, _CSV_CHUNK).write_csv(include_header=start == 0))


def to_json(findings: Iterable[Finding]) -> str:
    return json.dumps(records(findings).to_dicts(), indent=1, ensure_ascii=False) + "\n"


def write_xlsx(findings: Sequence[Finding], path: Path) -> None:
    """A workbook with an Errors sheet and a Summary by rule sheet, each with a filter on."""
    book = Workbook()
    errors = book.active
    assert isinstance(errors, Worksheet)  # a new workbook always has one sheet
    errors.title = "Errors"
    _fill_sheet(errors, COLUMNS, records(findings).to_dicts())
    by_rule = book.create_sheet("Summary by rule")
    _fill_sheet(by_rule, SUMMARY_COLUMNS, summary(findings))
    book.save(path)


def _fill_sheet(sheet: Worksheet, columns: Sequence[str], rows: list[dict[str, str | int]]) -> None:
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([row[c] for c in columns])
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = "A2"


def format_table(findings: Sequence[Finding], *, message_width: int = 70) -> str:
    """A plain-text table of every error, then the summary by rule, for a terminal."""
    if not findings:
        return "No errors found.\n"
    rows = records(findings).to_dicts()
    for row in rows:
        text = str(row["message"])
        row["message"] = text if len(text) <= message_width else text[: message_width - 1] + "…"
    lines = _columns(COLUMNS, rows)
    lines.append("")
    lines.append(f"{len(findings)} errors. Summary by rule:")
    lines.extend(_columns(SUMMARY_COLUMNS, summary(findings)))
    return "\n".join(lines) + "\n"


def _columns(columns: Sequence[str], rows: list[dict[str, str | int]]) -> list[str]:
    widths = {c: max([len(c), *(len(str(r[c])) for r in rows)]) for c in columns}
    header = "  ".join(c.ljust(widths[c]) for c in columns).rstrip()
    rule = "  ".join("-" * widths[c] for c in columns)
    body = ["  ".join(str(r[c]).ljust(widths[c]) for c in columns).rstrip() for r in rows]
    return [header, rule, *body]
