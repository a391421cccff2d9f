"""A plan's topics and numbered targets, as the section reader meets them.

A plan divides its actions by topic: "Finance" on a line of its own, "1. Accommodation" or "4.1
Health" over bullets or lettered items. A numbered target may carry its own action and fields on
its line ("1. Target: Grade 6 in the mocks. Action: weekly tutoring. Who: DT."). Each is a title
or one item, not several actions.
"""

from __future__ import annotations

import re

from casequality.actionlike import is_action_like
from casequality.headingkinds import OTHER, classify_heading
from casequality.spans import DECIMAL_MARK_RE, LIST_MARK_RE, Span

# "3. SMART targets", "II. PLAN": a form's numbered sections (a Roman numeral in capitals)
NUMBER_MARK_RE = re.compile(r"^\s*\(?(?:\d{1,2}|(?-i:[IVX]{1,4}))[.)]\s+")

# A numbered item that opens with its topic and a dash: "1. Maths – recall of times tables…".
# ("1. AMBER — Contact moved. Action: …" is a status and a note, then the action.)
# "1. Target: Grade 6 in the mocks. Action: weekly tutoring. Who: DT. When: by 14/02" too.
TARGET_ITEM_RE = re.compile(
    r"\s*\(?\d{1,2}[.)]\s+(?:(?!(?:red|amber|green|rag)\b)[A-Z][\w&/+ ]{1,30}?\s[–—-]\s|"
    r"(?:smart\s+)?(?:target|goal|outcome|aim|need)\s*:)",
    re.I,
)

_TOPIC_TITLE_RE = re.compile(r"[A-Z][\w,&/'’ -]{2,50}[\w)]")


def topic_title(line: str) -> bool:
    """ "Finance", "Education, training and employment": a short title on its own line."""
    s = line.strip()
    return (
        bool(_TOPIC_TITLE_RE.fullmatch(s))
        and len(s.split()) <= 5
        and classify_heading(s) == OTHER
        and not LIST_MARK_RE.match(s)
    )


# The items under a numbered topic: bullets, or letters or roman numerals ("a)", "(ii)").
_SUB_ITEM_RE = re.compile(r"\s*(?:[-–•*·o]|\(?(?:[a-h]|[ivx]{1,4})[.)])\s+\S")


def numbered_topic(lines: list[Span], at: int) -> bool:
    """ "2. Education, training and employment" with bullets on the line below it, or "4.1
    Accommodation" over "a) PA to visit…"."""
    mark = NUMBER_MARK_RE.match(lines[at].text) or DECIMAL_MARK_RE.match(lines[at].text)
    if not mark or at + 1 >= len(lines):
        return False
    inner = lines[at].text[mark.end() :].strip()
    return (
        topic_title(inner)
        and not is_action_like(inner)
        and bool(_SUB_ITEM_RE.match(lines[at + 1].text))
    )
