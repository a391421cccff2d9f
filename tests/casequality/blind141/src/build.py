"""Validate the hand-written texts and write SET.jsonl.

Each file in ../texts is named NNN_short_name.txt and looks like:

    === <kind> | <labels>
    <document text>
    --- previous
    <previous supervision record, optional>
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SET = "blind141"
PREFIX = "xq7"
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
HEADER = re.compile(r"^=== (?P<kind>[a-z_]+) \|(?P<labels>.*)$")
LABEL = re.compile(r"^(?P<letter>[A-Z])(?P<index>\d+)?$")
NAME = re.compile(r"^(?P<num>\d{3})_[a-z0-9_]+\.txt$")
SEPARATOR = "--- previous"


def parse_labels(raw: str, kind: str, has_previous: bool, where: str) -> list[dict]:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL.match(token)
        if not match:
            raise ValueError(f"{where}: bad label {token!r}")
        letter, index = match["letter"], match["index"]
        if letter not in CODES:
            raise ValueError(f"{where}: unknown letter {letter!r}")
        if kind not in ALLOWED[letter]:
            raise ValueError(f"{where}: {letter} not allowed for kind {kind}")
        if letter in INDEXED and index is None:
            raise ValueError(f"{where}: {letter} needs an action index")
        if letter not in INDEXED and index is not None:
            raise ValueError(f"{where}: {letter} takes no index")
        if letter == "S" and not has_previous:
            raise ValueError(f"{where}: S needs previous text")
        action_index = int(index) if index is not None else None
        if kind == "action" and action_index not in (None, 0):
            raise ValueError(f"{where}: action kind only has index 0")
        key = (letter, action_index)
        if key in seen:
            raise ValueError(f"{where}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": action_index})
    return expected


def parse_file(path: Path) -> dict:
    where = path.name
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise ValueError(f"{where}: empty file")
    header = HEADER.match(lines[0])
    if not header:
        raise ValueError(f"{where}: bad header line {lines[0]!r}")
    kind = header["kind"]
    if kind not in KINDS:
        raise ValueError(f"{where}: unknown kind {kind!r}")
    body = lines[1:]
    previous = None
    if SEPARATOR in body:
        if body.count(SEPARATOR) > 1:
            raise ValueError(f"{where}: more than one previous separator")
        cut = body.index(SEPARATOR)
        previous = "\n".join(body[cut + 1 :]).strip()
        body = body[:cut]
        if kind != "supervision":
            raise ValueError(f"{where}: previous text only for supervision")
        if not previous:
            raise ValueError(f"{where}: empty previous text")
    text = "\n".join(body).strip()
    if not text:
        raise ValueError(f"{where}: empty document text")
    expected = parse_labels(header["labels"], kind, previous is not None, where)
    record = {"id": "", "kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXTS.glob("*.txt"))
    records = []
    numbers = []
    for path in files:
        name = NAME.match(path.name)
        if not name:
            raise ValueError(f"{path.name}: bad file name")
        numbers.append(int(name["num"]))
        record = parse_file(path)
        record["id"] = f"{PREFIX}{name['num']}"
        records.append(record)
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError("file numbering is not contiguous from 001")
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    kinds: dict[str, int] = {}
    flags: dict[str, int] = {}
    clean = 0
    with_previous = 0
    for record in records:
        kinds[record["kind"]] = kinds.get(record["kind"], 0) + 1
        with_previous += "previous_text" in record
        if not record["expected"]:
            clean += 1
        for item in record["expected"]:
            flags[item["code"]] = flags.get(item["code"], 0) + 1
    print(f"wrote {len(records)} records to {OUT.name}")
    print(f"clean documents: {clean}; supervision with previous text: {with_previous}")
    for kind in sorted(kinds):
        print(f"  kind {kind}: {kinds[kind]}")
    for code in sorted(flags):
        print(f"  flag {code}: {flags[code]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
