"""Supervision actions carried over unchanged from the previous session.

Inspectors report supervision "repeating the same actions" session after session, which is
how drift shows in a record. An action is a repeat when, after setting aside its owner and
trivial words, its wording is near-identical to an action in the previous session. Its date does
not make it new: an action re-set with only a later date is the commonest way one is carried
over unchanged, and every independent labeller since blind41 who met such a case read it so.
An action given a date it lacked has been made time-bound, which is a change; so is one re-set
with the reason for its new date, written beside it ("… by 04/04, as the screening will be done
by 31/03") or in this session's report on last time's actions ("not completed; off sick"). Most
labellers read it so (ten sets to two, blind117 and blind121 dissenting).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from casequality.headingkinds import PREVIOUS
from casequality.headings import sections
from casequality.lexicon import IMPERATIVE_VERBS, lemma
from casequality.segment import Span, split_actions
from casequality.timescales import FREQUENCY_RE, TIMESCALE_RE, fold, strip_timescales

# Similarity at or above this counts as "near-identical". 0.8 accepts "support family" versus
# "support the family", and rejects a changed verb or object.
THRESHOLD = 0.8

_OWNER_PREFIX_RE = re.compile(
    r"^(?:[\w'’()-]+\s+){0,4}?(?:will|shall|should|must|to|needs?\s+to)\s+(?!be\b)", re.IGNORECASE
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "and",
        "of",
        "for",
        "with",
        "by",
        "on",
        "at",
        "in",
        "this",
        "that",
        "his",
        "her",
        "their",
    ]
)


def _words(text: str) -> list[str]:
    text = strip_timescales(text).lower().replace("-", " ")
    words = (re.sub(r"'s$", "", w) for w in re.findall(r"[a-z0-9']+", text))
    return [w for w in words if w not in _STOP]


_ITEM_NUMBER_RE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\[\d{1,2}\])\s+")


@lru_cache(maxsize=4096)
def _normalised(text: str) -> tuple[str, ...]:
    """`_normalise`, kept: each action is compared with every action of the other session."""
    return tuple(_normalise(text))


def _normalise(text: str) -> list[str]:
    text = _ITEM_NUMBER_RE.sub("", text)  # "3. SW to chase RHA." after "2. SW to chase RHA."
    text = _STATUS_NOTE_RE.sub(" ", text)  # a progress note is not part of the action's wording
    text = _STATUS_CELL_RE.sub("", _CARRIED_RE.sub(" ", text))  # "| not done", "| new"
    text = _DASHED_OWNER_RE.sub("", text.strip())  # "Passport application – SW – 19/12"
    owner = _OWNER_PREFIX_RE.match(text)
    kept = _words(text[owner.end() :] if owner else text)
    if owner and len(kept) <= 1:
        # "Life story work to start": what stood before "to" is the thing done, not its owner.
        kept = kept + _words(text[: owner.end()])
        kept = [w for w in kept if w not in {"to", "will", "should", "must", "needs"}]
    # "keep attending the group" is "attend the group"; "continue to visit" is "visit".
    if len(kept) > 1 and kept[0] in _KEEP_ON:
        kept = [lemma(kept[1]), *kept[2:]]
    # "Passport application", "Referral to the school nurse": the noun names the verb.
    for k in range(min(4, len(kept))):
        if kept[k] in _NOMINALS and not any(w in IMPERATIVE_VERBS for w in kept[:k]):
            return [_NOMINALS[kept[k]], *kept[:k], *kept[k + 1 :]]
    # "complete the CAMHS referral" is "refer to CAMHS" reworded: a light verb with a
    # nominalised action is read as that action's own verb, so rewording does not hide drift.
    if kept and kept[0] in _LIGHT_VERBS:
        rest = kept[2:] if kept[1:2] == ["out"] else kept[1:]
        for k, w in enumerate(rest):
            if w in _NOMINALS:
                return [_NOMINALS[w], *rest[:k], *rest[k + 1 :]]
        return ["do", *rest]  # "undertake direct work" = "complete direct work"
    return kept


_KEEP_ON = frozenset({"keep", "continue", "carry"})
_DASHED_OWNER_RE = re.compile(r"\s[-–—]\s*(?:[A-Za-z/&+ ]{1,20})\s*(?=[-–—]|$)")
_LIGHT_VERBS = frozenset({"complete", "make", "do", "undertake", "carry", "send", "progress"})
_NOMINALS = {
    "referral": "refer",
    "application": "apply",
    "assessment": "assess",
    "visit": "visit",
    "booking": "book",
    "registration": "register",
    "enrolment": "enrol",
    "submission": "submit",
    "request": "request",
    "arrangements": "arrange",
}


@lru_cache(maxsize=4096)
def _deadlines(text: str) -> frozenset[str]:
    """The dates and deadlines an action states, leaving out how often it happens."""
    text = _STATUS_NOTE_RE.sub(" ", text)  # "(on track - mum finished rehab on 18 May)"
    return frozenset(
        " ".join(m.group(0).strip(" .,;:").split())  # "by 30 June." is "by 30 June"
        for m in TIMESCALE_RE.finditer(fold(text))
        if not FREQUENCY_RE.fullmatch(m.group(0))
    )


_CARRIED_RE = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:done|started|completed|achieved|actioned|met)|carried(?:\s+(?:over|forward))?|"
    r"c/f|no\s+progress|outstanding|still\s+(?:to\s+do|outstanding|waiting)|rolled\s+over)\b",
    re.IGNORECASE,
)
_STATUS_CELL_RE = re.compile(
    r"\|\s*(?:new|done|complete[d]?|in\s+progress|on-?going|started|open|closed|-)?\s*$",
    re.IGNORECASE,
)
# This session's own record says the action is finished: a status cell or a closing note.
_DONE_NOW_RE = re.compile(
    r"\|\s*(?:done|complete[d]?|achieved|closed|booked|sent|arranged)\s*\|?\s*$|[-–—(]\s*(?:done|completed?|closed)\b[^|]*$"
    r"|\b(?:done|completed)\s+(?:on\s+)?\d{1,2}[/.]\d{1,2}"  # "visit done 28/02"
    r"|\breallocated\b",  # a new owner: changed, not carried over unchanged
    re.IGNORECASE,
)
# A progress note in brackets reports what happened; its dates are not the action's.
_STATUS_NOTE_RE = re.compile(
    r"\((?=[^)]*\b(?:on\s+track|done|completed?|started|update[ds]?|progress|achieved|delayed|"
    r"chased|awaiting|received)\b)[^)]*\)",
    re.IGNORECASE,
)


# Why the date moved, written beside the action: it was re-planned, not let drift.
_REASON_FOR_DATE_RE = re.compile(
    r"\b(?:delayed|moved|extended|revised|new\s+(?:deadline|date|hearing)|re-?scheduled|"
    r"re-?arranged|postponed|put\s+back|because|due\s+to|as\s+(?:mum|dad|the|she|he|they)\b|"
    # "by 04.04.2025, as HRA screening will be completed by SW by 31.03": what it waits on
    r"as\s+(?:[\w'’-]+\s+){1,4}(?:will|is|has|was|are|have|had)\s|once|awaiting|waiting\s+for|"
    r"confirmed)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _frequency(text: str) -> str:
    return " ".join(m.group(0).lower() for m in FREQUENCY_RE.finditer(text))


def similarity(a: str, b: str, *, explained: bool = False) -> float:
    """Similarity of two actions' wording once owners, timescales and stop-words are removed.

    The word-sequence ratio catches near-identical wording; the word-set overlap catches the
    same action reordered ("request dad's DBS" / "request DBS check for dad") provided the verb
    is the same and every word of the shorter action is in the longer. `explained`: this
    session's report on last time's actions says why this one was not done, so its new date
    was set for a reason (`explained_in_progress`).
    """
    ta, tb = _normalised(a), _normalised(b)
    if not ta or not tb:
        return 0.0
    fa, fb = _frequency(a), _frequency(b)
    if fa and fb and fa != fb:
        return 0.0  # "visit fortnightly" after "visit weekly" is a changed plan, not drift
    dates, before = _deadlines(a), _deadlines(b)
    if dates != before and (
        explained
        or _REASON_FOR_DATE_RE.search(a)
        or (not (dates and before) and not _CARRIED_RE.search(a))
    ):
        # Given a date it lacked (or losing one), or re-set with the reason written beside it
        # ("by 20/09 (revised court date)"): a change someone made and explained. Merely
        # re-set with a new date, it is the same action carried over - drift, as inspectors
        # read it.
        return 0.0
    ratio = SequenceMatcher(None, ta, tb, autojunk=False).ratio()
    sa, sb = set(ta), set(tb)
    small = min(len(sa), len(sb))
    if ta[0] == tb[0] and small >= 3 and len(sa & sb) / small >= 0.9:
        return max(ratio, THRESHOLD)
    return ratio


def repeated_actions(text: str, previous_text: str) -> list[tuple[int, Span, int, Span]]:
    """(current index, current action, previous index, previous action) for each repeat."""
    current = split_actions(text)
    previous = split_actions(previous_text, previous_are_actions=True)
    progress = progress_notes(text)
    repeats = []
    for i, act in enumerate(current):
        if _DONE_NOW_RE.search(act.text):
            continue  # "… | 01/07 | complete": reported done this session, not repeated
        explained = explained_in_progress(act.text, progress)
        scored = (similarity(act.text, p.text, explained=explained) for p in previous)
        best = max(((s, j) for j, s in enumerate(scored)), default=(0.0, -1))
        if best[0] >= THRESHOLD:
            repeats.append((i, act, best[1], previous[best[1]]))
    return repeats


# Why last time's action was not done, in this session's report on it: "Staying Put e-learning
# – not completed; Tom was off sick w/c 21.04", "referral - not submitted; PA waiting for the
# HRA screening". A bare "not done." gives no reason.
_PROGRESS_REASON_RE = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:done|started|completed|submitted|sent|booked|held|received)|"
    r"delayed|postponed|cancelled|outstanding)\b[^;:\n]*[;:]\s*\S|"
    r"\b(?:because|due\s+to|off\s+sick|on\s+leave|waiting\s+for|awaiting)\b",
    re.IGNORECASE,
)


def progress_notes(text: str) -> list[str]:
    """The lines of this session's report on last time's actions."""
    return [
        line
        for sec in sections(text)
        if sec.kind == PREVIOUS
        for line in sec.body.text.splitlines()
        if line.strip()
    ]


def explained_in_progress(action: str, progress: list[str]) -> bool:
    """Whether the progress note on this action (the one sharing most of its words) gives a
    reason it was not done."""
    words = set(_normalised(action))
    if not words or not progress:
        return False
    shared, note = max((len(words & set(_normalised(n))), n) for n in progress)
    return (
        shared >= 2 and shared * 2 >= min(len(words), 6) and bool(_PROGRESS_REASON_RE.search(note))
    )
