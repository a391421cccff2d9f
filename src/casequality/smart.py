"""SMART checks on one action: is there an owner, and a timescale? (Measurability: measurable.py.)

"The audit check is that each action has an owner, a date and a measurable outcome"
(/work/shared/domain/README.md §7, summarising the CA1989 Guidance Vol 2 principles of
planning: specific outcomes, how progress will be measured, roles and responsibilities).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casequality.explicitowner import _explicit_owner
from casequality.lexicon import ROLE_RE
from casequality.opening import _is_imperative, _subject_modal
from casequality.people import (
    SERVICE_OWNER_RE,
    _acronym,
    _name_phrase,
    _role_shaped,
    names_owner,
)
from casequality.timescales import NULL_TIME_RE, find_timescale

# "SW:", "Health:", "ASD assessment for Ruben:": a label before the action, up to five words.
_LABEL_RE = re.compile(
    r"^\s*([A-Za-z][\w/&'’-]*(?:\s+(?!re\s*:)[A-Za-z0-9][\w/&'’-]*){0,4})\s*:\s+", re.IGNORECASE
)
_EMPTY_OWNER_CELL_RE = re.compile(
    r"\|\s*(?:who|owner|responsible|by\s+whom|lead)\s*:\s*(?:tbc|tba|n/?a|-+)?\s*(?:\||$)",
    re.IGNORECASE,
)
_FIELD_TIME_RE = re.compile(
    r"\b(?:timescales?|when|by\s+when|deadline|due(?:\s+dt)?|target\s+(?:date|dt))"
    r"[ \t]*[:=–—-][ \t]*([^;|\n]*)",
    re.IGNORECASE,
)
# "be" + past participle is passive; "be aware", "be available" are not.
_PASSIVE_RE = re.compile(
    r"^(?:be|been|get)\s+(?!(?:involved|engaged|committed|prepared)\b)(?:\w+(?:ed|en|wn|lt|pt|ght)|made|done|seen|kept|held|sent|told|given|"
    r"taken|met|paid|set|put|found|brought|written|known|shown|built|sold|read|run|sat)\b",
    re.IGNORECASE,
)
# "Sami to continue to be supported": still a passive with nobody named.
_CONTINUE_TO_RE = re.compile(r"^(?:continue|keep\s+on)\s+to\s+", re.IGNORECASE)
_RECEIVES_RE = re.compile(
    r"\s*(?:receive|get)\s+(?:[\w-]+\s+){0,2}(?:support|help|input|therapy|counselling)\b",
    re.IGNORECASE,
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
    text = _STATUS_PREFIX_RE.sub("", text)  # "(c/f) Chris to complete…"
    m = _LABEL_RE.match(text)
    return text[m.end() :] if m else text


_AGREED_THAT_RE = re.compile(
    r"^\s*(?:we|i|it\s+was)\s+(?:have\s+)?(?:agreed|decided)\s+(?:that\s+)?(?=\S+(?:\s+\S+){0,3}\s+will\b)",
    re.IGNORECASE,
)
_STATUS_PREFIX_RE = re.compile(
    r"^\s*(?:[(\[]\s*(?:c/f|b/f|cf|bf|new|ongoing|carried\s+(?:forward|over)|update[d]?)\s*[)\]]"
    r"|(?:c/f|b/f|new|carried\s+(?:forward|over))\s*:)\s*",  # "(c/f) Chris to…", "New: JB – …"
    re.IGNORECASE,
)


# Ordinary words that are also given names; as the whole active subject they are names.
_NAME_LIKE_WORDS = frozenset(
    {"summer", "autumn", "april", "may", "june", "july", "august", "jan", "hope", "grace"}
)


_STATE_AFTER_RE = re.compile(
    r"(?:not\s+go\s+missing|have\s+been|be\s+(?:living|attending|settled|safe))\b",
    re.IGNORECASE,
)


_CAPS_WORD_RE = re.compile(r"\b[A-Z][A-Z'’-]*\b")


def _normal_case(text: str) -> str:
    """Records typed in capitals lose the case that tells names and verbs apart; lower them.

    A name restored to title case in such a record ("Kyran TO ATTEND…", names.py) keeps it."""
    letters = sum(map(str.isalpha, text))
    if letters <= 12 or sum(map(str.islower, text)) > 0.15 * letters:
        return text
    return _CAPS_WORD_RE.sub(lambda m: m.group(0).lower(), text)


# A task app's assignee, "@k.patel", "@iro.hatherley"; not an email address ("jo@council.gov").
_MENTION_RE = re.compile(r"(?<![\w.@])@[A-Za-z][\w.-]*\w")


def check_owner(action: str) -> Finding:
    action = _STATUS_PREFIX_RE.sub("", action)
    if _EMPTY_OWNER_CELL_RE.search(action):
        return Finding(False, "the owner box is empty")  # "| Who: | By:"
    mention = _MENTION_RE.search(action)
    if mention:
        return Finding(True, mention.group(0))  # "@k.patel · Due: Fri": a task app's assignee
    # '"I will go to ESOL every Monday"' in the young person's own section: the speaker
    action = re.sub(r"^\s*(?:[A-Z][\w'’ ]{0,30}:\s*)?[\"“‘']\s*(?=I\b)", "", action)
    if _FIRST_PERSON_WILL_RE.match(action):
        return Finding(True, "I")  # "I'll ring the college…", "Money – we'll book…" (as "We will")
    if re.match(r"\s*(?:me|myself)\s*[-–—:]\s", action, re.IGNORECASE):
        return Finding(True, "me")  # "me — get my provisional licence": the young person's own
    if re.match(r"\s*I(?:['’]d|\s+would)\s+\w", action):
        return Finding(True, "I")  # "I said I'd email the housing officer": the writer
    if _NEEDS_DOING_RE.match(action):
        return Finding(False, "says what needs doing, not who will do it")
    # "We agreed that Ben will start…": who was agreed on is the owner, not who agreed.
    action = _AGREED_THAT_RE.sub("", action)
    label = _LABEL_RE.match(_normal_case(action))
    owner_label = label and (
        ROLE_RE.fullmatch(label.group(1).strip())
        or _name_phrase(label.group(1))
        or _role_label(label.group(1))
        or _FIRST_PERSON_LABEL_RE.fullmatch(label.group(1).strip())
        or _acronym(label.group(1))  # "NS: contact every care leaver monthly"
        or _action_for(label.group(1))  # "Action for SW: update the chronology"
    )
    if label and owner_label:
        return Finding(True, label.group(1))  # "SW: visit monthly"
    if _explicit_owner(_normal_case(action)):
        return Finding(True)
    text = _strip_label(_normal_case(action))
    if _is_imperative(text):
        return Finding(False, "starts with a verb and names nobody")
    m = _subject_modal(text)
    # "Lacey, together with her PA Mr Dean Hartley, will…": the company kept is not the subject
    subject = _without_lead_time(text[: m.start()]) if m else ""
    if m and len(_TOGETHER_WITH_RE.sub("", subject).split()) <= 8:
        prefix = subject
        passive = _PASSIVE_RE.match(_CONTINUE_TO_RE.sub("", text[m.end() :], count=1))
        if passive and not passive.group(0).split()[-1][:1].isupper():  # "get Aiden's views"
            return Finding(False, "passive with no one named as doing it")
        if re.search(r"\b(?:continue|continues)\s*$", prefix, re.IGNORECASE):
            return Finding(False, "names nobody")
        if _RECEIVES_RE.match(_CONTINUE_TO_RE.sub("", text[m.end() :], count=1)):
            # "Jack will continue to receive therapeutic support": Jack receives; who gives it?
            return Finding(False, "names who receives the help, not who gives it")
        if _STATE_AFTER_RE.match(text[m.end() :]) and not ROLE_RE.search(prefix):
            # "Jayden will be attending school", "Mason will not go missing": a state to be
            # reached or kept, said of the child; nobody is named to bring it about ("Ruby to
            # remain in foster care" is left alone: labellers split on it evenly)
            return Finding(False, "names a state to be reached, not who will act")
        if prefix.strip().lower() in _NAME_LIKE_WORDS:
            return Finding(True, prefix.strip())  # "Summer to engage…": a name, not a season
        if _RECEIVED_HEAD_RE.search(prefix):
            return Finding(False, prefix.strip())  # "Grandad contact to increase…"
        if SERVICE_OWNER_RE.fullmatch(re.sub(r"^\s*the\s+", "", prefix.strip(), flags=re.I)):
            return Finding(True, prefix.strip())  # "Home to complete hourly checks"
        return Finding(names_owner(prefix), prefix.strip())
    # A fragment ("PA visits", "Tenancy sustainment support"): its first word is capitalised
    # because it opens the line, so only roles, titles and pronouns count as owners here.
    head = _PREP_RE.split(text, maxsplit=1)[0]
    if _RECIPIENT_RE.search(head) or _FAMILY_MODIFIER_RE.match(head.strip()):
        # "CAMHS referral": CAMHS receives it; "Sibling contact": the siblings are the subject.
        return Finding(False, head.strip())
    return Finding(names_owner(head, allow_names=False), head.strip())


def _action_for(label: str) -> bool:
    """ "Action for SW", "Actions for Mum and Dad": a label that names whose the action is."""
    m = re.fullmatch(r"\s*(?:agreed\s+)?(?:actions?|tasks?)\s+for\s+(.+)", label, re.IGNORECASE)
    return m is not None and names_owner(m.group(1))


# "I'll ring the college", "b) We'll book…", and after the item's topic: "Money – we'll add…".
_FIRST_PERSON_WILL_RE = re.compile(
    r"\s*(?:\(?[a-z0-9]\)\s*)?(?:[A-Z][\w'’/&]*(?:\s[\w'’/&]+){0,2}\s[-–—]\s+)?(?:I|we)['’]ll\s+\w",
    re.IGNORECASE,
)
# "Tigrinya interpreter needs booking", "Skye's school needs telling": a passive by another name.
_NEEDS_DOING_RE = re.compile(
    r"\s*(?!(?:i|we|you)\b)(?:[\w'’-]+\s+){1,5}?needs?\s+(?!(?:nothing|everything|something)\b)"
    r"[a-z]+ing\b",
    re.IGNORECASE,
)
_TOGETHER_WITH_RE = re.compile(r",\s*(?:together|along)\s+with\s+[^,]{1,60},", re.IGNORECASE)


_LEAD_TIME_RE = re.compile(r"\s*(?:by|on|\d)", re.IGNORECASE)


def _without_lead_time(prefix: str) -> str:
    """ "By 30 May the supervising social worker, Tom Barrowclough,": the subject, without the
    time the sentence opens with."""
    if not _LEAD_TIME_RE.match(prefix):
        return prefix  # a lead-in time opens "By …", "On …" or with a date
    lead = find_timescale(prefix)
    if lead is None or prefix[: lead.start()].strip(" ,").lower() not in ("", "by", "on"):
        return prefix
    return re.sub(r"^[\s,]*(?:\([^)]*\)[\s,]*)?", "", prefix[lead.end() :]) or prefix


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
_RECIPIENT_RE = re.compile(
    r"\b(?:referral|appointment|appt|application|assessment|registration)\b", re.IGNORECASE
)
# A subject whose head is something done to or with the person before it: "Grandad contact",
# "GP registration", "Dentist appointment". "SW visits" is different: the SW makes them.
_RECEIVED_HEAD_RE = re.compile(
    r"\b(?:contact|referral|appointment|appt|registration|application)s?\s*$", re.IGNORECASE
)
