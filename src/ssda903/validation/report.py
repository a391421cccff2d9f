"""Validation findings as a data officer reads them: CSV, JSON, a workbook, a terminal table.

Every format carries the same record per error: rule, table, line, child, fields, values,
message. `line` is the line in the submitted CSV counting the header row as line 1 (for XML,
the record's position among that table's records, from 2); fields and values are joined with ";".
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from ssda903.validation.engine import Finding

COLUMNS = ("rule", "table", "line", "child", "fields", "values", "message")
SUMMARY_COLUMNS = ("rule", "errors", "message")


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


def summary(findings: Iterable[Finding]) -> list[dict[str, str | int]]:
    """Errors counted by rule, in rule order, with each rule's message."""
    findings = list(findings)
    counts = Counter(f.rule for f in findings)
    messages = {f.rule: f.message for f in findings}
    order = sorted(counts, key=_rule_sort_key)
    return [{"rule": r, "errors": counts[r], "message": messages[r]} for r in order]


def _rule_sort_key(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, code)


def write_csv(findings: Iterable[Finding], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(record(f) for f in findings)


def to_json(findings: Iterable[Finding]) -> str:
    return json.dumps([record(f) for f in findings], indent=1, ensure_ascii=False) + "\n"


def write_xlsx(findings: Sequence[Finding], path: Path) -> None:
    """A workbook with an Errors sheet and a Summary by rule sheet, each with a filter on."""
    book = Workbook()
    errors = book.active
    assert isinstance(errors, Worksheet)  # a new workbook always has one sheet
    errors.title = "Errors"
    _fill_sheet(errors, COLUMNS, [record(f) for f in findings])
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
    rows = [record(f) for f in findings]
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
