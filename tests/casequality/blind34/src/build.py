"""Validate the hand-written blind34 texts and write blind34.jsonl.

Each file in ../texts is named NNN_short_name.txt and looks like:

    === <kind> | <labels>
    <document text>
    --- previous
    <previous supervision record, optional>

Run from anywhere with the project's Python:
    /work/main/.venv/bin/python tests/casequality/blind34/src/build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SET_NAME = "blind34"
PREFIX = "sa"
HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent
TEXT_DIR = SET_DIR / "texts"
OUT_PATH = SET_DIR / f"{SET_NAME}.jsonl"

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
HEADER_RE = re.compile(r"^=== ([a-z_]+) \|(.*)$")
LABEL_RE = re.compile(r"^([A-Z])(\d+)?$")
NAME_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")
PREVIOUS_MARK = "--- previous"


def parse_file(path: Path) -> dict:
    """Parse and validate one text file; raise ValueError on any problem."""
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    header = HEADER_RE.match(lines[0])
    if not header:
        raise ValueError(f"{path.name}: bad header line {lines[0]!r}")
    kind = header.group(1)
    if kind not in KINDS:
        raise ValueError(f"{path.name}: unknown kind {kind!r}")

    body_lines = lines[1:]
    marks = [i for i, line in enumerate(body_lines) if line.strip() == PREVIOUS_MARK]
    if len(marks) > 1:
        raise ValueError(f"{path.name}: more than one previous marker")
    previous = None
    if marks:
        if kind != "supervision":
            raise ValueError(f"{path.name}: previous text only allowed for supervision")
        previous = "\n".join(body_lines[marks[0] + 1 :]).strip()
        body_lines = body_lines[: marks[0]]
        if not previous:
            raise ValueError(f"{path.name}: empty previous text")
    text = "\n".join(body_lines).strip()
    if not text:
        raise ValueError(f"{path.name}: empty document text")

    expected = []
    seen = set()
    for token in header.group(2).split():
        match = LABEL_RE.match(token)
        if not match or match.group(1) not in CODES:
            raise ValueError(f"{path.name}: bad label {token!r}")
        letter, index = match.group(1), match.group(2)
        if kind not in ALLOWED[letter]:
            raise ValueError(f"{path.name}: {letter} not allowed for kind {kind}")
        if letter in INDEXED and index is None:
            raise ValueError(f"{path.name}: {letter} needs an action index")
        if letter not in INDEXED and index is not None:
            raise ValueError(f"{path.name}: {letter} takes no index")
        action_index = int(index) if index is not None else None
        if kind == "action" and action_index not in (None, 0):
            raise ValueError(f"{path.name}: action kind only allows index 0")
        if letter == "S" and previous is None:
            raise ValueError(f"{path.name}: S needs previous text")
        key = (letter, action_index)
        if key in seen:
            raise ValueError(f"{path.name}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": action_index})

    record = {"kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXT_DIR.glob("*.txt"))
    numbers = []
    records = []
    errors = []
    for path in files:
        name = NAME_RE.match(path.name)
        if not name:
            errors.append(f"{path.name}: bad file name")
            continue
        numbers.append(int(name.group(1)))
        try:
            record = parse_file(path)
        except ValueError as exc:
            errors.append(str(exc))
            continue
        records.append({"id": f"{PREFIX}{name.group(1)}", **record})

    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        errors.append(f"numbering is not contiguous from 001: {sorted(numbers)}")
    if errors:
        for error in errors:
            print("ERROR", error, file=sys.stderr)
        return 1

    with OUT_PATH.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    kinds: dict[str, int] = {}
    flags: dict[str, int] = {}
    clean = 0
    for record in records:
        kinds[record["kind"]] = kinds.get(record["kind"], 0) + 1
        if not record["expected"]:
            clean += 1
        for item in record["expected"]:
            flags[item["code"]] = flags.get(item["code"], 0) + 1
    print(f"wrote {len(records)} records to {OUT_PATH}")
    print(f"clean documents: {clean}")
    for kind in sorted(kinds):
        print(f"  kind {kind}: {kinds[kind]}")
    for code in sorted(flags):
        print(f"  flag {code}: {flags[code]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
