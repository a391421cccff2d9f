"""Small helpers for hand-built 903 frames (all columns String, as submitted)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import polars as pl

# Indicator ids that have a hand-worked test; test_registry checks every indicator is here.
WORKED: set[str] = set()


def worked(*ids: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a test as the hand-worked check of these indicators."""

    def mark(test: Callable[..., Any]) -> Callable[..., Any]:
        WORKED.update(ids)
        return test

    return mark


def frame(rows: list[dict[str, str | None]]) -> pl.DataFrame:
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    return pl.DataFrame(
        {c: [row.get(c) for row in rows] for c in columns}, schema=dict.fromkeys(columns, pl.String)
    )


def episode(
    child: str,
    decom: str,
    dec: str | None = None,
    *,
    rne: str = "S",
    ls: str = "C2",
    place: str = "U4",
    rec: str | None = None,
    **extra: str,
) -> dict[str, str | None]:
    if dec is not None and rec is None:
        rec = "X1"
    return {
        "CHILD": child,
        "DECOM": decom,
        "RNE": rne,
        "LS": ls,
        "CIN": "N1",
        "PLACE": place,
        "PLACE_PROVIDER": "PR1",
        "DEC": dec,
        "REC": rec,
        **extra,
    }
