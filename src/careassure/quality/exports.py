"""The drill-down list of documents as CSV: the rows the list page shows, in its order."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from careassure.children.models import CaseDocument

HEADERS = [
    "Document id",
    "Kind",
    "Date",
    "903 CHILD id",
    "Child",
    "Team",
    "Written by",
    "Flags",
    "Checks flagged",
]


def _safe(value: str | int) -> str | int:
    """Stop a spreadsheet treating a value as a formula (CSV injection, OWASP)."""
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + value
    return value


def _row(doc: CaseDocument) -> list[str | int]:
    flags = list(doc.quality_flags.all())  # prefetched by the caller
    codes = sorted({f.code for f in flags})
    return [
        doc.pk,
        doc.get_kind_display(),
        doc.date.isoformat(),
        doc.child.code,
        doc.child.display_name,
        doc.child.team.name if doc.child.team else "",
        doc.author.name if doc.author else "",
        len(flags),
        "; ".join(codes),
    ]


def documents_csv(documents: Iterable[CaseDocument]) -> tuple[bytes, int]:
    """The CSV file's bytes (UTF-8 with a byte-order mark, so Excel reads it) and its row count."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    count = 0
    for doc in documents:
        writer.writerow([_safe(v) for v in _row(doc)])
        count += 1
    return buffer.getvalue().encode("utf-8-sig"), count
