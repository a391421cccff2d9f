"""Field-per-line action records, as case-management systems export them.

LCS, Mosaic and similar systems print each action of a plan as a small record, one field a line::

    Action: Complete Tayo's life story book with him
    Responsible: Social Worker
    Target date: 31.05.26

Read line by line, each field would be an "action" of its own ("Social Worker", "31.05.26") and
raise owner, timescale and measurability flags it has no business raising; read as one record, the
action has its owner and its date. A field left empty ("Responsible:" with nothing after it) is
kept inside the record, so the action is flagged for what is missing.
"""

from __future__ import annotations

import re

# The label that opens a record: the action itself.
ACTION_FIELD_RE = re.compile(
    r"^(?:agreed\s+|smart\s+)?(?:action|task|intervention)(?:\s+(?:required|agreed|needed|"
    r"to\s+be\s+taken|\d{1,2}))?$",
    re.IGNORECASE,
)
# Labels of the fields that follow it: who, when, how we will know, and bookkeeping.
FOLLOW_FIELD_RE = re.compile(
    r"^(?:(?:person\s+|people\s+|agency\s+)?responsible(?:\s+(?:person|worker|agency))?|"
    r"who(?:\s+will\s+do\s+(?:it|this))?|by\s+whom|lead(?:\s+(?:person|professional|agency|worker))?|"
    r"(?:action\s+)?owner|allocated\s+to|target\s+date|by\s+when|when|timescales?|time\s*frame|"
    r"due(?:\s+(?:date|by))?|deadline|date(?:\s+(?:due|by))?|completion\s+date|review\s+date|"
    r"(?:desired\s+|expected\s+)?outcomes?|(?:success\s+)?measures?|how\s+will\s+we\s+know|"
    r"evidence|progress|status|rag(?:\s+rating)?|comments?|notes?)$",
    re.IGNORECASE,
)
_EMPTY_FIELD_RE = re.compile(r"^[ \t]*(?P<label>[A-Za-z][\w /()&'’-]{0,40}?)[ \t]*:[ \t]*$")


def opens_record(heading: str) -> bool:
    """The heading labels the action of a field-per-line record ("Action:", "Task 2:")."""
    return bool(ACTION_FIELD_RE.match(heading.strip()))


def continues_record(text: str, heading: str, record_end: int, value_start: int) -> bool:
    """A field ("Responsible:", "Target date:") on the lines right after a record that ends at
    `record_end`, with only empty fields between: it belongs to the record."""
    if not FOLLOW_FIELD_RE.match(heading.strip()):
        return False
    lines = text[record_end:value_start].split("\n")
    if len(lines) < 2 or lines[0].strip():
        return False
    for line in lines[1:-1]:
        m = _EMPTY_FIELD_RE.match(line)
        if not m or not FOLLOW_FIELD_RE.match(m.group("label")):
            return False
    return bool(_EMPTY_FIELD_RE.match(lines[-1]))
