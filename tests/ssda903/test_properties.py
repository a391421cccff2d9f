"""Property tests: any tables of strings (no control characters) survive write -> read unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from ssda903 import Return, read_return, write_csv, write_xml
from ssda903.model import clean_values, empty_table
from ssda903.tables import COLUMNS, FILE, FIRST_YEAR, LAST_YEAR, LINE, tables_for_year
from ssda903.xml_format import FLAT_TABLES, copied_from_header

# Anything but control characters (which neither DfE format can carry) and the two code points
# XML 1.0 forbids. Quotes, commas, '<', '&', accents, emoji and spaces are all in.
TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufffe\uffff"),
    max_size=12,
)
VALUE = st.one_of(st.none(), TEXT)
YEAR = st.integers(FIRST_YEAR, LAST_YEAR)
# Enough examples to cover the awkward characters; few enough to keep the suite in seconds.
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def as_table(table: str, rows: list[dict[str, str | None]]) -> pl.DataFrame:
    """Rows in the frame contract: stripped strings, empty -> null, `_line` from 2."""
    columns = COLUMNS[table]
    frame = pl.DataFrame(
        {c: [r.get(c) for r in rows] for c in columns}, schema={c: pl.String for c in columns}
    )
    frame = clean_values(frame, columns)
    return frame.with_columns(
        pl.int_range(2, frame.height + 2, dtype=pl.Int64).alias(LINE),
        pl.lit("generated").alias(FILE),
    )


@st.composite
def any_return(draw: st.DrawFn) -> Return:
    """Tables of arbitrary values: what a CSV set can hold, consistent or not."""
    year = draw(YEAR)
    chosen = draw(st.lists(st.sampled_from(tables_for_year(year)), min_size=1, unique=True))
    tables = {}
    for table in chosen:
        row = st.fixed_dictionaries({c: VALUE for c in COLUMNS[table]})
        tables[table] = as_table(table, draw(st.lists(row, max_size=4)))
    return Return(year=year, tables=tables)


@st.composite
def xml_shaped_return(draw: st.DrawFn) -> Return:
    """Arbitrary values in the shape XML holds: each child once in Header, every record under a
    Header child, CHILD/DOB/SEX as in Header, at most one UASC/OC3/AD1 record per child, and
    records in Header's child order."""
    year = draw(YEAR)
    header_rows = draw(st.lists(st.fixed_dictionaries({c: VALUE for c in COLUMNS["Header"]})))
    header = as_table("Header", header_rows).filter(pl.col("CHILD").is_not_null())
    header = header.unique("CHILD", keep="first", maintain_order=True)
    header = header.with_columns(pl.int_range(2, header.height + 2, dtype=pl.Int64).alias(LINE))
    tables = {"Header": header}
    for table in tables_for_year(year):
        if table == "Header":
            continue
        rows = []
        for child in header.iter_rows(named=True):
            most = 1 if table in FLAT_TABLES else 2
            for _ in range(draw(st.integers(0, most))):
                own = {c: draw(VALUE) for c in COLUMNS[table]}
                rows.append(own | {c: child[c] for c in copied_from_header(table)})
        tables[table] = as_table(table, rows)
    return Return(year=year, tables=tables)


def assert_same(a: Return, b: Return) -> None:
    for table in sorted(set(a.tables) | set(b.tables)):
        left = a.tables.get(table, empty_table(table)).drop(FILE)
        right = b.tables.get(table, empty_table(table)).drop(FILE)
        assert_frame_equal(left, right)


@SETTINGS
@given(any_return())
def test_csv_write_then_read_is_identity(ret):
    with tempfile.TemporaryDirectory() as tmp:
        back = read_return(write_csv(ret, tmp), ret.year)
    assert set(back.tables) == set(ret.tables)
    assert_same(ret, back)


@SETTINGS
@given(xml_shaped_return())
def test_xml_write_then_read_is_identity_and_csv_agrees(ret):
    with tempfile.TemporaryDirectory() as tmp:
        from_xml = read_return([write_xml(ret, Path(tmp) / "r.xml")], ret.year)
        assert_same(ret, from_xml)
        assert_same(ret, read_return(write_csv(from_xml, Path(tmp) / "csv"), ret.year))
