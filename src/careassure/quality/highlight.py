"""Cut a document's text into paragraphs, lines and pieces so the flags' evidence can be marked
(`<mark>`) in the template, with every piece escaped by Django as ordinary text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol


class HasSpan(Protocol):
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Piece:
    text: str
    flags: tuple[int, ...]  # 1-based numbers of the flags whose evidence covers this piece


Line = list[Piece]
Paragraph = list[Line]


def _pieces(text: str, flags: Sequence[HasSpan]) -> list[Piece]:
    spans = [
        (f.start, f.end, n)
        for n, f in enumerate(flags, start=1)
        if f.start is not None and f.end is not None and 0 <= f.start < f.end <= len(text)
    ]
    cuts = sorted({0, len(text)} | {s for s, _e, _n in spans} | {e for _s, e, _n in spans})
    pieces = []
    for a, b in pairwise(cuts):
        covering = tuple(n for s, e, n in spans if s <= a and b <= e)
        pieces.append(Piece(text[a:b], covering))
    return pieces


def highlighted(text: str, flags: Sequence[HasSpan]) -> list[Paragraph]:
    """Paragraphs (split at blank lines) of lines of pieces; offsets are into `text`."""
    paragraphs: list[Paragraph] = [[[]]]
    for piece in _pieces(text, flags):
        for i, part in enumerate(piece.text.split("\n")):
            if i:  # a line break inside the piece
                if not paragraphs[-1][-1] and paragraphs[-1] != [[]]:
                    paragraphs.append([[]])  # a blank line: start a paragraph
                else:
                    paragraphs[-1].append([])
            if part:
                paragraphs[-1][-1].append(Piece(part, piece.flags))
    return [[line for line in para if line] for para in paragraphs if any(para)]
