"""The manager's own words in an oversight entry.

An entry as it reaches the record often carries more than the manager wrote: the signature under
it, business support's note of where it came from ("[Typed up from the TM's handwritten note]",
"Email thread - put on file by…"), a system header line ("Management Oversight | 27/01/2025 |
Team Manager"), an email's headers and the quoted earlier messages below the reply. The worker's
request in a quoted message can be full of reasons; they are not the manager's. These are
blanked out (same length, so offsets stay valid) before the decision and its reason are sought.
"""

from __future__ import annotations

import re

# The manager's name and the date signed under the last box: "Angela Whitlock 05/03/2025".
SIGNATURE_RE = re.compile(
    r"(?:\n[ \t]*(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?"
    # "Angela Whitlock", "P. Marsh"
    r"(?:[A-Z]\.[ \t]?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?|"
    r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}))"
    r"(?:[ \t,–-]*(?:\(?[A-Za-z]{2,4}\)?[ \t,–-]*)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    # "Dave Mellor, TM (Leaving Care)", "Mrs B Achebe, Head of Service (Children in Care)"
    r"|,[ \t]*(?:(?-i:[A-Z]{2,4})|team\s+manager|head\s+of\s+\w+|service\s+manager|"
    r"practice\s+manager|practice\s+supervisor)\b[^\n]{0,50}|)[ \t]*)+\s*$",
    re.IGNORECASE,
)


_MANAGER_LABEL_RE = re.compile(
    r"^[ \t]*(?:(?:team|registered|service|home|deputy|practice)\s+manager|manager|tm|rm|dm|hos|"
    r"head\s+of\s+(?:service|residential[\w\s]{0,30}?)|assistant\s+director|ad)(?:['’]s)?\s+"
    r"(?:oversight|comments?|review|decision|sign[- ]?off|notes?|response)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_FORM_BOX_RE = re.compile(
    r"^[ \t]*(?:[\w'’ ]{0,20}\s)?(?:decision|reasons?|rationale)\b[^\n:]{0,30}:", re.I | re.M
)
_QUOTED_LINE_RE = re.compile(r"^[ \t]*>[^\n]*$", re.MULTILINE)
_QUOTED_START_RE = re.compile(
    r"^[ \t]*(?:-{3,}\s*original\s+message\s*-{3,}|on\s+.{5,80}\bwrote:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_PIPE_HEADER_RE = re.compile(r"^[^\n|]*\|[^\n]*$", re.MULTILINE)


def _sentence_cell(line: str) -> bool:
    return any(len(cell.split()) > 6 for cell in line.split("|"))


_BRACKETED_LINE_RE = re.compile(r"^[ \t]*\[[^\]\n]*\][ \t]*$", re.MULTILINE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def manager_text(text: str) -> str:
    """`text` with what is not the manager's own entry blanked out (same length, so offsets
    stay valid): the signature, the record's provenance ("[Typed up by business support…]",
    "Email thread - put on file by…"), the incident or key-work record above a "Manager's
    comments:" label, a system header line, an email's headers and the quoted earlier messages
    below the reply."""
    signed = SIGNATURE_RE.search(text)
    if signed:
        text = text[: signed.start()] + " " * (len(text) - signed.start())
    text = _BRACKETED_LINE_RE.sub(_blank, text)
    # An incident or key-work record with "Manager's comments:" under it: the manager's entry is
    # what follows the label; the worker's record above is what was being overseen.
    labels = list(_MANAGER_LABEL_RE.finditer(text))
    label = labels[-1] if labels else None
    if (
        label is not None
        and text[: label.start()].strip()
        and not _FORM_BOX_RE.search(text, 0, label.start())  # "Decision:" boxes above it
    ):
        text = " " * label.start() + text[label.start() :]
    text = _FILED_LINE_RE.sub(_blank, text)
    if _EMAIL_RE.search(text):
        text = _EMAIL_HEADER_RE.sub(_blank, text)
    quoted = _QUOTED_START_RE.search(text)
    if quoted and text[: quoted.start()].strip():
        text = text[: quoted.start()] + " " * (len(text) - quoted.start())
    text = _QUOTED_LINE_RE.sub(_blank, text)
    return _PIPE_HEADER_RE.sub(
        lambda m: m.group(0) if _sentence_cell(m.group(0)) else _blank(m), text
    )


# "Email thread - put on file 27/03/2025 by Gareth Holt", "Uploaded 19/02/2025 by Sean Daly"
_FILED_LINE_RE = re.compile(
    r"^[ \t]*\(?(?:email\s+thread|uploaded|copied|put\s+on\s+file|filed|scanned)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_EMAIL_RE = re.compile(
    r"^[ \t]*from:.*\n(?:[^\n]*\n){0,3}?[ \t]*(?:sent|date|to|subject):", re.I | re.M
)
_EMAIL_HEADER_RE = re.compile(r"^[ \t]*(?:from|sent|date|to|cc|bcc|subject):[^\n]*$", re.I | re.M)
