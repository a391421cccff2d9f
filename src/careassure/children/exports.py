"""The children list as CSV or Excel: exactly the rows the filtered list shows, in its order.

Both formats take the queryset the list page built (same selector, same filters), so what a person
exports is what they saw. The views record the export in the access log with its row count.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date

from openpyxl import Workbook

from careassure.children.codes import describe
from careassure.children.models import Child

HEADERS = [
    "careassure id",
    "903 CHILD id",
    "Given name",
    "Family name",
    "Date of birth",
    "Age",
    "Team",
    "In care",
    "Care leaver",
    "Legal status",
    "Legal status description",
    "Placement type",
    "Placement type description",
    "Period of care started",
]


def child_row(child: Child, today: date) -> list[str | int | None]:
    return [
        child.pk,
        child.code,
        child.given_name,
        child.family_name,
        child.dob.strftime("%d/%m/%Y") if child.dob else "",
        child.age_on(today),
        child.team.name if child.team else "",
        "Yes" if child.in_care else "No",
        "Yes" if child.care_leaver else "No",
        child.current_legal_status,
        describe("LS", child.current_legal_status),
        child.current_placement,
        describe("PLACE", child.current_placement),
        child.period_start.strftime("%d/%m/%Y") if child.period_start else "",
    ]


def _safe(value: str | int | None) -> str | int | None:
    """Stop a spreadsheet treating a value as a formula (CSV injection, OWASP)."""
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + value
    return value


def rows(children: Iterable[Child], today: date) -> Iterator[list[str | int | None]]:
    for child in children:
        yield [_safe(v) for v in child_row(child, today)]


def children_csv(children: Iterable[Child], today: date) -> tuple[bytes, int]:
    """The CSV file's bytes (UTF-8 with a byte-order mark, so Excel reads it) and its row count."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    count = 0
    for row in rows(children, today):
        writer.writerow(["" if v is None else v for v in row])
        count += 1
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), count


def children_xlsx(children: Iterable[Child], today: date) -> tuple[bytes, int]:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Children")
    sheet.append(HEADERS)
    count = 0
    for row in rows(children, today):
        sheet.append(row)
        count += 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), count
