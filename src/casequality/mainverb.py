"""The main verb of an action: after the modal ("SW to *visit*"), or the imperative ("*Book*
the dentist"), skipping "continue to", "be" (marking a passive) and adverbs.

A "to" before a noun is a preposition, not the modal: "Referral to paediatrician", "Key to the
house to be decided". Used by the measurable check and its helpers.
"""

from __future__ import annotations

import re

from casequality.lexicon import (
    COMMON_CAPITALISED,
    DELIVERABLE_NOUN_RE,
    IMPERATIVE_VERBS,
    lemma,
)
from casequality.opening import _MODAL_RE, _is_imperative
from casequality.purpose import DETERMINERS
from casequality.smart import names_owner


def tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def verbal_modal(text: str) -> re.Match[str] | None:
    """First modal whose next word can be a verb: 'SW to visit', not 'Referral to CAMHS'."""
    for m in _MODAL_RE.finditer(text):
        nxt = re.match(r"[A-Za-z]+", text[m.end() :])
        if not nxt:
            continue
        word = nxt.group(0)
        if word.lower() in {"be", "been", "have", "get", "continue", "try", "also", "then"}:
            return m
        if lemma(word) in IMPERATIVE_VERBS:
            return m
        if word.lower() in DETERMINERS or word[0].isupper() or word.lower() in COMMON_CAPITALISED:
            continue
        if names_owner(word, allow_names=False):
            continue  # "Referral to paediatrician", "outcome letter to nan": a person, no verb
        before = text[: m.start()].split()
        if before and DELIVERABLE_NOUN_RE.fullmatch(before[-1].strip(",.;:")):
            continue  # "Referral to audiology", "Application to Kirkdale College": a place
        return m
    return None


# A verb-shaped first word that is the head of a familiar noun: "Work experience at the bike
# shop", "Care Leavers' Celebration event", "Contact session notes".
_NOUN_COMPOUND_RE = re.compile(
    r"\W*(?:work\s+experience|care\s+leavers?['’]?|care\s+to\s+learn|contact\s+(?:sessions?|centre|notes?)|"
    r"support\s+plan|review\s+meeting)\b",
    re.IGNORECASE,
)


def main_verb(text: str) -> tuple[int, list[str], bool] | None:
    """Index of the main verb in the token list, the tokens, and whether it is passive."""
    toks = tokens(text)
    if not toks:
        return None
    low = [t.lower() for t in toks]
    if low[0] == "to":
        i = 1
    elif (
        low[0] in IMPERATIVE_VERBS
        and low[0] not in {"have", "be"}
        and _is_imperative(text)
        and not _NOUN_COMPOUND_RE.match(text)
    ):
        i = 0
    else:
        m = verbal_modal(text)
        if not m:
            return None
        i = len(tokens(text[: m.end()]))
    passive = False
    while i < len(low) and (
        (low[i].endswith("ly") and lemma(low[i]) not in IMPERATIVE_VERBS)
        or low[i]
        in {
            "continue",
            "continues",
            "also",
            "then",
            "be",
            "been",
            "to",
            "try",
            "further",
            "jointly",
        }
    ):
        if low[i] in {"be", "been"}:
            passive = True
        if low[i] in {"continue", "continues", "try"} and (
            i + 1 >= len(low) or low[i + 1] not in {"to"}
        ):
            return i, low, passive
        i += 1
    return (i, low, passive) if i < len(low) else None
