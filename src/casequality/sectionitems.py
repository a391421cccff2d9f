"""The items of one section: how a section's body is cut into candidate actions.

A body may be a numbered or bulleted list, a numbered list run onto one line ("1. Do X.
2. Do Y."), a bulleted list run onto one line, a table row (with its outer pipes, key-value
fields and leading columns dropped), a one-field-per-line record, or prose cut into sentences.
`_items` returns the pieces and whether they came from explicit list structure. segment.py
decides which sections to read and which of the items it gets back are actions; the cutting
itself, with its list-mark and table-row rules, lives here.
"""

from __future__ import annotations

import re

from casequality.actionlike import is_action_like
from casequality.fields import is_action_field, is_follow_field
from casequality.headingkinds import OTHER
from casequality.headings import NUMBERED_TARGET_RE
from casequality.people import names_owner
from casequality.prose import prose_units
from casequality.spans import ACTIONS, LIST_MARK_RE, Section, Span
from casequality.spans import sub_span as _sub
from casequality.tables import drop_leading_columns, is_action_row, key_value_field

_NO_ACTION_RE = re.compile(
    r"\W*(?:nothing(?:\s+new)?|none(?:\s+required)?|n/?a|no\s+action(?:\s+needed)?)\b.*",
    re.IGNORECASE,
)
_INITIAL_RE = re.compile(r"^\s*[A-H]\.\s")
_EMPTY_CELL_RE = re.compile(r"\s*(?:[-–—]+|n/?a|none)?\s*", re.IGNORECASE)
_INLINE_NUM_RE = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})[.)]\s+(?=\S)")


def _inline_numbered(span: Span) -> list[Span] | None:
    """'1. Do X. 2. Do Y.' inside one line: the numbered pieces, if numbering runs 1, 2, 3…"""
    marks = [m for m in _INLINE_NUM_RE.finditer(span.text) if not _closes_bracket(span.text, m)]
    if marks and _in_quotation(span.text[: marks[0].start()]):
        return None  # '"Things I want: 1) to live in Kestermouth 2) …"': the child's list, quoted
    seq, expected = [], 1
    for m in marks:
        if int(m.group(1)) == expected:
            seq.append(m)
            expected += 1
    if len(seq) < 2:
        return None
    lead = span.text[: seq[0].start()].rstrip()
    if (
        lead
        and not lead.endswith((":", ".", "-", "–", "—"))
        and seq[0].group(0).lstrip()[:1] == "("
    ):
        return None  # "She asked for help with (1) childcare and (2) a reference": one sentence
    pieces = []
    for i, m in enumerate(seq):
        end = seq[i + 1].start() if i + 1 < len(seq) else len(span.text)
        pieces.append(_sub(span, m.end(), end))
    return [p for p in pieces if p.text]


def _in_quotation(before: str) -> bool:
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _closes_bracket(text: str, mark: re.Match[str]) -> bool:
    """ "(Health and Social Care Level 2) to be submitted": the ")" after the 2 closes a
    bracket opened before it; it does not number an item."""
    before = text[: mark.start()]
    return (
        mark.group(0).rstrip().endswith(")")
        and not mark.group(0).startswith("(")
        and before.count("(") > before.count(")")
    )


def _strip_marker(span: Span) -> Span:
    m = LIST_MARK_RE.match(span.text)
    return _sub(span, m.end(), len(span.text)) if m else span


def _table_row(span: Span) -> Span | None:
    if "|" not in span.text or not is_action_row(span.text):
        return None
    # "| Read nightly | Carer | daily |": the outer pipes of a markdown-style row are not text.
    lead = len(span.text) - len(span.text.lstrip("| "))
    return _sub(span, lead, len(span.text.rstrip("| ")))


def _items(section: Section, on_label_line: bool = False) -> tuple[list[Span], bool]:
    """Items of one section and whether they came from explicit list structure.
    `on_label_line`: the body starts on its heading's line ("By when: a) …")."""
    body = section.body
    if section.kind == ACTIONS and NUMBERED_TARGET_RE.match(section.heading):
        return [body], True  # "Target 1: Aaron will…" — one numbered target per heading
    if "\n" in body.text and is_action_field(section.heading):
        return [body], True  # one field-per-line record is one action
    if section.kind != ACTIONS and is_follow_field(section.heading) and on_label_line:
        return [], True  # "By when: a) from 22 March; b) by 31 March" times the steps above
    if on_label_line and is_action_field(section.heading) and _NO_ACTION_RE.fullmatch(body.text):
        return [], True  # "What we will do: Nothing. We respect that.": no action
    numbered = _inline_numbered(body)
    if numbered:
        return numbered, True
    if LIST_MARK_RE.match(body.text) and not (
        section.kind == OTHER and section.heading and _INITIAL_RE.match(body.text)
    ):
        # ("Pupil: D. Collins": after a field label, "D." is an initial; "(d)" never is.)
        return _inline_bullets(_strip_marker(body), body.text.lstrip()[:1]), True
    if "|" in body.text:
        row = _table_row(body)
        if row is not None:
            if key_value_field(row, section.heading):
                return [], True  # "| PA | E. Tomlinson |": a field of the record
            row = drop_leading_columns(row, section.heading)
            if all(_EMPTY_CELL_RE.fullmatch(c) for c in row.text.split("|")):
                return [], True  # "Relationships | … | – | – | –": nothing to be done
            if row.text.count("|") == 0:
                # "1. College application by 23/05. 2. SW to look at contact." in one cell
                numbered = _inline_numbered(row)
                if numbered:
                    return numbered, True
                if LIST_MARK_RE.match(row.text):
                    row = _strip_marker(row)  # "3. SW to chase RHA." is "SW to chase RHA."
        return ([row] if row else []), True
    if section.kind == ACTIONS and "|" in section.heading and is_action_like(body.text):
        # Under a table's header row, a row whose other cells were all left empty (a PDF
        # drops empty cells, and with them the bars) is still a row of the table.
        return [body], True
    return prose_units(body), False


def _inline_bullets(item: Span, bullet: str) -> list[Span]:
    """'- work on independence skills - emotional wellbeing support - keep safe': a bulleted
    list run onto one line. Only three or more pieces of three words or more are split, so
    fields after a dash ("Book dental check - FC - by Friday") stay one action."""
    if bullet not in "-•*":
        return [item]
    marks = list(re.finditer(rf"\s{re.escape(bullet)}\s", item.text))
    if len(marks) < 2:
        return [item]
    bounds = [0, *(x for m in marks for x in (m.start(), m.end())), len(item.text)]
    pieces = [_sub(item, bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    if any(len(p.text.split()) < 3 for p in pieces):
        return [item]
    if any(len(p.text.split()) <= 4 and names_owner(p.text) for p in pieces[1:]):
        return [item]  # "- stays at mum's building up - carers and mum - reviewed…": fields
    return pieces
