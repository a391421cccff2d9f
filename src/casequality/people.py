"""Who a phrase names: a role, a person, a service, or nobody in particular.

`names_owner` decides whether the words standing as an action's subject, agent, bracket or
table cell name someone who can be held to it. Shapes rather than lists where possible: agent
nouns ("orthodontist"), titled names ("Mrs Ray"), initials in mixed-case text ("RSW"), named
organisations ("Brightpath Fostering"), services and departments.
"""

from __future__ import annotations

import re

from casequality.lexicon import (
    COMMON_CAPITALISED,
    DIFFUSE_RE,
    HONORIFIC_RE,
    IMPERATIVE_VERBS,
    PRONOUN_OWNER_RE,
    ROLE_RE,
    word_set,
)

_REFLEXIVE_RE = re.compile(r"\b(?:himself|herself|themselves|myself|themself)\b", re.IGNORECASE)
# "SW and FC", "Kinship assessor - Rhiannon Evans": each part may name the owner.
_SPLIT_SUBJECT_RE = re.compile(r"\s*(?:,|&|/|\band\b)\s*|\s[-–—]\s", re.IGNORECASE)
# A role inside a prepositional phrase is not the subject: "Family time with dad to progress".
_TRAILING_PP_RE = re.compile(
    r"\s+(?:with|for|to|about|at|from|on|in|re|towards|between|of)\s.*$", re.IGNORECASE
)
_NOUN_SUFFIX_RE = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ism|ure|ies)$")


def _is_name(token: str) -> bool:
    word = token.strip(".,;:()[]\"'")
    if not word or not word[0].isupper() or word.endswith(("'s", "’s")):
        return False
    if word.isupper() and len(word) > 1:
        return bool(ROLE_RE.fullmatch(word))
    if _NOUN_SUFFIX_RE.search(word) or (word.endswith("s") and _NOUN_SUFFIX_RE.search(word[:-1])):
        return False  # "Recommendations agreed": a plural noun opening a sentence
    parts = word.split("-")
    shaped = all(p[:1].isupper() and (p[1:].islower() or not p[1:]) for p in parts)
    return shaped and word.lower() not in COMMON_CAPITALISED


# A setting that is itself the provider when it is the subject: "Home to complete hourly
# checks", "Supported accommodation to…" (not "Placement to continue": the placement goes on,
# and nobody is named to do anything; not "away from home").
SERVICE_OWNER_RE = re.compile(
    r"(?:children['’]s\s+)?home|provider|supported\s+(?:accommodation|lodgings?)|"
    r"learning\s+support|semi-independent(?:\s+(?:provider|placement))?",
    re.IGNORECASE,
)
_NUMBERED_TEAM_RE = re.compile(
    r"\d{1,2}\+\s+(?:[A-Za-z][\w&]*\s+){0,3}(?:team|service)", re.IGNORECASE
)


def names_owner(phrase: str, *, allow_names: bool = True) -> bool:
    """True if a short noun phrase names a person or role who can be held to an action."""
    phrase = phrase.strip().strip(".,;:")
    # "Both sets of carers", "each of the carers": every holder of the role
    phrase = re.sub(r"^(?:both|each)\s+(?:sets?\s+of\s+|of\s+(?:the\s+)?)?", "", phrase, flags=re.I)
    if not phrase or DIFFUSE_RE.match(phrase):
        return False
    if not ROLE_RE.match(phrase):
        phrase = _TRAILING_PP_RE.sub("", phrase)  # "Liaison between school and carers"
    # "Assistant Director (Children in Care & Permanence)": the bracket says which one
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase).strip() or phrase
    for part in _SPLIT_SUBJECT_RE.split(phrase):
        part = re.sub(
            r"^(?:the|my|his|her|their|our|your|a|an)\s+", "", part.strip(), flags=re.IGNORECASE
        )
        if _NUMBERED_TEAM_RE.fullmatch(part):
            return True  # "16+ Team", "18+ Service"
        if not part or DIFFUSE_RE.match(part):
            continue
        part = _REFLEXIVE_RE.sub("", part).strip()  # "Amara herself"
        lead = ROLE_RE.match(part)
        if lead and part[lead.end() : lead.end() + 2] not in ("'s", "’s"):
            return True  # "Head of Year", "Social worker with the carers"
        part = _TRAILING_PP_RE.sub("", part)
        if PRONOUN_OWNER_RE.match(part) or HONORIFIC_RE.search(part) or _TITLE_RE.fullmatch(part):
            return True
        if _INITIAL_NAME_RE.fullmatch(part) or _MINUTE_INITIALS_RE.fullmatch(part):
            # "T.Adebayo", "E. Tomlinson": a case system's way of naming a worker; "GHo",
            # "SDh": minutes' initials, a letter added where two people share two
            return True
        if allow_names and _acronym(part):
            return True  # not in a verbless fragment, whose first word is its topic ("FGC")
        for m in ROLE_RE.finditer(part):
            if part[m.end() : m.end() + 2] not in ("'s", "’s"):
                return True
        if allow_names and _name_phrase(part):
            return True
        if _role_shaped(part) or _role_then_name(part):
            return True
    return False


def _role_then_name(part: str) -> bool:
    """'Kinship assessor Jo Mills', 'Fostering assessor Ben': a job title before a name."""
    words = part.split()
    for k in range(len(words) - 1, 0, -1):
        if not _is_name(words[k]):
            head = " ".join(words[: k + 1])
            return k < len(words) - 1 and _role_shaped(head)
    return len(words) > 1 and _acronym(words[0])  # "FSW Sam Drew": initials, then a name


_MINUTE_INITIALS_RE = re.compile(r"(?-i:[A-Z]{2}[a-z]|[A-Z][a-z][A-Z])")
_INITIAL_NAME_RE = re.compile(r"(?-i:[A-Z]\.\s?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)")
# "ms dawson" in a record typed in capitals and lowered: a title still makes a person.
_TITLE_RE = re.compile(
    r"(?:mr|mrs|ms|mx)\.?(?:\s+(?:and|&)\s+(?:mr|mrs|ms|mx)\.?)?\s+[a-z][\w'’-]+", re.IGNORECASE
)
# Services and roles are often written as initials the lists cannot hold ("RSW", "FSW", "RAA",
# "ADM"); an unknown all-capitals word standing as a subject or agent in mixed-case text is
# one. Initials that name documents, plans or qualifications are in COMMON_CAPITALISED.
_ACRONYM_RE = re.compile(r"[A-Z]{2,5}s?")


def _acronym(part: str) -> bool:
    word = part.strip(".,;:()")
    return bool(
        _ACRONYM_RE.fullmatch(word)
        and word.rstrip("s").lower() not in COMMON_CAPITALISED
        and word.lower() not in COMMON_CAPITALISED
    )


# A person's job is usually an agent noun ("orthodontist", "family finder", "paediatrician",
# "supervisor"): recognising the shape finds roles no list has met. These words have the
# shape but name things, not people.
_AGENT_NOUN_RE = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|ee)s?")
_NOT_AGENTS = word_set(
    """letter paper order number water computer winter summer september october november
    december register matter chapter calendar folder poster planner charger cover corner power
    tower timer border error floor door other either neither another together whether after
    under over never ever later further rather better transfer answer factor sector motor
    mirror monitor junior senior major minor shower flower counter list checklist wishlist
    playlist fee coffee free tree three agree degree guarantee christian tutor-led record
    character member newsletter sticker folder trainer reminder barrier peer career easter
    semester quarter
    calmer safer stronger closer bigger smaller longer shorter quicker faster slower harder
    higher lower older younger fewer greater kinder clearer firmer warmer cooler sooner"""
)
_IER_AGENTS = word_set("courier cashier farrier soldier financier furrier")
# Role words that do not have the agent shape.
_ROLE_HEADS = word_set(
    """escort chaperone lead head imam
    vicar priest pastor rabbi chaplain assistant consultant student agent agency
    provider lado salt ewo ot ifa sendco dslo service department dept office unit clinic
    charity centre center hub"""
)


def _role_shaped(part: str) -> bool:
    """'Caleb's imam', 'Family time supervisor', 'Deputy head': a noun phrase headed by a job."""
    words = part.split()
    if not words or len(words) > 4:
        return False
    head = words[-1].strip(".,;:()").lower()
    if head.endswith(("'s", "’s")):
        return False
    if head in _ROLE_HEADS:
        return True
    if head.endswith("ier") and head not in _IER_AGENTS:
        return False  # "happier", "healthier": comparatives, not jobs
    return bool(_AGENT_NOUN_RE.fullmatch(head)) and head.rstrip("s") not in _NOT_AGENTS


def _name_phrase(part: str) -> bool:
    """'Sarah', 'Mr and Mrs Clarke', 'Nana Pat', 'Ellie-May (SW)' but not 'Assess mum's capacity'.

    Every word must be capitalised or a role, so a sentence-initial verb or noun followed by
    ordinary words is not mistaken for a name.
    """
    words = [w for w in re.sub(r"\([^)]*\)", " ", part).split() if w.strip("-–—")]
    if not words or len(words) > 4:
        return False
    if not _is_name(words[0]):
        return _organisation(words)
    # After a first name, a title-case tail is a surname or team ("Maria Family Support").
    return all(w[:1].isupper() or ROLE_RE.fullmatch(w.strip(".,;:")) for w in words)


def _organisation(words: list[str]) -> bool:
    """'Fostering Plus', 'Brightpath Fostering': a title-case name of two or more words, one of
    them not an everyday word, and not opening with a verb."""
    if len(words) < 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    low = [w.lower().strip(".,;:") for w in words]
    if low[0] in IMPERATIVE_VERBS:
        return False
    return any(w not in COMMON_CAPITALISED and not _NOUN_SUFFIX_RE.search(w) for w in low)


# "SW: Nadia Osman (NO)", "Present: Grace Holt (GH), …": initials a record declares for its
# people. Declared, "NO" names Nadia, though an undeclared "NO" is the word.
_DECLARED_RE = re.compile(
    r"(?P<name>(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))\s*"
    r"\((?P<initials>(?-i:[A-Z][A-Za-z]{1,3}))\)"
)


# "Chloe Pratt (SW) - Nadia Bashir (TM)" over "CP to write the summary": a supervision record
# names its people in full once and then by their initials.
_FULL_NAME_RE = re.compile(r"\b([A-Z])[a-z'’]+(?:-[A-Z][a-z'’]+)?\s+([A-Z])[a-z'’]+\b")


def declared_initials(text: str) -> frozenset[str]:
    """Initials declared after a person's name, or the initials of a person named in full;
    "Human Rights Assessment (HRA)" is no person."""
    declared = {
        m.group("initials")
        for m in _DECLARED_RE.finditer(text)
        if all(_is_name(w) for w in m.group("name").split())
    }
    declared.update(
        m.group(1) + m.group(2)
        for m in _FULL_NAME_RE.finditer(text)
        if all(_is_name(w) for w in m.group(0).split())
    )
    return frozenset(declared)
