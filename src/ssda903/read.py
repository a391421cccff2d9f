"""Read a council's 903 return from DfE CSV files and/or the DfE XML file.

The reader keeps every value as the string submitted (stripped; empty → null) and refuses only what
it cannot read: an unreadable or undecodable file, a header row that is no 903 table, the same table
twice, a row with the wrong number of fields, malformed XML. Whether values are valid codes or dates
is for `ssda903.issues.code_issues` and the validation rules, which report rather than refuse.

CSV tables are recognised by their header row, not their file name: councils' case-management
exports name files in many ways, but DfE fixes the columns (tables.COLUMNS).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from ssda903.model import ReadError, Return, clean_values
from ssda903.tables import (
    COLUMNS,
    FILE,
    FIRST_YEAR_OF_TABLE,
    LINE,
    check_year,
    tables_for_year,
    year_label,
)
from ssda903.xml_read import looks_like_xml, read_xml


def read_return(paths: Sequence[Path | str], year: int) -> Return:
    """Read the files of one 903 return for collection `year` (2025 = 2024/25).

    `paths` may mix DfE CSV files (one table each) and DfE XML files (every table of the year).
    Each table's records may come from one file only; a file with no records for a table (an XML
    file without social worker episodes, a CSV holding only its header row) gives way to one
    that has them, so nothing is lost either way. Raises `ReadError`
    naming the file, and the line where it can, if a file cannot be read.
    """
    check_year(year)
    tables: dict[str, pl.DataFrame] = {}
    came_from: dict[str, str] = {}
    encodings: dict[str, str] = {}
    for path in map(Path, paths):
        if looks_like_xml(_read_bytes(path, limit=1024)):
            found = read_xml(path, year)  # streamed from disk: never held whole in memory
        else:
            text, encoding = decode(_read_bytes(path), path.name)
            if encoding is not None:
                encodings[path.name] = encoding
            table, frame = read_csv_table(text, path.name, year)
            found = {table: frame}
        for table, frame in found.items():
            if table in tables and tables[table].height and frame.height:
                raise ReadError(
                    f"holds the {table} table, but {came_from[table]} already supplied it; "
                    "send each table once",
                    file=path.name,
                )
            if table not in tables or not tables[table].height:
                tables[table] = frame
                came_from[table] = path.name
    return Return(year=year, tables=tables, encodings=encodings)


def _read_bytes(path: Path, limit: int = -1) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(limit)
    except OSError as err:
        raise ReadError(f"could not be opened ({err.strerror})", file=path.name) from err


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Decode a CSV file's bytes: UTF-8 (with or without BOM), else Windows-1252.

    Returns the text and, if it was not UTF-8, the encoding used, so the council can be told.
    Excel's plain "CSV" save uses Windows-1252 on UK machines, so it is accepted, not refused.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as err:
            raise ReadError("starts like UTF-16 but is not valid UTF-16", file=name) from err
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as utf8_error:
        bad_at = utf8_error.start
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as err:
        line = data[:bad_at].count(b"\n") + 1
        raise ReadError(
            f"is neither UTF-8 nor Windows-1252 text (byte 0x{data[bad_at]:02X} cannot be read); "
            "save it again as 'CSV UTF-8'",
            file=name,
            line=line,
        ) from err


def read_csv_table(text: str, name: str, year: int) -> tuple[str, pl.DataFrame]:
    """Read one DfE CSV file's text: which table it is, and its frame in the contract's shape."""
    header, record_lines, blank = _scan_records(text, name)
    table, positions = identify_table(header, name, year)
    try:
        raw = pl.read_csv(io.StringIO(text), has_header=False, infer_schema=False).slice(1)
    except pl.exceptions.PolarsError:
        raw = None
    if raw is None or raw.height != len(record_lines) or raw.width != len(header):
        # Polars reads every well-formed CSV; files it parses differently from Python's csv module
        # (old Mac line endings, stray quotes) are rare, so take the slower path for those only.
        raw = _frame_from_records(text, len(header))
    raw = raw.rename(dict(zip(raw.columns, (f"c{i}" for i in range(raw.width)), strict=True)))
    raw = raw.with_columns(pl.Series(LINE, record_lines, dtype=pl.Int64))
    if blank:
        raw = raw.filter(~pl.Series(blank))
    raw = clean_values(raw, [f"c{i}" for i in range(len(header))])
    _check_unnamed_columns(raw, header, name)
    frame = raw.select(
        *(pl.col(f"c{positions[col]}").alias(col) for col in COLUMNS[table]),
        pl.col(LINE),
        pl.lit(name, dtype=pl.String).alias(FILE),
    )
    return table, frame


def _scan_records(text: str, name: str) -> tuple[list[str], list[int], list[bool]]:
    """Check every record has as many fields as the header; note where each record starts.

    Returns the header fields, each record's first line (header = line 1, counting physical lines,
    so a quoted value holding a line break moves later records down as a text editor shows), and
    which records are blank lines (skipped). Python's csv module does this at ~1.5 M rows/s.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ReadError("is empty: a 903 CSV file starts with a header row", file=name) from None
    except csv.Error as err:
        raise ReadError(f"the header row cannot be read ({err})", file=name, line=1) from err
    starts: list[int] = []
    blank: list[bool] = []
    previous_end = reader.line_num
    try:
        for record in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            is_blank = not record or (len(record) == 1 and not record[0].strip())
            if not is_blank and len(record) != len(header):
                raise ReadError(
                    _field_count_message(len(record), len(header), start, previous_end),
                    file=name,
                    line=start,
                )
            starts.append(start)
            blank.append(is_blank)
    except csv.Error as err:
        raise ReadError(f"cannot be read as CSV ({err})", file=name, line=previous_end + 1) from err
    return header, starts, blank if any(blank) else []


def _field_count_message(fields: int, expected: int, start: int, end: int) -> str:
    message = f"has {fields} fields but the header row has {expected}; "
    if end > start:  # the record ran on over several lines: a quote was opened and not closed
        return message + f'a quote (") opened on this line is not closed until line {end}'
    return message + (
        "check for a missing or extra comma, or a value containing a comma that is not in quotes"
    )


def _frame_from_records(text: str, width: int) -> pl.DataFrame:
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    rows = [r if len(r) == width else [*r, *[""] * (width - len(r))][:width] for r in reader]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in range(width)]
    return pl.DataFrame(
        {f"column_{i}": list(col) for i, col in enumerate(columns)},
        schema={f"column_{i}": pl.String for i in range(width)},
    )


def identify_table(header: list[str], name: str, year: int) -> tuple[str, dict[str, int]]:
    """Which 903 table a header row belongs to, and the position of each of its columns.

    Column names are matched ignoring case and surrounding spaces, in any order. Columns with no
    name (a trailing comma, common in spreadsheet exports) are allowed if they hold no values.
    """
    if len(header) == 1:
        for separator, called in ((";", "semicolons"), ("\t", "tabs")):
            if separator in header[0]:
                raise ReadError(
                    f"separates its columns with {called}; DfE's 903 files use commas. Save it "
                    "again as 'CSV UTF-8 (comma delimited)'",
                    file=name,
                    line=1,
                )
    names = [h.strip().upper() for h in header]
    named = [n for n in names if n]
    duplicates = sorted({n for n in named if named.count(n) > 1})
    if duplicates:
        raise ReadError(
            f"the header row names {', '.join(duplicates)} more than once",
            file=name,
            line=1,
            field=duplicates[0],
        )
    given = set(named)
    table = next((t for t, cols in COLUMNS.items() if set(cols) == given), None)
    if table is None:
        message, field = _unknown_header(given)
        raise ReadError(message, file=name, line=1, field=field)
    if table not in tables_for_year(year):
        raise ReadError(
            f"holds the {table} table, which the 903 return collects from "
            f"{year_label(FIRST_YEAR_OF_TABLE[table])}; this is a {year_label(year)} return",
            file=name,
        )
    return table, {n: i for i, n in enumerate(names) if n}


def _unknown_header(given: set[str]) -> tuple[str, str | None]:
    """The message for a header row that is no table, and the first column at fault."""

    def closeness(table: str) -> tuple[int, int]:
        cols = set(COLUMNS[table])
        return (len(cols & given), -len(cols ^ given))

    closest = max(COLUMNS, key=closeness)
    expected = set(COLUMNS[closest])
    parts = [f"the header row is not a 903 table; it is closest to {closest}"]
    if given - expected:
        parts.append(f"which has no column(s) {', '.join(sorted(given - expected))}")
    if expected - given:
        parts.append(f"and needs column(s) {', '.join(sorted(expected - given))}")
    at_fault = sorted(given - expected) or sorted(expected - given)
    message = " ".join(parts) + f" (expected: {', '.join(COLUMNS[closest])})"
    return message, at_fault[0] if at_fault else None


def _check_unnamed_columns(raw: pl.DataFrame, header: list[str], name: str) -> None:
    for i, h in enumerate(header):
        if h.strip():
            continue
        holding = raw.filter(pl.col(f"c{i}").is_not_null())
        if holding.height:
            line = holding[LINE][0]
            raise ReadError(
                f"column {i + 1} has no name in the header row but holds the value "
                f"'{holding[f'c{i}'][0]}'",
                file=name,
                line=int(line),
            )
