"""How an action opens: a subject and its modal ("SW to…", "Mum will…"), or a bare verb.

An action either names a subject and then a modal ("to", "will", "should", "needs to"), or it
opens with a verb and names nobody ("Get to school on time"). Telling the two apart, and the
noun or job title that only looks like a verb ("Contact with siblings…", "Practice Supervisor
to…"), is shared by the owner check (smart.py), the measurability check (measurable.py),
mainverb.py and oversight.py; it lives here so none of them has to reach into smart.py for it.
"""

from __future__ import annotations

import re

from casequality.lexicon import IMPERATIVE_VERBS, ROLE_RE, word_set
from casequality.purpose import DETERMINERS

_MODAL_RE = re.compile(
    r"\b(?:will|shall|should|must|(?:(?:is|are|am)\s+)?(?:going\s+to|gonna)|"
    # "Ryan has agreed to pay…": the one who agreed is the subject, "has" is no part of it
    r"(?:needs?|has|have|is|are|(?:(?:has|have)\s+)?(?:agreed|promised|offered))\s+to|to)\s+",
    re.IGNORECASE,
)


def _subject_modal(text: str) -> re.Match[str] | None:
    """The modal after the subject: in "Key to the house to be decided", "to the" is a
    preposition before a noun, so the subject runs on to the second "to"."""
    for m in _MODAL_RE.finditer(text):
        nxt = re.match(r"[A-Za-z]+", text[m.end() :])
        if m.group(0).strip().lower() == "to" and nxt and nxt.group(0).lower() in DETERMINERS:
            continue
        return m
    return None


def _first_word(text: str) -> str:
    m = re.match(r"\s*([A-Za-z]+)", text)
    return m.group(1).lower() if m else ""


_NOUN_SUBJECT_PASSIVE_RE = re.compile(
    r"^\s*[A-Za-z]+(?:\s+[A-Za-z'’-]+){0,3}\s+(?:to|will|should|must|is\s+to|are\s+to)\s+be\s+\w",
    re.IGNORECASE,
)


_SUBJECT_BEFORE_MODAL_RE = re.compile(
    r"\s*([A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){1,3}?)\s+(?:to|will|should|must|shall)\s", re.IGNORECASE
)


# The verb "contact" takes its object directly; "contact with" / "contact between" is the noun.
_CONTACT_NOUN_RE = re.compile(r"\s*contact\s+(?:with|between)\b", re.IGNORECASE)

_OBJECT_WORDS = word_set(
    """the a an his her their him them me my our your all any some with to and for on in at
    up out this that these those it its"""
)


# The last word of a capitalised job title ("Practice Supervisor", "Assistant Director").
_TITLE_HEADS = frozenset(
    {
        "supervisor",
        "director",
        "manager",
        "officer",
        "lead",
        "head",
        "coordinator",
        "worker",
        "adviser",
        "advisor",
        "practitioner",
        "nurse",
        "teacher",
        "mentor",
        "assessor",
        "chair",
        # a named unit of the council: "Practice Quality Unit", "Fostering Panel"
        "team",
        "unit",
        "service",
        "hub",
        "panel",
        "recruitment",
        "placements",
    }
)


def starts_with_verb(text: str) -> bool:
    """ "Get to school on time", "Hand my phone in": an instruction that names no subject."""
    return _is_imperative(text)


def _is_imperative(text: str) -> bool:
    if _NOUN_SUBJECT_PASSIVE_RE.match(text) or re.match(r"\s*[A-Za-z]+\s*(?:[:–—]|\s-\s)", text):
        return False  # "Contact with siblings to be arranged", "Contact – mum – weekly": nouns
    if _CONTACT_NOUN_RE.match(text):
        return False  # "Contact with his brothers every Saturday": the noun, not the verb
    if re.match(r"\s*[A-Za-z]+-[A-Za-z]", text):
        return False  # "Post-adoption social worker to…": a compound, not the verb "post"
    word = _first_word(text)
    subject = _SUBJECT_BEFORE_MODAL_RE.match(text)
    words = subject.group(1).split() if subject else []
    if (
        len(words) >= 2
        and words[1].islower()
        and words[1] not in _OBJECT_WORDS
        and ROLE_RE.fullmatch(words[-1])
        and not ROLE_RE.fullmatch(" ".join(words[1:]))  # "Support foster carers to…": a verb
    ):
        return False  # "Nurture group staff to…": a verb-like first word inside a subject
    if (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in _TITLE_HEADS
    ):
        return False  # "Practice Supervisor to chair…": a job title, capitalised as one
    role = ROLE_RE.match(text.lstrip())
    if role and len(role.group(0)) > len(word):
        return False  # "Support worker to…", "Contact supervisor to…"
    if role and re.match(r"\s*[A-Za-z]+\s+(?:to|will|should|must|shall)\b", text):
        return False  # "Advocate to meet Bailey": a role, not the verb "advocate"
    return word == "to" or (word in IMPERATIVE_VERBS and word not in {"have", "be"})
