"""Findings: what the rule engine reports, one record per rule broken on one row.

An error-laden return makes hundreds of thousands of findings (the fake return ×16: 727k), and a
Python object per finding costs more than running every rule. So `run` returns `Findings`, a list
of `Finding` whose records stay in one Polars frame (`FRAME_SCHEMA`) until something reads them
one by one: `len()` and the report writers read the frame, and only indexing, iterating or
comparing builds the `Finding` objects (once). It subclasses ``list`` so that callers typed
``list[Finding]`` keep working; a caller that changes the list gets a frame rebuilt from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, SupportsIndex, overload

import polars as pl


@dataclass(frozen=True)
class Finding:
    rule: str
    table: str
    line: int
    child: str | None
    fields: tuple[str, ...]
    values: tuple[str | None, ...]
    message: str
    file: str | None = None


# Rule, table and message repeat on every finding: categoricals hold each text once (a million
# findings' messages as plain strings took 100 MB).
FRAME_SCHEMA: dict[str, pl.DataType] = {
    "rule": pl.Categorical(),
    "table": pl.Categorical(),
    "line": pl.Int64(),
    "child": pl.String(),
    "file": pl.String(),
    "fields": pl.List(pl.String()),
    "values": pl.List(pl.String()),
    "message": pl.Categorical(),
}


def frame_of(findings: Iterable[Finding]) -> pl.DataFrame:
    """The findings as a frame with `FRAME_SCHEMA`: `Findings` already hold one."""
    if isinstance(findings, Findings):
        return findings.frame
    items = list(findings)
    return pl.DataFrame(
        {
            "rule": [f.rule for f in items],
            "table": [f.table for f in items],
            "line": [f.line for f in items],
            "child": [f.child for f in items],
            "file": [f.file for f in items],
            "fields": [list(f.fields) for f in items],
            "values": [list(f.values) for f in items],
            "message": [f.message for f in items],
        },
        schema=FRAME_SCHEMA,
    )


def _build(frame: pl.DataFrame) -> list[Finding]:
    # Whole columns to Python lists, then one zip: per-row dicts cost several times as much.
    cols = [frame.get_column(c).to_list() for c in FRAME_SCHEMA]
    interned: dict[tuple[str, ...], tuple[str, ...]] = {}
    out = []
    for rule, table, line, child, file, fields, values, message in zip(*cols, strict=True):
        key = tuple(fields)
        out.append(
            Finding(
                rule=rule,
                table=table,
                line=line,
                child=child,
                fields=interned.setdefault(key, key),
                values=tuple(values),
                message=message,
                file=file,
            )
        )
    return out


class Findings(list[Finding]):
    """A list of findings backed by a frame; `Finding` objects are built on first use."""

    def __init__(self, frame: pl.DataFrame) -> None:
        super().__init__()
        self._frame: pl.DataFrame | None = frame
        self._built = False

    @property
    def frame(self) -> pl.DataFrame:
        if self._frame is None:  # changed since built: rebuild from the list
            self._frame = frame_of(list(self))
        return self._frame

    def _items(self) -> list[Finding]:
        if not self._built:
            self._built = True
            assert self._frame is not None
            super().extend(_build(self._frame))
        return self

    def _changing(self) -> list[Finding]:
        self._items()
        self._frame = None
        return self

    def __len__(self) -> int:
        return super().__len__() if self._built else self.frame.height

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[Finding]:
        self._items()
        return super().__iter__()

    def __reversed__(self) -> Iterator[Finding]:
        self._items()
        return super().__reversed__()

    def __contains__(self, item: object) -> bool:
        self._items()
        return super().__contains__(item)

    @overload
    def __getitem__(self, i: SupportsIndex) -> Finding: ...
    @overload
    def __getitem__(self, i: slice) -> list[Finding]: ...
    def __getitem__(self, i: SupportsIndex | slice) -> Finding | list[Finding]:
        self._items()
        return super().__getitem__(i)

    def __eq__(self, other: object) -> bool:
        self._items()
        if isinstance(other, Findings):
            other._items()
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, other: list[Finding]) -> list[Finding]:  # type: ignore[override]
        return list(self) + list(other)

    def __radd__(self, other: list[Finding]) -> list[Finding]:
        return list(other) + list(self)

    def __mul__(self, n: SupportsIndex) -> list[Finding]:
        return list(self) * n

    def __repr__(self) -> str:
        return f"Findings({len(self)} findings)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))

    def copy(self) -> list[Finding]:
        return list(self)

    def index(self, *args: Any) -> int:
        self._items()
        return super().index(*args)

    def count(self, item: Finding) -> int:
        self._items()
        return super().count(item)

    # Changes: build first, then forget the frame (it is rebuilt from the list when asked for).
    def append(self, item: Finding) -> None:
        self._changing()
        super().append(item)

    def extend(self, items: Iterable[Finding]) -> None:
        self._changing()
        super().extend(items)

    def insert(self, i: SupportsIndex, item: Finding) -> None:
        self._changing()
        super().insert(i, item)

    def remove(self, item: Finding) -> None:
        self._changing()
        super().remove(item)

    def pop(self, i: SupportsIndex = -1) -> Finding:
        self._changing()
        return super().pop(i)

    def clear(self) -> None:
        self._changing()
        super().clear()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        self._changing()
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self._changing()
        super().reverse()

    def __setitem__(self, i: Any, value: Any) -> None:
        self._changing()
        super().__setitem__(i, value)

    def __delitem__(self, i: Any) -> None:
        self._changing()
        super().__delitem__(i)

    def __iadd__(self, items: Iterable[Finding]) -> Findings:  # type: ignore[override,misc]
        self.extend(items)
        return self

    def __imul__(self, n: SupportsIndex) -> Findings:  # type: ignore[misc]
        self._changing()
        super().__imul__(n)
        return self
