"""Validate the hand-written blind35 texts and write blind35.jsonl.

Usage (from anywhere):
    /work/main/.venv/bin/python tests/casequality/blind35/src/build.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET = "blind35"
PREFIX = "ta"
ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
OUT = ROOT / f"{SET}.jsonl"

CODES = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "C": "NO_CONTINGENCY",
    "V": "NO_CHILD_VOICE",
    "R": "OVERSIGHT_NO_RATIONALE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
}
INDEXED = {"O", "T", "M", "S"}
ACTION_KINDS = {"action", "care_plan", "pathway_plan", "pep", "supervision"}
ALLOWED = {
    "O": ACTION_KINDS,
    "T": ACTION_KINDS,
    "M": ACTION_KINDS,
    "C": {"care_plan"},
    "V": {"care_plan", "pathway_plan", "pep", "review"},
    "R": {"oversight"},
    "S": {"supervision"},
}
KINDS = {"action", "care_plan", "pathway_plan", "pep", "review", "oversight", "supervision"}

NAME_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")
HEADER_RE = re.compile(r"^=== (\w+) \|(.*)$")
LABEL_RE = re.compile(r"^([OTMCVRS])(\d+)?$")
PREVIOUS_MARK = "--- previous"


def fail(path: Path, message: str) -> None:
    sys.exit(f"{path.name}: {message}")


def parse_labels(path: Path, kind: str, raw: str, has_previous: bool) -> list[dict]:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL_RE.match(token)
        if not match:
            fail(path, f"bad label {token!r}")
        letter, index = match.group(1), match.group(2)
        if kind not in ALLOWED[letter]:
            fail(path, f"{letter} not allowed for kind {kind}")
        if letter in INDEXED and index is None:
            fail(path, f"{letter} needs an action index")
        if letter not in INDEXED and index is not None:
            fail(path, f"{letter} takes no index")
        if kind == "action" and index is not None and int(index) != 0:
            fail(path, "kind action only has index 0")
        if letter == "S" and not has_previous:
            fail(path, "S needs previous text")
        key = (letter, index)
        if key in seen:
            fail(path, f"duplicate label {token}")
        seen.add(key)
        expected.append(
            {
                "code": CODES[letter],
                "action_index": int(index) if index is not None else None,
            }
        )
    return expected


def parse_file(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    header = HEADER_RE.match(lines[0])
    if not header:
        fail(path, "first line must be '=== <kind> | <labels>'")
    kind, raw_labels = header.group(1), header.group(2)
    if kind not in KINDS:
        fail(path, f"unknown kind {kind!r}")
    body = "\n".join(lines[1:])
    previous = None
    if f"\n{PREVIOUS_MARK}\n" in f"\n{body}":
        current, previous = f"\n{body}".split(f"\n{PREVIOUS_MARK}\n", 1)
        body = current.lstrip("\n")
        previous = previous.strip()
        if not previous:
            fail(path, "empty previous section")
        if kind != "supervision":
            fail(path, "previous text only allowed for supervision")
    body = body.strip()
    if not body:
        fail(path, "empty document text")
    expected = parse_labels(path, kind, raw_labels, previous is not None)
    record = {"kind": kind, "text": body}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> None:
    files = sorted(TEXTS.glob("*.txt"))
    numbers = []
    records = []
    for path in files:
        match = NAME_RE.match(path.name)
        if not match:
            fail(path, "file name must be NNN_short_name.txt")
        numbers.append(int(match.group(1)))
        record = parse_file(path)
        records.append({"id": f"{PREFIX}{match.group(1)}", **record})
    if numbers != list(range(1, len(numbers) + 1)):
        sys.exit(f"numbering is not 001..{len(numbers):03d} without gaps")

    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    docs_with = Counter(code for r in records for code in {e["code"] for e in r["expected"]})
    clean = sum(1 for r in records if not r["expected"])
    with_previous = sum(1 for r in records if "previous_text" in r)
    print(f"wrote {OUT.name}: {len(records)} documents, {clean} with no flag")
    print(f"supervision with previous text: {with_previous}")
    for kind in sorted(kinds):
        print(f"  kind {kind:13} {kinds[kind]:3}")
    for code in CODES.values():
        print(f"  flag {code:30} labels {flags[code]:3}  documents {docs_with[code]:3}")


if __name__ == "__main__":
    main()
