"""An owner named outside the action's opening subject.

"Book dental check – FC – by Friday", "| Who: SW |", "(SW to send the invite)", "by the PA",
"…, with Gran driving", "…booked for the 14th, FC to take her": the owner is in a field, a
table cell, brackets, an agent phrase, a later clause or a dash-separated segment, not at the
front of the sentence. The owner check in smart.py asks this before it reads the subject
itself. These places and their patterns are one family, separate from reading the subject, so
they live here and smart.py keeps the checks themselves.
"""

from __future__ import annotations

import re

from casequality.brackets import is_gloss
from casequality.lexicon import BLANK_VALUE, IMPERATIVE_VERBS, ROLE_RE, WHO_LABEL, lemma
from casequality.opening import _MODAL_RE, _is_imperative
from casequality.people import _role_shaped, names_owner
from casequality.timescales import find_timescale, strip_timescales

_NULL_OWNER_RE = re.compile(
    r"\s*(?:" + BLANK_VALUE + r"|to\s+be\s+(?:allocated|confirmed|agreed|identified))?\W*",
    re.IGNORECASE,
)
_FIELD_OWNER_RE = re.compile(
    r"\b(?:owner|" + WHO_LABEL + r"|"
    r"responsible(?:\s+(?:person|officer))?|resp\s+officer|lead|by\s+whom|person\s+responsible|"
    r"(?:allocated|assigned)\s+to)"
    # "ASSIGNED TO:|LAC Nurse": a tab after the colon, read as a cell mark
    r"[ \t]*[:=–—-][ \t|]*"
    r"([^;|\n.]+)",
    re.IGNORECASE,
)
_AGENT_RE = re.compile(
    r"\b(?:by|from)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+|an\s+|my\s+)?(?:allocated\s+|named\s+|new\s+)?"
    r"([A-Za-z][\w'’-]*(?:\s+(?!(?:by|on|within|before|at|in|from|to|for|every|each|once|twice|"
    r"weekly|fortnightly|monthly|daily|termly|until)\b)"
    r"[A-Za-z][\w'’-]*){0,3})"
)
# An absolute clause after a comma names who does the work: ", with the carer driving".
_WITH_AGENT_RE = re.compile(
    r"[,;]\s*with\s+(?:the\s+|his\s+|her\s+|their\s+)?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)"
    r"\s+[a-z]{2,}ing\b"
)
_LATER_CLAUSE_RE = re.compile(r"(?<=[.;!?])\s+|,\s+")
_CLAUSE_SUBJECT_RE = re.compile(
    r"\s*((?:[\w'’+&/-]+\s+){0,3}?[\w'’+&/-]+)\s+(?:to|will|shall|should|must|is\s+to|are\s+to)\s+"
    r"(?!be\b)[a-z]"
)
_PAREN_RE = re.compile(r"[(\[]([^()\[\]]{1,80})[)\]]")
_DASH_SPLIT_RE = re.compile(r"\s[-–—]\s")
_PASSIVE_CLAUSE_RE = re.compile(
    r"\s*(?:[\w'’-]+\s+){1,5}(?:to|will|should|must)\s+be\s+[a-z]+(?:ed|en|t)\b(?!\s+by\b)"
)


# "I'll apply…", "You'll send…": a plan written by the worker to the young person names them.
_CONTRACTED_SUBJECT_RE = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+|\s[-–—]\s+)(?:i|you|he|she|they)(?:'ll|’ll|\s+will)\s+"
    r"(?!be\s+[a-z]+(?:ed|en)\b)[a-z]",  # not "You will be supported…": a passive
    re.IGNORECASE,
)
# "Bianca arranges, PA pays travel": a named owner with a verb in the present tense.
_PRESENT_SUBJECT_RE = re.compile(r"\s*((?:[\w'’+&/-]+\s+){0,3}?[\w'’+&/-]+)\s+([a-z]{3,}s)\b")


# What is fetched or moved from somewhere ("requested from the health team"), unlike what is
# provided from it ("a PA to be allocated from the leaving care team": that team allocates).
_PASSIVE_BEFORE_FROM_RE = re.compile(
    r"\bto\s+be\s+(?:[a-z]+ly\s+)?(?:requested|transferred|obtained|collected|sought|moved|sent|"
    r"taken|gathered|received|chased|retrieved)\b(?:\s+[\w'’()-]+){0,4}\s*$",
    re.IGNORECASE,
)


def _explicit_owner(text: str) -> bool:
    """Owner given outside the sentence subject: a field, a table cell, '(SW)', 'by the PA'."""
    if _CONTRACTED_SUBJECT_RE.search(text):
        return True
    for m in _FIELD_OWNER_RE.finditer(text):
        if _NULL_OWNER_RE.fullmatch(m.group(1)):
            return False  # "Person responsible: N/A", "PA: to be allocated"
        # "Who: SW", "Who's doing it: Liam books the test; Carl pays the fee"
        return names_owner(m.group(1)) or _clause_owner(m.group(1))
    if "|" in text:
        # "Abdi with his PA, by 31 January": a Who / when cell holds the owner before the comma.
        cells = [c.strip() for c in text.split("|")[1:]]
        cells += [c.split(",")[0] for c in cells if "," in c]
        # "Get Lacey back into school" is the action cell: the child it names is no owner.
        cells = [c for c in cells if not _is_imperative(c) or _role_shaped(c)]
        # A cell that is only a time ("By Easter") names no one.
        cells = [c for c in cells if strip_timescales(c).strip(" ,.;").lower() not in {"", "by"}]
        # "| — |", "| (none) |", "| n/a |": a Who cell left empty names no one
        cells = [c for c in cells if not _NULL_OWNER_RE.fullmatch(c.strip("()—–"))]
        if any(c and ((len(c.split()) <= 6 and names_owner(c)) or _clause_owner(c)) for c in cells):
            return True  # "SW and FC", "Foster carer to sign the form and pay"
    for m in _PAREN_RE.finditer(text):
        if is_gloss(text, m.start(), m.group(1)):
            continue  # "(Turning Point)", "(PAMS)", "(Seagate)": a place or a thing, not who
        parts = m.group(1).split(",")
        if any(len(p.split()) <= 4 and names_owner(p) for p in parts) or _clause_owner(m.group(1)):
            return True  # "(SW)", "(SW to send the invite today)", "(the team, SW Ben Cole)"
    for m in _AGENT_RE.finditer(text):
        if (
            find_timescale(m.group(0))
            and not ROLE_RE.search(m.group(1))
            and not _role_shaped(m.group(1))  # "by the contact service", not "by the contact"
        ):
            continue
        if re.search(r"\bagreed\s+$", text[: m.start()]):
            continue  # "cost agreed by HoS": who approved it, not who does it
        if m.group(0).lower().startswith("from") and _PASSIVE_BEFORE_FROM_RE.search(
            text, 0, m.start()
        ):
            continue  # "IHA to be requested from the LAC health team": the source, not the doer
        if names_owner(m.group(1)):
            return True
    for m in _WITH_AGENT_RE.finditer(text):
        if names_owner(m.group(1)):
            return True  # "visits to carry on, with Gran driving"
    # "…booked for the 14th, FC to take her"; "Mia wants to cook. FC to teach her…": a later
    # clause with its own subject and "to"/"will" names who does it.
    if any(_clause_owner(c) for c in _LATER_CLAUSE_RE.split(text)[1:]):
        return True
    segments = _DASH_SPLIT_RE.split(text)
    if (
        len(segments) > 1
        and len(segments[0].split()) <= 3
        and names_owner(segments[0])
        # "Ben - sibling letterbox to be looked into": the child the item is about, then a
        # passive with no one doing it; a role there ("SW - referral to be made") is the owner.
        and (ROLE_RE.search(segments[0]) or not _PASSIVE_CLAUSE_RE.match(segments[1]))
    ):
        return True  # "SW – present the match to panel – by 30/06/2027"
    if len(segments) > 1 and _SIGNED_NAME_RE.fullmatch(segments[-1]) and names_owner(segments[-1]):
        return True  # "Complete chronology by 15/04 – Zara": the name the item is signed with
    for seg in segments[1:]:
        # "— SW Ahmed Siddiqui, 6 sessions", "- SW Becky Lind by 31/05"
        head = strip_timescales(seg.split(",")[0]).strip()
        if (len(head.split()) <= 3 and names_owner(head.strip(" ."))) or _clause_owner(head):
            return True  # "Book dental check – FC – by Friday", "… - Bianca arranges"
        if _SIGNED_NAME_RE.fullmatch(seg) and names_owner(seg):
            # "Improve attitude to learning - Kacey - by summer term": a segment that is only a
            # name (the folded head above has lost the capital that makes it one)
            return True
        modal = _MODAL_RE.search(seg)
        if (
            modal
            and len(seg[: modal.start()].split()) <= 4
            and names_owner(seg[: modal.start()])
            and not _PASSIVE_CLAUSE_RE.match(seg)  # "sibling letterbox to be looked into"
        ):
            return True  # "get grade 5 in March — maths teacher to set weekly papers"
    return False


# A name alone after an item's last dash; a name with words after it ("Kayden keeps asking")
# or a time ("Lexia 3x per week") is something else.
_SIGNED_NAME_RE = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s*\.?\s*"
)


def _clause_owner(clause: str) -> bool:
    subject = _CLAUSE_SUBJECT_RE.match(clause)
    if subject is not None and names_owner(subject.group(1)):
        return True
    present = _PRESENT_SUBJECT_RE.match(clause)
    return (
        present is not None
        and lemma(present.group(2)) in IMPERATIVE_VERBS
        and lemma(present.group(2)) != present.group(2)
        and names_owner(present.group(1))
    )
