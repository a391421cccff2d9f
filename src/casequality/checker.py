"""`check()`: run the checks that apply to a document's kind and return its flags."""

from __future__ import annotations

import re
from dataclasses import replace

from casequality.blocks import block_fields
from casequality.chat import message_owners, thread_owner
from casequality.contingency import assess_contingency
from casequality.fields import list_owner, measure_text, owner_text, record_owner
from casequality.flags import (
    ACTION_NO_OWNER,
    ACTION_NO_TIMESCALE,
    ACTION_NOT_MEASURABLE,
    APPLICABLE,
    KINDS,
    NO_CHILD_VOICE,
    NO_CONTINGENCY,
    OVERSIGHT_NO_RATIONALE,
    SUPERVISION_REPEATED_ACTIONS,
    Flag,
    short_quote,
)
from casequality.headings import sections
from casequality.measurable import check_measurable
from casequality.opening import starts_with_verb
from casequality.oversight import assess_oversight
from casequality.people import declared_initials, names_owner
from casequality.reading import prepared, readable
from casequality.secondopinion import (
    NO_RATIONALE,
    NO_VOICE,
    second_opinion,
    second_opinion_on_record,
)
from casequality.segment import Section, Span, split_actions
from casequality.smart import check_owner, check_timescale
from casequality.spans import LIST_MARK_RE, section_at
from casequality.supervision import repeated_actions
from casequality.tables import table_columns
from casequality.voice import find_negative_voice, find_voice


def actions_of(
    kind: str, text: str, secs: list[Section] | None = None, *, thread: bool = False
) -> list[Span]:
    """The actions a document of `kind` holds: the whole text for kind 'action'. `thread`: the
    record is a saved message thread."""
    if kind == "action":
        stripped = text.strip()
        if not stripped:
            return []
        start = text.find(stripped)
        # "Action — Tyler BIRCH (15)" over the task: the title names whom it is for, not who
        # does it; "Date of entry: …", "Recorded by: …" over "Action: …": the entry's labels
        title = (
            _ACTION_TITLE_RE.match(stripped)
            or _ENTRY_LABELS_RE.match(stripped)
            or _SYSTEM_HEADER_RE.match(stripped)
        )
        if title and stripped[title.end() :].strip():
            rest = stripped[title.end() :].strip()
            start = text.find(rest, start + title.end())
            stripped = rest
        # "Foster carer rang. Maisie still waking…" then "ACTION: Referral to CAMHS…": the
        # note's account of what happened, then the action it led to
        labelled = _LATER_ACTION_LABEL_RE.search(stripped)
        if labelled and ":" not in stripped[: labelled.start()]:  # (not "Responsible: IRO")
            start += labelled.start(1)
            stripped = stripped[labelled.start(1) :]
        return [Span(stripped, start, start + len(stripped))]
    return split_actions(text, secs, thread=thread)


_ENTRY_LABELS_RE = re.compile(
    r"(?:(?!(?:responsible|who|owner|lead|assigned|person|allocated)\b)[A-Z][\w /'’()|-]{0,30}:"
    r"[^\n]*\n\s*)+?(?=(?:agreed\s+)?action(?:\s+required)?\s*:)",
    re.IGNORECASE,
)
# "Case Note | Created: 11.04.2025 09:40 | Author: … | Team: …" then "NOTE TYPE: Action": a
# case-management system's stamp on the entry; its author wrote the note, not the task.
_SYSTEM_HEADER_RE = re.compile(
    r"[^\n|:]{0,40}(?:\|\s*(?:created|author|team|date|time|recorded\s+by|entered\s+by|"
    r"note\s+type|type|id|ref)\s*:[^\n|]*)+\n\s*(?:(?:note\s+|entry\s+)?type\s*:[^\n]*\n\s*)?",
    re.IGNORECASE,
)
_LATER_ACTION_LABEL_RE = re.compile(r"\n\s*((?:ACTION|Action)(?:\s+agreed)?\s*:\s*\S)")
_ACTION_TITLE_RE = re.compile(r"(?:single\s+)?action\s*(?:[—–-]|\()[^:\n]*\n", re.IGNORECASE)


_SECTION_NUMBER_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+(?=[A-Za-z])")


def _action_flags(
    index: int,
    action: Span,
    codes: frozenset[str],
    *,
    owned_by_lead_in: bool = False,
    owner_decided: bool = False,
    timed: bool = False,
    columns: tuple[list[str], str | None, bool] | None = None,
) -> list[Flag]:
    flags = []
    quoted = f"'{short_quote(action.text)}'"
    # "5.2 Mum to address…": a section number in a numbered template is not part of the action.
    body = _SECTION_NUMBER_RE.sub("", action.text)
    field = record_owner(body)
    if owner_decided:
        owned = owned_by_lead_in
    else:
        owned = owned_by_lead_in or (check_owner(owner_text(body)).ok if field is None else field)
    when_empty = False
    if columns is not None:
        # A table row whose Who or When cell was left empty: only its text cells can still
        # name someone ("SW to attend") or a time; its RAG or update cells cannot.
        cells, who, when_empty = columns
        core = next((c for c in cells if c), "")
        if who == "" and not owned_by_lead_in:
            owned = bool(core) and check_owner(owner_text(core)).ok
        elif who and not owned and not owner_decided:
            owned = names_owner(who)  # "Tasha | Give weekly drug tests": her own first name
        if when_empty and not timed:
            timed = any(check_timescale(c).ok for c in cells)
    if ACTION_NO_OWNER in codes and not owned:
        flags.append(
            Flag(
                ACTION_NO_OWNER,
                index,
                action.text,
                action.start,
                action.end,
                f"Action {quoted} does not name the person or role responsible for it, "
                "so nobody can be held to it.",
            )
        )
    if ACTION_NO_TIMESCALE in codes and not timed and (when_empty or not check_timescale(body).ok):
        flags.append(
            Flag(
                ACTION_NO_TIMESCALE,
                index,
                action.text,
                action.start,
                action.end,
                f"Action {quoted} has no date, deadline or frequency, so drift cannot be seen.",
            )
        )
    measurable = check_measurable(measure_text(body)) if ACTION_NOT_MEASURABLE in codes else None
    if measurable is not None and not measurable.ok:
        what = f" ('{short_quote(measurable.detail, 40)}')" if measurable.detail else ""
        flags.append(
            Flag(
                ACTION_NOT_MEASURABLE,
                index,
                action.text,
                action.start,
                action.end,
                f"Action {quoted} describes an activity{what} with no observable outcome or "
                "measure, so nobody can tell when it has been achieved.",
            )
        )
    return flags


def _contingency_flag(text: str, secs: list[Section]) -> list[Flag]:
    present, evidence = assess_contingency(text, secs)
    if present:
        return []
    if evidence:
        return [
            Flag(
                NO_CONTINGENCY,
                None,
                evidence.text,
                evidence.start,
                evidence.end,
                f"The plan mentions a contingency only as '{short_quote(evidence.text)}', which "
                "does not say what will happen if the plan cannot be achieved.",
            )
        ]
    return [
        Flag(
            NO_CONTINGENCY,
            None,
            "absent: no contingency, parallel or alternative plan found",
            None,
            None,
            "The plan records no contingency (parallel) plan for what will happen if the "
            "preferred plan cannot be achieved.",
        )
    ]


def voice_flag(text: str, secs: list[Section]) -> list[Flag]:
    if find_voice(text, secs):
        return []
    negative = find_negative_voice(text)
    if negative:
        return [
            Flag(
                NO_CHILD_VOICE,
                None,
                negative.text,
                negative.start,
                negative.end,
                f"The record says '{short_quote(negative.text)}' and nowhere reports the child's "
                "own words, wishes, choices or participation.",
            )
        ]
    return [
        Flag(
            NO_CHILD_VOICE,
            None,
            "absent: no reported words, wishes, choices or participation of the child found",
            None,
            None,
            "The record describes the child but never reports the child's own words, wishes, "
            "choices or participation.",
        )
    ]


def oversight_flag(text: str) -> list[Flag]:
    verdict, span = assess_oversight(text)
    if verdict == "ok" or span is None:
        return []
    if verdict == "no_decision":
        why = "records no decision, so it is not clear what the manager directed or why."
    else:
        why = f"records a decision ('{short_quote(span.text, 50)}') but not the reason for it."
    # The evidence quotes the record, not the copy `manager_text` read (table bars blanked).
    return [
        Flag(
            OVERSIGHT_NO_RATIONALE,
            None,
            text[span.start : span.end],
            span.start,
            span.end,
            f"This management oversight entry {why}",
        )
    ]


def _repeat_flags(text: str, previous_text: str) -> list[Flag]:
    return [
        Flag(
            SUPERVISION_REPEATED_ACTIONS,
            i,
            act.text,
            act.start,
            act.end,
            f"Action {i + 1} repeats action {j + 1} from the previous supervision "
            f"('{short_quote(prev.text)}') almost word for word, which suggests drift.",
        )
        for i, act, j, prev in repeated_actions(text, previous_text)
    ]


_INITIALS_SUBJECT_RE = re.compile(r"\s*([A-Z][A-Za-z]{1,3})\s+(?:to|will)\b")


def rule_action_flags(
    kind: str,
    text: str,
    secs: list[Section],
    thread: list[tuple[int, int, bool | None]] | None = None,
) -> tuple[list[Span], list[list[Flag]]]:
    """The actions of a `prepared` text and, for each, the flags the hand-written rules raise.
    `thread`: a saved message thread's messages (`chat.message_owners` of the record as
    written), with whether each request in it was taken on."""
    codes = APPLICABLE[kind] & {ACTION_NO_OWNER, ACTION_NO_TIMESCALE, ACTION_NOT_MEASURABLE}
    if not codes:
        return [], []
    initials: frozenset[str] | None = None  # "SW: Nadia Osman (NO)" makes "NO to…" owned
    actions = actions_of(kind, text, secs, thread=bool(thread))
    per_action = []
    for index, action in enumerate(actions):
        sec = section_at(secs, action.start)
        lead_in = list_owner(text, action.start) or _heading_owner(action, sec)
        # "a) … b) …" then "Who:" and "By when:" written once for the block
        mark = LIST_MARK_RE.match(text[text.rfind("\n", 0, action.start) + 1 : action.start])
        step = re.sub(r"\W", "", mark.group(0)).lower() if mark else ""
        owned, timed = block_fields(text, action.end, step) if mark else (False, False)
        declared = _INITIALS_SUBJECT_RE.match(action.text)
        asked = thread_owner(text, action.start, action.end, thread) if thread else None
        if asked is not None:
            # "Can you send it?" in a thread is owned only once the person asked takes it on.
            lead_in, owned = False, asked
        elif declared and not owned:
            initials = declared_initials(text) if initials is None else initials
            owned = declared.group(1) in initials
        per_action.append(
            _action_flags(
                index,
                action,
                codes,
                owned_by_lead_in=lead_in or owned,
                owner_decided=asked is not None,
                timed=timed,
                columns=table_columns(text, action, sec),
            )
        )
    return actions, per_action


# "MY TARGETS", "What I'm going to do", "Jodie's targets": a list the heading gives to its
# writer, or to the young person it names, who owns each item in it.
_OWNER_HEADING_RE = re.compile(
    r"\W*(?:my|our|(?-i:[A-Z][a-zA-Z'’-]+)['’]s)\s+(?:own\s+)?(?:targets?|actions?|goals?|jobs|plan|"
    r"to-?do(?:\s+list)?|steps)\b|\W*what\s+i(?:['’]m|\s+am)?\s+(?:will|going\s+to|gonna)\s+do\b",
    re.IGNORECASE,
)


def _heading_owner(action: Span, sec: Section | None) -> bool:
    """An imperative item ("Get to school on time") under such a heading; not a passive or a
    bare noun ("My file to be looked at", "Behaviour support"), which still names nobody."""
    return (
        sec is not None
        and bool(_OWNER_HEADING_RE.match(sec.heading))
        and starts_with_verb(LIST_MARK_RE.sub("", action.text, count=1))
    )


def rules_read(kind: str, raw: str) -> tuple[str, list[Section], list[Span], list[list[Flag]]]:
    """A record as every check reads it (`prepared`), its sections, its actions and the flags the
    hand-written rules raise on each: what `check` and `casequality.train` both start from."""
    text = prepared(raw, kind)
    thread = message_owners(raw)  # [] unless the record is a saved thread
    secs = sections_of(kind, text, thread=bool(thread))
    actions, per_action = rule_action_flags(kind, text, secs, thread)
    return text, secs, actions, per_action


def sections_of(kind: str, text: str, *, thread: bool = False) -> list[Section]:
    """The sections the checks read; an action or an oversight entry is read whole. `thread`:
    the record is a saved message thread (`chat.messages`)."""
    return sections(text, thread=thread) if kind not in ("action", "oversight") else []


def check(kind: str, text: str, previous_text: str | None = None) -> list[Flag]:
    """Flags for one document. `kind` is one of `KINDS`; `previous_text` is for supervision."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    codes = APPLICABLE[kind]
    original = text
    text, secs, actions, per_action = rules_read(kind, original)
    if previous_text:
        previous_text = readable(previous_text)
    flags: list[Flag] = []
    if ACTION_NOT_MEASURABLE in codes:
        flags.extend(second_opinion(kind, text, actions, per_action))
    else:
        flags.extend(f for fl in per_action for f in fl)
    if SUPERVISION_REPEATED_ACTIONS in codes and previous_text:
        flags.extend(_repeat_flags(text, previous_text))
    if NO_CONTINGENCY in codes:
        flags.extend(_contingency_flag(text, secs))
    if NO_CHILD_VOICE in codes:
        flags.extend(second_opinion_on_record(kind, text, voice_flag(text, secs), NO_VOICE))
    if OVERSIGHT_NO_RATIONALE in codes:
        flags.extend(second_opinion_on_record(kind, text, oversight_flag(text), NO_RATIONALE))
    if text == original:
        return flags
    # Evidence quotes the document as written, not the copy with names re-capitalised.
    return [
        replace(
            f,
            evidence=original[f.start : f.end],
            explanation=f.explanation.replace(
                short_quote(text[f.start : f.end]), short_quote(original[f.start : f.end])
            ),
        )
        if f.start is not None and f.end is not None and text[f.start : f.end] == f.evidence
        else f
        for f in flags
    ]
