"""The pieces of text the checks pass around, each with its offsets in the original."""

from __future__ import annotations

from dataclasses import dataclass

ACTIONS = "actions"  # the section type that holds a plan's actions


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the original text with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    kind: str
    heading: str
    body: Span
