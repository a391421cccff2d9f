"""Splitting a plan into its actions.

Plans arrive in every house style: numbered lists ("1.", "1)", "a)"), bullets ("-", "•", "*"),
tables ("Action | Who | When"), inline numbering ("Targets: 1. … 2. …"), semicolon lists and
plain prose. The rules, in order:

1. Headings ("Actions:", "Contingency plan –", "Child's views:") divide the text into sections
   typed as actions, contingency, voice, previous (last session's actions) or other
   (`headings.py`).
2. If any section is an actions section, the actions are its items (`sectionitems.py`).
3. Otherwise the actions are the list items outside contingency, voice and previous sections,
   or, in a plan with no list, the prose sentences that read as actions (a subject followed by
   "will"/"to"/"should"…, or an imperative verb).

Every action keeps its character offsets in the original text so evidence can point at it.
"""

from __future__ import annotations

import re

from casequality.actionlike import is_action_like
from casequality.chat import commits
from casequality.fields import line_start
from casequality.headingkinds import CONTINGENCY_WORD_RE, OTHER, PREVIOUS, long_dimension
from casequality.headings import sections
from casequality.prose import promised
from casequality.sectionitems import _items
from casequality.spans import ACTIONS, LIST_MARK_RE, Section, Span, tab_cells

_GRADE_ITEM_RE = re.compile(
    r"\s*[A-Z][\w &()'’-]{1,30}:\s*\d{1,2}[+-]?\s*/\s*\d{1,2}[+-]?\b(?!\s*/)"
)


_NARRATIVE_RE = re.compile(
    r"\b(?:was|were|did|didn't|had|said|says|told|tells|is|are|has\s+been|have\s+been|wants|"
    r"wanted|attended|stated|reported|chose|asked|wrote|drew|shared|feels|felt|explained|expressed|"
    r"discussed|noted|heard|considered|agreed\s+that)\b",
    re.IGNORECASE,
)


_REPORT_ITEM_RE = re.compile(
    r"\s*(?:[A-Z][\w'’]*|the|a|an|his|her|their)(?:\s+[\w'’()-]+){0,3}?\s+"
    r"(?:visited|got|went|had|was|were|attended|moved|started|received|passed|returned|told|"
    r"said)\b"
)


def _form_heading(item: Span, text: str) -> bool:
    """ "2. Current Situation" over a paragraph: a numbered form section's title, not a task.
    No stop at its end, not worded as a task, and prose (not another item) below it."""
    if is_action_like(item.text) or item.text.rstrip().endswith((".", ";", ")", "!")):
        return False
    if len(item.text.split()) > 7:
        return False
    following = next((ln for ln in text[item.end :].split("\n")[1:] if ln.strip()), "")
    return bool(following) and not LIST_MARK_RE.match(following)


def _item_number(text: str, item: Span) -> str:
    """The number an item's line opens with ("14.", "14.1"), or ''."""
    line = text[text.rfind("\n", 0, item.start) + 1 : item.start]
    m = re.match(r"\s*(\d{1,2}(?:\.\d{1,2})?\.?)\s*$", line)
    return m.group(1) if m else ""


def split_actions(
    text: str,
    secs: list[Section] | None = None,
    *,
    previous_are_actions: bool = False,
    thread: bool = False,
) -> list[Span]:
    """The actions in a plan, in order, each with its offsets in `text`.

    `secs` may pass in `sections(text)` already computed, to avoid doing it twice. In the text of
    a *previous* session, "Actions from last month:" heads that session's own actions, so
    `previous_are_actions` counts such sections as actions.
    """
    if secs is None:
        # Tab-separated columns are split as table cells; the spans keep the original text.
        found = split_actions(
            text, sections(tab_cells(text)), previous_are_actions=previous_are_actions
        )
        return [Span(text[a.start : a.end], a.start, a.end) for a in found]
    wanted = {ACTIONS, PREVIOUS} if previous_are_actions else {ACTIONS}
    action_secs = [s for s in secs if s.kind in wanted]
    last_actions_head = max(
        (k for k, s in enumerate(action_secs) if _ACTIONS_HEAD_RE.fullmatch(s.heading)), default=-1
    )
    # "1. Plan" and later "4. Actions": the first sets out the plan, the second its actions.
    action_secs = [
        s
        for k, s in enumerate(action_secs)
        if not (k < last_actions_head and _BARE_PLAN_HEAD_RE.fullmatch(s.heading))
    ]
    if action_secs:
        return _collect(action_secs, filter_prose=False, text=text)
    candidates = [s for s in secs if s.kind == OTHER]
    return _collect(candidates, filter_prose=True, text=text, thread=thread)


def _collect(
    secs: list[Section], *, filter_prose: bool, text: str, thread: bool = False
) -> list[Span]:
    structured: list[Span] = []
    prose: list[Span] = []
    inline: list[Span] = []
    for sec in secs:
        line_start = text.rfind("\n", 0, sec.body.start) + 1
        items, listed = _items(sec, bool(text[line_start : sec.body.start].strip()))
        if not listed and sec.kind == ACTIONS and _on_heading_line(sec, text):
            # "actions - monitor contact" then "- SW to complete the CPR": the task written
            # on the heading's own line is the list's first item, not a note above it.
            inline.extend(p for p in items if is_action_like(p.text))
        if not listed and structured and _continues(structured[-1], sec.body, text):
            # "- Pupil Premium Plus to be used for a\n  lunchtime club.": a list item that
            # runs onto the next line is one item.
            last = structured[-1]
            structured[-1] = Span(text[last.start : sec.body.end], last.start, sec.body.end)
            continue
        (structured if listed else prose).extend(items)
    # "3. Kelsey got her Maternity Grant – £500 paid 02/12.": a numbered update, not a task;
    # "14. Support plan" over "14.1 …": the heading of the numbered items below it.
    numbers = [_item_number(text, item) for item in structured]
    structured = [
        item
        for k, item in enumerate(structured)
        if not (_REPORT_ITEM_RE.match(item.text) and not is_action_like(item.text))
        and not _GRADE_ITEM_RE.match(item.text)  # "Maths: 5 / 6": a grade now and targeted
        and not (
            numbers[k]
            and k + 1 < len(numbers)
            and numbers[k + 1].startswith(numbers[k].rstrip(".") + ".1")
        )
        and not (numbers[k] and _form_heading(item, text))
    ]
    listed_actions = bool(structured) and not filter_prose
    if structured:
        # In a listed plan, free lines are headings, notes or narrative; the list is the plan.
        chosen = structured + inline
    elif filter_prose:
        mixed_case = bool(re.search(r"[a-z]", text))
        chosen = [
            p
            for p in prose
            if (is_action_like(p.text) or promised(p, text))
            and not (mixed_case and _title_line(p.text))
            and (not thread or commits(p.text))
        ]
    else:
        # Under an "Actions" heading, fragments count ("Ongoing support from PA.") but a
        # narrative sentence that follows the list ("Kelsey did not attend…") does not.
        chosen = [p for p in prose if is_action_like(p.text) or not _NARRATIVE_RE.search(p.text)]
    chosen = [
        c
        for c in chosen
        if not (
            is_contingency_statement(c.text)
            and not (listed_actions and _PLANNING_TASK_RE.search(c.text))
        )
        and not _PLAN_STATEMENT_RE.match(c.text)
        and not _ticked_option(c, text)
        and not long_dimension(c.text)
        and not (_QUOTED_WORDS_RE.fullmatch(c.text) and not _PROMISE_WORDS_RE.search(c.text))
        # "Q: What needs to happen?" asks; it is no task. "Can you take him to swimming?" is one.
        and not (c.text.rstrip().endswith("?") and not _ASKED_TO_DO_RE.search(c.text))
    ]
    return _attach_aims(_unsigned(sorted(chosen, key=lambda s: s.start), text), text)


# A name and role signed at the foot of a letter: "Ann Tolley, SW", "Gwen Hartopp, Social
# Worker, CWD team". No verb after the comma: "Ann Tolley, SW, will visit" is a task.
_SIGNED_NAME_LINE_RE = re.compile(
    r"(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s*"
    r"(?!.*\b(?:will|to|is|are|has|have|shall|must)\b)[A-Za-z][\w ,/&()'’-]{1,60}",
    re.IGNORECASE,
)


def _at_the_foot(text: str, end: int) -> bool:
    """Nothing but two short lines (a date, a team) after `end`."""
    rest = [line for line in text[end:].split("\n") if line.strip()]
    return len(rest) <= 2 and all(len(line.split()) <= 6 for line in rest)


_TICK_BOX_MARK_RE = re.compile(r"\s*[☐☒☑□■]")


def _ticked_option(item: Span, text: str) -> bool:
    """ "☐ Adoption", "☐ Return home", "☒ Long-term fostering (matched 13/06/2020)": one option
    of a tick-box list, not a task ("☐ Book the dental check for May" is one)."""
    mark = text[text.rfind("\n", 0, item.start) + 1 : item.start]
    if not _TICK_BOX_MARK_RE.match(mark):
        return False
    return not is_action_like(item.text) or len(item.text.split()) <= 2


def _unsigned(chosen: list[Span], text: str) -> list[Span]:
    """The items without a letter's or email's close ("Kind regards", "Yours,") and the short
    lines of name and role signed under it ("Christine", "Margaret Ellery, your social worker")."""
    out: list[Span] = []
    signed_at = -1
    for c in chosen:
        if _SIGN_OFF_RE.match(c.text):
            signed_at = c.end
            continue
        near = signed_at >= 0 and text.count("\n", signed_at, c.start) <= 3
        if near and len(c.text.split()) <= 8:
            signed_at = c.end
            continue
        if _SIGNED_NAME_LINE_RE.fullmatch(c.text.strip()) and _at_the_foot(text, c.end):
            continue  # "Sean Gedling, Personal Adviser" under a letter with no close
        signed_at = -1
        out.append(c)
    return out


_ASKED_TO_DO_RE = re.compile(
    r"\b(?:can|could|would)\s+(?:you|u|some\w*|any\w*)\s+(?:also\s+|please\s+)?"
    r"(?!let\b|confirm\b|tell\s+me\b)"
    r"(?:do|get|take|send|book|ring|call|email|arrange|chase|make|put|pick|check|ask|set|sort|"
    r"complete|fill|apply|update|add|bring|speak|talk|find|look|write|share|request|refer|pay)\b",
    re.IGNORECASE,
)


# "I will pay the fee. Aim is to have the licence through by May.": the aim of the task
# before it, in the same paragraph, not a task of its own.
_AIM_SENTENCE_RE = re.compile(
    r"^(?:the\s+)?(?:aim|goal|target|intention|hope)\s+is\s+(?:to|for|that)\b", re.IGNORECASE
)


def _line_indent(text: str, pos: int) -> int:
    """How far the line holding `pos` is indented."""
    start = line_start(text, pos)
    end = text.find("\n", start)
    line = text[start : end if end != -1 else len(text)]
    return len(line) - len(line.lstrip(" \t"))


# "1. Target: … Intervention: … Responsible: Hannah. Review date: 24/03.": a field label opening a
# piece on the same line as the action before it; a numbered label ("ACTION_2:", "Target 3:")
# starts an action of its own, so it is not one.
_SAME_LINE_FIELD_RE = re.compile(r"[A-Z][\w /'’()-]{0,30}(?<![\d_ ])(?<!_\d)\s*:\s")


# "Review at 6 months.", "To be reviewed at the next PEP.": when the action before it is looked
# at again, not an action of its own.
_REVIEW_WHEN_RE = re.compile(
    r"\W*(?:(?:to\s+be\s+)?review(?:ed)?|progress\s+(?:to\s+be\s+)?reviewed)\s+(?:at|in|by|on|after)\s+"
    r"[^.;\n]{1,40}?[.;]?\s*",
    re.IGNORECASE,
)
# '"I want to do my Access course from September."': a young person's quoted words in a
# list, not a task, unless they promise something ("I will…", "I'm going to…").
_QUOTED_WORDS_RE = re.compile(r"\s*[\"“](?:(?![\"”]).)*[\"”][.!]?\s*")
_PROMISE_WORDS_RE = re.compile(
    r"\bI(?:['’]ll|\s+will|['’]m\s+(?:going\s+to|gonna)|\s+am\s+going\s+to|\s+promise)\b"
)


def _attach_aims(chosen: list[Span], text: str) -> list[Span]:
    out: list[Span] = []
    for c in chosen:
        if out and "\n" not in text[out[-1].end : c.start] and _SAME_LINE_FIELD_RE.match(c.text):
            # the fields of the action they follow on its line, not actions of their own
            prev = out[-1]
            out[-1] = Span(text[prev.start : c.end], prev.start, c.end)
            continue
        between = text[out[-1].end : c.start] if out else ""
        if out and (
            (_AIM_SENTENCE_RE.match(c.text) and "\n\n" not in between)
            or (_REVIEW_WHEN_RE.fullmatch(c.text) and "\n" not in between)
        ):
            prev = out[-1]
            out[-1] = Span(text[prev.start : c.end], prev.start, c.end)
            continue
        out.append(c)
    return out


# A section headed only "Plan", and one headed "Actions" or "Next steps": when both stand in a
# record, the first sets out the plan and the second lists its actions.
_BARE_PLAN_HEAD_RE = re.compile(r"\W*(?:\d{1,2}[.)]?\s*)?(?:the\s+)?plan\W*", re.IGNORECASE)
_ACTIONS_HEAD_RE = re.compile(
    r"\W*(?:\d{1,2}[.)]?\s*)?(?:(?:agreed\s+)?actions?(?:\s+(?:plan|agreed))?|next\s+steps?|"
    r"what\s+(?:will\s+)?happens?\s+next|(?:plan\s*[–—-]\s*)?what\s+will\s+happen)\W*",
    re.IGNORECASE,
)
# "It is the Local Authority's plan that Sol remains…", "The plan is for a phased return…":
# the plan itself, which the actions serve, not one of them.
_PLAN_STATEMENT_RE = re.compile(
    r"\W*(?:it\s+is\s+(?:the\s+)?(?:local\s+authority['’]s|our|my)\s+plan\s+that|"
    r"the\s+(?:(?:interim|final|care|permanence|long-term|overall)\s+)?plan\s+is\s+(?:for|that)|"
    r"the\s+(?:local\s+authority['’]s|la['’]s)\s+(?:(?:primary|main|overall|care|permanence)\s+)?"
    r"plan\s+is\s+(?:for|that|to)|"
    r"the\s+intention\s+is\s+(?:for|that))\b",
    re.IGNORECASE,
)
# "Contingency planning re: move on", "Agree a parallel plan with mum": in a list of actions,
# work towards a contingency is itself a task, not the contingency.
_PLANNING_TASK_RE = re.compile(
    r"^\W*(?:(?:contingency|parallel)\s+planning\b|(?:[\w'’()]+\s+){0,4}(?:to\s+)?"
    r"(?:agree|draw\s+up|write|complete|develop|make|formulate|prepare|identify|update|add|"
    r"record|include|set\s+out)\s+"
    r"(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:contingency|parallel|back-?up)\s+plan\b|"
    # "Contingency plan to be agreed for Tyler by next review": the same task, in the passive
    r"(?:(?:a|an|the)\s+)?(?:contingency|parallel|back-?up)\s+plan\s+to\s+be\s+"
    r"(?:agreed|drawn\s+up|written|completed|developed|made|formulated|prepared|identified|"
    r"updated|added|recorded|set\s+out)\b)",
    re.IGNORECASE,
)


def _title_line(unit: str) -> bool:
    """ "PART B — SERVICES TO MEET THE CHILD'S NEEDS": a title in capitals (asked only of a
    document that is not written in capitals throughout)."""
    return len(re.findall(r"[A-Z]{2,}", unit)) >= 3 and not re.search(r"[a-z]", unit)


def _on_heading_line(sec: Section, text: str) -> bool:
    line_start = text.rfind("\n", 0, sec.body.start) + 1
    return bool(_ACTIONS_WORD_RE.match(sec.heading)) and bool(
        text[line_start : sec.body.start].strip()
    )


_ACTIONS_WORD_RE = re.compile(r"\W*actions?\W*$", re.IGNORECASE)


def _continues(item: Span, line: Span, text: str) -> bool:
    """The line carries on the list item just before it: nothing but a line break between
    them, and either the item not ended and the line starting in lower case, or the line
    indented deeper than the item's (a hanging indent: "- Report the damp to repairs" over
    "      @a.garside · Due: Fri 14 Mar")."""
    between = text[item.end : line.start]
    if between.count("\n") != 1 or between.strip():
        return False
    if _line_indent(text, line.start) > _line_indent(text, item.start):
        return not LIST_MARK_RE.match(text[line_start(text, line.start) : line.end])
    return not item.text.rstrip().endswith((".", "!", "?", ":", ";")) and line.text[:1].islower()


# The close of a plan sent by email or written as a letter: "Thanks, Sarah", "Kind regards",
# "Yours,", "With best wishes from".
_SIGN_OFF_RE = re.compile(
    r"^\W*(?:(?:many\s+)?thanks?(?:\s+you)?|cheers|regards|(?:kind|best|warm)\s+regards|"
    r"(?:with\s+)?(?:best|kind|warm)\s+wishes(?:\s+from)?|with\s+thanks|"
    r"yours(?:\s+(?:sincerely|faithfully|truly))?|(?:lots\s+of\s+|with\s+)?love(?:\s+from)?)"
    r"\W*(?-i:[A-Z][\w'’-]*\W*){0,2}$",
    re.IGNORECASE,
)


_CONDITIONAL_RE = re.compile(
    r"^\s*(?:if|should|in\s+the\s+event|were)\b.{0,160}?\b(?:not|no\s+longer|breaks?\s+down|broke\s+down|"
    r"broken\s+down|disrupts?|ends?|unable|cannot|can't|can’t|fails?|negative|unsuccessful|"
    r"refused)\b",
    re.IGNORECASE,
)


def is_contingency_statement(text: str) -> bool:
    """A sentence that sets out (or fails to set out) a contingency rather than an action."""
    return bool(CONTINGENCY_WORD_RE.search(text) or _CONDITIONAL_RE.search(text))
