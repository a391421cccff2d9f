"""A table-driven shape for rule tests: rows in, the lines each rule must flag out.

Every case holds a row that must be flagged and a near-miss row that must not be, so each test
fails if the rule flags too much or too little.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ssda903.validation import run
from tests.ssda903.validation.conftest import make_tables

Rows = list[dict[str, Any]]


@dataclass
class Case:
    code: str
    tables: dict[str, Rows]
    flagged: dict[str, list[int]]
    year: int = 2025
    previous: dict[str, Rows] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.code}-{self.year}"


def case(
    code: str,
    flagged: dict[str, list[int]],
    *,
    year: int = 2025,
    previous: dict[str, Rows] | None = None,
    **tables: Rows,
) -> Case:
    return Case(code=code, tables=tables, flagged=flagged, year=year, previous=previous or {})


def findings(c: Case) -> dict[str, list[int]]:
    """The lines rule `c.code` flags in each table (tables with no finding left out)."""
    previous = make_tables(**c.previous) if c.previous else None
    out: dict[str, list[int]] = {}
    for f in run(c.year, make_tables(**c.tables), previous, only=[c.code]):
        out.setdefault(f.table, []).append(f.line)
    return {t: sorted(set(lines)) for t, lines in out.items()}
