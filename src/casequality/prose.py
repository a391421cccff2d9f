"""Sentences, and the tasks written inside them, in plans with no list structure.

Plans written as prose ("We talked about college. The DT will keep an eye on his attendance.")
hold their tasks in sentences, sometimes at the end of a sentence that opens as a report
("School said his behaviour has slipped, and the DT will keep an eye on this"), or several to a
sentence split by semicolons. `sentences` splits text into sentences without breaking at "Mr."
or "e.g."; `prose_units` gives the candidate tasks of a paragraph.
"""

from __future__ import annotations

import re

from casequality.actionlike import is_action_like
from casequality.spans import Span, comma_parts
from casequality.spans import sub_span as _sub

_SENT_END_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
_ABBREV_RE = re.compile(
    r"\b(?:mr|mrs|ms|dr|st|e\.g|i\.e|approx|re|vs|cf|incl|dept|tel)\.$",
    re.IGNORECASE,
)


_INITIALS_END_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")


def sentences(span: Span) -> list[Span]:
    """Split prose into sentences, keeping offsets and skipping abbreviations like 'Mr.'."""
    out: list[Span] = []
    cursor = 0
    for m in _SENT_END_RE.finditer(span.text):
        if _ABBREV_RE.search(span.text[cursor : m.start()].rstrip("\"'”’)")):
            continue
        if (
            _INITIALS_END_RE.search(span.text, 0, m.start())
            and span.text[m.end() : m.end() + 1].islower()
        ):
            continue  # "Nadia to help T.J. write to his uncle": initials, not a full stop
        piece = _sub(span, cursor, m.start())
        if piece.text:
            out.append(piece)
        cursor = m.end()
    tail = _sub(span, cursor, len(span.text))
    if tail.text:
        out.append(tail)
    return out


def prose_units(body: Span) -> list[Span]:
    units: list[Span] = []
    for sent in sentences(body):
        for part in _semicolon_parts(sent):
            for piece in _slash_parts(part):
                units.extend(_buried_task(p) for p in comma_parts(piece))
    return units


_SPACED_SLASH_RE = re.compile(r"\s/\s")


def _slash_parts(part: Span) -> list[Span]:
    """ "PA to do the housing referral / PA to go with S to the midwife 28/5 / grant appl by
    30/6": tasks run on with spaced slashes, as in a hurried note. Split only when every piece
    has three words or more and at least two are tasks ("top up / key issue" is one thing)."""
    if " / " not in part.text:
        return [part]
    pieces, cursor = [], 0
    for m in _SPACED_SLASH_RE.finditer(part.text):
        pieces.append(_sub(part, cursor, m.start()))
        cursor = m.end()
    pieces.append(_sub(part, cursor, len(part.text)))
    if all(len(p.text.split()) >= 3 for p in pieces) and (
        sum(is_action_like(p.text) for p in pieces) >= 2
    ):
        return pieces
    return [part]


# "School said his behaviour has slipped, and the DT will keep an eye on this": a task joined
# to a report by "and" or "so", with a subject and a "will" of its own.
_BURIED_TASK_RE = re.compile(
    r"(?:,\s*|\s)(?:and|so)\s+(?=(?:the\s+|a\s+|an\s+|this\s+|[A-Z][\w'’]+\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\s+will\s+(?!not\b)[a-z])"
    # "I said I'd email the housing officer": the writer's promise, reported
    r"|\b(?:said|agreed|promised)\s+(?=I(?:['’]d|\s+would|\s+will)\s)"
)
# "… and this will be looked into", "I'd email…": tasks is_action_like does not know.
_PROMISE_RE = re.compile(
    r"(?:(?:this|it)\s+will\s+be\s+[a-z]+(?:ed|en)\b|I(?:['’]d|\s+would)\s+(?!like|love|prefer)\w)"
)


def promised(unit: Span, text: str) -> bool:
    """ "… and this will be looked into", or a promise reported as "I said I'd…" (not the
    child's "I'd go to my aunt's" in a quotation)."""
    m = _PROMISE_RE.match(unit.text)
    if m is None:
        return False
    return not unit.text.startswith("I") or bool(
        re.search(r"\b(?:said|agreed|promised)\s+$", text[: unit.start])
    )


def _buried_task(part: Span) -> Span:
    """The task at the end of a narrative sentence, or the sentence as it is."""
    if is_action_like(part.text):
        return part
    found = None
    for m in _BURIED_TASK_RE.finditer(part.text):
        # "(paid £7.55/hr, so UC will reduce)": an aside in brackets is not a task
        if part.text.count("(", 0, m.start()) <= part.text.count(")", 0, m.start()):
            found = m
    if found is None:
        return part
    tail = Span(part.text[found.end() :], part.start + found.end(), part.end)
    return tail if is_action_like(tail.text) or _PROMISE_RE.match(tail.text) else part


# "; certificate to be placed on file", "; aim: grade 4 in the mock": the evidence or aim of
# the action before the semicolon, not a new action.
_ATTACHED_RE = re.compile(
    r"\s*(?:(?:aim|target|evidence|measure|outcome)\s*:|(?:[\w'’-]+\s+){1,4}(?:to\s+be|will\s+be)\s+"
    r"(?:placed|kept|filed|recorded|uploaded|logged|saved|stored|noted)\s+(?:on|in|onto)\b)",
    re.IGNORECASE,
)


def _semicolon_parts(sent: Span) -> list[Span]:
    if ";" not in sent.text:
        return [sent]
    parts, cursor = [], 0
    for m in re.finditer(";", sent.text):
        parts.append(_sub(sent, cursor, m.start()))
        cursor = m.end()
    parts.append(_sub(sent, cursor, len(sent.text)))
    parts = [p for p in parts if p.text]
    if len(parts) > 1 and any(is_action_like(p.text) for p in parts):
        # "send your attendance monthly; target 90%": a short fragment after an action belongs
        # to it (a target, a date, a note), not to a new action.
        merged: list[Span] = []
        for p in parts:
            short = len(p.text.split()) <= 4 and not is_action_like(p.text)
            if merged and (short or _ATTACHED_RE.match(p.text)):
                prev = merged[-1]
                if is_action_like(prev.text):
                    merged[-1] = _sub(sent, prev.start - sent.start, p.end - sent.start)
                    continue
            merged.append(p)
        return merged
    return [sent]
