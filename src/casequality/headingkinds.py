"""What kind of section a heading's words name: actions, contingency, voice, previous, assessed
or other.

`classify_heading` reads only the words of a heading ("Next steps", "If it doesn't work out",
"Child's views", "Actions c/f from last supervision", "What's working well"), with the section
kinds and the word patterns for each. headings.py finds where headings stand in a document
(on their own line, numbered, after a full stop, a form's question or box title) and asks
this module what they name; contingency.py, segment.py and voice.py use the kinds and the
contingency patterns without needing that line-by-line reading.
"""

from __future__ import annotations

import re

from casequality.spans import ACTIONS

CONTINGENCY, VOICE, PREVIOUS, OTHER = ("contingency", "voice", "previous", "other")
# A section that weighs how things stand ("What's working well", "What are we worried about",
# "Danger statement", "Scaling"), as a strengths-and-worries framework lays a plan out: what
# it lists are findings, not tasks.
ASSESSED = "assessed"

CONTINGENCY_WORD_RE = re.compile(
    r"contin?gen|contengen|\bcont\.?\s+plan|parallel\s+plan|\bparallel(?=\s*[:–—-])|"
    r"twin[- ]?track|plan\s+b\b|"
    r"back-?up\s+plan|alternative\s+plan|fall-?back",
    re.IGNORECASE,
)
# A contingency section titled by the question it answers.
IF_HEADING_RE = re.compile(
    r"\W*(?:what\s+(?:happens|will\s+happen)\s+)?"
    r"if\s+(?:it|this(?:\s+plan)?|things|the\s+plan|the\s+placement)\s+"
    r"(?:do(?:es)?(?:n['’]t|\s+not)\s+(?:work(?:\s+out)?|go\s+(?:to|according\s+to)\s+plan)|"
    r"go(?:es)?\s+(?:wrong|backwards)|changes?|gets?\s+(?:difficult|worse|hard|tough)|"
    r"breaks?\s+down|fails?|ends?)\W*",
    re.IGNORECASE,
)
_PREVIOUS_HEAD_RE = re.compile(
    r"previous|last\s+(?:supervision|session|month|time)|review\s+of\s+(?:(?:previous|last)\s+)?actions|"
    r"follow[- ]?up\s+(?:of|on)\s+(?:the\s+)?(?:last|previous)\s+\w+|"
    r"progress\s+(?:on|against)|actions?\s+(?:update|completed)|update\s+on\s+(?:(?:the|last|previous)\s+)*actions",
    re.IGNORECASE,
)
_AS_BEFORE_RE = re.compile(r"[\d\W]*as\s+(?:per\s+)?(?:the\s+)?(?:previous|last|before)\b")
_CARRIED_HEAD_RE = re.compile(
    r"\bactions?\b.*(?:\bc/f\b|carried\s+(?:forward|over)|brought\s+forward)", re.IGNORECASE
)
_VOICE_HEAD_RE = re.compile(
    r"\bviews?\b|voice|wish|feeling|what\s+i\b|\b(?:my|his|her|their|own)\s+words\b|"
    r"['’]s\s+words\b|comment|contribution|^what\s+[\w'’-]+\s+(?:wants|would\s+like)\b|"
    r"\bsays?\b|\bsaid\b|\btold\s+(?:us|me|the\s+\w+)\b|participation|consultation",
    re.IGNORECASE,
)
_ACTION_HEAD_RE = re.compile(
    r"\bactions?\b|\btargets?\b|\btasks?\b|next\s+steps|what\s+(?:needs\s+to|will)\s+happen|"
    r"things\s+that\s+will\s+happen|\bto\s+do\b|recommendations?|"
    r"what\s+(?:we|i|you|they)(?:['’]ll|\s+will)\s+do|"
    # the care plan form whose Part 2 holds the actions ("Care Plan Part 2:", "Part two")
    r"\bpart\s+(?:2|two|ii)$|^(?:the\s+|agreed\s+|smart\s+)?plan$|"
    r"^who\s*/\s*what\b|^what\s*/\s*who\b",  # "Who / What / By when"
    re.IGNORECASE,
)
_ASSESSED_HEAD_RE = re.compile(
    r"^what['’]?s\s+(?:working|going)\s+well|^what\s+(?:is|are)\s+(?:working|going)\s+well|"
    r"^what\s+(?:are|is)\s+(?:we|everyone|people)\s+worried|^(?:our\s+)?worries$|^strengths$|"
    r"^complicating\s+factors|^danger\s+statements?|^scaling\b|^existing\s+safety|^grey\s+areas?",
    re.IGNORECASE,
)


_KNOW_HEAD_RE = re.compile(
    # (not the field "How we'll know:", nor "How we'll know it's working:", over each action)
    r"how\s+(?:we\s+will|will\s+we|we['’]ll|would\s+we|do\s+we)\s+know"
    r"(?!\s+it['’]?s\s+working\W*$)(?:\s+[\w'’]+){1,5}\??"
)
_LONG_DIMENSION_RE = re.compile(
    r"(?:\d{1,2}[.)]?\s*)?practical\s+(?:and\s+other\s+)?skills\s+(?:necessary\s+|needed\s+)?"
    r"for\s+independent\s+living"
)


def long_dimension(line: str) -> bool:
    """ "6. Practical and other skills necessary for independent living": a pathway plan's
    heading, too long to be taken for one by its length."""
    return bool(_LONG_DIMENSION_RE.fullmatch(line.strip().rstrip(":").lower()))


def classify_heading(head: str) -> str | None:
    """Section type for a heading, or None if the words are not a recognised heading."""
    h = head.strip().lower()
    if _LONG_DIMENSION_RE.fullmatch(h):
        return OTHER  # the one pathway-plan dimension named in more than six words
    if _KNOW_HEAD_RE.fullmatch(h):
        return ASSESSED  # "How we will know things are better": the measure, not more tasks
    if len(h.split()) > 6:
        return None  # a sentence with a colon in it ("Mia chose her own target: …")
    if IF_HEADING_RE.fullmatch(h):
        return CONTINGENCY  # "If it doesn't work out", "If things go wrong"
    if CONTINGENCY_WORD_RE.search(h) or h.startswith("if "):
        return CONTINGENCY if not h.startswith("if ") else None
    if _CARRIED_HEAD_RE.search(h):
        return ACTIONS  # "Actions c/f from last supervision" are this session's actions
    if _AS_BEFORE_RE.match(h):
        return None  # "1. As previous plan.": an item copied forward, not a previous-actions title
    if _PREVIOUS_HEAD_RE.search(h):
        return PREVIOUS
    voice = _VOICE_HEAD_RE.search(h)
    if voice and not (voice.group(0).startswith("what i") and _ACTION_HEAD_RE.search(h)):
        return VOICE  # but "What I'll put forward as targets" heads the targets
    if _ACTION_HEAD_RE.search(h):
        return ACTIONS
    if _ASSESSED_HEAD_RE.search(h):
        return ASSESSED
    return OTHER if len(h.split()) <= 6 else None
