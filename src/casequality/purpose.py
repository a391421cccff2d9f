"""Judging an action by what it is for: the purpose of a vague verb and the output it names.

A vague verb ("support", "help", "encourage") is measurable when its purpose is a deliverable
("support Amy to register with a GP"); a verb no list knows is measurable when the action names
something observable after it (a number, a named thing, a deliverable noun). Both judgements
live here so `measurable.py` can stay about finding the main verb.
"""

from __future__ import annotations

import re

from casequality.lexicon import (
    COMMON_CAPITALISED,
    DELIVERABLE_NOUN_RE,
    DELIVERABLE_VERBS,
    IMPERATIVE_VERBS,
    KNOWN_VERBS,
    ROLE_RE,
    VAGUE_VERBS,
    _words,
    lemma,
)

DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "my",
        "your",
        "its",
        "this",
        "that",
        "these",
        "those",
        "our",
    ]
)


# Verbs naming an open-ended activity: "encourage Ellie to eat healthily" has no end point.
ACTIVITY_VERBS = _words("activity_verbs")
RESCUE_VERBS = (DELIVERABLE_VERBS | KNOWN_VERBS) - VAGUE_VERBS - ACTIVITY_VERBS
_EVENT_NOUN_RE = re.compile(
    r"\b(?:appointments?|interview|meeting|review|session|course|exam|panel|hearing|conference|"
    r"open\s+day|assessment|fgc|pep|group|sessions)\b"
)
# Verbs of deliberation: what follows them is the topic, not a deliverable of the owner.
_DELIBERATIVE = frozenset(
    {
        "look",
        "explore",
        "consider",
        "think",
        "discuss",
        "talk",
        "speak",
        "liaise",
        "review",
        "consult",
    }
)
_GERUND_RESCUE = frozenset(
    {"complete", "attend", "submit", "book", "register", "apply", "send", "write", "finish"}
    | {"pass", "enrol", "sit", "obtain", "hold", "produce", "deliver", "present", "file"}
)
# Light verbs: made, got or done, but nothing to check unless an output follows.
LIGHT_VERBS = frozenset({"make", "get", "take", "do", "give", "have"})


def has_output(words: list[str]) -> bool:
    """Whether the words name something checkable (a deliverable noun, a number, a thing)."""
    rest = " ".join(words)
    return bool(OBSERVABLE_RE.search(rest) or DELIVERABLE_NOUN_RE.search(rest))


OBSERVABLE_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once)\b"
    r"|(?-i:\b[A-Z][a-z]+)"  # a named thing: "the Year 9 trip", "Cubs", "ESOL"
    r"|\b(?:homework|form|forms|plan|book|letter|statement|account|card|licence|bid|cv|portfolio|"
    r"brace|glasses|kit|laptop|phone|place|places|tenancy|job|certificate|id|list|minutes|"
    r"report|record|log|diary|referral|contact\s+details|copy|copies|questionnaire|profile|"
    r"chronology|genogram|letterbox|order|proceedings|appointments?|visits?|sessions?|meetings?|"
    r"tests?|results?|overnights?|stays|unsupervised|supervised|papers|documents|agenda|"
    r"invitations?|fees?|payments?|grant|membership|money|agreement|consent|confirmation|"
    # physical things whose change anyone can see: "her bedroom to be redecorated"
    r"room|bedroom|house|flat|bed|furniture|bikes?|bicycle|car|uniform|clothes|shoes|photos?|"
    r"bundle|paperwork|files?|evidence|"
    # documents made to a plan, and attainment judged against a standard
    r"timetable|schedule|budget|rota|chart|calendar|standard)\b",
    re.IGNORECASE,
)


def rescued(low: list[str], i: int) -> bool:
    """A vague verb whose purpose names a deliverable: 'support Amy to register with a GP'.

    The deliverable must be a known verb that is neither vague nor an open-ended activity
    ("encourage Ellie to eat healthily" stays vague), either after "to", as a gerund after
    "by", after "and", or as a bare verb straight after the object ("help me open an account").
    """
    deliberative = lemma(low[i]) in _DELIBERATIVE
    ensure = lemma(low[i]) == "ensure"
    teach = lemma(low[i]) == "teach"
    # Only verbs like "help" take a bare verb after their object ("help me open…").
    causative = lemma(low[i]) in {"help", "let", "make", "have", "assist", "enable", "empower"}
    for j in range(i + 1, len(low)):
        word, base = low[j], lemma(low[j])
        if word in _TIME_CONJUNCTIONS:
            break  # "support the carers until a match is identified": when, not what for
        if deliberative and low[j - 1] != "and":
            continue  # "look at ways for Jayden to see friends": the purpose is not the SW's
        if base == "prepare" and low[j - 1] == "to" and "for" not in low[j + 1 : j + 3]:
            return True  # "to prepare her statement", not "to prepare for a move"
        if ensure and j <= i + 3 and word in _HAVING and has_output(low[j + 1 : j + 6]):
            return True  # "ensure Jo has a school place", not "…has a trusted adult"
        if teach and low[j - 1] == "to" and _unknown_verb(word) and has_output(low[j + 1 : j + 5]):
            return True  # "teach Jas to ride a bike": a skill with an end point
        if (
            low[j - 1] == "to"
            and base not in LIGHT_VERBS
            and _COUNT_RE.match(" ".join(low[j + 1 : j + 3]))
        ):
            return True  # "support Callum to cook one evening meal for the house"
        if teach and j == i + 2 and _COUNT_RE.match(" ".join(low[j : j + 2])):
            return True  # "teach Lucas one new meal a fortnight"
        if base not in RESCUE_VERBS:
            continue
        if base in LIGHT_VERBS and not has_output(low[j + 1 : j + 6]):
            continue  # "empower Ben to make his own choices": made, but nothing to check
        if base == "attend" and not _EVENT_NOUN_RE.search(" ".join(low[j + 1 : j + 5])):
            continue  # "encourage Reuben to attend school" has no end point; an appointment has
        if low[j - 1] in {"to", "and"} and word == base:
            return True
        if low[j - 1] == "and" and word != base and j >= 2 and low[j - 2] == low[i]:
            return True  # "to be discussed and decided by 31/10": the decision is on record
        if low[j - 1] in {"is", "are", "gets", "get", "been"} and word != base:
            return True  # "ensure Lucy is registered with a dentist"
        if (
            word.endswith("ing")
            and base in _GERUND_RESCUE
            and low[j - 1] not in {"with", "on"}
            and low[j - 1] not in DETERMINERS  # "support Riley with his writing": a noun
        ):
            return True  # "by completing one chapter", ", completing it by July"
        if (
            low[j - 1] == "by"
            and base in {"do", "have"}
            and _EVENT_NOUN_RE.search(" ".join(low[j + 1 : j + 5]))
        ):
            return True  # "help Kieran prepare… by doing a practice interview on 4 September"
        # "help me open an account", "raise Tariq's request"; not "reduce cannabis use"
        bare = causative or low[j - 1].endswith(("'s", "’s"))
        if j <= i + 2 and word == base and low[j - 1] not in DETERMINERS and bare:
            return True
        if ensure and j <= i + 3 and word != base and word.endswith("s"):
            return True  # "make sure Anya attends her appointments": the outcome, as a fact
        # "ensure the carers receive their training": object of determiner + role.
        if (
            j == i + 3
            and word == base
            and low[i + 1] in {"the", "all"}
            and ROLE_RE.fullmatch(low[i + 2])
        ):
            return True
    return False


_HAVING = frozenset({"has", "have", "gets", "receives"})
# A count of things to be done: "one evening meal", "two new recipes" (tokens hold no digits).
_COUNT_RE = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?!of\b|day|week|month|year)\w"
)
_TIME_CONJUNCTIONS = frozenset({"until", "till", "while", "whilst"})
# Main verbs that describe a state or conduct rather than something done.
STATE_VERBS = _words("state_verbs")
NOUN_SHAPE_RE = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ure|ies|ery)$")


def _unknown_verb(word: str) -> bool:
    """A word in a verb's place ("to ride") that no list knows and that is not a noun."""
    return not (
        word in IMPERATIVE_VERBS
        or word in ACTIVITY_VERBS
        or word in STATE_VERBS
        or word in DETERMINERS
        or word in COMMON_CAPITALISED
        or lemma(word) != word
        or NOUN_SHAPE_RE.search(word)
    )


def coordinated(low: list[str], i: int) -> bool:
    """A deliverable verb joined by "and" after position i: "observe contact and write up"."""
    return any(
        low[j - 1] == "and"
        and low[j] == lemma(low[j])
        and low[j] in RESCUE_VERBS
        and low[j] not in LIGHT_VERBS
        for j in range(i + 1, len(low))
    )
