"""Fields written once for a block of steps: "Steps: a) … b) … c) …" then "Who:" and "By when:".

Outcome-based plans list the steps to an outcome and then say, once, who does them and by
when::

    Steps to get there:
       a) Offer a shower instead of a bath, at every stay.
       b) Share the bedtime routine with all night staff.
    Who: Linnet Lodge manager
    By when: a) from his next stay on 22 March; b) by 20 March

Each step is an action of its own, and each is owned and timed by the block's fields, which a
reader of the step alone would miss.
"""

from __future__ import annotations

import re

from casequality.fields import LINE_LABEL_RE, NULL_VALUE_RE
from casequality.lexicon import WHO_LABEL
from casequality.people import names_owner
from casequality.spans import LIST_MARK_RE
from casequality.timescales import find_timescale

_OWNER_RE = re.compile(
    r"(?:(?:person\s+|people\s+)?responsible|" + WHO_LABEL + r"|by\s+whom|lead|owner)$",
    re.IGNORECASE,
)
_TIME_RE = re.compile(
    r"(?:by\s+when|when|timescales?|target\s+date|due(?:\s+date)?|deadline|by|date)$", re.I
)


# "Who: Sarah Lowe (step 1)", "Who: 3 — nursing team", "By when: a) and b) from 22 March":
# a field that names the steps it is for.
_STEP_REF_RE = re.compile(
    r"\bsteps?\s+(?P<nums>\d{1,2}(?:\s*(?:,|and|&|-)\s*\d{1,2})*)"
    r"|(?:^|[;(]\s*)(?P<lead>\d{1,2}|[a-h])\s*(?:\)|[—–-]\s)"
    r"|\b(?P<letter>[a-h])\)",
    re.IGNORECASE,
)


_FIELD_GAP_RE = re.compile(r"\s*\|\s*|\s{3,}(?=[A-Za-z][\w /()&'’-]{0,40}?\s*:)")


def _steps_named(value: str) -> set[str]:
    named: set[str] = set()
    for m in _STEP_REF_RE.finditer(value):
        if m.group("nums"):
            named |= set(re.findall(r"\d{1,2}", m.group("nums")))
        else:
            named.add((m.group("lead") or m.group("letter")).lower())
    return named


def _for_step(value: str, step: str) -> bool:
    named = _steps_named(value)
    return not named or step in named


def block_fields(text: str, end: int, step: str = "") -> tuple[bool, bool]:
    """(owned, timed) by the Who / By when lines under the list holding the step that ends at
    `end`: the lines after it are read past the list's other steps to the block's fields. A
    field that names its steps ("Who: Sarah (step 1)") covers those steps only."""
    owned = timed = False
    in_fields = False
    for line in text[end:].split("\n")[1:]:
        if not line.strip():
            break
        field = LINE_LABEL_RE.match(line)
        if field and not LIST_MARK_RE.match(line):
            in_fields = True
            # "Lead: PA    Date: 28/02/2025": a form's fields side by side on one line
            for part in _FIELD_GAP_RE.split(line):
                cell = LINE_LABEL_RE.match(part)
                if cell is None:
                    continue
                label, value = cell.group("label").strip(), part[cell.end() :]
                if NULL_VALUE_RE.fullmatch(value):
                    continue
                # "Linnet Lodge manager; a) and b) carried out by the shift leader": each clause
                # covers the steps it names, or every step if it names none
                for clause in (c for c in value.split(";") if _for_step(c, step)):
                    if _OWNER_RE.match(label) and names_owner(_STEP_REF_RE.sub(" ", clause)):
                        owned = True
                    elif _TIME_RE.match(label) and find_timescale(clause):
                        timed = True
            continue
        if in_fields or not (LIST_MARK_RE.match(line) or line[:1] in " \t"):
            break  # a line that is neither another step nor a field: the block has ended
    return owned, timed
