"""Run one rule on hand-built tables and compare the flagged lines per table."""

from __future__ import annotations

from typing import Any

from ssda903.validation import run
from tests.ssda903.validation.conftest import make_tables


def flagged(
    code: str,
    year: int,
    previous: dict[str, list[dict[str, Any]]] | None = None,
    **tables: list[dict[str, Any]],
) -> dict[str, list[int]]:
    """`{table: sorted lines}` that rule `code` flags for collection `year`."""
    prev = make_tables(**previous) if previous is not None else None
    out: dict[str, list[int]] = {}
    for f in run(year, make_tables(**tables), previous=prev, only=[code]):
        out.setdefault(f.table, []).append(f.line)
    return {t: sorted(lines) for t, lines in out.items()}
