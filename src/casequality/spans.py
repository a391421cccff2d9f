"""The pieces of text the checks pass around, each with its offsets in the original."""

from __future__ import annotations

import re
from dataclasses import dataclass

ACTIONS = "actions"  # the section type that holds a plan's actions


def blanked(text: str) -> str:
    """`text` with every character but its line breaks a space: removed from what the checks
    read, with every offset and line kept."""
    return re.sub(r"[^\n]", " ", text)


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the original text with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    kind: str
    heading: str
    body: Span


def section_at(secs: list[Section], pos: int) -> Section | None:
    """The section whose body holds offset `pos`, if any."""
    return next((s for s in secs if s.body.start <= pos < s.body.end), None)


def sub_span(span: Span, a: int, b: int) -> Span:
    """Sub-span of `span` from a to b, trimmed of surrounding whitespace."""
    piece = span.text[a:b]
    lead = len(piece) - len(piece.lstrip())
    trimmed = piece.strip()
    return Span(trimmed, span.start + a + lead, span.start + a + lead + len(trimmed))


# "SW to visit, FC to support, school to update": each comma part with its own short subject
# and "to"/"will" is an action of its own; ", with written recommendation to panel" is not.
# A clause with its own subject; ", and will tell Maya" shares the sentence's subject.
_OWN_SUBJECT_RE = re.compile(
    r"^\s*(?!and\s+(?:to|will)\b)(?:and\s+)?"
    r"(?!(?:with|for|by|in|on|at|from|of|as|after|before|following)\b)"
    r"(?:[\w'’/&+-]+\s+){0,2}?[\w'’/&+-]+\s+(?:to|will)\s+[a-z]"
)


def comma_parts(span: Span) -> list[Span]:
    pieces = re.split(r",\s+", span.text)
    if len(pieces) < 2 or not all(_OWN_SUBJECT_RE.match(p) for p in pieces):
        return [span]
    parts, cursor = [], 0
    for m in re.finditer(r",\s+", span.text):
        parts.append(sub_span(span, cursor, m.start()))
        cursor = m.end()
    parts.append(sub_span(span, cursor, len(span.text)))
    return parts


_TAB_CELLS_RE = re.compile(r"(?<=\S)[ ]*\t+[ ]*(?=\S)")


def tab_cells(text: str) -> str:
    """Tab-separated columns (a table pasted from Word or a spreadsheet) as pipe cells, one
    character for one so that offsets stay valid; a tab that only indents is left alone."""
    if "\t" not in text:
        return text
    return _TAB_CELLS_RE.sub(lambda m: " " * (len(m.group(0)) - 1) + "|", text)


# The marker of a list item: bullets, letters, numerals, roman numerals, a number with a dash
# ("1 – "), and a bare number before a capitalised word ("3 Leo to apply…") unless the word is a
# month ("3 March: …" is a date). Shared by the splitter and by lead-in owners (fields.py).
LIST_MARK_RE = re.compile(
    r"^\s*(?:[-•*▪◦–·>~→➔►»■□☐](?![-*•])(?=\s*[A-Za-z(\"'“‘])\s*|(?:[-•*▪◦–·>~→➔►»■□☐]|o(?=\s)|\d{1,2}\.\d{1,2}\.?|\[\d{1,2}\]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(\d{1,2}\)|"
    r"\(?(?:i{1,3}|iv|vi{0,3}|ix|x|xi{1,2})[.)]|\d{1,2}\s*[–—](?=\s)|(?-i:T)\d{1,2}\s*[–—:-](?=\s)|(?-i:[A-Z])\d{1,2}[.)]|"
    r"\d{1,2}(?=\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?-i:[A-Z])))\s+)",
    re.IGNORECASE,
)

# A formal plan's decimal paragraph or section number: "7.1 Should the placement…", "4.1
# Accommodation".
DECIMAL_MARK_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+")

# An old form's labels, "ACTION_1:", "TARGET_DT:", "RESP_OFFICER:", "CHILD_VIEWS:", read as the
# words they stand for ("ACTION 1", "TARGET DT"); and what a migration left of HTML: "&nbsp;",
# "&amp;", "<br>". Each is replaced one character for one, so offsets stay valid.
_FORM_LABEL_RE = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?=\s*[:=])")
_HTML_RE = re.compile(r"&nbsp;|&amp;|&lt;|&gt;|&#39;|&quot;|<br\s*/?>|</?p>", re.IGNORECASE)
_HTML_AS = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&#39;": "'", "&quot;": '"'}


def _plain(m: re.Match[str]) -> str:
    raw = m.group(0)
    low = raw.lower()
    if low.startswith("<br") or low in ("<p>", "</p>"):
        return "\n" + " " * (len(raw) - 1)
    return _HTML_AS.get(low, " ").ljust(len(raw))


# A task list's status tag or tree line opening a line, "[OPEN] Book the review", "├ [DONE] …",
# "│   @k.patel · Due: Fri": the tag is the item's bullet and the tree lines are indentation.
_TREE_CHARS = "│├└┌─┬┼"
_TREE_CHAR_RE = re.compile(f"[{_TREE_CHARS}]")
_TASK_TAG_RE = re.compile(
    rf"^(?P<tree>[ \t{_TREE_CHARS}]*)(?P<tag>\[(?:OPEN|DONE|OVERDUE|BLOCKED|CLOSED|TO ?DO|"
    r"IN PROGRESS|NOT STARTED|COMPLETED?|CANCELL?ED|ON HOLD)\])?(?=\s)",
    re.MULTILINE,
)


def _task_line(m: re.Match[str]) -> str:
    tree = _TREE_CHAR_RE.sub(" ", m.group("tree"))
    tag = m.group("tag")
    return tree + ("-" + " " * (len(tag) - 1) if tag else "")


# A template's unfilled name placeholder, "[SW name]", "[PA name]": nobody's name, so blanked; and
# a reviewer's comment left in brackets, which is about the action, not part of it.
# (Date placeholders, "[insert date]", are left for the timescale rules, which know them.)
_PLACEHOLDER_RE = re.compile(
    r"\[(?:[A-Za-z/ ]{0,20}\bname|name)\]"
    # a reviewer's comment left in the text: "[Supervisor: by when?]", "[Comment RB2: who?]"
    r"|\[\s*(?:supervisor|practice\s+educator|pe|tm|team\s+manager|manager|reviewer|comment|note)"
    r"\b[^\]\n]{0,300}\]",
    re.IGNORECASE,
)


def plain_text(text: str) -> str:
    if "[" in text:
        text = _PLACEHOLDER_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = _HTML_RE.sub(_plain, text)
    if "[" in text or any(c in text for c in _TREE_CHARS):
        text = _TASK_TAG_RE.sub(_task_line, text)
    return _FORM_LABEL_RE.sub(lambda m: m.group(0).replace("_", " "), text)


def split_span(span: Span, boundary: re.Pattern[str]) -> list[Span]:
    """The pieces of `span` between matches of `boundary`, each with its own offsets."""
    parts, cursor = [], 0
    for m in boundary.finditer(span.text):
        parts.append(
            Span(span.text[cursor : m.start()], span.start + cursor, span.start + m.start())
        )
        cursor = m.end()
    parts.append(Span(span.text[cursor:], span.start + cursor, span.end))
    return parts


def sentence_around(text: str, a: int, b: int) -> Span:
    """The sentence (or line) of `text` holding the span from `a` to `b`."""
    left = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a))
    start = left + 1 if left >= 0 else 0
    right = re.search(r"[.!?](?:\s|$)|\n", text[b:])
    end = b + right.end() if right else len(text)
    piece = text[start:end].strip()
    lead = text[start:end].find(piece)
    return Span(piece, start + lead, start + lead + len(piece))
