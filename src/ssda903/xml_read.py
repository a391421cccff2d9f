"""Read DfE's 903 XML into the twelve CSV-shaped tables (layout: ssda903.xml_format).

Streams child by child (lxml iterparse, clearing each <CHILD> once read) so a national file fits in
little memory. Refuses what it cannot place: malformed XML, another root element, an element the
903 does not define, a value held twice in one record. Never drops data silently.
"""

from __future__ import annotations

import io

import polars as pl
from lxml import etree

from ssda903 import xml_format as fmt
from ssda903.model import ReadError, clean_values, empty_table, table_schema
from ssda903.tables import COLUMNS, FILE, FIRST_YEAR_OF_TABLE, LINE, tables_for_year, year_label

_HEADER_FIELDS = frozenset(fmt.HEADER_FIELDS_BEFORE + fmt.HEADER_FIELDS_AFTER)
_FLAT_BY_TAG = {tag: table for table, tags in fmt.FLAT_TABLES.items() for tag in tags}

Columns = dict[str, list[str | None]]


def looks_like_xml(data: bytes) -> bool:
    """True if the file's first non-blank character (after any BOM) is '<'."""
    return data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def read_xml(data: bytes, name: str, year: int) -> dict[str, pl.DataFrame]:
    """Every table of collection `year` from one XML file (tables with no records are empty)."""
    wanted = tables_for_year(year)
    collected: dict[str, Columns] = {t: {c: [] for c in COLUMNS[t]} for t in wanted}
    reader = _ChildReader(name, year, collected)
    events = etree.iterparse(
        io.BytesIO(data), events=("start", "end"), resolve_entities=False, no_network=True
    )
    try:
        for event, element in events:
            if event == "start":
                if element.getparent() is None and element.tag != fmt.ROOT:
                    raise ReadError(
                        f"is XML but its root element is <{element.tag}>, not <{fmt.ROOT}>: "
                        "it is not a 903 return",
                        file=name,
                        line=element.sourceline,
                    )
                continue
            parent = element.getparent()
            if parent is not None and parent.getparent() is None:
                _expect(element, fmt.CHILD, f"<{fmt.ROOT}>", name)
                reader.read_child(element)
                element.clear()
                parent.remove(element)
    except etree.XMLSyntaxError as err:
        raise ReadError(f"is not well-formed XML ({err.msg})", file=name, line=err.lineno) from err
    return {t: _to_frame(t, collected[t], name) for t in wanted}


class _ChildReader:
    """Appends one <CHILD>'s records to the column lists of every table."""

    def __init__(self, name: str, year: int, collected: dict[str, Columns]) -> None:
        self.name = name
        self.year = year
        self.collected = collected

    def read_child(self, child: etree._Element) -> None:
        headers = [e for e in _elements(child) if e.tag == fmt.HEADER]
        if len(headers) != 1:
            raise ReadError(
                f"a <CHILD> element has {len(headers)} <HEADER> elements; it needs exactly one",
                file=self.name,
                line=child.sourceline,
            )
        header = headers[0]
        fields: dict[str, str | None] = {}
        flat_present: set[str] = set()
        groups: list[etree._Element] = []
        uasc_flag: str | None = None
        for element in _elements(header):
            tag = element.tag
            if tag in fmt.GROUP_BY_TAG:
                groups.append(element)
                continue
            value = self._leaf(element, fields)
            if tag == fmt.UASC_FLAG:
                uasc_flag = value
            elif tag in _FLAT_BY_TAG:
                flat_present.add(_FLAT_BY_TAG[tag])
            elif fmt.column_for(tag) not in _HEADER_FIELDS:
                raise self._unknown(element, f"<{fmt.HEADER}>")
            fields[fmt.column_for(tag)] = value
        if uasc_flag and uasc_flag.strip() not in ("", "0"):
            flat_present.add("UASC")
        for element in _elements(child):
            if element.tag == fmt.HEADER:
                continue
            if element.tag not in fmt.GROUP_BY_TAG:
                raise self._unknown(element, f"<{fmt.CHILD}>")
            groups.append(element)
        self._append("Header", fields)
        for table in fmt.FLAT_TABLES:
            if table in flat_present:
                self._append(table, fields)
        for group in groups:
            self._append(fmt.GROUP_BY_TAG[group.tag], self._group_record(group, fields))

    def _group_record(self, group: etree._Element, header: dict[str, str | None]) -> dict:
        table = fmt.GROUP_BY_TAG[group.tag]
        allowed = set(fmt.own_fields(table))
        record: dict[str, str | None] = {c: header.get(c) for c in fmt.copied_from_header(table)}
        own: dict[str, str | None] = {}
        for element in _elements(group):
            if fmt.column_for(element.tag) not in allowed:
                raise self._unknown(element, f"<{group.tag}>")
            own[fmt.column_for(element.tag)] = self._leaf(element, own)
        return {**record, **own}

    def _leaf(self, element: etree._Element, seen: dict[str, str | None]) -> str | None:
        if len(element):
            raise ReadError(
                f"<{element.tag}> should hold only a value, but holds other XML (elements, "
                "comments or entity references such as &name;)",
                file=self.name,
                line=element.sourceline,
            )
        if fmt.column_for(element.tag) in seen:
            raise ReadError(
                f"<{element.tag}> appears twice in one record",
                file=self.name,
                line=element.sourceline,
            )
        return element.text

    def _append(self, table: str, record: dict[str, str | None]) -> None:
        if table not in self.collected:
            raise ReadError(
                f"holds {table} records, which the 903 return collects from "
                f"{year_label(FIRST_YEAR_OF_TABLE[table])}; this is a {year_label(self.year)} "
                "return",
                file=self.name,
            )
        for column, values in self.collected[table].items():
            values.append(record.get(column))

    def _unknown(self, element: etree._Element, parent: str) -> ReadError:
        return ReadError(
            f"<{element.tag}> inside {parent} is not part of the 903 return",
            file=self.name,
            line=element.sourceline,
        )


def _elements(parent: etree._Element) -> list[etree._Element]:
    """Child elements, skipping comments and processing instructions."""
    return list(parent.iterchildren(tag=etree.Element))


def _expect(element: etree._Element, tag: str, parent: str, name: str) -> None:
    if element.tag != tag:
        raise ReadError(
            f"<{element.tag}> inside {parent} is not part of the 903 return; expected <{tag}>",
            file=name,
            line=element.sourceline,
        )


def _to_frame(table: str, columns: Columns, name: str) -> pl.DataFrame:
    height = len(columns[COLUMNS[table][0]])
    if height == 0:
        return empty_table(table)
    frame = pl.DataFrame(columns, schema={c: pl.String for c in COLUMNS[table]})
    frame = clean_values(frame, COLUMNS[table]).with_columns(
        pl.int_range(2, height + 2, dtype=pl.Int64).alias(LINE),
        pl.lit(name, dtype=pl.String).alias(FILE),
    )
    return frame.select(list(table_schema(table)))
