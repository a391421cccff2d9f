"""What the shape tests ask of the checker: the flags of a document, as (code, action index)
pairs, and the text of each action the splitter finds."""

from casequality import check
from casequality.chat import messages
from casequality.checker import actions_of, prepared, sections_of


def flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def actions(kind: str, text: str) -> list[str]:
    read = prepared(text, kind)
    thread = bool(messages(text))
    secs = sections_of(kind, read, thread=thread)
    return [a.text for a in actions_of(kind, read, secs, thread=thread)]
