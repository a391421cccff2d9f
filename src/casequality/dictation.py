"""Records dictated through speech-to-text, given back the punctuation, list numbers and
acronyms they were spoken with, one character for one so that offsets into the record stay
valid.

Dictation software that was not told to act on them writes the commands out as words ("…every
week full stop", "actions new line") and list numbers as words ("one Hannah to write…", "two
Hannah to call…"). Read as they are, a whole plan is one sentence and its numbered actions are
not a list. The repair only runs on a record that carries such commands at least twice, so that
an ordinary "the full stop at the end" or "one Saturday a month" is left alone.
"""

from __future__ import annotations

import re

_COMMAND_RE = re.compile(r"\b(?:full\s+stop|new\s+line|new\s+paragraph|comma)\b", re.IGNORECASE)
_PUNCTUATION = {"full": ".", "new": "\n", "comma": ","}
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Acronyms the software spelled out as it heard them: "pee a" for PA, "I are oh" for IRO.
_HEARD_ACRONYMS = {
    "pee a": "PA",
    "i are oh": "IRO",
    "gee pee": "GP",
    "ess double you": "SW",
    "dee tee": "DT",
    "tee em": "TM",
    "ell a see": "LAC",
    "see el a": "CLA",
    "pee e pee": "PEP",
}
_HEARD_RE = re.compile(
    r"\b(?:" + "|".join(k.replace(" ", r"\s") for k in _HEARD_ACRONYMS) + r")\b", re.IGNORECASE
)
# "one Hannah to…" opening a line, then "two …" on a later line: a list numbered aloud.
_SPOKEN_ITEM_RE = re.compile(
    r"^(?P<word>" + "|".join(_NUMBER_WORDS) + r")(?=\s+(?-i:[A-Z])|\s+(?:pee\sa|i\sare\soh)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def dictated(text: str) -> str:
    """`text` with spoken punctuation and spoken list numbers written as they were meant."""
    commands = list(_COMMAND_RE.finditer(text))
    items = list(_SPOKEN_ITEM_RE.finditer(text))
    heard = list(_HEARD_RE.finditer(text))
    if len(commands) < 2 and len(items) < 2 and not heard:
        return text
    out = list(text)
    for m in heard:
        acronym = _HEARD_ACRONYMS[" ".join(m.group(0).lower().split())]
        out[m.start() : m.end()] = acronym.ljust(m.end() - m.start())
    if len(commands) >= 2:
        for m in commands:
            # the mark where the command's first letter was, and the space before it removed
            # so that "week full stop" reads "week.": one character for one throughout
            start = m.start() - 1 if m.start() and text[m.start() - 1] == " " else m.start()
            mark = _PUNCTUATION[m.group(0).split()[0].lower()]
            out[start : m.end()] = mark + " " * (m.end() - start - 1)
    numbers = [m.group("word").lower() for m in items]
    if len(items) >= 2 and numbers[:2] == ["one", "two"]:
        for m in items:
            digit = str(_NUMBER_WORDS.index(m.group("word").lower()) + 1) + "."
            out[m.start() : m.end()] = digit.ljust(m.end() - m.start())
    return "".join(out)
