"""What counts as a measure, an output or an open-ended activity in an action's wording.

The vocabulary `measurable.py` judges with: stated measures ("at least 3", "grade 5", "on
file"), results stated as done, dates that make a review a decision point, shapes of open-ended
work ("do some work with…", "ongoing support re: …") and the verbs of deliberation whose purpose
is no measure. Kept apart so `measurable.py` stays about finding and judging the main verb.
"""

from __future__ import annotations

import re

from casequality.lexicon import (
    DELIVERABLE_NOUN_RE,
    DELIVERABLE_VERBS,
    IMPERATIVE_VERBS,
    ROLE_RE,
    VAGUE_OBJECT_RE,
    VAGUE_VERBS,
    lemma,
)
from casequality.mainverb import main_verb, tokens
from casequality.people import names_owner
from casequality.purpose import LIGHT_VERBS
from casequality.timescales import strip_timescales

COUNT_UNITS = r"(?:days?|weeks?|wks?|months?|years?|hours?|minutes?|mins?|terms?|fortnights?)"
# "4 times a week", "3 nights a week": how often something happens, a measure only of a
# concrete activity ("hear Ethan read 3 times a week"), not of support.
TIMES_COUNT_RE = re.compile(r"\S+\s+(?:[\w-]+\s+){0,2}(?:times|nights)", re.IGNORECASE)
# Every branch starts at a word boundary, a digit or "£": the lookahead turns other positions away
# before the engine tries each branch there (about 1.5 times faster, the same matches).
MEASURE_GUARD = r"(?=\b|[£\d])"
MEASURE_RE = re.compile(
    MEASURE_GUARD + r"(?:"
    r"\bso\s+that\b|\bso\s+(?:he|she|they|i|it|we|his|her|their|(?-i:[A-Z][\w'’-]+))\b|\bin\s+order\s+to\b"
    r"|\bevidenced\b|\bmeasured\b|\btracked\b|\bon\s+file\b|\bin\s+writing\b|\b(?:noted|logged)\s+(?:in|on)\b|\bmeasure\s+(?:\w+\s+){0,2}progress\b"
    r"|\bwithin\s+\d+\s+(?:months?|points?|marks?|%)\s+of\b|\bassessed\s+(?:in|on|against|through|using)\b|\brecord(?:ed|ing)?\s+(?:in|on|each|every)\b"
    r"|\bchecked\s+(?:by|at|on)\b|\bwith\s+the\s+aim\b|\baim(?:ing)?\s+(?:to|for)\b[^.;]{0,60}\d|\btarget(?:ing|s)?\b"
    r"|\bno\s+more\s+than\b|\bat\s+least\b(?!\s+(?:once|twice|\w+\s+times|every|weekly|monthly))|\bfewer\s+than\b|\bfrom\s+\w+\s+(?:\d+\s+)?to\s+\w+\s*\d|\bfrom\s+\S*\d\S*(?:\s+\S*\d\S*)?\s+to\s+\S*\d"
    r"|\b(?:up|down)\s+(?:by\s+)?\d|\d+\s*%|£\s?\d|\bby\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b(?:to|below|under|above|over)\s+(?:zero|none|\d+)\b|\bgrade\s+\d|\bscore\b|\boutcome\s*:|\bsuccess\b"
    r"|\buntil\s+(?:he|she|they|it|(?-i:[A-Z]\w+))\s+(?:is|are|has|gets|achieves|reaches|can)\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:[\w-]+\s+){0,2}(?!"
    + COUNT_UNITS
    + r"\b)[a-z]+s\b)",
    re.IGNORECASE,
)


ONGOING_RE = re.compile(r"^\W*(?:on-?going|continued|continuing|regular)\s+", re.IGNORECASE)
UNKNOWN_IMPERATIVE_RE = re.compile(
    r"\s*[A-Za-z]+\s+(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z][\w-]*['’]s)\b"
)
MEANS_VERBS = frozenset({"use", "utilise", "utilize", "spend"})
PRACTICE_VERBS = frozenset({"practise", "practice", "revise", "rehearse"})
MAKE_SURE_RE = re.compile(r"\bmake\s+sure\b", re.IGNORECASE)
EFFORT_RE = re.compile(
    r"\b(?:make|makes|made|making|take|takes|taken|taking)\s+(?:every\s+|all\s+|further\s+|"
    r"more\s+|an?\s+|reasonable\s+)*(?:efforts?|attempts?|steps)\s+(?=to\b)"
    r"|^\W*(?:every\s+|all\s+|further\s+)?(?:efforts?|attempts?|steps)\s+(?:are\s+|is\s+)?"
    r"(?:to|will|should|must)\s+be\s+(?:made|taken)\s+(?=to\b)",
    re.IGNORECASE,
)
# "begin to build trust" is judged by "build", not by the concrete "begin".
BEGIN_TO_RE = re.compile(
    r"\b(?:begin|begins|beginning|start|starts|starting|commence)\s+(?=to\s)", re.IGNORECASE
)
# "Behaviour — improve behaviour in lessons", "SW (AK) – look at sister contact": a topic or an
# owner (with initials in brackets) before a dash, then the action itself.
TOPIC_DASH_RE = re.compile(
    r"^\W*[A-Z][\w'’/&.]*(?:\s+[\w'’/&.]+){0,2}(?:\s*\([^)]{1,30}\))?\s+[—–-]\s+"
)
# A fragment naming support or monitoring and then its topic: the topic (often contact at a
# frequency) is not the action.
SUPPORT_TOPIC_RE = re.compile(
    r"^\W*(?:on-?going\s+|continued\s+|continuing\s+|regular\s+)?(?:support|monitoring|input|"
    r"oversight)\s+(?:re\b:?|regarding|around|with|for|of|about)",
    re.IGNORECASE,
)
ELABORATION_RE = re.compile(r"\s[-–—]\s|:\s")
# ", finished and sent by 15 May", ", arranged by SW": the result, stated as done.
PARTICIPLE_RE = re.compile(
    r"(?:,\s*|;\s*(?:[\w'’-]+\s+){1,2}?)(?:([a-z]+)\s+(?:and|&)\s+)?([a-z]+)\s+(?:to\s+(?:the\s+)?[\w'’]+\s+)?"
    r"(?:by|before|within|on)\b",
    re.IGNORECASE,
)


# "…, given by carers daily" names no result: light verbs are left out.
RESULT_VERBS = DELIVERABLE_VERBS - LIGHT_VERBS - {"see", "meet"}


def outcome_participle(text: str) -> bool:
    for m in PARTICIPLE_RE.finditer(text):
        for word in filter(None, m.groups()):
            word = word.lower()
            base = lemma(word)
            if base != word and base in RESULT_VERBS and not word.endswith("ing"):
                return True
    return False


# "keep the memory box up to date" updates a thing; "keep mum up to date" informs a person.
UP_TO_DATE_RE = re.compile(
    r"\bkeep\w*\s+(?:[\w'’-]+\s+){0,3}?([\w'’-]+)\s+up\s+to\s+date\b", re.IGNORECASE
)


def kept_up_to_date(text: str) -> bool:
    m = UP_TO_DATE_RE.search(text)
    if not m:
        return False
    head = m.group(1)
    return not (head[:1].isupper() or ROLE_RE.fullmatch(head) or head.lower() in PERSON_PRONOUNS)


PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "everyone", "everybody"})


ACTION_FIELD_RE = re.compile(
    r"\baction\s*:\s*(?P<body>.+?)(?=\s*(?:\b(?:by\s+when|when|who|owner|lead|timescale|"
    r"responsible|outcome)\s*:|$))",
    re.IGNORECASE | re.DOTALL,
)
PLACEHOLDER_RE = re.compile(
    r"^\W*(?:to\s+be\s+(?:agreed|confirmed|decided|discussed|identified)|tbc|tba|tbd|n/?a|none|"
    r"ongoing|-)\W*$",
    re.IGNORECASE,
)


def action_part(text: str) -> str:
    """The 'Action:' field of a structured entry ("Outcome: … Action: … By when: …")."""
    m = ACTION_FIELD_RE.search(text)
    return m.group("body") if m else text


# "Grandad will pop in every day", "drop round weekly": a visit in plain words.
POP_IN_RE = re.compile(r"\b(?:pop|drop|call)(?:s|ping|ped)?\s+(?:in|round|over|by)\b", re.I)
RAPPORT_RE = re.compile(
    r"\b(?:check\s+in\s+(?:with|on)|get\s+to\s+know|"
    r"(?:maintain|keep|stay)(?:s|ing)?\s+(?:(?:regular|in)\s+)?(?:contact|touch)\s+with|"
    r"keep(?:s|ing)?\s+(?:the\s+)?contact\s+going|"
    # "keep talking to Reece about county lines": a conversation with no end to it
    r"(?:keep(?:s|ing)?|carry\s+on|continue\s+to)\s+(?:talking|chatting|talk|chat)\s+(?:to|with))\b",
    re.IGNORECASE,
)
KEEP_ING_RE = re.compile(r"\b(?:keep|keeps|continue|continues|carry\s+on)\s+([a-z]{3,}ing)\b")
# Contact and visits set at a frequency are checkable: they happen on those days or they do not.
ARRANGEMENT_RE = re.compile(
    r"(?<!\bto\s)(?<!\bduring\s)\b(?:contact|family\s+time|visits|(?:phone|video|facetime)\s+calls?|"
    r"overnight\s+stays?)\b(?!\s+(?:him|her|them|(?-i:[A-Z])))",
    re.IGNORECASE,
)
# A later task: after a semicolon, or after "and" when a verb follows ("… and visit every …").
TASK_SPLIT_RE = re.compile(r";\s*|,?\s+(?:and|&|then)\s+(?=[a-z]+\b)")
# "let school know about the move" is telling them: the same as "inform school".
LET_KNOW_RE = re.compile(
    r"\blet\s+(?=(?:[\w'’]+\s+){1,2}know\b(?!\s+(?:(?:of|about)\s+any|if\s+(?:there\s+are\s+)?any)\b))",
    re.I,
)
FILL_IN_RE = re.compile(r"\bfill(?:s|ed|ing)?\s+(?:in|out)\b", re.I)


# "Do some work with Tyler", "do independence work": an activity with no end point unless it
# is booked for a date ("direct work with Aiden about contact - 26/2").
DO_WORK_RE = re.compile(
    r"\b(?:do|undertake|carry\s+out)\s+(?:some\s+|more\s+|further\s+)?(?:[\w-]+\s+){0,2}work\b"
    r"(?!\s+(?:experience|placement|shadowing))",
    re.IGNORECASE,
)
# A calendar date: "9 April", "on 29/04", "18/6/25", "March 3rd".
DATED_RE = re.compile(
    r"\b\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


PURPOSE_RE = re.compile(r"so\b.*|in\s+order\s+to", re.IGNORECASE)
EVENT_RE = re.compile(
    r"\b(?:interview|hearing|meeting|court|panel|exams?|appointment|review|assessment)\b"
)
DELIBERATIVE_VERBS = frozenset({"look", "explore", "consider", "think", "discuss", "talk"})


# A call tied to a clock time, a date or an event: "at 9pm", "by 15/08", "before every visit".
SET_TIME_RE = re.compile(
    r"\bat\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[/.]\d{1,2}\b|"
    r"\b(?:before|after)\s+(?:each|every|the|any)\b",
    re.IGNORECASE,
)
# What a timed review can be of, for it to be checkable: a document or an arrangement.
REVIEWED_THING_RE = re.compile(
    r"\b(?:plan|package|agreement|ehcp|assessment|arrangements?|dose|medication|contract|"
    r"budget|placement|order|statement|risk\s+assessment)\b"
)
FOLLOW_UP_RE = re.compile(
    r"(?:,|;|\s[-–—])\s*(?:and\s+)?(?:(?:we|i|they)\s*(?:'ll|’ll|\s+will)\s+)?"
    r"(?:check|checking|review|reviewing)\b(?:\s+in)?[^.;]*?\bwhether\b[^;]*$",
    re.IGNORECASE,
)


def means_only(action: str) -> bool:
    """The contact or visits are only the means to a vague aim, or the contact is keeping in
    touch: "PA to build a trusting relationship - fortnightly visits", "maintain contact with
    Natasha, monthly". The frequency says how often, not what will have changed."""
    text = RAPPORT_RE.sub("keep in touch with", action)
    if re.search(r"\bkeep\s+in\s+touch\b", text, re.IGNORECASE):
        return True
    head = re.split(r"\s[-–—]\s|,\s", text, maxsplit=1)[0]
    if head == text or ARRANGEMENT_RE.search(head):
        return False
    found = main_verb(head)
    if found is None:
        return False
    i, low, _ = found
    verb = lemma(low[i])
    if verb in {"continue", "try"} and i + 2 < len(low) and low[i + 1] == "to":
        verb = lemma(low[i + 2])
    return (verb in VAGUE_VERBS and verb not in {"facilitate", "support", "promote"}) or bool(
        VAGUE_OBJECT_RE.search(head)
    )


# Table cells that are not the action or its measure: a state, a status, a field label.
STATE_CELL_RE = re.compile(
    r"\b(?:i|feels?|is|are|am|was|were|has|wants?|likes?|says?|said)\b", re.IGNORECASE
)
STATUS_CELL_RE = re.compile(
    r"\s*(?:c/f|b/f|new|done|completed?|ongoing|carried\s+(?:forward|over)|outstanding)\b",
    re.IGNORECASE,
)
COLUMN_FIELD_RE = re.compile(
    r"\s*(?:status|responsible|who|owner|lead|due|by\s+when|when|date|comments?|rag)\s*:",
    re.IGNORECASE,
)


# "reading", "Times tables", "Maths – Mr Patel – by Easter": a subject named with nothing to do.
_ONE_WORD_RE = re.compile(r"\W*[A-Za-z][\w'’-]*\W*")
_TOPIC_RE = re.compile(r"^\W*[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,2}\W*$")


def topic_only(text: str) -> bool:
    """ "Dentist.", "reading", "Maths – Mr Patel – by Easter": an area named, nothing to do in it
    (a single word is always one)."""
    if _ONE_WORD_RE.fullmatch(text):
        return True
    parts = [p for p in ELABORATION_RE.split(text) if p.strip()]
    rest = [
        p
        for p in parts[1:]
        if strip_timescales(p).strip(" .,;") and not (len(p.split()) <= 4 and names_owner(p))
    ]
    if rest or not parts or not _TOPIC_RE.match(parts[0]) or names_owner(parts[0]):
        return False
    low = [t.lower() for t in tokens(parts[0])]
    return not any(lemma(w) in IMPERATIVE_VERBS for w in low) and not DELIVERABLE_NOUN_RE.search(
        parts[0]
    )


DELIVERED_RE = re.compile(
    r"^\W*(?:[\w'’()/,&-]+\s+){1,14}?(?:completed|signed|filed|drafted|submitted|sent|booked|issued|"
    r"lodged|made|held|uploaded|received|returned)(?:\s+(?:and|&)\s+[a-z]+(?:ed|en))?\b",
    re.IGNORECASE,
)
MODAL_WORD_RE = re.compile(r"\b(?:to|will|shall|should|must|need(?:s)?\s+to)\s+\w", re.IGNORECASE)
ABLE_TO_RE = re.compile(r"\b(?:will|should|to)\s+be\s+able\s+to\s+(?!continue\b)\w", re.I)
WATCHES_RE = re.compile(r"\b(?:monitor|oversee|observe)\b", re.IGNORECASE)


# Notes' shorthand for the vaguest verbs: "FC to cont. to supp. Mia w/ school".
_SHORTHAND_RE = re.compile(r"\b(?:cont(?:\.|d\b|d\.)|supp\.)", re.IGNORECASE)
_SHORTHAND = {"cont": "continue", "contd": "continue", "supp": "support"}


def expand_shorthand(action: str) -> str:
    """ "cont. to supp." written out, so the vague verbs are read as the words they stand for."""
    if "." not in action:
        return action
    return _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(0).lower().rstrip(".")], action)


def measured(text: str) -> bool:
    """A measure in the text. A purpose is no measure of deliberating: "look at moving her
    contact day so she can go to revision sessions" says why, not what will be decided."""
    for m in MEASURE_RE.finditer(text):
        if TIMES_COUNT_RE.fullmatch(m.group(0)) and re.match(
            r"\s+(?:a|an|per|each|every)\b", text[m.end() :], re.IGNORECASE
        ):
            found = main_verb(text)
            vague = found is not None and lemma(found[1][found[0]]) in VAGUE_VERBS
            # "support Ahmed's English 4 times a week": how often, not what changes; but
            # "support Mahmoud to cook his own meals three nights a week" counts what he does.
            if vague and found is not None and "to" not in found[1][found[0] + 1 : found[0] + 4]:
                continue
        if not PURPOSE_RE.fullmatch(m.group(0)):
            return True
        found = main_verb(text)  # only a purpose found so far: is the verb deliberative?
        if found is None or lemma(found[1][found[0]]) not in DELIBERATIVE_VERBS:
            return True
    return False
