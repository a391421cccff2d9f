"""The fast-path lookaheads on the long alternations must never hide a match the plain
alternation would find: same spans, on generated text and on every labelled document."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casequality.lexicon import _VAGUE_OBJECT_PATTERNS, VAGUE_OBJECT_GUARD, VAGUE_OBJECT_RE
from casequality.measures import MEASURE_GUARD, MEASURE_RE
from casequality.timescales import _PATTERNS, TIMESCALE_GUARD, TIMESCALE_RE, fold

HERE = Path(__file__).parent


def _without(guard: str, rx: re.Pattern[str]) -> re.Pattern[str]:
    assert rx.pattern.startswith(guard + "(?:") and rx.pattern.endswith(")")
    return re.compile(rx.pattern[len(guard) + 3 : -1], rx.flags)


# (guarded, plain, whether the text is folded first as the checker does)
CASES = {
    "timescale": (TIMESCALE_RE, _without(TIMESCALE_GUARD, TIMESCALE_RE), True),
    "measure": (MEASURE_RE, _without(MEASURE_GUARD, MEASURE_RE), False),
    "vague object": (VAGUE_OBJECT_RE, _without(VAGUE_OBJECT_GUARD, VAGUE_OBJECT_RE), False),
}
_WORDS = [
    "by",
    "14/3",
    "2025-03-14",
    "March",
    "every",
    "other",
    "week",
    "twice",
    "a",
    "month",
    "next",
    "review",
    "-",
    "|",
    ":",
    "(",
    ")",
    "Mon",
    "Fridays",
    "within",
    "6",
    "weeks",
    "at",
    "the",
    "PEP",
    "SW",
    "to",
    "visit",
    "end",
    "of",
    "term",
    "until",
    "she",
    "moves",
    "x",
    "£40",
    "50%",
    "so",
    "that",
    "score",
    "keep",
    "an",
    "eye",
    "on",
    "support",
    "as",
    "needed",
    "grade",
    "4",
    "Jo",
    "is",
    "settled",
    "monitor",
    "progress",
    "at",
    "least",
]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_every_timescale_pattern_starts_where_the_lookahead_lets_a_match_start():
    # A pattern that began elsewhere (say with a space) would be skipped by the lookahead.
    for pattern in _PATTERNS:
        assert pattern.startswith((r"\b", r"\(", "(?:^|")), pattern


def test_every_vague_object_pattern_starts_with_a_word_boundary():
    for pattern in _VAGUE_OBJECT_PATTERNS:
        assert pattern.startswith(r"\b"), pattern


@pytest.mark.parametrize("name", CASES)
@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=14),
    sep=st.sampled_from([" ", "  ", ", ", "\n", ""]),
)
def test_the_lookahead_finds_exactly_what_the_plain_alternation_finds(name, words, sep):
    guarded, plain, folded = CASES[name]
    text = sep.join(words)
    text = fold(text) if folded else text
    assert _spans(guarded, text) == _spans(plain, text)


def test_the_same_matches_on_labelled_documents():
    # Every tenth document keeps this quick; the full run (every labelled text, and every line
    # from every fifth character) was made once when the lookaheads were added.
    texts = [
        json.loads(line)["text"]
        for path in sorted(HERE.glob("*/*.jsonl"))
        for line in path.open(encoding="utf-8")
        if line.strip() and "text" in json.loads(line)
    ]
    assert len(texts) > 7_000
    for name, (guarded, plain, folded) in CASES.items():
        for text in texts[::10]:
            text = fold(text) if folded else text
            assert _spans(guarded, text) == _spans(plain, text), (name, text[:80])
