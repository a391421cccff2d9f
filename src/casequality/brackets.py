"""A name in brackets: the worker who does the action, or a gloss of something else.

"SW (Tom Achebe) to…", "(SW)", "key worker (Yusuf Adan)" name who will act. Many brackets name
something else: where a referral goes ("to the prevention offer (Turning Point)"), the place
("sent to the Staying Close team (Seagate)"), whom contact is with ("Contact with mother (Ms Jo
Hart)"), or the thing itself ("Parenting assessment (PAMS)"). `is_gloss` tells the second kind
from the first, so the owner check can pass over it.
"""

from __future__ import annotations

import re

from casequality.lexicon import HONORIFIC_RE, ROLE_RE, word_set
from casequality.people import _role_shaped

# Whom contact is with: "Contact with mother (Ms Jo Hart) will be…".
_CONTACT_WITH_RE = re.compile(
    r"\b(?:contact|family\s+time|visits?|calls?)\s+with\s+(?:(?:his|her|their|the)\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\s*$",
    re.IGNORECASE,
)
# Where something is sent or happens: "sent to the Staying Close team (Seagate)".
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:to|at|from|for)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,5}"
    r"(?:service|team|centre|center|unit|hub|panel|clinic|college|school|home|house)\s*$",
    re.IGNORECASE,
)
# "referred to the prevention offer (Turning Point)": where a referral goes, then its name.
_PREP_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:to|into)\s+(?!be\b)(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
    r"(?:[A-Za-z'’&/]+(?:-[A-Za-z'’&/]+)*\s+){0,5}[A-Za-z'’&/]+(?:-[A-Za-z'’&/]+)*\s*$",
    re.IGNORECASE,
)
# "to the imam, key worker (Yusuf Adan)": after a role, the bracket names the worker...
_ROLE_BEFORE_RE = re.compile(r"(?:" + ROLE_RE.pattern + r")\s*$", re.IGNORECASE | re.VERBOSE)
# ...unless it names an organisation: "referral to CAMHS (Northfold Wellbeing Service)".
_ORG_NAME_RE = re.compile(
    r"\b(?:service|team|centre|center|clinic|hub|academy|college|school|project|programme|trust|"
    r"charity|house|lodge|court|unit)\b",
    re.IGNORECASE,
)
# "(PAMS)", "(SDQ)": an acronym of three letters or more glossing a noun; two letters in
# brackets are a worker's initials ("Kinship assessor (CW)").
_ACRONYM_GLOSS_RE = re.compile(r"\s*[A-Z][A-Z0-9&]{2,7}\s*")
_NOUN_BEFORE_RE = re.compile(r"\b(?-i:[a-z])[\w'’-]*\s*$")
_KIN = (
    r"(?:mum|mother|dad|father|sister|brother|aunt|auntie|uncle|nan|nana|gran|grandma|"
    r"grandmother|grandad|grandfather|cousin|partner)s?\b"
)
_KIN_RE = re.compile(r"\b" + _KIN, re.IGNORECASE)
# "Mrs Birtwistle (Grandad Tom's partner)": a person's relation to the family
_KIN_OF_RE = re.compile(r"\s*(?:[\w-]+\s+)?[\w-]+['’]s\s+" + _KIN, re.IGNORECASE)
# "assessment of Dean's sister (Kian's aunt, Rochelle Shaw)", "to see his dad (Dean Ash)": the
# relative an action is about, named in brackets; not who will act.
_RELATIVE_BEFORE_RE = re.compile(
    r"\b(?:(?:on|of|for|with|to|about|from|between|and|re)\s+(?:(?:his|her|their|the|[\w-]+['’]s)\s+)?|"
    r"(?:his|her|their|[\w-]+['’]s)\s+)"
    r"(?:(?:birth|maternal|paternal|older|younger|half|step)[\s-]+)?"
    r"(?:" + _KIN + r"|grandparents?\b|sons?\b|daughters?\b|siblings?\b|parents?\b)\s*$",
    re.IGNORECASE,
)
# "Translated copy of the care plan (Tigrinya)": the language a thing is in.
_LANGUAGES = word_set(
    """albanian amharic arabic bengali bulgarian cantonese czech dari farsi french german greek
    gujarati hindi hungarian italian kurdish latvian lithuanian mandarin oromo pashto persian
    polish portuguese punjabi romanian romani russian slovak somali sorani spanish swahili tamil
    tigrinya turkish twi ukrainian urdu vietnamese welsh yoruba bsl makaton braille english"""
)
_LANGUAGE_LIST_RE = re.compile(r"\s*[A-Za-z]+(?:\s*(?:and|&|/|,)\s*[A-Za-z]+)*\s*")


def _languages(content: str) -> bool:
    if not _LANGUAGE_LIST_RE.fullmatch(content):
        return False
    words = [w for w in re.split(r"\W+", content.lower()) if w and w != "and"]
    return bool(words) and all(w in _LANGUAGES for w in words)


def is_gloss(text: str, start: int, content: str) -> bool:
    """True if the bracket opening at `start` in `text`, holding `content`, names a place,
    a service, the person contact is with or the thing itself, rather than who will act."""
    parts = content.split(",")
    # "to see his dad (Dean Ashworth, HMP Brackenmoor)", "Mrs Birtwistle (Grandad Tom's
    # partner)": a relative named, or a person's relation to the family given
    relative = _RELATIVE_BEFORE_RE.search(text, 0, start) or _KIN_OF_RE.match(content)
    if relative and not any(ROLE_RE.search(_KIN_RE.sub("", p)) for p in parts):
        return True  # "on Dean's sister (Kian's aunt, Rose Shaw)": kin, named, not a worker
    if any(ROLE_RE.search(p) or HONORIFIC_RE.search(p) for p in parts):
        # a role or a title in the bracket names a worker, except for the person contact is with
        return bool(_CONTACT_WITH_RE.search(text, 0, start))
    if _PLACE_BEFORE_RE.search(text, 0, start) or _CONTACT_WITH_RE.search(text, 0, start):
        return True
    if _languages(content):
        return True
    if _PREP_OBJECT_BEFORE_RE.search(text, 0, start) and (
        not _ROLE_BEFORE_RE.search(text, 0, start) or _ORG_NAME_RE.search(content)
    ):
        return True
    noun = _NOUN_BEFORE_RE.search(text, 0, start)
    return bool(
        _ACRONYM_GLOSS_RE.fullmatch(content)
        and noun is not None
        and not _role_shaped(noun.group(0).strip())
        and not ROLE_RE.fullmatch(noun.group(0).strip())
    )
