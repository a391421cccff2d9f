"""Does a sentence read as something someone will do? Shared by the splitter and headings.

"SW to visit monthly", "Book the dentist" read as actions; "Tom told us he wants to go",
"Evie wrote a letter to the panel to say…" read as reports.
"""

from __future__ import annotations

import re

from casequality.lexicon import IMPERATIVE_VERBS

# A subject of up to six words followed by a modal: "Foster carers will", "SW to",
# "Mum has agreed to". The prefix check stops "Tom told us he wants to go" being read as one.
_MODAL_RE = re.compile(
    r"\b(?:will|shall|should|must|to|needs?\s+to|(?:is|are)\s+to|(?:has|have)?\s*agreed\s+to|"
    r"(?:is|are)\s+going\s+to)\s+(?:continue\s+to\s+)?\w",
    re.IGNORECASE,
)
_TO_NAME_RE = re.compile(r"(?-i:to\s+([A-Z][a-z]+)\b)(?!\s+(?:to|will)\b)")
_NOT_SUBJECT_RE = re.compile(
    r"\b(?:is|was|are|were|been|being|has|had|have|said|says|told|tells|want|wants|wanted|would|"
    r"like|likes|liked|love|loves|hope|hopes|wish|wishes|feel|feels|felt|reported|stated|"
    r"explained|expressed|asked|came|moved|completed|shared|drew|did|does|chose|that|if|should|"
    r"because|when|how|who|which|plan|able|unable|going|keen|happy|used|struggles?|refused|"
    r"declined|needs?|tried|started|agreed|continues|continued|no|not|appears?|appeared|"
    r"seems?|seemed)\b",
    re.IGNORECASE,
)


# A past-tense verb before "to" makes the sentence a report ("Evie wrote a letter to the panel
# to say…", "Sam visited his nan to…"), not an action: a subject has no verb in it.
_PAST_RE = re.compile(
    r"\b(?:wrote|went|took|gave|met|spoke|sent|made|got|saw|brought|bought|ran|won|lost|left|"
    r"kept|found|thought|began|became|heard|rang|phoned|emailed|texted)\b"
    r"|(?-i:\b(?!(?:The|A|An|His|Her|Their|Our|My|Your|This|That)\b)(?:he|she|they|I|we|[A-Z][a-z]+)"
    r"\s+[a-z]{3,}ed\b)",
    re.IGNORECASE,
)

_AGREED_THAT_RE = re.compile(
    r"^(?:it\s+was|we|i|they)\s+(?:have\s+)?(?:agreed|decided)\s+(?:that\s+)?", re.IGNORECASE
)
_LEAD_LABEL_RE = re.compile(r"^[A-Za-z][\w /&-]{0,30}:\s+")


_UP_TO_DATE_RE = re.compile(r"to\s+date\b", re.IGNORECASE)


def _to_name(text: str, at: int) -> bool:
    if _UP_TO_DATE_RE.match(text, at):
        return True  # "All health checks up to date.": a state, not "to date" something
    m = _TO_NAME_RE.match(text, at)
    return m is not None and m.group(1).lower() not in IMPERATIVE_VERBS  # not "to Book the…"


def is_action_like(text: str) -> bool:
    """True if a sentence reads as something someone will do, not as narrative or views."""
    t = _LEAD_LABEL_RE.sub("", text.strip().lstrip("-•*").strip())
    t = _AGREED_THAT_RE.sub("", t)  # "We agreed that the carers will submit…"
    if not t:
        return False
    first = re.match(r"[A-Za-z]+", t)
    if (
        first
        and first.group(0).lower() in IMPERATIVE_VERBS
        and first.group(0).lower()
        not in {"have", "be", "feel", "stay", "remain", "look", "plan", "progress", "care"}
    ):
        return True
    # "decision letter to Liam": "to" before a name is a direction, not the start of a task.
    m = next((x for x in _MODAL_RE.finditer(t) if not _to_name(t, x.start())), None)
    if not m:
        return False
    prefix = t[: m.start()]
    if ":" in prefix and not prefix.rsplit(":", 1)[1].strip():
        return False  # "Connor Shaw Age: 17 PA: to be allocated": header fields, not a subject
    if len(prefix.split()) > 6 or _NOT_SUBJECT_RE.search(prefix) or _PAST_RE.search(prefix):
        return False
    return not re.match(r"\s*(?:it|this|that|there)\b", prefix, re.IGNORECASE)
