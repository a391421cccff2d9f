"""Does a report name a child? A report to a public committee must not identify children.

The check looks for each child's full name (given and family name together) and 903 CHILD id as
whole words, case-insensitively. A given name alone is not matched: it is too common a word to
mean a child ("Grace", "Hope") and would bury real warnings. The author decides; we only warn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    where: str  # paragraph number or front-sheet field
    found: str  # the name or id as it appears in the text
    kind: str  # "name" or "903 CHILD id"


@dataclass(frozen=True)
class Person:
    name: str
    code: str


def identifying_mentions(
    texts: Iterable[tuple[str, str]], people: Iterable[Person]
) -> list[Mention]:
    patterns = _patterns(people)
    if not patterns:
        return []
    mentions: list[Mention] = []
    for where, text in texts:
        for kind, pattern in patterns:
            for match in pattern.finditer(text or ""):
                mention = Mention(where=where, found=match.group(0), kind=kind)
                if mention not in mentions:
                    mentions.append(mention)
    return mentions


def _patterns(people: Iterable[Person]) -> list[tuple[str, re.Pattern[str]]]:
    names: set[str] = set()
    codes: set[str] = set()
    for person in people:
        name = " ".join(person.name.split())
        if " " in name:  # a full name: at least given and family name
            names.add(name)
        if person.code.strip():
            codes.add(person.code.strip())
    patterns = []
    if names:
        alternatives = "|".join(
            r"\s+".join(map(re.escape, name.split()))
            for name in sorted(names, key=len, reverse=True)
        )
        patterns.append(("name", re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)))
    if codes:
        alternatives = "|".join(map(re.escape, sorted(codes, key=len, reverse=True)))
        # Not part of a longer token or a decimal number ("98.5%" is not child 98).
        pattern = rf"(?<![\w-])(?<!\d\.)(?:{alternatives})(?![\w-]|\.\d)"
        patterns.append(("903 CHILD id", re.compile(pattern)))
    return patterns
