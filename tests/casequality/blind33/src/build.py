"""Validate the hand-written blind33 texts and write blind33.jsonl.

Each texts/NNN_name.txt starts with a header line
    === <kind> | <labels>
followed by the document text and, for supervision only, an optional
"--- previous" line introducing the previous session's record.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SET = "blind33"
PREFIX = "ra"
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
KINDS = {
    "action",
    "care_plan",
    "pathway_plan",
    "pep",
    "review",
    "oversight",
    "supervision",
}
HEADER = re.compile(r"^=== (\w+) \|(.*)$")
LABEL = re.compile(r"^([OTMCVRS])(\d+)?$")
NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")
PREVIOUS = "--- previous"


def fail(path: Path, message: str) -> None:
    sys.exit(f"{path.name}: {message}")


def parse_labels(path: Path, kind: str, raw: str, has_previous: bool) -> list[dict]:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL.match(token)
        if not match:
            fail(path, f"bad label {token!r}")
        letter, index = match.group(1), match.group(2)
        if kind not in ALLOWED[letter]:
            fail(path, f"{letter} not allowed for kind {kind}")
        if letter in INDEXED and index is None:
            fail(path, f"{letter} needs an action index")
        if letter not in INDEXED and index is not None:
            fail(path, f"{letter} must not carry an index")
        if kind == "action" and index not in (None, "0"):
            fail(path, "action kind only allows index 0")
        if letter == "S" and not has_previous:
            fail(path, "S needs previous text")
        if token in seen:
            fail(path, f"duplicate label {token}")
        seen.add(token)
        action_index = int(index) if index is not None else None
        expected.append({"code": CODES[letter], "action_index": action_index})
    return expected


def parse(path: Path, number: int) -> dict:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = HEADER.match(lines[0]) if lines else None
    if not header:
        fail(path, "missing or malformed header")
    kind, raw_labels = header.group(1), header.group(2)
    if kind not in KINDS:
        fail(path, f"unknown kind {kind!r}")
    body = lines[1:]
    previous_text = None
    if PREVIOUS in body:
        if kind != "supervision":
            fail(path, "previous text only allowed for supervision")
        cut = body.index(PREVIOUS)
        previous_text = "\n".join(body[cut + 1 :]).strip()
        body = body[:cut]
        if not previous_text:
            fail(path, "empty previous text")
    text = "\n".join(body).strip()
    if not text:
        fail(path, "empty text")
    expected = parse_labels(path, kind, raw_labels, previous_text is not None)
    record = {"id": f"{PREFIX}{number:03d}", "kind": kind, "text": text}
    if previous_text is not None:
        record["previous_text"] = previous_text
    record["expected"] = expected
    return record


def main() -> None:
    paths = sorted(TEXTS.glob("*.txt"))
    records = []
    for position, path in enumerate(paths, start=1):
        match = NAME.match(path.name)
        if not match:
            fail(path, "file name must be NNN_short_name.txt")
        if int(match.group(1)) != position:
            fail(path, f"expected number {position:03d}")
        records.append(parse(path, position))
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    flags: dict[str, int] = {}
    clean = 0
    for record in records:
        kinds[record["kind"]] = kinds.get(record["kind"], 0) + 1
        if not record["expected"]:
            clean += 1
        for item in record["expected"]:
            flags[item["code"]] = flags.get(item["code"], 0) + 1
    with_previous = sum("previous_text" in r for r in records)
    print(f"wrote {len(records)} records to {OUT.name}")
    print("kinds:", dict(sorted(kinds.items())))
    print("flags:", dict(sorted(flags.items())))
    print(f"clean documents: {clean}; supervision with previous: {with_previous}")


if __name__ == "__main__":
    main()
