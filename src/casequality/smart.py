"""SMART checks on one action: is there an owner, and a timescale? (Measurability: measurable.py.)

"The audit check is that each action has an owner, a date and a measurable outcome"
(/work/shared/domain/README.md §7, summarising the CA1989 Guidance Vol 2 principles of
planning: specific outcomes, how progress will be measured, roles and responsibilities).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casequality.lexicon import (
    COMMON_CAPITALISED,
    DIFFUSE_RE,
    HONORIFIC_RE,
    IMPERATIVE_VERBS,
    PRONOUN_OWNER_RE,
    ROLE_RE,
    lemma,
    word_set,
)
from casequality.timescales import NULL_TIME_RE, find_timescale

_LABEL_RE = re.compile(r"^\s*([A-Za-z][\w/&'’-]*(?:\s+[A-Za-z0-9][\w/&'’-]*){0,2})\s*:\s+")
_FIELD_OWNER_RE = re.compile(
    r"\b(?:owner|who|responsible(?:\s+person)?|lead|by\s+whom|person\s+responsible)\s*[:=–—-]\s*"
    r"([^;|\n.]+)",
    re.IGNORECASE,
)
_FIELD_TIME_RE = re.compile(
    r"\b(?:timescales?|when|by\s+when|deadline|due|target\s+date)\s*[:=–—-]\s*([^;|\n]+)",
    re.IGNORECASE,
)
_MODAL_RE = re.compile(
    r"\b(?:will|shall|should|must|(?:needs?|has|have|is|are|agreed|going)\s+to|to)\s+",
    re.IGNORECASE,
)
# "be" + past participle is passive; "be aware", "be available" are not.
_PASSIVE_RE = re.compile(
    r"^(?:be|been|get)\s+(?:\w+(?:ed|en|wn|lt|pt|ght)|made|done|seen|kept|held|sent|told|given|"
    r"taken|met|paid|set|put|found|brought|written|known|shown|built|sold|read|run|sat)\b",
    re.IGNORECASE,
)
# "Sami to continue to be supported": still a passive with nobody named.
_CONTINUE_TO_RE = re.compile(r"^(?:continue|keep\s+on)\s+to\s+", re.IGNORECASE)
_AGENT_RE = re.compile(
    r"\b(?:by|from)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+|an\s+|my\s+)?(?:allocated\s+|named\s+|new\s+)?"
    r"([A-Za-z][\w'’-]*(?:\s+(?!(?:by|on|within|before|at|in|from|to|for|every|each)\b)"
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
_REFLEXIVE_RE = re.compile(r"\b(?:himself|herself|themselves|myself|themself)\b", re.IGNORECASE)
_SPLIT_SUBJECT_RE = re.compile(r"\s*(?:,|&|/|\band\b)\s*", re.IGNORECASE)
# A role inside a prepositional phrase is not the subject: "Family time with dad to progress".
_TRAILING_PP_RE = re.compile(
    r"\s+(?:with|for|to|about|at|from|on|in|re|towards|between|of)\s.*$", re.IGNORECASE
)
_PREP_RE = re.compile(
    r"\b(?:to|with|for|about|of|at|on|in|re|into|by|from|around|towards)\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Finding:
    """Result of one SMART test: whether it passed and the words the judgement rests on."""

    ok: bool
    detail: str = ""


def _strip_label(text: str) -> str:
    m = _LABEL_RE.match(text)
    return text[m.end() :] if m else text


_NOUN_SUFFIX_RE = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ism|ure|ies)$")


def _is_name(token: str) -> bool:
    word = token.strip(".,;:()[]\"'")
    if not word or not word[0].isupper() or word.endswith(("'s", "’s")):
        return False
    if word.isupper() and len(word) > 1:
        return bool(ROLE_RE.fullmatch(word))
    if _NOUN_SUFFIX_RE.search(word):
        return False
    parts = word.split("-")
    shaped = all(p[:1].isupper() and (p[1:].islower() or not p[1:]) for p in parts)
    return shaped and word.lower() not in COMMON_CAPITALISED


def names_owner(phrase: str, *, allow_names: bool = True) -> bool:
    """True if a short noun phrase names a person or role who can be held to an action."""
    phrase = phrase.strip().strip(".,;:")
    if not phrase or DIFFUSE_RE.match(phrase):
        return False
    if not ROLE_RE.match(phrase):
        phrase = _TRAILING_PP_RE.sub("", phrase)  # "Liaison between school and carers"
    for part in _SPLIT_SUBJECT_RE.split(phrase):
        part = re.sub(
            r"^(?:the|my|his|her|their|our|your|a|an)\s+", "", part.strip(), flags=re.IGNORECASE
        )
        if not part or DIFFUSE_RE.match(part):
            continue
        part = _REFLEXIVE_RE.sub("", part).strip()  # "Amara herself"
        lead = ROLE_RE.match(part)
        if lead and part[lead.end() : lead.end() + 2] not in ("'s", "’s"):
            return True  # "Head of Year", "Social worker with the carers"
        part = _TRAILING_PP_RE.sub("", part)
        if PRONOUN_OWNER_RE.match(part) or HONORIFIC_RE.search(part) or _TITLE_RE.fullmatch(part):
            return True
        if allow_names and _acronym(part):
            return True  # not in a verbless fragment, whose first word is its topic ("FGC")
        for m in ROLE_RE.finditer(part):
            if part[m.end() : m.end() + 2] not in ("'s", "’s"):
                return True
        if allow_names and _name_phrase(part):
            return True
        if _role_shaped(part):
            return True
    return False


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
    character member newsletter sticker folder trainer reminder barrier
    calmer safer stronger closer bigger smaller longer shorter quicker faster slower harder
    higher lower older younger fewer greater kinder clearer firmer warmer cooler sooner"""
)
_IER_AGENTS = word_set("courier cashier farrier soldier financier furrier")
# Role words that do not have the agent shape.
_ROLE_HEADS = word_set(
    """escort chaperone lead head imam
    vicar priest pastor rabbi chaplain assistant consultant student agent agency
    provider lado salt ewo ot ifa sendco dslo service department dept office unit clinic
    charity"""
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


# "I'll apply…", "You'll send…": a plan written by the worker to the young person names them.
_CONTRACTED_SUBJECT_RE = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+|\s[-–—]\s+)(?:i|you|he|she|they)(?:'ll|’ll|\s+will)\s+[a-z]",
    re.IGNORECASE,
)
# "Bianca arranges, PA pays travel": a named owner with a verb in the present tense.
_PRESENT_SUBJECT_RE = re.compile(r"\s*((?:[\w'’+&/-]+\s+){0,3}?[\w'’+&/-]+)\s+([a-z]{3,}s)\b")


def _explicit_owner(text: str) -> bool:
    """Owner given outside the sentence subject: a field, a table cell, '(SW)', 'by the PA'."""
    if _CONTRACTED_SUBJECT_RE.search(text):
        return True
    for m in _FIELD_OWNER_RE.finditer(text):
        return names_owner(m.group(1))
    if "|" in text:
        cells = [c.strip() for c in text.split("|")[1:]]
        if any(c and ((len(c.split()) <= 6 and names_owner(c)) or _clause_owner(c)) for c in cells):
            return True  # "SW and FC", "Foster carer to sign the form and pay"
    for m in _PAREN_RE.finditer(text):
        inner = m.group(1).split(",")[0]
        if (len(inner.split()) <= 4 and names_owner(inner)) or _clause_owner(m.group(1)):
            return True  # "(SW)", "(SW to send the invite today)"
    for m in _AGENT_RE.finditer(text):
        if (
            find_timescale(m.group(0))
            and not ROLE_RE.search(m.group(1))
            and not _role_shaped(m.group(1))  # "by the contact service", not "by the contact"
        ):
            continue
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
    if len(segments) > 1 and len(segments[0].split()) <= 3 and names_owner(segments[0]):
        return True  # "SW – present the match to panel – by 30/06/2027"
    for seg in segments[1:]:
        head = seg.split(",")[0]  # "— SW Ahmed Siddiqui, 6 sessions"
        if (len(head.split()) <= 3 and names_owner(head.strip(" ."))) or _clause_owner(head):
            return True  # "Book dental check – FC – by Friday", "… - Bianca arranges"
        modal = _MODAL_RE.search(seg)
        if modal and len(seg[: modal.start()].split()) <= 4 and names_owner(seg[: modal.start()]):
            return True  # "get grade 5 in March — maths teacher to set weekly papers"
    return False


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


def _first_word(text: str) -> str:
    m = re.match(r"\s*([A-Za-z]+)", text)
    return m.group(1).lower() if m else ""


# Ordinary words that are also given names; as the whole active subject they are names.
_NAME_LIKE_WORDS = frozenset({"summer", "autumn", "april", "may", "june", "july", "august"})
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


def _is_imperative(text: str) -> bool:
    if _NOUN_SUBJECT_PASSIVE_RE.match(text) or re.match(r"\s*[A-Za-z]+\s*(?:[:–—]|\s-\s)", text):
        return False  # "Contact with siblings to be arranged", "Contact – mum – weekly": nouns
    if _CONTACT_NOUN_RE.match(text):
        return False  # "Contact with his brothers every Saturday": the noun, not the verb
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
    role = ROLE_RE.match(text.lstrip())
    if role and len(role.group(0)) > len(word):
        return False  # "Support worker to…", "Contact supervisor to…"
    if role and re.match(r"\s*[A-Za-z]+\s+(?:to|will|should|must|shall)\b", text):
        return False  # "Advocate to meet Bailey": a role, not the verb "advocate"
    return word == "to" or (word in IMPERATIVE_VERBS and word not in {"have", "be"})


_CAPS_WORD_RE = re.compile(r"\b[A-Z][A-Z'’-]*\b")


def _normal_case(text: str) -> str:
    """Records typed in capitals lose the case that tells names and verbs apart; lower them.

    A name restored to title case in such a record ("Kyran TO ATTEND…", names.py) keeps it."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 12 or sum(c.islower() for c in letters) > 0.15 * len(letters):
        return text
    return _CAPS_WORD_RE.sub(lambda m: m.group(0).lower(), text)


def check_owner(action: str) -> Finding:
    label = _LABEL_RE.match(_normal_case(action))
    owner_label = label and (
        ROLE_RE.fullmatch(label.group(1).strip())
        or _name_phrase(label.group(1))
        or _role_label(label.group(1))
        or _FIRST_PERSON_LABEL_RE.fullmatch(label.group(1).strip())
    )
    if label and owner_label:
        return Finding(True, label.group(1))  # "SW: visit monthly"
    if _explicit_owner(_normal_case(action)):
        return Finding(True)
    text = _strip_label(_normal_case(action))
    if _is_imperative(text):
        return Finding(False, "starts with a verb and names nobody")
    m = _MODAL_RE.search(text)
    if m and len(text[: m.start()].split()) <= 8:
        prefix = text[: m.start()]
        passive = _PASSIVE_RE.match(_CONTINUE_TO_RE.sub("", text[m.end() :], count=1))
        if passive and not passive.group(0).split()[-1][:1].isupper():  # "get Aiden's views"
            return Finding(False, "passive with no one named as doing it")
        if re.search(r"\b(?:continue|continues)\s*$", prefix, re.IGNORECASE):
            return Finding(False, "names nobody")
        if prefix.strip().lower() in _NAME_LIKE_WORDS:
            return Finding(True, prefix.strip())  # "Summer to engage…": a name, not a season
        return Finding(names_owner(prefix), prefix.strip())
    # A fragment ("PA visits", "Tenancy sustainment support"): its first word is capitalised
    # because it opens the line, so only roles, titles and pronouns count as owners here.
    head = _PREP_RE.split(text, maxsplit=1)[0]
    if _RECIPIENT_RE.search(head) or _FAMILY_MODIFIER_RE.match(head.strip()):
        # "CAMHS referral": CAMHS receives it; "Sibling contact": the siblings are the subject.
        return Finding(False, head.strip())
    return Finding(names_owner(head, allow_names=False), head.strip())


# "Me:", "Me and Kerry:" in a plan written by the young person: the writer is the owner.
_FIRST_PERSON_LABEL_RE = re.compile(r"(?:me|myself|i)(?:\s+(?:and|&)\s+\S.*)?", re.IGNORECASE)


def _role_label(label: str) -> bool:
    """'Maths teacher: 1:1 tuition weekly': a label that ends in a role names the owner; a
    topic label with a role inside a phrase ("Contact with dad:") does not."""
    label = label.strip()
    if _PREP_RE.search(label):
        return False
    ends_in_role = any(
        m.end() == len(label) and label[m.start() - 2 : m.start()] not in ("'s", "’s")
        for m in ROLE_RE.finditer(label)
    )
    return ends_in_role or _role_shaped(label)


def check_timescale(action: str) -> Finding:
    for m in _FIELD_TIME_RE.finditer(action):
        value = m.group(1).strip()
        # A filled-in timescale field counts ("Timescale: 4 weeks"); a placeholder does not.
        return Finding(bool(value) and not NULL_TIME_RE.match(value), m.group(0))
    found = find_timescale(action)
    return Finding(bool(found), found.group(0) if found else "")


_FAMILY_MODIFIER_RE = re.compile(
    r"(?:birth\s+)?(?:sibling|family|parent|parental|mum|dad|mother|father|grandparent|brother|"
    r"sister)s?(?:'s|’s)?\s+(?!to\b|will\b)[a-z]",
    re.IGNORECASE,
)
_RECIPIENT_RE = re.compile(r"\b(?:referral|appointment|application|assessment)\b", re.IGNORECASE)
