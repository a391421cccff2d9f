"""Validate the hand-written blind32 texts and build blind32.jsonl.

Each file in ../texts is named NNN_short_name.txt and looks like:

    === <kind> | <labels>
    <document text>
    --- previous
    <previous supervision record, optional>

Labels are one letter per code, with an action index for indexed codes
(e.g. "O0 T2 M2 V").  Run with the project's Python:

    /work/main/.venv/bin/python src/build.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET = "blind32"
PREFIX = "qa"

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXTS = ROOT / "texts"
OUT = ROOT / f"{SET}.jsonl"

KINDS = {
    "action",
    "care_plan",
    "pathway_plan",
    "pep",
    "review",
    "oversight",
    "supervision",
}

# letter -> (code, indexed, allowed kinds)
LETTERS: dict[str, tuple[str, bool, set[str]]] = {
    "O": (
        "ACTION_NO_OWNER",
        True,
        {"action", "care_plan", "pathway_plan", "pep", "supervision"},
    ),
    "T": (
        "ACTION_NO_TIMESCALE",
        True,
        {"action", "care_plan", "pathway_plan", "pep", "supervision"},
    ),
    "M": (
        "ACTION_NOT_MEASURABLE",
        True,
        {"action", "care_plan", "pathway_plan", "pep", "supervision"},
    ),
    "C": ("NO_CONTINGENCY", False, {"care_plan"}),
    "V": ("NO_CHILD_VOICE", False, {"care_plan", "pathway_plan", "pep", "review"}),
    "R": ("OVERSIGHT_NO_RATIONALE", False, {"oversight"}),
    "S": ("SUPERVISION_REPEATED_ACTIONS", True, {"supervision"}),
}

HEADER = re.compile(r"^=== (?P<kind>[a-z_]+) \|(?P<labels>.*)$")
NAME = re.compile(r"^(?P<num>\d{3})_[a-z0-9_]+\.txt$")
LABEL = re.compile(r"^(?P<letter>[A-Z])(?P<index>\d+)?$")
PREVIOUS = "\n--- previous\n"


class BuildError(Exception):
    """A file breaks the format or the labelling rules."""


def parse_labels(raw: str, kind: str, has_previous: bool, where: str) -> list[dict]:
    expected: list[dict] = []
    seen: set[tuple[str, int | None]] = set()
    for token in raw.split():
        m = LABEL.match(token)
        if not m:
            raise BuildError(f"{where}: bad label {token!r}")
        letter = m.group("letter")
        if letter not in LETTERS:
            raise BuildError(f"{where}: unknown letter {letter!r}")
        code, indexed, kinds = LETTERS[letter]
        if kind not in kinds:
            raise BuildError(f"{where}: {letter} not allowed for kind {kind}")
        index: int | None = None
        if indexed:
            if m.group("index") is None:
                raise BuildError(f"{where}: {letter} needs an action index")
            index = int(m.group("index"))
            if kind == "action" and index != 0:
                raise BuildError(f"{where}: action kind only has index 0")
        elif m.group("index") is not None:
            raise BuildError(f"{where}: {letter} takes no index")
        if letter == "S" and not has_previous:
            raise BuildError(f"{where}: S needs a previous record")
        key = (code, index)
        if key in seen:
            raise BuildError(f"{where}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": code, "action_index": index})
    return expected


def parse_file(path: Path) -> dict:
    where = path.name
    content = path.read_text(encoding="utf-8")
    first, _, body = content.partition("\n")
    m = HEADER.match(first)
    if not m:
        raise BuildError(f"{where}: bad header line {first!r}")
    kind = m.group("kind")
    if kind not in KINDS:
        raise BuildError(f"{where}: unknown kind {kind!r}")
    previous: str | None = None
    if PREVIOUS in "\n" + body:
        text, _, previous = ("\n" + body).partition(PREVIOUS)
        text = text[1:]
        previous = previous.strip()
        if kind != "supervision":
            raise BuildError(f"{where}: previous text only for supervision")
        if not previous:
            raise BuildError(f"{where}: empty previous text")
    else:
        text = body
    text = text.strip()
    if not text:
        raise BuildError(f"{where}: empty text")
    expected = parse_labels(m.group("labels"), kind, previous is not None, where)
    record: dict = {"kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXTS.glob("*.txt"))
    records = []
    numbers = []
    for path in files:
        m = NAME.match(path.name)
        if not m:
            raise BuildError(f"{path.name}: bad file name")
        numbers.append(int(m.group("num")))
        record = parse_file(path)
        records.append({"id": f"{PREFIX}{m.group('num')}", **record})
    if numbers != list(range(1, len(numbers) + 1)):
        raise BuildError("files are not numbered 001..N without gaps or repeats")

    with OUT.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    flagged_docs = Counter(code for r in records for code in {e["code"] for e in r["expected"]})
    clean = sum(1 for r in records if not r["expected"])
    with_previous = sum(1 for r in records if "previous_text" in r)
    print(f"wrote {len(records)} records to {OUT.name}")
    print(f"clean: {clean} ({100 * clean / len(records):.0f}%)")
    print(f"supervision with previous text: {with_previous}")
    for kind in sorted(kinds):
        print(f"  kind {kind:13} {kinds[kind]}")
    for code in sorted(flags):
        print(f"  flag {code:29} labels={flags[code]:3} docs={flagged_docs[code]}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
