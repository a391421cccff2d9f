"""How a record is read before any check: `readable` undoes what its export did to it (a saved
thread's headers, tracked changes, form controls, dictation, tab and pipe columns, PDF page
furniture), and `prepared` is the text every check of a document reads. Both keep every
character's offset, so evidence quotes the record as written."""

from __future__ import annotations

import re

from casequality.chat import chat_read, managers_words
from casequality.dictation import dictated
from casequality.formcontrols import form_values
from casequality.names import restore_names, undo_autocorrect
from casequality.pasted import delimited_cells
from casequality.pdftables import (
    misread_dates,
    page_furniture,
    pdf_tables,
    wrapped_lines,
    wrapped_rows,
)
from casequality.spans import LIST_MARK_RE, plain_text, tab_cells
from casequality.tracked import current_wording
from casequality.vertical import vertical_fields

_QUESTION_LABEL_RE = re.compile(r"\b(Who|What|When|By when|Why|How)\?(?=\s)")


def readable(text: str, *, thread: bool = True) -> str:
    """A saved thread's or email chain's words (`chat.chat_read`; not `thread`: an oversight
    thread as the manager's own messages, `chat.managers_words`), an export's labels on lines of
    their own joined to their values (`vertical.vertical_fields`), tracked
    changes accepted, a form's controls read as their values, dictated punctuation
    and list numbers written out, names given back their capitals, tab columns as cells, an old
    form's labels and HTML as plain text, spreadsheet rows pasted as delimited text and tables
    taken out of a PDF as pipe rows, page furniture blanked, wrapped prose and table rows
    rejoined: each one character for one, so offsets into the record stay valid."""
    text = chat_read(text) if thread else managers_words(text)
    text = dictated(form_values(current_wording(vertical_fields(text))))
    text = pdf_tables(plain_text(delimited_cells(tab_cells(restore_names(undo_autocorrect(text))))))
    return misread_dates(wrapped_lines(wrapped_rows(page_furniture(text)), LIST_MARK_RE))


_ARROW_LABEL_RE = re.compile(r"^[ \t]*(?:→|->|=>|⇒|➔|►)(?=[ \t]*[A-Z][\w '’/]{1,30}:)", re.M)


def prepared(text: str, kind: str = "") -> str:
    """The text every check reads: `readable`, and a form's "Who?" questions as field labels.
    An oversight entry is read with its thread's headers and quotation marks: they tell the
    manager's words from the request above them (`chat.managers_words`, `entry.manager_text`)."""
    text = readable(text, thread=kind != "oversight")
    # "→ What we will do: …" / "→ When: …": an arrow before each of a record's field labels
    text = _ARROW_LABEL_RE.sub(lambda m: " " * len(m.group(0)), text)
    # "Who? Carers. What? Take Harvey to CAMHS": a form's questions as its field labels.
    if re.search(r"\bWho\?", text) and re.search(r"\bWhat\?", text):
        text = _QUESTION_LABEL_RE.sub(lambda m: m.group(1) + ":", text)
    return text
