"""A form exported with each field's label on a line of its own and its value on the line below.

Some case-management exports print a recorded action as a column of alternating lines::

    Action
    Continue to support Josh with his emotional wellbeing
    Responsible
    Foster carer / SW
    Target date
    Ongoing
    Outcome measure
    No data entered

A reader pairs each label with the line under it. `vertical_fields` does the same by turning the
line break after each such label into a colon ("Target date:Ongoing"), so the record reads as
the "Label: value" lines `fields` already understands, and blanks the export's placeholder for
an empty field ("No data entered"), so an empty field is read as empty. One character for one:
offsets into the record hold.

Only a run of at least two label-and-value pairs, one of them the action or its owner or date,
is joined: a lone "Progress" or "Notes" heading over a paragraph is a heading, not a field.
"""

from __future__ import annotations

import re

from casequality.fields import is_action_field, is_field, is_owner_or_time_field

# What an export prints in a field nobody filled in, on the line under its label or after it.
_PLACEHOLDER_RE = re.compile(
    r"^(?:[ \t]*[A-Za-z][\w /()&'’-]{0,40}:)?[ \t]*"
    r"(?P<blank>no\s+data\s+(?:entered|recorded)|not\s+(?:entered|recorded)|no\s+entry)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUICK_RE = re.compile(r"^[ \t]*[A-Za-z][\w /()&'’-]{0,40}[ \t]*\n[ \t]*\S", re.MULTILINE)
_MIN_PAIRS = 2
# Owner and date labels, less the progress and status labels that also close a record's fields:
# "Progress" over a paragraph of progress is a heading.
_STATUS_LABEL_RE = re.compile(r"(?:progress|status|rag)\b", re.IGNORECASE)


def _is_label(line: str) -> bool:
    s = line.strip()
    return bool(s) and ":" not in s and is_field(s)


def _blank_placeholder(m: re.Match[str]) -> str:
    start = m.start("blank") - m.start()
    return m.group(0)[:start] + " " * (len(m.group(0)) - start)


def vertical_fields(text: str) -> str:
    """`text` with each label on its own line joined to the value under it, and the export's
    placeholders for empty fields blanked."""
    text = _PLACEHOLDER_RE.sub(_blank_placeholder, text)
    if "\n" not in text or not _QUICK_RE.search(text):
        return text
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    joins: list[int] = []
    i = 0
    while i < len(lines) - 1:
        run: list[int] = []
        anchored = False
        j = i
        # label, value, label, value…: a value is any line that is not itself a label
        while j < len(lines) - 1 and _is_label(lines[j]) and not _is_label(lines[j + 1]):
            run.append(j)
            label = lines[j].strip()
            anchored = anchored or is_action_field(label)
            anchored = anchored or (
                is_owner_or_time_field(label) and not _STATUS_LABEL_RE.match(label)
            )
            j += 2
        if len(run) >= _MIN_PAIRS and anchored:
            joins.extend(starts[k] + len(lines[k]) for k in run)
            i = j
        else:
            i += 1
    if not joins:
        return text
    chars = list(text)
    for pos in joins:
        chars[pos] = ":"
    return "".join(chars)
