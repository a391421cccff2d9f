"""Write a 903 return as DfE's XML (layout: ssda903.xml_format), streaming child by child.

One <CHILD> element is built at a time from tables sorted into Header order, and written through
lxml's incremental `xmlfile`, so 80,000 children need little more memory than the frames do.
Children are written in Header order; each child's records keep their order within each table.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
from lxml import etree

from ssda903 import xml_format as fmt
from ssda903.model import Return, WriteError, empty_table
from ssda903.tables import COLUMNS, LINE, tables_for_year, year_label

_POS = "__child_position"
Row = dict[str, Any]


def write_xml(ret: Return, path: Path | str) -> Path:
    """Write `ret` as one EXPSSDA903 XML file at `path`.

    Raises `WriteError`, leaving no file, if XML cannot hold the tables faithfully.
    """
    wanted = tables_for_year(ret.year)
    extra = sorted(set(ret.tables) - set(wanted))
    if extra:
        raise WriteError(f"a {year_label(ret.year)} return does not collect {', '.join(extra)}")
    tables = {t: ret.tables.get(t, empty_table(t)) for t in wanted}
    header = _checked_header(tables["Header"])
    positions = header.select("CHILD", pl.int_range(pl.len(), dtype=pl.Int64).alias(_POS))
    ordered = {
        t: _in_child_order(t, frame, header, positions)
        for t, frame in tables.items()
        if t != "Header"
    }
    out = Path(path)
    partial = out.with_name(out.name + ".part")  # so a failure never leaves a half-written file
    try:
        with etree.xmlfile(str(partial), encoding="utf-8") as xf:
            xf.write_declaration()
            with xf.element(fmt.ROOT):
                cursors = {t: _Cursor(frame) for t, frame in ordered.items()}
                for position, row in enumerate(header.iter_rows(named=True)):
                    records = {t: cursor.take(position) for t, cursor in cursors.items()}
                    xf.write(_child_element(row, records))
                    xf.write("\n")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(out)
    return out


def _checked_header(header: pl.DataFrame) -> pl.DataFrame:
    missing = header.filter(pl.col("CHILD").is_null())
    if missing.height:
        raise WriteError(
            f"Header line {missing[LINE][0]} has no CHILD; XML needs one for every child"
        )
    repeated = header.filter(pl.col("CHILD").is_duplicated())
    if repeated.height:
        raise WriteError(
            f"Header lines {', '.join(map(str, repeated[LINE].head(5)))} repeat CHILD "
            f"{repeated['CHILD'][0]}; XML holds one HEADER per child"
        )
    return header


def _in_child_order(
    table: str, frame: pl.DataFrame, header: pl.DataFrame, positions: pl.DataFrame
) -> pl.DataFrame:
    """`frame` sorted by its child's place in Header, keeping its own order within a child."""
    shared = [c for c in fmt.copied_from_header(table) if c != "CHILD"]
    from_header = header.select("CHILD", *(pl.col(c).alias(f"__header_{c}") for c in shared))
    joined = (
        frame.with_row_index("__row")
        .join(positions, on="CHILD", how="left")
        .join(from_header, on="CHILD", how="left")
    )
    orphans = joined.filter(pl.col(_POS).is_null())
    if orphans.height:
        raise WriteError(
            f"{table} line {orphans[LINE][0]} is for CHILD {orphans['CHILD'][0]!r}, who has no "
            "Header row; XML holds every record inside its child's HEADER"
        )
    for column in shared:
        differs = joined.filter(~pl.col(column).eq_missing(pl.col(f"__header_{column}")))
        if differs.height:
            row = differs.row(0, named=True)
            raise WriteError(
                f"{table} line {row[LINE]} gives CHILD {row['CHILD']} {column} "
                f"{row[column]!r} but Header gives {row[f'__header_{column}']!r}; XML holds "
                f"{column} once per child"
            )
    if table in fmt.FLAT_TABLES:
        repeated = joined.filter(pl.col("CHILD").is_duplicated())
        if repeated.height:
            raise WriteError(
                f"{table} has more than one row for CHILD {repeated['CHILD'][0]} (lines "
                f"{', '.join(map(str, repeated[LINE].head(5)))}); XML holds one per child"
            )
    return joined.sort(_POS, "__row").select(_POS, *COLUMNS[table])


class _Cursor:
    """Walks a frame sorted by child position, handing over one child's rows at a time."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self._rows: Iterator[Row] = frame.iter_rows(named=True, buffer_size=4096)
        self._next: Row | None = next(self._rows, None)

    def take(self, position: int) -> list[Row]:
        taken = []
        while self._next is not None and self._next[_POS] == position:
            taken.append(self._next)
            self._next = next(self._rows, None)
        return taken


# (column, tag) pairs each part of a <CHILD> is written from, worked out once.
_HEADER_BEFORE = tuple((c, fmt.tag_for(c)) for c in fmt.HEADER_FIELDS_BEFORE)
_HEADER_AFTER = tuple((c, fmt.tag_for(c)) for c in fmt.HEADER_FIELDS_AFTER)
_OWN = {t: tuple((c, fmt.tag_for(c)) for c in fmt.own_fields(t)) for t in COLUMNS if t != "Header"}
# DfE's export puts <AMISSING> and <AREVIEW> before <MOTHER>, the other groups after it.
_EARLY_GROUPS = ("Missing", "Reviews")


def _child_element(header: Row, records: dict[str, list[Row]]) -> etree._Element:
    child = etree.Element(fmt.CHILD)
    head = etree.SubElement(child, fmt.HEADER)
    try:
        _fields(head, header, _HEADER_BEFORE)
        etree.SubElement(head, fmt.UASC_FLAG).text = "1" if records.get("UASC") else None
        for table in fmt.FLAT_TABLES:
            for row in records.get(table, ()):
                _fields(head, row, _OWN[table])
        for table in _EARLY_GROUPS:
            _groups(head, table, records)
        _fields(head, header, _HEADER_AFTER)
        for table, (_, parent) in fmt.GROUP_TABLES.items():
            if table not in _EARLY_GROUPS:
                _groups(head if parent == fmt.HEADER else child, table, records)
    except ValueError as err:  # lxml refuses characters XML 1.0 cannot hold
        raise WriteError(
            f"CHILD {header['CHILD']!r}: a value cannot be written as XML ({err})"
        ) from err
    return child


def _groups(parent: etree._Element, table: str, records: dict[str, list[Row]]) -> None:
    tag = fmt.GROUP_TABLES[table][0]
    pairs = _OWN[table]
    for row in records.get(table, ()):
        _fields(etree.SubElement(parent, tag), row, pairs)


def _fields(parent: etree._Element, row: Row, pairs: tuple[tuple[str, str], ...]) -> None:
    """One element per field; a null value becomes an empty element, as DfE's export writes."""
    sub = etree.SubElement
    for column, tag in pairs:
        sub(parent, tag).text = row[column]
