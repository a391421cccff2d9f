"""Table rows in plans: which rows are actions, and which are headers or document metadata.

Plans exported from case systems and ePEP tools arrive as pipe tables ("Action | Who | When").
A row is an action unless it is the header row (every cell a column name, or most of them with
no dates, numbers or modals) or a metadata row that heads the export ("ePEP export | Term:
Autumn | Pupil: Sam"): most of its cells are "Label: value" fields whose labels are not column
names, so the row describes the document rather than something to be done.
"""

from __future__ import annotations

import re

from casequality.actionlike import is_action_like
from casequality.fields import line_start
from casequality.spans import Section, Span, sub_span

TABLE_HEADER_CELL_RE = re.compile(
    r"^(?:(?:desired|expected|planned|new)\s+)?(?:actions?|who|when|by\s+when|by\s+whom|whom|owner|lead|"
    r"case|child|young\s+person|actions?\s+from\s+(?:last|previous)\s+\w+|"
    r"(?:person\s+|who\s+is\s+)?responsible|timescales?|outcomes?|(?:target\s+|review\s+)?date|by|"
    r"interventions?|lead\s+(?:professional|person|agency|worker)|review\s+by|due(?:\s+(?:by|date))?|"
    r"targets?|status|comments?|updates?|notes?|what|how|why|measure|progress|needs?|objectives?|tasks?|rag|"
    r"areas?|sections?|goals?|plan|strategy|who\s*/\s*(?:when|by\s+when)|review|arrangements?|"
    r"week|term|#|no\.?|ref\.?|details?|support|how\s+often|fields?|values?|items?|pp\+|"
    r"actions?\s+to\s+achieve(?:\s+(?:the\s+)?targets?)?|what\s+(?:[\w'’]+\s+){1,2}will\s+do|"
    r"what\s+(?:we|i|you|they)['’]ll\s+do|"
    r"what\s+will\s+be\s+done|steps?\s+to\s+(?:achieve|get\s+there)(?:\s+(?:it|this|the\s+\w+))?|"
    r"how\s+(?:we['’]ll|we\s+will|will\s+we)\s+(?:know|measure)(?:\s+[\w'’]+){0,3}|"
    # attainment grids: "Subject | Baseline | Now | Target", "Predicted (GCSE)"
    r"subjects?|baseline|now|current|predicted(?:\s*\([^)]*\))?|grades?|working\s+at|expected|"
    # "Predicted grade (Sept)", "Current working grade (Dec)", "Target grade"
    r"(?:predicted|current|target|expected|end\s+of\s+year)(?:\s+working)?\s+grades?(?:\s*\([^)]*\))?|"
    r"attainment|start(?:ing)?\s+point|"
    # outcomes frameworks: "Outcome area | RAG | Now (1-10) | Where we want to be | Steps - who -
    # when | We'll know it's working when"
    r"who\s+will\s+help(?:\s+(?:me|you))?|how\s+(?:it|this|the\s+need)\s+will\s+be\s+met|what\s+(?:we|i|you)\s+want\s+to\s+(?:happen|change)|"
    r"outcome\s+areas?|now\s*\([^)]*\)|where\s+(?:are\s+we|we\s+are)\s+now(?:\s*\([^)]*\))?|"
    r"where\s+[\w'’-]+\s+(?:is|are)\s+now|"  # "Where Tasha is now"
    r"where\s+(?:we|i|you)\s+want\s+to\s+be(?:\s*\([^)]*\))?|steps?(?:\s*[-–/]\s*(?:who|when))*|"
    r"(?:we['’]ll|we\s+will)\s+know\s+(?:it['’]s|it\s+is)\s+working(?:\s+when)?|"
    # family-time plans: "Who | How often | Where | Supervised by | Transport"
    r"how\s+often|where|supervised\s+by|transport|venue|frequency|"
    # "Tyler's comments", "Freya's view", "Young person's voice": the child's column
    r"(?:[\w-]+(?:\s+[\w-]+)?['’]s\s+)?(?:comments?|views?|voice|words)|"
    r"what\s+(?:needs\s+to|will)\s+happen|how\s+(?:will\s+we|we\s+will|we'll)\s+(?:know|measure(?:\s+it)?)|"
    r"how\s+(?:it\s+)?will\s+be\s+measured)\??$",
    re.IGNORECASE,
)
_RULE_CELL_RE = re.compile(r"^[\s:=-]*$")
# "Term: Autumn 2026", "Pupil: Rayan Haddad", "Year group: 8": a field of the document.
_FIELD_CELL_RE = re.compile(r"^(?P<label>[A-Za-z][\w /'’&-]{0,25}?)\s*:\s*\S")


# "Care Plan – Reuben (9) | s20 | …", "PEP (Autumn 1) | Sofia | Y6": a title row naming the
# document, as exports print above the table.
_TITLE_CELL_RE = re.compile(
    r"^(?:the\s+)?(?:(?:care|pathway|placement|support|safety|personal\s+education|child(?:'s|’s)?)\s+"
    r"plan|e?pep|(?:lac|cla|looked\s+after|child\s+in\s+care)\s+review|review\s+of\s+arrangements|"
    r"supervision|case\s+note)\b(?!.*\b(?:to|will|should|must)\b)",
    re.IGNORECASE,
)


# A grade, level or score in an attainment grid: "4", "Gr 3", "E2", "L1", "Merit", "ARE", "B".
_GRADE_CELL_RE = re.compile(
    r"^(?:gr(?:ade)?\.?\s*)?(?:\d{1,3}%?|\d-\d|[a-e][1-3]?|[el][1-3]|pre-?[a-z]+|wts|exs|gds|are|"
    r"pass|merit|distinction|fail|u|ungraded|n/?a|-)[+-]?$",
    re.IGNORECASE,
)


# A cell of a signature block: capitalised words (and "for", "of", "&", numbers), no date.
_SIGNATURE_CELL_RE = re.compile(
    r"(?:(?-i:[A-Z0-9][\w'’.+-]*)|for|of|and|the|&|\+)"
    r"(?:[ ,]+(?:\(?(?-i:[A-Z0-9][\w'’.+-]*)\)?|for|of|in|at|and|the|&|\+))*"
)
_ORG_WORD_RE = re.compile(
    r"\b(?:team|council|school|centre|center|service|adviser|advisor|worker|officer|manager|"
    r"teacher|academy|college|trust|borough|authority|street|road)\b",
    re.IGNORECASE,
)


_CHILD_AGE_CELL_RE = re.compile(
    r"(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*(?:,\s*\d{1,2}|\(\d{1,2}\))(?:\s*(?:yrs?|years?))?"
)
_DOB_CELL_RE = re.compile(r"(?:dob|d\.o\.b\.?|date\s+of\s+birth)\b", re.IGNORECASE)
_ROLE_NAME_CELL_RE = re.compile(
    r"(?-i:(?:SW|KW|RM|PA|IRO|TM|DT|SSW|FC|SENCo|DSL|HV)\s+[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def column_name(cell: str) -> bool:
    """ "Who", "By when", "When / how often": a column's name, or names joined by slashes."""
    return bool(TABLE_HEADER_CELL_RE.match(cell)) or (
        "/" in cell and all(TABLE_HEADER_CELL_RE.match(p.strip()) for p in cell.split("/"))
    )


# Labels of a document's own header that happen to be column names too: "Date: 26/02/2026".
_RECORD_LABEL_RE = re.compile(r"(?:plan\s+|review\s+|meeting\s+)?date", re.IGNORECASE)


def is_action_row(text: str) -> bool:
    """False for a header row or a metadata row; True for a row that may hold an action."""
    cells = [c.strip() for c in text.split("|")]
    filled = [c for c in cells if c]
    grades = filled[1:]
    if (
        len(filled) >= 3
        and all(_GRADE_CELL_RE.match(c) for c in grades)
        and any(c.lower() not in {"-", "n/a", "na"} for c in grades)
    ):
        return False  # "Maths | Gr 2 | Gr 3 | Gr 4": a row of an attainment grid
    if filled and _TITLE_CELL_RE.match(filled[0]):
        return False
    if any(_DOB_CELL_RE.match(c) for c in filled):
        return False  # "Kai Osborne | DOB 21/02/2007 (18) | Care leaver": who the record is about
    if any(_CHILD_AGE_CELL_RE.fullmatch(c) for c in filled[:1]):
        return False  # "Leah Saunders, 14 | s.20 | Placed 02/10/23": the child's header row
    if sum(bool(_ROLE_NAME_CELL_RE.fullmatch(c)) for c in filled) >= 2:
        return False  # "Brandon (16) | SW Tom Rennard | KW Aled Price": who is who, not a task
    if (
        len(filled) >= 2
        and all(_SIGNATURE_CELL_RE.fullmatch(c) for c in filled)
        and any(_ORG_WORD_RE.search(c) for c in filled)
    ):
        # "Priya Sandhu | Social Worker | CLA Team 2": an email signature; "Eastwick Vale
        # Council | Next Steps (Leaving Care) Service": a letterhead
        return False
    if all(column_name(c) or _RULE_CELL_RE.match(c) for c in cells):
        return False  # a header row, or the "|---|:---:|" rule under a markdown header
    # A header row with a column name the list lacks ("Target | Strategy | Who | When"): most
    # cells are column names, and no cell holds a date, a number or a modal.
    named = sum(column_name(c) for c in filled)
    if named * 2 >= len(filled) and all(
        column_name(c)
        or (len(c.split()) <= 3 and not re.search(r"\d|\b(?:to|will|should)\b", c, re.IGNORECASE))
        for c in cells
    ):
        return False
    # A row of labelled fields ("Action: book dental | Who: FC") is an action written as fields;
    # a row of other labelled fields is the document's own header.
    fields = [m for m in (_FIELD_CELL_RE.match(c) for c in filled) if m]
    metadata = len(fields) * 2 >= len(filled) and not any(
        TABLE_HEADER_CELL_RE.match(m.group("label").strip())
        and not _RECORD_LABEL_RE.fullmatch(m.group("label").strip())
        for m in fields
    )
    return not metadata


# Leading columns that name the case or report on last time: "Case | Actions from last sup |
# New actions" - the action is in the columns after them.
_NOT_ACTION_COLUMN_RE = re.compile(
    r"\s*(?:case|child|young\s+person|yp|name|actions?\s+from\s+(?:last|previous)\s+\w+|"
    r"last\s+(?:month['’]s\s+)?actions?|progress\s+(?:on|since)\s+last\s+\w+)\s*",
    re.IGNORECASE,
)


# "Area | Current position | Action | Who | When": columns that set the scene for the action
# column after them. Dropped only when such a column follows, since in "Need | Who | When" the
# need is what is to be done.
_CONTEXT_COLUMN_RE = re.compile(
    r"\s*(?:areas?|domains?|(?:identified\s+)?needs?|current\s+(?:position|situation)|"
    r"where\s+(?:we\s+are|are\s+we)\s+now|what\s+we\s+know)\s*",
    re.IGNORECASE,
)
_ACTION_COLUMN_RE = re.compile(
    r"\s*(?:(?:agreed\s+|new\s+)?actions?|tasks?|what\s+(?:needs\s+to|will)\s+happen|"
    r"what\s+(?:[\w'’]+\s+){1,2}will\s+do|"
    r"interventions?)\s*",
    re.IGNORECASE,
)


def drop_leading_columns(row: Span, heading: str) -> Span:
    heads = heading.strip("| ").split("|")
    drop = 0
    while drop < len(heads) - 1 and (
        _NOT_ACTION_COLUMN_RE.fullmatch(heads[drop])
        or (
            _CONTEXT_COLUMN_RE.fullmatch(heads[drop])
            and any(_ACTION_COLUMN_RE.fullmatch(h) for h in heads[drop + 1 :])
        )
    ):
        drop += 1
    if not drop or row.text.count("|") < drop:
        return row
    cut = -1
    for _ in range(drop):
        cut = row.text.index("|", cut + 1)
    return sub_span(row, cut + 1, len(row.text))


# "| Field | Value |" exports: each row is one field of the record ("PA | E. Tomlinson"); only
# a row whose value is a task, or carries its own owner or due date, is an action.
KEY_VALUE_HEADER_RE = re.compile(
    r"\|?\s*(?:field|item|question|label)\s*\|\s*(?:value|answer|response|details?)\s*\|?\s*|"
    # "CHILD DETAILS" over "DOB | 08/08/2009": a form's section of the record's own fields
    r"(?:(?:the\s+)?child(?:['’]s)?|young\s+person(?:['’]s)?|personal|placement|case|family|"
    r"record)\s+details",
    re.IGNORECASE,
)
_OWNED_VALUE_RE = re.compile(r"\b(?:owner|who|lead|responsible|due|by\s+when)\s*:", re.I)


def key_value_field(row: Span, heading: str) -> bool:
    """True for a row of a "Field | Value" table that records a field, not an action."""
    if not KEY_VALUE_HEADER_RE.fullmatch(heading.strip()):
        return False
    value = row.text.split("|", 1)[1] if "|" in row.text else row.text
    return not (is_action_like(value) or _OWNED_VALUE_RE.search(value))


# --- which column a cell is in ---------------------------------------------------------------

WHO, WHEN, TEXT = "who", "when", "text"

_WHO_COLUMN_RE = re.compile(
    r"(?:who|by\s+whom|whom|owner|lead(?:\s+\w+)?|(?:person\s+|who\s+is\s+)?responsible|"
    r"supervised\s+by)",
    re.IGNORECASE,
)
_WHEN_COLUMN_RE = re.compile(
    r"(?:(?:by\s+)?when|timescales?|(?:target\s+|review\s+|due\s+)?date|due(?:\s+by)?|by|"
    r"review\s+by|how\s+often|frequency|deadline)",
    re.IGNORECASE,
)


def column_kind(name: str) -> str:
    if _WHO_COLUMN_RE.fullmatch(name):
        return WHO
    if _WHEN_COLUMN_RE.fullmatch(name):
        return WHEN
    return TEXT


_STATUS_COLUMN_RE = re.compile(
    r"rag|status|progress|updates?|notes?|comments?|review|outcomes?|how\s+will\s+we\s+know", re.I
)
_NULL_CELL_RE = re.compile(r"\W*(?:n/?a|tbc|tba|none|nil|unassigned|select\W*)?\W*", re.IGNORECASE)


def row_columns(row: str, heading: str, dropped: int) -> tuple[list[str], str | None, bool] | None:
    """For a pipe row under a header row: (the cells of its text columns, what its Who cell
    holds: "" when empty, None when it has none, whether its When cell is empty); None when the
    row does not fit the header. `dropped` leading columns were cut from the row before it
    reached here."""
    heads = [h.strip() for h in heading.strip().strip("|").split("|")][dropped:]
    cells = [c.strip() for c in row.split("|")]
    if len(cells) > len(heads) or not any(column_kind(h) != TEXT for h in heads):
        return None
    cells += [""] * (len(heads) - len(cells))  # trailing empty cells were stripped
    text_cells: list[str] = []
    who: str | None = None
    when_empty = False
    for head, cell in zip(heads, cells, strict=True):
        kind = column_kind(head)
        empty = bool(_NULL_CELL_RE.fullmatch(cell))
        if kind == WHO:
            who = "" if empty or who == "" else cell
        elif kind == WHEN:
            when_empty = when_empty or empty
        elif not _STATUS_COLUMN_RE.fullmatch(head):
            text_cells.append(cell)
    return text_cells, who, when_empty


def table_columns(
    text: str, action: Span, sec: Section | None
) -> tuple[list[str], str | None, bool] | None:
    """The row's text cells, its Who cell ("" when empty, None when it has none) and whether
    its When cell is empty, for an action that is a row under a table's header row (`sec`,
    the section holding the action)."""
    if "|" not in action.text or sec is None or "|" not in sec.heading:
        return None
    before = text[line_start(text, action.start) : action.start]
    # "| 2 | Weekly allowance… |": a markdown row's outer bar opens no column
    dropped = before.count("|") - (1 if before.lstrip().startswith("|") else 0)
    return row_columns(action.text, sec.heading, dropped)
