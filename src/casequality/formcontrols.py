"""A form exported with its controls printed as text: the values a reader takes from it.

An electronic form's export prints a filled drop-down as "▼ Social Worker", an unfilled one as
"[Select…]", an unfilled date as "__/__/____", and puts an item's fields beside it on the same
line, spaced out like the form's boxes ("Review the timetable with school.   Owner: ▼ Ciara
Dunne   By: 21/03/2025"). A reader takes the value of a filled drop-down, nothing from an unfilled
one, and each field beside the item as that item's field.

`form_values` blanks the drop-down arrow and the unfilled controls, and marks each field spaced
out beside an item as a cell of its row (the last space of the gap becomes "|", as a table's
cells are written elsewhere), one character for one, so offsets into the record hold.
"""

from __future__ import annotations

import re

_QUICK_RE = re.compile(r"▼|\[Select|__/__|[ \t]{2,}(?:action\s+)?(?:owner|by|who|when)\s*:", re.I)
# An unfilled drop-down or date, and a filled drop-down's arrow.
_UNFILLED_RE = re.compile(r"\[Select[^\]\n]{0,12}\]|_{1,2}/_{1,2}/_{2,4}|▼", re.IGNORECASE)
# A field spaced out beside the item on its line: an owner or date label after two or more spaces.
_SIDE_FIELD_RE = re.compile(
    r"(?<=\S)[ \t]{2,}(?=(?:action\s+)?(?:owner|responsible|lead|who|by(?:\s+when)?|when|"
    r"target\s+date|due(?:\s+date)?|date)\s*:)",
    re.IGNORECASE,
)


def form_values(text: str) -> str:
    """`text` with a form's controls read as their values and side-by-side fields as cells."""
    if "  " not in text and "▼" not in text and "_/" not in text and "[Select" not in text:
        return text  # the common case, told without a regular expression
    if not _QUICK_RE.search(text):
        return text
    text = _UNFILLED_RE.sub(lambda m: " " * len(m.group(0)), text)
    return _SIDE_FIELD_RE.sub(lambda m: m.group(0)[:-1] + "|", text)
