"""Dividing a document into typed sections by its headings.

Headings ("Actions:", "Contingency plan –", "Child's views:", "4. Actions", "ACCOMMODATION",
"Targets (agreed at the PEP)") divide a plan into sections typed as actions, contingency,
voice, previous (last session's actions) or other (what a heading's words name:
`headingkinds.py`). `segment.py` then takes the actions from them; `voice.py` reads the views
sections.
"""

from __future__ import annotations

import re

from casequality.actionlike import is_action_like
from casequality.fields import is_action_field, is_field, is_follow_field, merge_records
from casequality.headingkinds import (
    ASSESSED,
    CONTINGENCY,
    IF_HEADING_RE,
    OTHER,
    PREVIOUS,
    VOICE,
    classify_heading,
)
from casequality.people import names_owner
from casequality.spans import ACTIONS, LIST_MARK_RE, Section, Span
from casequality.spans import sub_span as _sub
from casequality.tables import KEY_VALUE_HEADER_RE, is_action_row
from casequality.topics import NUMBER_MARK_RE, TARGET_ITEM_RE, numbered_topic, topic_title

# "Actions:-" (a colon and a dash) is a heading with nothing after it.
_HEADING_LINE_RE = re.compile(
    r"^\s*(?P<head>[A-Za-z][^:\n|]{0,60}?)\s*(?::[-–—]?|\s[-–—]\s|\s[-–—]$)\s*(?P<rest>.*)$"
)
_INLINE_HEAD_RE = re.compile(r"(?:(?<=[.!?])\s+)(?P<head>[A-Z][\w'’ /&-]{1,40}?):\s")
# A line in capitals with no verb in a mixed-case document: "EDUCATION, TRAINING & EMPLOYMENT".
_ORG_TITLE_RE = re.compile(r"\b(?:TEAM|SERVICE|SERVICES|COUNCIL|TRUST|PARTNERSHIP)\s*:?\s*$")
_CAPS_HEADING_RE = re.compile(r"^\s*[A-Z][A-Z&/,'’ -]{2,60}[A-Z]\s*:?\s*$")

_BARE_PLAN = frozenset(
    {
        "plan",
        "the plan",
        "agreed plan",
        "smart plan",
        "permanence plan",
        "plan for permanence",
        "long term plan",
        "long-term plan",
    }
)


def _line_spans(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append(Span(body, pos, pos + len(body)))
        pos += len(line)
    return spans


def _split_inline_headings(line: Span, *, item: bool = False) -> list[tuple[str | None, str, Span]]:
    """Split one line at headings like 'Actions:' that follow a full stop mid-line. `item`: the
    line is a numbered target ("1. Target: …" or "1. Maths – …"), whose "Action:" is its own."""
    pieces: list[tuple[str | None, str, Span]] = []
    cursor, kind, head = 0, None, ""
    for m in _INLINE_HEAD_RE.finditer(line.text):
        k = classify_heading(m.group("head"))
        if k is None or k == OTHER or m.group("head").strip().lower() in _BARE_PLAN:
            continue
        if _RE_ABBREV_RE.search(m.group("head")) or is_follow_field(m.group("head")):
            continue  # "… RESP OFFICER: FC. TARGET DT: weekly": the action's own fields
        if k == ACTIONS and _ITEM_NUMBER_ONLY_RE.fullmatch(line.text, 0, m.start()):
            continue  # "1. Tia's French target: …": the item's label, after its number
        if _ITEM_FIELD_RE.fullmatch(m.group("head")) and LIST_MARK_RE.match(line.text):
            continue  # "T1 – Phonics: Baseline 24/40. Target: 32+/40 by May. Who: …": its fields
        if is_action_field(m.group("head")) and (item or TARGET_ITEM_RE.match(line.text)):
            # "1. Maths – recall of times tables. Action: TA sessions 3 x a week. Who: Mrs Adey.
            # By: July": a numbered target and the action and fields that serve it, one item
            continue
        pieces.append((kind, head, _sub(line, cursor, m.start())))
        kind, head, cursor = k, m.group("head"), m.end()
    pieces.append((kind, head, _sub(line, cursor, len(line.text))))
    return pieces


_ITEM_NUMBER_ONLY_RE = re.compile(r"\s*\(?\d{1,2}[.)]")
_ITEM_FIELD_RE = re.compile(r"(?:target|goal|aim)s?", re.IGNORECASE)
_ONE_LINE = frozenset({CONTINGENCY, VOICE, PREVIOUS})
# The kinds a heading standing alone on its line can open (OTHER needs content after it).
_TYPED = frozenset({ACTIONS, CONTINGENCY, VOICE, PREVIOUS, ASSESSED})


NUMBERED_TARGET_RE = re.compile(
    r"^(?:smart\s+)?(?:target|action|goal|outcome|objective|step|task)\s*\d+$", re.IGNORECASE
)
_TITLE_HEAD_RE = re.compile(
    r"^(?P<head>[A-Z][\w'’&/+-]*(?:\s+[A-Z][\w'’&/+-]*){0,2})\s*:\s*(?P<rest>.*)$"
)


def _numbered_heading(line: Span, in_actions: bool) -> tuple[str | None, str, Span] | None:
    """Numbered form sections: "1. Child's views", "3. SMART targets", "2. Attendance: 91%"."""
    mark = NUMBER_MARK_RE.match(line.text)
    if not mark:
        return None
    inner = line.text[mark.end() :].strip()
    # "3) Target: Year 5 fractions" labels its content; "3. SMART targets" is a title alone
    titled = len(inner.split()) <= 4 and not re.search(r":\s*\S", inner)
    kind = classify_heading(inner) if titled else None
    if kind in _TYPED:
        return kind, inner, _sub(line, len(line.text), len(line.text))
    if _QUESTION_HEAD_RE.fullmatch(inner) or _DASHED_TITLE_RE.fullmatch(inner):
        # "3. What are we worried about (now)", "6. Support plan — what needs to happen": a
        # numbered section titled by the question it answers
        parts = [inner, *re.split(r"\s[-–—]\s", inner)]
        kinds = [k for k in (classify_heading(p) for p in parts) if k in _TYPED]
        return (kinds[0] if kinds else OTHER), inner, _sub(line, len(line.text), len(line.text))
    title = _TITLE_HEAD_RE.match(inner)
    if title and not _RE_ABBREV_RE.search(title.group("head")):
        k = classify_heading(title.group("head")) or OTHER
        rest = re.split(r"(?<=[.!?])\s+", title.group("rest"))
        lead = re.split(r"\s[-–—]\s|\(", title.group("rest"), maxsplit=1)[0]
        owned = len(lead.split()) <= 4 and names_owner(lead)  # "1. Maths: Mrs Grant (DT) – …"
        if k == OTHER and (owned or in_actions or any(is_action_like(r) for r in rest)):
            # "2. Interim: Kenzie to attend the PRU…" is a numbered action, and so is any
            # "1. Writing: reach Entry 3 by July" in a list under "Targets"
            return None
        offset = mark.end() + (len(line.text[mark.end() :]) - len(line.text[mark.end() :].lstrip()))
        return k, title.group("head"), _sub(line, offset + title.start("rest"), len(line.text))
    return None


_ACTION_COLUMN_RE = re.compile(
    r"(?:^|\|)\s*(?:(?:new\s+)?(?:actions?|targets?|tasks?|recommendations?)|"
    r"what\s+(?:[\w'’]+\s+){1,2}will\s+do|what\s+(?:needs\s+to|will)\s+happen)\s*(?:\||$)",
    re.I,
)
# "Who | What | By when": a task table's header, its task column headed only "What".
_WHO_WHAT_ROW_RE = re.compile(r"\|?\s*who\s*\|\s*what\s*\|", re.IGNORECASE)
_RE_ABBREV_RE = re.compile(r"\s(?:re|ref)$", re.IGNORECASE)
_NOTED_HEADING_RE = re.compile(r"^\s*([A-Za-z][\w'’ /&-]{1,40}?)\s*\([^)]*\)\s*:?\s*$")


# "What we're going to do", "What you told us about school": a plan's own headings, phrased as
# the question they answer, on a line of their own.
_QUESTION_HEAD_RE = re.compile(r"\s*(?:what|how|who|when|where)\b[^.!?:\n]{3,50}", re.IGNORECASE)
_DASHED_TITLE_RE = re.compile(
    r"[A-Z][\w'’ ]{2,30}\s[-–—]\s(?:what|how|who|when|where)\b[^.!?:\n]{3,40}", re.IGNORECASE
)
_SECTION_TITLE_RE = re.compile(
    r"\s*(?:section|part|box|appendix)\s+[\dA-Z]{1,3}\.?\s*[-–—:.]\s*(?P<title>[^.:;!?]+?)\s*:?\s*",
    re.IGNORECASE,
)
_BOX_HEADING_RE = re.compile(r"\s*\[\s*(?:box\s+\d{1,2}\s*[:.-]\s*)?([^\]]{2,60})\]\s*", re.I)


def _line_heading(line: Span, in_actions: bool = False) -> tuple[str | None, str, Span]:
    """(section kind or None, heading, the rest of the line) for a line that may open a section."""
    box = _BOX_HEADING_RE.fullmatch(line.text)
    if box:  # "[ BOX 6: ACTIONS ]": a form's box title on its own line
        title = box.group(1).strip()
        return classify_heading(title) or OTHER, title, _sub(line, len(line.text), len(line.text))
    titled = _SECTION_TITLE_RE.fullmatch(line.text)
    if titled and len(titled.group("title").split()) <= 8:
        # "SECTION 15 - LEO'S WISHES AND FEELINGS", "Part C: Contact": the form's section title
        title = titled.group("title").strip()
        title_kind = classify_heading(title) or OTHER
        if title_kind == ACTIONS and title.lower() in _BARE_PLAN:
            title_kind = OTHER  # "PART A — PLAN" states the plan; Part B lists the services
        return title_kind, title, _sub(line, len(line.text), len(line.text))
    asked = _FORM_QUESTION_RE.match(line.text)
    if asked and (asked.group("mark") or asked.end() == len(line.text)):
        # "What will happen next and who will do it?": a form's question heads its answer,
        # below it or after it on the line ("2. What does Oliwia think? She said…").
        question = asked.group("q").strip()
        return _question_kind(question), question, _sub(line, asked.end(), len(line.text))
    numbered = _numbered_heading(line, in_actions)
    if numbered:
        return numbered
    # "Actions (from the care planning meeting - ACTION: markers kept)": a note in brackets
    # after a heading is not its content.
    noted = _NOTED_HEADING_RE.match(line.text)
    kind = classify_heading(noted.group(1)) if noted else None
    if noted and kind in _TYPED:
        return kind, noted.group(1).strip(), _sub(line, len(line.text), len(line.text))
    m = _HEADING_LINE_RE.match(line.text)
    if m and m.group("head").strip().lower() in {"q", "a", "question", "answer"}:
        m = None  # "Q: …" / "A: …" mark a form's questions and answers, not its sections
    # "Cont. plan:" is an abbreviated heading, not a sentence ending at "Cont."
    head_text = re.sub(r"\b(?:cont|contd)\.", "cont", m.group("head"), flags=re.I) if m else ""
    if m and re.search(r"[.!?]\s|[\"“”]", head_text):
        m = None  # "Review. Carer reported: …" is a sentence, not a heading
    if m and _RE_ABBREV_RE.search(m.group("head")):
        m = None  # "Contingency planning re: move on": "re:" is "about", not a heading's colon
    if m and not LIST_MARK_RE.match(line.text):
        head, rest = m.group("head").strip(), m.group("rest").strip()
        k = classify_heading(head)
        if k == ACTIONS and head.lower() in _BARE_PLAN and rest:
            # "Plan: long-term fostering" states the plan; it does not head a list of actions.
            k = OTHER
        dashed = ":" not in line.text[m.end("head") : m.start("rest")]
        if dashed and rest and head.isupper() and len(head.split()) >= 3:
            k = OTHER  # "INITIAL HEALTH ASSESSMENT RECOMMENDATIONS – added to Care Plan": a title
        rest_kind = classify_heading(rest) if dashed and len(rest.split()) <= 3 else None
        if (
            k == OTHER
            and rest_kind in _TYPED
            and len(head.split()) <= 3
            and rest.lower() not in _BARE_PLAN  # "FAMILY GROUP CONFERENCE – PLAN": a title
            and not _ORG_TITLE_RE.search(rest.upper())  # "Kelsbridge MBC - Next Steps Team"
        ):
            # "Active experimentation - action plan": a model's stage, then what it holds
            return rest_kind, line.text.strip(), _sub(line, len(line.text), len(line.text))
        if k == OTHER and dashed and rest:
            k = None  # "SW – present the match – by June" is an action, not a heading
        if k is not None and (k != OTHER or not rest or len(head.split()) <= 3):
            if dashed and _COLUMN_WORD_RE.fullmatch(rest):
                # "Previous actions – status": what the section reports on, not its content
                return k, head, _sub(line, len(line.text), len(line.text))
            return k, head, _sub(line, m.start("rest"), len(line.text))
    elif (
        len(line.text.split()) <= 4
        or _QUESTION_HEAD_RE.fullmatch(line.text)
        or IF_HEADING_RE.fullmatch(line.text)
    ):
        k = classify_heading(line.text)
        if k in _TYPED:
            return k, line.text.strip(), _sub(line, len(line.text), len(line.text))
    return None, "", line


# A form's printed question, answered below it, or numbered or after "Q:" and answered after it
# on the same line. ("What's the plan? Supported lodgings…" unnumbered is an item's own label.)
_FORM_QUESTION_RE = re.compile(
    r"^\s*(?P<mark>(?:\d{1,2}[.)]|q\d{0,2}[.:)])\s*)?(?P<q>(?!(?:can|could|will|would)\s+(?:some\w*|any\w*|you|u|we)\b)"
    r"(?:what|how|who|when|where|by\s+when|is|are|does|"
    r"do|has|have|did|will|can|any)\b[^?\n]{2,90}\?)\s*",
    re.IGNORECASE,
)
_QUESTION_KINDS = (
    (
        CONTINGENCY,
        re.compile(
            r"\bif\b.*\b(?:not|doesn['’]?t|does\s+not|fails?|breaks?\s+down)\b|"
            r"plan\s+b\b|what\s+if\b|\bcontingency\b|\bparallel\b",
            re.I,
        ),
    ),
    (
        ACTIONS,
        re.compile(
            r"\bwho\s+will\b|\bwhat\s+(?:will|needs\s+to)\s+happen|\bnext\s+steps?\b|"
            r"\bactions?\b|\btargets?\b|\bwho\s+(?:is\s+)?(?:doing|responsible)\b|"
            r"\bwho['’]s\s+doing\b|"
            r"\bwhat\s+(?:are\s+)?(?:we|you|they)\s+(?:going\s+to|will)\s+do\b|"
            r"\bwhat\s+(?:will|would)\s+help\b",
            re.I,
        ),
    ),
    (
        VOICE,
        re.compile(
            r"\b(?:think|thinks|feel|feels|want|wants|wish|wishes|say|says|said|views?)\b", re.I
        ),
    ),
)


def _question_kind(question: str) -> str:
    """What a form's question asks for: the plan's actions, its contingency, the child's view,
    or something else ("What is the plan for Kai?", "What did the manager decide and why?")."""
    head = question.lower()
    if head.startswith(("what did the manager", "what has the manager", "manager")):
        return OTHER
    if classify_heading(question.strip().rstrip("?")) == ASSESSED:
        return ASSESSED  # "What are we worried about?": findings, not tasks
    return next((kind for kind, pattern in _QUESTION_KINDS if pattern.search(head)), OTHER)


_COLUMN_WORD_RE = re.compile(r"(?:status|progress|updates?|outcomes?)\W*", re.IGNORECASE)


# "AMBER – Rowan's mum:", "GREEN - Callum:": a RAG status and the person the item is about.
_RAG_TOPIC_RE = re.compile(
    r"^\s*(?:red|amber|green|rag)\b\s*[-–—:]?\s*(?:[\w'’ ]{1,25}:\s*)?", re.IGNORECASE
)
_BARE_NUMBER_RE = re.compile(r"\s*\(?\d{1,2}[.)]?\s*")


def sections(text: str, *, thread: bool = False) -> list[Section]:
    """Divide `text` into typed sections; text before any heading is typed OTHER with head ''.

    A contingency, views or previous-actions heading with its content on the same line
    ("Contingency: adoption.") covers that line only, so a list that follows it stays in the
    section it was in; a heading on a line of its own covers everything up to the next heading.
    In a saved message `thread` (`chat.chat_read`, each message its own paragraph), a heading
    inside a message ("Plan: stay at Ashgrove. Target: matched by July.") covers that message
    only; one sent as a message of its own ("Actions:") heads the messages after it.
    """
    out: list[Section] = []
    kind, head = OTHER, ""
    mixed_case = any(c.islower() for c in text)
    bare_items: list[int] = []  # numbered lines holding no heading: their places in `out`
    field_items = False  # whether any numbered line holds an inline "Action:" label
    numbered_head = False  # whether the current section was opened by a numbered heading
    inline_head = False  # whether it was opened by a heading with words after it on its line
    blank = False
    topic_head = ""  # the last topic title that ended a views or previous-actions section
    lines = _line_spans(text)
    for at, line in enumerate(lines):
        if not line.text.strip() or _BARE_NUMBER_RE.fullmatch(line.text):
            blank = blank or not line.text.strip()
            continue  # "1." alone on its line, over a "Who: / What: / When:" block
        if blank and thread and inline_head:
            kind, head, inline_head = OTHER, "", False
        if blank and is_field(head):
            # "When: by 30/11" then a blank line then "University applications": a field's
            # value ends at the blank line; what follows is a new topic, not more of the field.
            kind, head = OTHER, ""
        if numbered_topic(lines, at):
            # "1. Accommodation" over "- PA to submit…" bullets: a numbered topic of the plan,
            # not an action; it ends a views section, and in an actions section heads its part
            kind, head, blank = (ACTIONS if kind == ACTIONS else OTHER), line.text.strip(), False
            continue
        if (
            blank
            and (kind in (VOICE, PREVIOUS) or (kind == OTHER and head and head == topic_head))
            and topic_title(line.text)
        ):
            # "What I'm worried about" … then a blank line and "Finance": a plan's next topic,
            # which the young person's worries (or last time's actions) do not run on into;
            # and the topics after it ("Release day") are titles too
            kind, head, blank = OTHER, line.text.strip(), False
            topic_head = head
            continue
        blank = False
        if mixed_case and _CAPS_HEADING_RE.match(line.text):
            # "ACCOMMODATION": a topic heading, not a task; "PUPIL VOICE" heads the child's views
            head = line.text.strip()
            kind = k if (k := classify_heading(head.rstrip(":"))) in _TYPED else OTHER
            if _ORG_TITLE_RE.search(head):
                kind = OTHER  # "HARTMOOR NEXT STEPS TEAM": a name, not "Next steps"
            continue
        if (
            "|" in line.text
            and (_ACTION_COLUMN_RE.search(line.text) or _WHO_WHAT_ROW_RE.match(line.text))
            and not is_action_row(line.text)
        ):
            # "Target | Action | Who | By when": a table's header row heads its rows as actions,
            # even after a "My voice" box; under "Previous actions", it heads last time's.
            kind, head = (PREVIOUS if kind == PREVIOUS else ACTIONS), line.text.strip()
            continue
        if "|" in line.text and KEY_VALUE_HEADER_RE.fullmatch(line.text.strip()):
            kind, head = OTHER, line.text.strip()  # "| Field | Value |" heads a record's fields
            continue
        # Under "Targets", "1. Writing: reach Entry 3…" is an item; under "3. SMART targets",
        # "4. Pupil Premium: …" is the form's next section.
        k, h, rest = _line_heading(line, kind == ACTIONS and not numbered_head)
        # "Action: book the dentist" labels one action; the lines after it are not its list.
        single = k == ACTIONS and bool(rest.text) and is_action_field(h)
        if k is not None and k not in _ONE_LINE and not single:
            numbered_head = bool(NUMBER_MARK_RE.match(line.text))
        # The section that carries on after this line if it only holds a one-line heading.
        base = (kind, head) if kind not in _ONE_LINE else (OTHER, "")
        if k is not None:
            kind, head = k, h
            inline_head = bool(rest.text.strip())
            if k not in _ONE_LINE and not single:
                base = (k, h)
        one_line = (k in _ONE_LINE or single) and bool(rest.text)
        pieces = _split_inline_headings(rest, item=bool(TARGET_ITEM_RE.match(line.text)))
        numbered = k is None and kind == OTHER and NUMBER_MARK_RE.match(line.text)
        if numbered and len(pieces) == 1:
            bare_items.append(len(out))
        if numbered and any(ik == ACTIONS and is_action_field(ih) for ik, ih, _ in pieces):
            field_items = True
        for ik, ih, piece in pieces:
            if ik is not None:
                kind, head, inline_head = ik, ih, True
                # "… Action: tutor to send…" mid-line labels that one action, as at line start.
                field = ik == ACTIONS and is_action_field(ih)
                one_line = one_line or ik in _ONE_LINE or field
                if ik not in _ONE_LINE and not field:
                    base = (ik, ih)
            if piece.text:
                out.append(Section(kind, head, piece))
        if one_line:
            kind, head = base
    if field_items:
        # "1. AMBER – Skye: Gemma to put Skye on the register." in a list whose other items
        # say "… Action: AB to…": an item with no "Action:" label is an action all the same.
        for i in bare_items:
            sec = out[i]
            mark = NUMBER_MARK_RE.match(sec.body.text)
            body = _sub(sec.body, mark.end() if mark else 0, len(sec.body.text))
            if is_action_like(_RAG_TOPIC_RE.sub("", body.text)):
                out[i] = Section(ACTIONS, "", body)
    return merge_records(text, out)
