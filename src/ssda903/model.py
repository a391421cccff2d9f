"""The in-memory shape of a 903 return: `Return`, and the `ReadError` a reader raises.

The frame contract is docs/decisions/0001-layout.md: one Polars frame per DfE table, every data
column String exactly as submitted (stripped; empty → null), plus `_line` (Int64) and `_file`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from ssda903.tables import COLUMNS, FILE, LINE


@dataclass
class Return:
    """One collection year's 903 return, as read from files.

    `year` is the collection year by its end (2025 is 2024/25). `tables` holds only the tables the
    files supplied (a CSV set may leave some out; an XML file supplies them all). `encodings` says,
    for each file that was not UTF-8, which encoding it was read as, so a page can tell the council.
    """

    year: int
    tables: dict[str, pl.DataFrame]
    encodings: dict[str, str] = field(default_factory=dict)


class ReadError(Exception):
    """A file could not be read as part of a 903 return.

    `file`, `line` and `field` locate the problem where known; `str(error)` is a sentence a data
    officer can act on, e.g. "episodes.csv line 14: has 11 fields but the header row has 13".
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def __str__(self) -> str:
        where = self.file or ""
        if self.file and self.line is not None:
            where += f" line {self.line}"
        return f"{where}: {self.message}" if where else self.message


def table_schema(table: str) -> dict[str, pl.DataType]:
    """The Polars schema of a table in the frame contract: data columns, then `_line`, `_file`."""
    schema: dict[str, pl.DataType] = {c: pl.String() for c in COLUMNS[table]}
    schema[LINE] = pl.Int64()
    schema[FILE] = pl.String()
    return schema


def empty_table(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=table_schema(table))


def clean_values(frame: pl.DataFrame, columns: Sequence[str]) -> pl.DataFrame:
    """Strip surrounding whitespace and turn empty strings into null, as the contract requires."""
    stripped = [pl.col(c).str.strip_chars() for c in columns]
    return frame.with_columns(
        pl.when(s.str.len_bytes() == 0).then(None).otherwise(s).alias(c)
        for s, c in zip(stripped, columns, strict=True)
    )


class WriteError(ValueError):
    """A return cannot be written in the requested format without losing or changing data.

    XML holds CHILD, DOB (and UASC's SEX) once per child, and UASC, OC3 and AD1 at most once per
    child; a CSV set that breaks that cannot become XML faithfully, so the writer says where.
    """
