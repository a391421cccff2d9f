"""Action tables as text taken out of a PDF leaves them, rebuilt as pipe rows.

Councils attach plans as PDFs, and text extracted from a PDF loses the table's grid in one of
two ways:

- **one cell per line** (a PDF viewer's copy, `pdftotext` without `-layout`): the column names
  each on a line ("Action", "Who", "When"), then every cell on its own line or lines, a long
  cell wrapped wherever the column was narrow;
- **space-aligned columns** (`pdftotext -layout`): a header line whose column names are set
  apart by runs of spaces, then each row as a first line and continuation lines.

Read line by line, either shape turns each wrapped fragment into an "action" with no owner
and no date. `pdf_tables` finds these tables and rewrites them, one character for one so
that offsets into the record stay valid: the line breaks inside a row become cell bars (or a
space, inside a wrapped cell), and runs of spaces between columns start with a bar. The
splitter then reads them as the pipe tables it already knows.

Where the row breaks fall in a one-cell-per-line table is not written down anywhere, so it is
worked out: each line is scored for how well it fits each column (a "When" line holds a date
or a frequency, a "Who" line a person or role, a wrapped line starts in lower case or follows
one ending in "and", "of", "with"...), and the cheapest assignment of lines to cells, row after
row in column order, is found by dynamic programming (a Viterbi pass over the columns).
"""

from __future__ import annotations

import re
from itertools import pairwise

from casequality.people import names_owner
from casequality.tables import TABLE_HEADER_CELL_RE, TEXT, WHEN, WHO
from casequality.tables import column_kind as _column_kind
from casequality.timescales import NULL_TIME_RE, find_timescale

# Where the table stops: a blank line, a page's running header or footer, the signatures.
_STOP_RE = re.compile(
    r"\s*$|.*\bpage\s+\d+\s+of\s+\d+\s*$|\s*official\b|.*\bprinted\s+\d|"
    r"\s*(?:signed|signatures?|sign-off)\b",
    re.IGNORECASE,
)
# A line that carries on the cell above it: it opens in lower case or inside brackets...
_CONTINUES_RE = re.compile(r"[a-z(\[&/,;:+–-]")
# ...or the line above broke off after a word that cannot end a phrase.
_BROKEN_WORD = (
    r"\b(?:and|or|of|to|with|at|in|on|for|by|from|the|a|an|his|their|its|"
    r"mr|mrs|ms|miss|dr|about|into|onto|between|including|using|via|whether|that|so|as|"
    r"when|if|who|which|is|are|be|will|can|has|have)"
)
_BROKEN_OFF_RE = re.compile(r"(?:[-–,/&+(]|" + _BROKEN_WORD + r")$", re.IGNORECASE)
_BROKEN_WORD_RE = re.compile(_BROKEN_WORD + r"$", re.IGNORECASE)
_WHEN_START_RE = re.compile(
    r"(?:by|from|before|until|till|within|on|at|every|each|weekly|daily|fortnightly|monthly|"
    r"termly|next|end\s+of|w/c|\d{1,2}[/.]\d{1,2}|\d{1,2}\s+[a-z]{3}|(?:mon|tue|wed|thu|fri|sat|"
    r"sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d|\s*$))",
    re.IGNORECASE,
)
# A section's heading that is also a column's name, standing over the column names.
_SECTION_NAME_RE = re.compile(
    r"(?:action\s+)?plan|actions|targets|tasks|goals|outcomes|objectives", re.IGNORECASE
)
_CELL_RE = re.compile(r"\S+(?: \S+)*")  # a cell of a space-aligned line: single spaces inside


def _header_cell(cell: str) -> bool:
    """A column's name on its own: "What needs to happen", "By when" (not "Who: SW")."""
    return ":" not in cell and len(cell.split()) <= 5 and bool(TABLE_HEADER_CELL_RE.match(cell))


def _usable_header(names: list[str]) -> bool:
    """Three or more columns, one of them saying who or when: the shape of an action table."""
    return len(names) >= 3 and any(_column_kind(n) != TEXT for n in names)


def _continues(before: str, line: str) -> bool:
    return bool(_CONTINUES_RE.match(line) or _BROKEN_OFF_RE.search(before))


def _when_like(line: str) -> bool:
    return bool(NULL_TIME_RE.match(line) or _WHEN_START_RE.match(line))


def _who_like(line: str) -> bool:
    bare = re.sub(r"\([^)]*\)?|\)", " ", line).strip(" ,;")
    return line.startswith("(") or (len(bare.split()) <= 6 and names_owner(bare))


def pdf_tables(text: str) -> str:
    """`text` with its PDF-extracted action tables as pipe rows, one character for one."""
    if "\n" not in text:
        return text
    lines = _lines(text)
    out = list(text)
    i = 0
    while i < len(lines):
        done = _one_cell_per_line(text, lines, i, out) or _space_aligned(text, lines, i, out)
        i = done if done else i + 1
    return "".join(out)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in [m.start() for m in re.finditer("\n", text)] + [len(text)]:
        spans.append((start, end))
        start = end + 1
    return spans


# --- one cell per line -------------------------------------------------------------------------

_SKIP = {TEXT: 2.5, WHO: 1.2, WHEN: 1.2}  # a column left empty in a row
_NEW_ROW = 0.3


def _emit(line: str, kind: str) -> float:
    """How badly `line` fits a column of this kind (0 is a good fit)."""
    when, who = _when_like(line), _who_like(line)
    if kind == WHEN:
        return 0.0 if when else (1.0 if find_timescale(line) else 3.0)
    if kind == WHO:
        return 0.0 if who and not when else 3.0
    return 2.0 if when else (1.5 if who and len(line.split()) <= 4 else 0.0)


def _one_cell_per_line(text: str, lines: list[tuple[int, int]], i: int, out: list[str]) -> int:
    """Rewrite the table whose header starts at line `i`; the line after it, or 0 if none."""
    names = []
    j = i
    while j < len(lines) and _header_cell(text[lines[j][0] : lines[j][1]].strip()):
        names.append(text[lines[j][0] : lines[j][1]].strip())
        j += 1
    if len(names) >= 4 and _SECTION_NAME_RE.fullmatch(names[0]):
        names, i = names[1:], i + 1  # "Targets" over "Target | Support | Who | When": a heading
    if not _usable_header(names):
        return 0
    body_end = j
    while body_end < len(lines) and not _STOP_RE.match(text[slice(*lines[body_end])]):
        body_end += 1
    body = [text[slice(*lines[k])].strip() for k in range(j, body_end)]
    if not body:
        return 0
    kinds = [_column_kind(n) for n in names]
    cols = _assign(body, kinds)
    for k in range(i, j - 1):
        out[lines[k][1]] = "|"  # the column names, as one header row
    for k in range(1, len(body)):
        end_of_previous = lines[j + k - 1][1]
        if cols[k] == cols[k - 1]:
            out[end_of_previous] = " "  # a wrapped cell
        elif cols[k] > cols[k - 1]:
            out[end_of_previous] = "|"
        # a new row keeps its line break
    return body_end


def _assign(body: list[str], kinds: list[str]) -> list[int]:
    """The column of each body line: the cheapest path through cells, rows in column order."""
    n = len(kinds)
    skip_before = [sum(_SKIP[kinds[c]] for c in range(k)) for k in range(n + 1)]

    def skipped(a: int, b: int) -> float:  # columns a..b-1 left empty
        return skip_before[b] - skip_before[a] if b > a else 0.0

    cost = [skipped(0, c) + _emit(body[0], kinds[c]) for c in range(n)]
    back: list[list[int]] = []
    for k in range(1, len(body)):
        before, line = body[k - 1], body[k]
        joined = _continues(before, line)
        same, start = (0.0, 1.5) if joined else (1.0, 0.0)
        new_cost, new_back = [], []
        for c in range(n):
            best, arg = cost[c] + same, c
            for p in range(n):
                if p < c:
                    step = cost[p] + start + skipped(p + 1, c)
                else:
                    step = cost[p] + start + _NEW_ROW + skipped(p + 1, n) + skipped(0, c)
                if step < best:
                    best, arg = step, p
            new_cost.append(best + _emit(line, kinds[c]))
            new_back.append(arg)
        cost = new_cost
        back.append(new_back)
    last = min(range(n), key=lambda c: cost[c] + skipped(c + 1, n))
    path = [last]
    for row in reversed(back):
        path.append(row[path[-1]])
    return path[::-1]


# --- space-aligned columns ---------------------------------------------------------------------


def _space_aligned(text: str, lines: list[tuple[int, int]], i: int, out: list[str]) -> int:
    start, end = lines[i]
    header = [(m.start(), m.group(0)) for m in _CELL_RE.finditer(text, start, end)]
    if not _usable_header([cell for _, cell in header]) or not all(
        _header_cell(cell) for _, cell in header
    ):
        return 0
    # A cell may start a character or two left of its column's name.
    second_column = header[1][0] - start - 2
    _bar_gaps(text, start, end, out)
    previous_first = ""
    k = i + 1
    while k < len(lines) and not _STOP_RE.match(text[slice(*lines[k])]):
        line_start, line_end = lines[k]
        cell = _CELL_RE.search(text, line_start, line_end)
        first = cell.group(0) if cell and cell.start() - line_start < second_column else ""
        if first and not (previous_first and _continues(previous_first, first)):
            previous_first = first  # a row's first line
        else:
            out[line_start - 1] = "|"  # a continuation line: its cells join the row
            previous_first = first or previous_first
        _bar_gaps(text, line_start, line_end, out)
        k += 1
    return k


def _bar_gaps(text: str, start: int, end: int, out: list[str]) -> None:
    """Each run of two or more spaces between cells of a line opens with a bar."""
    for m in _GAP_RE.finditer(text, start, end):
        out[m.start()] = "|"


_GAP_RE = re.compile(r"(?<=\S) {2,}(?=\S)")


# --- wrapped prose and misread digits ----------------------------------------------------------

_WRAP_WIDTH = 55  # a line this long that stops mid-sentence was wrapped by the page, not the writer
_SENTENCE_END_RE = re.compile(r"[.!?:;)\]\"”’']\s*$")
_HYPHENATED_RE = re.compile(r"[a-z]-$")
_COLUMN_GAP_RE = re.compile(r"\S {3,}\S")
_LINE_ENDS_SENTENCE_RE = re.compile(r"[.!?]\s*$", re.MULTILINE)


def wrapped_lines(text: str, list_mark: re.Pattern[str]) -> str:
    """Prose hard-wrapped at the page's width, one paragraph again: the line break after a long
    line that stops mid-sentence becomes a space when the next line carries the sentence on
    (it opens in lower case, or the long line broke off after "and", "the", a hyphen...).
    A record none of whose lines ends a sentence (dictated, or written in shorthand) is left
    alone: its line breaks are the only stops its writer made."""
    if "\n" not in text or not _LINE_ENDS_SENTENCE_RE.search(text):
        return text
    out = list(text)
    lines = _lines(text)
    for (start, end), (next_start, next_end) in pairwise(lines):
        line = text[start:end].rstrip()
        following = text[next_start:next_end]
        if (
            len(line) >= _WRAP_WIDTH
            and "|" not in line
            and not _COLUMN_GAP_RE.search(line)  # columns set out with spaces, not prose
            and not _SENTENCE_END_RE.search(line)
            and not _heading_alone(following)
            and not list_mark.match(following)
            and not _STOP_RE.match(following)
            and (
                following.lstrip()[:1].islower()
                or _BROKEN_WORD_RE.search(line)
                or _HYPHENATED_RE.search(line)
                # "C2. DT to apply for PP+ funding for Mia's Bronze" / "DofE place by 04/04/25.":
                # a list item the page broke, finished by a line that ends the sentence
                or (
                    list_mark.match(line)
                    and _LINE_ENDS_SENTENCE_RE.search(following)
                    and not _LABEL_START_RE.match(following)
                )
            )
        ):
            out[end] = " "
    return "".join(out)


_LABEL_START_RE = re.compile(r"\s*[A-Z][\w /'’-]{0,30}:")


def wrapped_rows(text: str) -> str:
    """A table row that a PDF or a narrow page broke over two lines, one row again: a line with
    fewer cells than the table's header, completed by the line after it ("Accommodation |
    Submit Reece's application for a" / "supported tenancy | PA | 25/04/25"). The line break
    becomes a space."""
    if text.count("|") < 4:
        return text
    out = list(text)
    lines = _lines(text)
    width = 0  # the cells of the current table's header row, as pipes between them
    joined = -1
    for i, ((start, end), (next_start, next_end)) in enumerate(pairwise(lines)):
        line, following = text[start:end], text[next_start:next_end]
        pipes = line.strip().strip("|").count("|")
        if pipes == 0 and i != joined:
            width = 0  # a line with no cells ends the table
            continue
        if width == 0:
            width = pipes  # the first row of a table is its header
            continue
        more = following.strip().strip("|").count("|") + following.strip().startswith("|")
        if (
            i != joined
            and pipes < width
            and following.strip()
            and pipes + more == width
            and not _RULE_ROW_RE.match(following)
        ):
            out[end] = " "
            joined = i + 1  # the completing line does not start a row of its own
    return "".join(out)


_RULE_ROW_RE = re.compile(r"\s*\|?\s*:?-{3,}")


def _heading_alone(line: str) -> bool:
    """ "actions", "Plan": a line of three words or fewer that ends no sentence."""
    words = line.split()
    return len(words) <= 3 and not _SENTENCE_END_RE.search(line)


# "2O/O3/2O25", "3l/0l/2025": a scanned date whose noughts and ones were read as letters.
_MISREAD_DATE_RE = re.compile(r"\b[\dOoIl]{1,2}[/.][\dOoIl]{1,2}[/.][\dOoIl]{2,4}\b")
_AS_DIGITS = str.maketrans("OoIl", "0011")


def misread_dates(text: str) -> str:
    """Dates from a scan with their letter-for-digit misreadings undone, one for one."""
    return _MISREAD_DATE_RE.sub(
        lambda m: (
            m.group(0).translate(_AS_DIGITS)
            if sum(c.isdigit() for c in m.group(0)) >= 3
            else m.group(0)
        ),
        text,
    )


# A page's running header or footer: "Page 2 of 3", "OFFICIAL-SENSITIVE", "Marrowby Children's
# Services – Care Plan – printed 18/02/2025". Its date is the printing's, no action's.
_PAGE_FURNITURE_RE = re.compile(
    r"^[ \t]*(?:official(?:[- ]sensitive)?|page\s+\d+\s+of\s+\d+|"
    r"[^\n]*?\bprinted\s+(?:on\s+)?[\dOoIl]{1,2}[/.][\dOoIl]{1,2}[/.][\dOoIl]{2,4}[^\n]*|"
    r"[^\n]*?\S[ \t]{2,}page\s+\d+\s+of\s+\d+)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


_OFFICIAL_RE = re.compile("fficial", re.IGNORECASE)  # "OFFICIAL", "Official-Sensitive"


def page_furniture(text: str) -> str:
    """`text` with the lines a PDF repeats on every page blanked, one space for one character."""
    if not any(w in text for w in ("age ", "rinted", "AGE ", "RINTED")) and not _OFFICIAL_RE.search(
        text
    ):
        return text
    return _PAGE_FURNITURE_RE.sub(lambda m: " " * len(m.group(0)), text)
