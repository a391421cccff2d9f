"""A record exported with its edit history showing: the wording as it now stands.

Case systems and word processors export tracked changes as text: `~~old~~ new`,
`[deleted: SW to] [inserted: IRO to]`, `{-old-}{+new+}`, `<del>old</del><ins>new</ins>`,
`new [AMENDED 14/03/2025 by J.Patel: was 'old']`, reviewers' `<<Comment JT: who is doing
this?>>`, a superseded draft under "Previous version:", and edit stamps ("v2 — updated after
review", "Document history: created …"). A practitioner reads the record as it stands once every
change is accepted and every comment hidden: an owner that survives only in deleted text is no
owner, a date supplied by an insertion is a date, and an edit stamp's date is no deadline.

`current_wording` blanks the removed text, the comments, the old drafts and the stamps, and the
markers around inserted text, so what is left is the record as it now reads: one character for
one (each blanked character a space, each line break kept), so offsets into the record hold.
"""

from __future__ import annotations

import re

from casequality.spans import blanked

_QUICK_RE = re.compile(
    r"~~|\[(?:deleted|inserted|AMENDED)\b|\{[-+]|<(?:del|ins)>|<<Comment|"
    r"^(?:Previous version|Document history|v\d+(?:\.\d+)?\s+[—–-]\s+updated|Updated by\s)",
    re.MULTILINE | re.IGNORECASE,
)
# A substring each marker holds, so that most records are passed over without a regex.
_MARKS = ("~~", "[", "{", "<", "ersion", "istory", "pdated")
# Whole lines that only record the edit: a version stamp, the document history, the export's
# own note of how it shows changes ("[web export — changes shown as <del>/<ins>]").
_STAMP_LINE_RE = re.compile(
    r"^[ \t]*(?:v\d+(?:\.\d+)?\s+[—–-]\s+updated\b.*|Document history:.*|Updated by\s+\S+.*"
    r"|\[[^\]\n]*\bchanges\s+shown\b[^\]\n]*\])$",
    re.MULTILINE | re.IGNORECASE,
)
# Removed text, with its markers: a strike, a deletion, an amendment note quoting the old
# wording, a reviewer's comment.
_REMOVED_RE = re.compile(
    r"~~[^~\n]*~~|\[deleted:?[^\]\n]*\]|\{-.*?-\}|<del>.*?</del>|\[AMENDED\b[^\]\n]*\]"
    r"|<<\s*Comment\b.*?>>",
    re.IGNORECASE | re.DOTALL,
)
# Inserted text stays; only its markers go.
_INSERTED_RE = re.compile(
    r"(\[inserted:?\s?)[^\]\n]*(\])|(\{\+).*?(\+\})|(<ins>).*?(</ins>)", re.IGNORECASE | re.DOTALL
)
_PREVIOUS_VERSION_RE = re.compile(r"^[ \t]*Previous version\b[^\n]*:[ \t]*$", re.IGNORECASE)


def current_wording(text: str) -> str:
    """`text` as it reads with every tracked change accepted and every comment hidden."""
    if not any(mark in text for mark in _MARKS) or not _QUICK_RE.search(text):
        return text
    text = _STAMP_LINE_RE.sub(lambda m: blanked(m.group(0)), text)
    text = _REMOVED_RE.sub(lambda m: blanked(m.group(0)), text)
    text = _INSERTED_RE.sub(_unmark, text)
    return _without_previous_versions(text)


def _unmark(m: re.Match[str]) -> str:
    out = m.group(0)
    opening = next(g for g in (m.group(1), m.group(3), m.group(5)) if g)
    closing = next(g for g in (m.group(2), m.group(4), m.group(6)) if g)
    inner = out[len(opening) : len(out) - len(closing)]
    return " " * len(opening) + inner + " " * len(closing)


def _without_previous_versions(text: str) -> str:
    """A "Previous version:" heading and the superseded lines under it, up to a blank line."""
    lines = text.split("\n")
    blanking = False
    for k, line in enumerate(lines):
        if _PREVIOUS_VERSION_RE.match(line):
            blanking = True
        elif not line.strip():
            blanking = False
        if blanking:
            lines[k] = " " * len(line)
    return "\n".join(lines)
