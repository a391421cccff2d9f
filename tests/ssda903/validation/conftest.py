"""Hand-built 903 tables for rule tests: each rule test states its rows, nothing is hidden."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from ssda903.tables import COLUMNS, FILE, LINE


def make_tables(**tables: list[dict[str, Any]]) -> dict[str, pl.DataFrame]:
    """`make_tables(Header=[{"CHILD": "1", "SEX": "M"}])` -> frames in the ssda903 contract.

    Columns not given are null; `_line` counts from 2 (the header is line 1) as in a CSV file.
    """
    out: dict[str, pl.DataFrame] = {}
    for name, rows in tables.items():
        cols = COLUMNS[name]
        unknown = {k for row in rows for k in row} - set(cols)
        if unknown:
            raise KeyError(f"{name} has no column(s) {sorted(unknown)}")
        data: dict[str, list[Any]] = {
            c: [None if row.get(c) is None else str(row[c]) for row in rows] for c in cols
        }
        frame = pl.DataFrame(data, schema={c: pl.String for c in cols})
        out[name] = frame.with_columns(
            pl.int_range(2, frame.height + 2, dtype=pl.Int64).alias(LINE),
            pl.lit(f"{name}.csv").alias(FILE),
        )
    return out


@pytest.fixture
def tables():
    return make_tables
