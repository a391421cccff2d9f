"""Rows pasted from a spreadsheet as delimited text, read as pipe cells.

Teams that keep their plans and trackers in a spreadsheet paste them into the record as
comma- or semicolon-separated text: a header row ("Action,Owner,Due,RAG,Update"), then a row
per action, cells in double quotes when they hold the delimiter, empty cells as ",,". Read line
by line as prose, every cell of the row runs into the next. `delimited_cells` finds such a
header and the rows under it and turns each delimiter outside quotes into a cell bar, one
character for one so that offsets into the record stay valid; the splitter then reads them as
the pipe tables it already knows (a repeated header row is read as a header again).

A row is taken to belong to the table while it has nearly as many delimiters as the header; a
sentence of prose with a comma or two after the table ends it.
"""

from __future__ import annotations

from casequality.tables import column_name

_DELIMITERS = (";", ",")


def _delimiters(line: str, delimiter: str) -> list[int]:
    """Positions of `delimiter` in `line` outside double quotes."""
    found, quoted = [], False
    for k, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            found.append(k)
    return found


def _header(line: str) -> tuple[str, int] | None:
    """(delimiter, number of columns) if `line` is a row of column names, else None."""
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        cuts = _delimiters(line, delimiter)
        starts = [0, *(k + 1 for k in cuts)]
        ends = [*cuts, len(line)]
        cells = [line[a:b].strip().strip('"').strip() for a, b in zip(starts, ends, strict=True)]
        if len(cells) >= 3 and all(c and ":" not in c and column_name(c) for c in cells):
            return delimiter, len(cells)
    return None


def delimited_cells(text: str) -> str:
    """`text` with its pasted spreadsheet rows as pipe cells, one character for one."""
    if "," not in text and ";" not in text:
        return text
    out = list(text)
    start = 0
    table: tuple[str, int] | None = None
    for line in text.split("\n"):
        header = _header(line)
        if header is not None:
            table = header
        elif table is not None:
            delimiter, columns = table
            if len(_delimiters(line, delimiter)) < max(2, columns - 2):
                table = None  # a blank line, a heading or prose: the table has ended
        if table is not None:
            for k in _delimiters(line, table[0]):
                out[start + k] = "|"
        start += len(line) + 1
    return "".join(out)
