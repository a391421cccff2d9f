"""Field-per-line action records, as case-management systems export them.

LCS, Mosaic and similar systems print each action of a plan as a small record, one field a line::

    Action: Complete Tayo's life story book with him
    Responsible: Social Worker
    Target date: 31.05.26

Read line by line, each field would be an "action" of its own ("Social Worker", "31.05.26") and
raise owner, timescale and measurability flags it has no business raising; read as one record, the
action has its owner and its date. A field left empty ("Responsible:" with nothing after it) is
kept inside the record, so the action is flagged for what is missing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from casequality.lexicon import BLANK_VALUE, WHO_LABEL
from casequality.people import names_owner
from casequality.spans import ACTIONS, LIST_MARK_RE, Section, Span

# The label that opens a record: the action itself.
ACTION_FIELD_RE = re.compile(
    r"^(?:agreed\s+|smart\s+)?(?:action|task|intervention)(?:\s+(?:required|agreed|needed|"
    r"to\s+be\s+taken|\d{1,2}))?$"
    # an old system's field codes: "ACT_DESC:" (read as "ACT DESC")
    r"|^act(?:ion)?\s+desc(?:ription)?$"
    # "Target 1: Handwriting stamina." over "Who:" and "By when:" lines
    r"|^(?:smart\s+)?(?:target|goal|objective)\s*\d{1,2}$|^smart\s+(?:target|goal|objective)$"
    # "Who: / What: / When:" blocks
    r"|^what(?:\s+(?:needs\s+to\s+happen|will\s+happen|will\s+be\s+done|we\s+will\s+do|will\s+help)|"
    r"['’]s\s+happening|\s+is\s+happening)?$",
    re.IGNORECASE,
)
# The owner and date labels of a form, in full or as an old system's codes ("RESP_OFF",
# "TGT_DT", read as "RESP OFF", "TGT DT"), shared by the label patterns below.
_RESP_OFFICER = r"resp(?:onsible)?\s+off(?:icer)?"
_TARGET_DATE = r"(?:target|tgt)\s+(?:date|dt)"
# Who recorded and signed off the record, and when: "Completed by", "Date authorised".
_BOOKKEEPING = r"(?:completed|authori[sz]ed)\s+by|date\s+(?:completed|authori[sz]ed)"
# Labels of the fields that follow it: who, when, how we will know, and bookkeeping.
FOLLOW_FIELD_RE = re.compile(
    r"^(?:(?:person\s+|people\s+|agency\s+)?responsible(?:\s+(?:person|worker|agency))?|"
    + WHO_LABEL
    + r"|by\s+whom|lead(?:\s+(?:person|professional|agency|worker))?|"
    r"(?:action\s+)?owner|(?:allocated|assigned)\s+to|"
    + _TARGET_DATE
    + r"|by\s+when|when|timescales?|time\s*frame|"
    + _RESP_OFFICER
    + r"|due\s+dt|"
    r"due(?:\s+(?:date|by))?|deadline|date(?:\s+(?:due|by))?|completion\s+date|review\s+(?:date|by)|"
    r"(?:desired\s+|expected\s+)?outcomes?|(?:success\s+|outcome\s+)?measures?|success(?:\s+criteria)?|"
    # the record's own bookkeeping, which an export prints among the action's fields
     + _BOOKKEEPING + r"|"
    r"how\s+(?:will\s+we|we['’]ll|we\s+will)\s+know(?:\s+it['’]?s\s+working)?|"
    r"outcomes?\s+we\s+want|evidence|progress|status|rag(?:\s+rating)?|comments?|notes?|"
    r"aspirations?|barriers?|baseline|starting\s+point|provision|costs?|funding|resources?|"
    r"strateg(?:y|ies)|how|by)$",
    re.IGNORECASE,
)
# "Responsible: SW" at the start of a line; the same with nothing after it is an empty field.
_LINE_LABEL = r"^[ \t]*(?P<label>[A-Za-z][\w /()&'’-]{0,40}?)[ \t]*:[ \t]*"
LINE_LABEL_RE = re.compile(_LINE_LABEL)
_EMPTY_FIELD_RE = re.compile(_LINE_LABEL + "$")


_OWNER_TIME_RE = re.compile(
    r"^(?:(?:person\s+|people\s+|agency\s+)?responsible(?:\s+(?:person|worker|agency))?|"
    + WHO_LABEL
    + r"|by\s+whom|lead(?:\s+\w+)?|(?:action\s+)?owner|"
    r"(?:allocated|assigned)\s+to|"
    + _TARGET_DATE
    + r"|by\s+when|when|by|timescales?|time\s*frame|due(?:\s+\w+)?|"
    + _RESP_OFFICER
    + r"|"
    r"deadline|date(?:\s+\w+)?|completion\s+date|review\s+date|progress|status|rag(?:\s+rating)?)$",
    re.IGNORECASE,
)


def is_field(heading: str) -> bool:
    """A label a field-per-line record uses: the action or one of its fields."""
    h = heading.strip()
    return bool(ACTION_FIELD_RE.match(h) or FOLLOW_FIELD_RE.match(h))


def is_follow_field(heading: str) -> bool:
    """A record's field other than its action: "Who", "By when", "How we'll know"."""
    h = heading.strip()
    return bool(FOLLOW_FIELD_RE.match(h)) and not ACTION_FIELD_RE.match(h)


def is_action_field(heading: str) -> bool:
    return bool(ACTION_FIELD_RE.match(heading.strip()))


def is_owner_or_time_field(heading: str) -> bool:
    """A label for who does an action or when: "Responsible", "Target date", "Status"."""
    return bool(_OWNER_TIME_RE.match(heading.strip()))


def on_next_line(text: str, end: int, value_start: int) -> bool:
    """The field whose value starts at `value_start` is on the line after the one ending at
    `end`, with at most some empty fields ("Responsible:" and nothing else) between."""
    lines = text[end:value_start].split("\n")
    if len(lines) < 2 or lines[0].strip():
        return False
    for line in lines[1:-1]:
        m = _EMPTY_FIELD_RE.match(line)
        if not m or not is_field(m.group("label")):
            return False
    return bool(_EMPTY_FIELD_RE.match(lines[-1]))


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _lines(action: str) -> list[tuple[str, str, int]]:
    """Each line of a record with its field label ('' if none) and where its value starts."""
    out = []
    for line in action.split("\n"):
        m = LINE_LABEL_RE.match(line)
        out.append((m.group("label").strip(), line, m.end()) if m else ("", line, 0))
    return out


# "Keep in touch with her brother | Owner: Precious | Due: — | Outcome: —", "Help with
# parenting to be offered - Owner: — - Due: —": a record's fields on one line.
_INLINE_FIELD_SEP_RE = re.compile(r"\s*\|\s*|\s+[-–—]\s+(?=[A-Za-z][\w /]{0,25}:)")


# A field label mid-line: after a full stop or semicolon, or in capitals ("… TARGET DT:").
_INLINE_LABEL_RE = re.compile(
    r"(?:(?<=[.;|])\s*|(?<=\s)(?=(?-i:[A-Z][A-Z ]+:)))(?P<label>[A-Za-z][\w /]{0,25}?)\s*:"
)


def _field_lines(action: str) -> str:
    if "\n" in action:
        return action
    # "SW to monitor. RESP OFFICER: SW TARGET DT: ongoing": a field label mid-line starts a field
    cuts = [
        m.start("label")
        for m in _INLINE_LABEL_RE.finditer(action)
        if is_follow_field(m.group("label"))
    ]
    if cuts:
        bounds = [0, *cuts, len(action)]
        return "\n".join(action[a:b] for a, b in pairwise(bounds))
    pieces = [p for p in _INLINE_FIELD_SEP_RE.split(action) if p.strip()]
    labelled = [m for m in (LINE_LABEL_RE.match(p) for p in pieces) if m]
    if len(pieces) >= 2 and any(is_field(m.group("label")) for m in labelled):
        return "\n".join(pieces)
    return action


def measure_text(action: str) -> str:
    """The part of a record that says what will be done and to what end: the owner, date and
    status fields are set aside, so "Target date: ongoing" does not read as an outcome."""
    action = _field_lines(action)
    if "\n" not in action:
        return action
    lines = _lines(action)
    has_action = any(label and ACTION_FIELD_RE.match(label) for label, _, _ in lines)
    if has_action:
        # An export's header over the action ("Step: Record Action", "Person", the child's
        # name and ID) says what the record is, not what the action will achieve.
        first = next(i for i, (label, _, _) in enumerate(lines) if label and is_field(label))
        lines = lines[first:]
    kept = [
        (line[value:] if ACTION_FIELD_RE.match(label) else line).strip()
        for label, line, value in lines
        if not (label and _OWNER_TIME_RE.match(label))
        # "Target 4 – Confidence" over the target's fields: its title names a topic, and its
        # number is no measure
        and not (not label and _DASH_TITLE_RE.fullmatch(line))
        # "Measure of success: N/A" (or left blank) measures nothing
        and not (label and _MEASURE_LABEL_RE.match(label) and NULL_VALUE_RE.fullmatch(line[value:]))
        and not (label and _BOOKKEEPING_LABEL_RE.match(label))
        # "Desired outcome: Chantelle and Nevaeh are safe": the aim, judged only when it
        # carries a number ("attends 95% of sessions"); the action is judged on its own
        and not (label and _AIM_LABEL_RE.match(label) and not re.search(r"\d", line[value:]))
        # "SMART target: Improve attendance." / "Strategy: daily phone call": the support
        # given is not the target's measure
        and not (label and _STRATEGY_LABEL_RE.match(label) and has_action)
    ]
    return " ".join(k for k in kept if k)


_DASH_TITLE_RE = re.compile(
    r"\s*(?:smart\s+)?(?:target|goal|objective|outcome)\s*\d{1,2}\s*[–—-]\s*[^:\s]+(?:\s+[^:\s]+){0,4}\s*",
    re.IGNORECASE,
)
_STRATEGY_LABEL_RE = re.compile(r"strateg(?:y|ies)$|how$", re.IGNORECASE)
_BOOKKEEPING_LABEL_RE = re.compile(f"(?:{_BOOKKEEPING})$", re.IGNORECASE)


_AIM_LABEL_RE = re.compile(
    r"(?:desired|expected|intended)\s+outcomes?$|aims?$|goals?$|aspirations?$|barriers?$", re.I
)
_MEASURE_LABEL_RE = re.compile(
    r"(?:(?:measures?|evidence)\s+of\s+success|(?:success|outcome)\s+(?:measures?|criteria)|measures?|"
    r"how\s+will\s+we\s+know|evidence|(?:desired\s+|expected\s+)?outcomes?)$",
    re.IGNORECASE,
)
NULL_VALUE_RE = re.compile(
    r"\s*(?:" + BLANK_VALUE + r"|ongoing|per\s+action)?\W*",
    re.IGNORECASE,
)


# "We agreed you will:", "Kofi will:", "The SW agreed to:": the line that introduces a list
# names who does every item in it.
_LEAD_IN_OWNER_RE = re.compile(
    r"\b(?:you|i|sw|pa|fc|iro|carers?|(?-i:[A-Z][\w'’-]+))\s+(?:will|agreed\s+to|(?:is|are|am)\s+going\s+to)"
    r"\s*:\s*$",
    re.IGNORECASE,
)


def list_owner(text: str, start: int) -> bool:
    """The list holding the action that starts at `start` is introduced by a line naming who
    will do its items ("We agreed you will:" then "1. Fill in the form…")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not LIST_MARK_RE.match(text[line_start:start]):
        return False  # only items of a list: "1. Fill in the form…"
    for line in reversed(text[:line_start].split("\n")[:-1]):
        if not line.strip() or LIST_MARK_RE.match(line):
            continue
        lead_in = line.rstrip()
        named = _NAMED_LEAD_IN_RE.match(lead_in)
        return bool(_LEAD_IN_OWNER_RE.search(lead_in) or (named and names_owner(named.group(1))))
    return False


# "The local authority will:", "Residential staff will:": any owner phrase before the colon.
_NAMED_LEAD_IN_RE = re.compile(
    r"^\s*(.{2,40}?)\s+(?:will|agreed\s+to|(?:is|are)\s+going\s+to)\s*:\s*$", re.IGNORECASE
)


_NOT_OWNER_RE = re.compile(
    r"^(?:(?:desired\s+|expected\s+)?outcomes?|(?:success\s+)?measures?|how\s+will\s+we\s+know|"
    r"evidence|progress|status|comments?|notes?|need|aspirations?|barriers?)$",
    re.IGNORECASE,
)


def record_owner(action: str) -> bool | None:
    """What a record's owner field says: True when it names someone ("Responsible: SALT
    (HW)"), False when it was left empty or "N/A" (whoever the target names: "SMART target:
    Mason will learn 10 words" over an empty "Responsible:" leaves nobody to see it happens),
    None when the record has no owner field or its value is not a plain name or role. Fields
    written on the action's own line count ("… RESP OFFICER: SW TARGET DT: …")."""
    action = _field_lines(action)
    if "\n" not in action:
        return None
    owners = [
        line[value:]
        for label, line, value in _lines(action)
        if label and _OWNER_LABEL_RE.match(label)
    ]
    if not owners:
        return None
    if all(NULL_VALUE_RE.fullmatch(v) for v in owners):
        return False
    return True if any(names_owner(v) for v in owners) else None


def owner_text(action: str) -> str:
    """A record without its outcome and progress fields: "Outcome: Jake will feel safe" says
    what should change for the child, not who will act."""
    if "\n" not in action:
        return action
    return "\n".join(
        line for label, line, _ in _lines(action) if not (label and _NOT_OWNER_RE.match(label))
    )


_OWNER_LABEL_RE = re.compile(
    r"(?:(?:person\s+|people\s+|agency\s+)?responsible(?:\s+(?:person|worker|agency))?|"
    + WHO_LABEL
    + r"|by\s+whom|lead(?:\s+(?:person|professional|agency|worker))?|(?:action\s+)?owner|"
    r"(?:allocated|assigned)\s+to|" + _RESP_OFFICER + r")$",
    re.IGNORECASE,
)


# "Actions: daily reading with TA" inside a target's block: the plural label of one record's
# action (only here: an "Actions:" heading over a list heads the list).
_ACTIONS_LABEL_RE = re.compile(r"^actions$", re.IGNORECASE)
# "Target 2 - Times tables" over "Action: … / Lead: … / Date: …": the record's title.
_TITLE_FIELD_RE = re.compile(r"^(?:smart\s+)?(?:target|goal|objective|outcome)\s*\d{1,2}$", re.I)


# "1) Target: Improve behaviour" over "Strategy: … / Responsible: …": a record's action; after
# an "Action:" line, "Target: 95%" is that action's measure instead.
_BARE_TARGET_RE = re.compile(r"^(?:target|goal|objective)$", re.IGNORECASE)


def _record_action(sec: Section) -> bool:
    return is_action_field(sec.heading) or bool(
        (_ACTIONS_LABEL_RE.match(sec.heading.strip()) or _BARE_TARGET_RE.match(sec.heading.strip()))
        and "\n" not in sec.body.text
    )


def _record_field(sec: Section) -> bool:
    return is_field(sec.heading) or _record_action(sec)


def _titled(rec: list[Section]) -> bool:
    """A record opened by its numbered title on a line of its own ("Target 2 - Times tables")."""
    return (
        bool(rec)
        and bool(_TITLE_FIELD_RE.match(rec[0].heading.strip()))
        and "\n" not in rec[0].body.text
    )


def merge_records(text: str, secs: list[Section]) -> list[Section]:
    """Field-per-line action records ("Action: …" / "Responsible: …" / "Target date: …") as one
    section each, labels included (see fields.py). A record starts where the run's first label
    comes round again, or at a second action label unless the record so far is only its title
    ("Target 2 - Times tables"); a run with no action field is left as is."""
    out: list[Section] = []
    run: list[Section] = []

    def flush() -> None:
        if not run:
            return
        records: list[list[Section]] = []
        first = run[0].heading.strip().lower()
        for sec in run:
            again = sec.heading.strip().lower() == first
            current = records[-1] if records else []
            second_action = (
                _record_action(sec)
                and not _BARE_TARGET_RE.match(sec.heading.strip())
                and any(_record_action(r) for r in current)
                # "Target 2 - Times tables" then "Target: …" and "Intervention: …": the title's
                # own fields, one record; "Target 1: …" then "Target 2: …" are two targets
                and not (_titled(current) and not _TITLE_FIELD_RE.match(sec.heading.strip()))
            )
            if records and not again and not second_action:
                records[-1].append(sec)
            else:
                records.append([sec])
        for rec in records:
            action = next((r for r in rec if _record_action(r)), None)
            if action is None or len(rec) == 1:
                out.extend(rec)
                continue
            start = line_start(text, rec[0].body.start)
            body = Span(text[start : rec[-1].body.end], start, rec[-1].body.end)
            out.append(Section(ACTIONS, action.heading, body))
        run.clear()

    for sec in secs:
        if run and _record_field(sec) and on_next_line(text, run[-1].body.end, sec.body.start):
            run.append(sec)
            continue
        flush()
        if _record_field(sec):
            run.append(sec)
        else:
            out.append(sec)
    flush()
    return out
