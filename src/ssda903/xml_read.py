"""Read DfE's 903 XML into the twelve CSV-shaped tables (layout: ssda903.xml_format).

Streams child by child (lxml iterparse, clearing each <CHILD> once read) so a national file fits in
little memory. Refuses what it cannot place: malformed XML, another root element, an element the
903 does not define, a value held twice in one record. Never drops data silently.
"""

from __future__ import annotations

import codecs
import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import polars as pl
from lxml import etree

from ssda903 import xml_format as fmt
from ssda903.model import ReadError, clean_values, empty_table, table_schema
from ssda903.tables import COLUMNS, FILE, FIRST_YEAR_OF_TABLE, LINE, tables_for_year, year_label

_CHUNK = 5_000  # children held as Python objects before moving into Polars, bounding memory


@dataclass(frozen=True)
class _Group:
    table: str
    columns: dict[str, str]  # XML tag -> column, for the fields the record holds itself
    copied: tuple[str, ...]  # columns taken from the child's HEADER


_GROUPS = {
    tag: _Group(
        table, {fmt.tag_for(c): c for c in fmt.own_fields(table)}, fmt.copied_from_header(table)
    )
    for table, (tag, _) in fmt.GROUP_TABLES.items()
}
_HEADER_COLUMNS = {
    fmt.tag_for(c): c for c in (*fmt.HEADER_FIELDS_BEFORE, *fmt.HEADER_FIELDS_AFTER, fmt.UASC_FLAG)
} | {tag: tag for tags in fmt.FLAT_TABLES.values() for tag in tags}
_FLAT_BY_TAG = {tag: table for table, tags in fmt.FLAT_TABLES.items() for tag in tags}


def looks_like_xml(data: bytes) -> bool:
    """True if the file's first non-blank character (after any byte-order mark) is '<'."""
    head = data[:1024]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def read_xml(source: Path | bytes, year: int, name: str | None = None) -> dict[str, pl.DataFrame]:
    """Every table of collection `year` from one XML file (tables with no records are empty).

    `source` is a path (streamed from disk) or the file's bytes; `name` defaults to the path's.
    """
    if isinstance(source, Path):
        with source.open("rb") as file:
            return _parse(file, name or source.name, year)
    return _parse(io.BytesIO(source), name or "XML", year)


def _parse(file: BinaryIO, name: str, year: int) -> dict[str, pl.DataFrame]:
    sink = _Sink(tables_for_year(year), name, year)
    reader = _ChildReader(name, sink)
    # Only <CHILD> end events reach Python; lxml does the rest in C.
    context = etree.iterparse(
        file,
        events=("end",),
        tag=fmt.CHILD,
        resolve_entities=False,
        no_network=True,
    )
    try:
        for count, (_, child) in enumerate(context, start=1):
            parent = child.getparent()
            if parent is None or parent.getparent() is not None:
                raise _unexpected(parent if parent is not None else child, name)
            _check_root(parent, name)
            reader.read_child(child)
            parent.remove(child)  # keep the tree to one child at a time
            if count % _CHUNK == 0:
                sink.flush()
        root = context.root
    except etree.XMLSyntaxError as err:
        raise ReadError(f"is not well-formed XML ({err.msg})", file=name, line=err.lineno) from err
    _check_root(root, name)
    leftover = next(root.iterchildren(etree.Element), None)
    if leftover is not None:
        raise _unexpected(leftover, name)
    return sink.frames()


def _check_root(root: etree._Element, name: str) -> None:
    if root.tag != fmt.ROOT:
        raise ReadError(
            f"is XML but its root element is <{root.tag}>, not <{fmt.ROOT}>: "
            "it is not a 903 return",
            file=name,
            line=root.sourceline,
        )


def _unexpected(element: etree._Element, name: str) -> ReadError:
    parent = element.getparent()
    where = f"<{parent.tag}>" if parent is not None else "the file"
    return ReadError(
        f"<{element.tag}> inside {where} is not part of the 903 return; expected <{fmt.CHILD}>",
        file=name,
        line=element.sourceline,
    )


class _Sink:
    """Rows per table: Python tuples for the current chunk of children, then Polars frames."""

    def __init__(self, wanted: tuple[str, ...], name: str, year: int) -> None:
        self.name = name
        self.year = year
        self.rows: dict[str, list[tuple[str | None, ...]]] = {t: [] for t in wanted}
        self.done: dict[str, list[pl.DataFrame]] = {t: [] for t in wanted}

    def add(self, table: str, record: dict[str, str | None], line: int | None) -> None:
        rows = self.rows.get(table)
        if rows is None:
            raise ReadError(
                f"holds {table} records, which the 903 return collects from "
                f"{year_label(FIRST_YEAR_OF_TABLE[table])}; this is a {year_label(self.year)} "
                "return",
                file=self.name,
                line=line,
            )
        rows.append(tuple(map(record.get, COLUMNS[table])))

    def flush(self) -> None:
        for table, rows in self.rows.items():
            if rows:
                schema = {c: pl.String for c in COLUMNS[table]}
                self.done[table].append(pl.DataFrame(rows, schema=schema, orient="row"))
                rows.clear()

    def frames(self) -> dict[str, pl.DataFrame]:
        self.flush()
        return {t: _to_frame(t, parts, self.name) for t, parts in self.done.items()}


class _ChildReader:
    """Turns one <CHILD> element into records for every table it holds."""

    def __init__(self, name: str, sink: _Sink) -> None:
        self.name = name
        self.sink = sink

    def read_child(self, child: etree._Element) -> None:
        header = None
        child_groups = []
        for element in child.iterchildren(etree.Element):
            if element.tag == fmt.HEADER:
                if header is not None:
                    raise self._error(element, "a <CHILD> has more than one <HEADER>")
                header = element
            elif element.tag in _GROUPS:
                child_groups.append(element)
            else:
                raise self._unknown(element, fmt.CHILD)
        if header is None:
            raise self._error(child, "a <CHILD> has no <HEADER>")
        fields: dict[str, str | None] = {}
        flat: set[str] = set()
        groups = []
        for element in header.iterchildren(etree.Element):
            tag = element.tag
            if tag in _GROUPS:
                groups.append(element)
                continue
            column = _HEADER_COLUMNS.get(tag)
            if column is None:
                raise self._unknown(element, fmt.HEADER)
            fields[column] = self._value(element, fields, column)
            if tag in _FLAT_BY_TAG:
                flat.add(_FLAT_BY_TAG[tag])
        flag = fields.get(fmt.UASC_FLAG)
        if flag is not None and flag.strip() not in ("", "0"):
            flat.add("UASC")
        self.sink.add("Header", fields, header.sourceline)
        for table in fmt.FLAT_TABLES:
            if table in flat:
                self.sink.add(table, fields, header.sourceline)
        for group in (*groups, *child_groups):
            self._read_group(group, fields)

    def _read_group(self, group: etree._Element, header: dict[str, str | None]) -> None:
        spec = _GROUPS[group.tag]
        record = {c: header.get(c) for c in spec.copied}
        for element in group.iterchildren(etree.Element):
            column = spec.columns.get(element.tag)
            if column is None:
                raise self._unknown(element, group.tag)
            record[column] = self._value(element, record, column)
        self.sink.add(spec.table, record, group.sourceline)

    def _value(
        self, element: etree._Element, seen: dict[str, str | None], column: str
    ) -> str | None:
        if len(element):
            raise self._error(
                element,
                f"<{element.tag}> should hold only a value, but holds other XML (elements, "
                "comments or entity references such as &name;)",
            )
        if column in seen:
            raise self._error(element, f"<{element.tag}> appears twice in one record")
        return element.text

    def _unknown(self, element: etree._Element, parent: str) -> ReadError:
        return self._error(
            element, f"<{element.tag}> inside <{parent}> is not part of the 903 return"
        )

    def _error(self, element: etree._Element, message: str) -> ReadError:
        field = fmt.column_for(str(element.tag))
        return ReadError(message, file=self.name, line=element.sourceline, field=field)


def _to_frame(table: str, parts: list[pl.DataFrame], name: str) -> pl.DataFrame:
    if not parts:
        return empty_table(table)
    frame = clean_values(pl.concat(parts, rechunk=True), COLUMNS[table])
    frame = frame.with_columns(
        pl.int_range(2, frame.height + 2, dtype=pl.Int64).alias(LINE),
        pl.lit(name, dtype=pl.String).alias(FILE),
    )
    return frame.select(list(table_schema(table)))
