"""SMART checks on one action: is there an owner, and a timescale? (Measurability: measurable.py.)

"The audit check is that each action has an owner, a date and a measurable outcome"
(/work/shared/domain/README.md §7, summarising the CA1989 Guidance Vol 2 principles of
planning: specific outcomes, how progress will be measured, roles and responsibilities).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casequality.brackets import is_gloss
from casequality.lexicon import (
    BLANK_VALUE,
    IMPERATIVE_VERBS,
    ROLE_RE,
    WHO_LABEL,
    lemma,
)
from casequality.opening import _MODAL_RE, _is_imperative, _subject_modal
from casequality.people import (
    SERVICE_OWNER_RE,
    _acronym,
    _name_phrase,
    _role_shaped,
    names_owner,
)
from casequality.timescales import NULL_TIME_RE, find_timescale, strip_timescales

# "SW:", "Health:", "ASD assessment for Ruben:": a label before the action, up to five words.
_LABEL_RE = re.compile(
    r"^\s*([A-Za-z][\w/&'’-]*(?:\s+(?!re\s*:)[A-Za-z0-9][\w/&'’-]*){0,4})\s*:\s+", re.IGNORECASE
)
_NULL_OWNER_RE = re.compile(
    r"\s*(?:" + BLANK_VALUE + r"|to\s+be\s+(?:allocated|confirmed|agreed|identified))?\W*",
    re.IGNORECASE,
)
_EMPTY_OWNER_CELL_RE = re.compile(
    r"\|\s*(?:who|owner|responsible|by\s+whom|lead)\s*:\s*(?:tbc|tba|n/?a|-+)?\s*(?:\||$)",
    re.IGNORECASE,
)
_FIELD_OWNER_RE = re.compile(
    r"\b(?:owner|" + WHO_LABEL + r"|"
    r"responsible(?:\s+(?:person|officer))?|resp\s+officer|lead|by\s+whom|person\s+responsible)"
    r"[ \t]*[:=–—-][ \t]*"
    r"([^;|\n.]+)",
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
_RECEIVES_RE = re.compile(
    r"\s*(?:receive|get)\s+(?:[\w-]+\s+){0,2}(?:support|help|input|therapy|counselling)\b",
    re.IGNORECASE,
)
_DASH_SPLIT_RE = re.compile(r"\s[-–—]\s")
_PASSIVE_CLAUSE_RE = re.compile(
    r"\s*(?:[\w'’-]+\s+){1,5}(?:to|will|should|must)\s+be\s+[a-z]+(?:ed|en|t)\b(?!\s+by\b)"
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
