"""Validate the blind38 hand-written texts and write blind38.jsonl.

Each file in ../texts is named NNN_short_name.txt and looks like:

    === <kind> | <labels>
    <document text>
    --- previous
    <previous supervision record, supervision only, optional>

Labels are letters (O, T, M, S carry an action index, e.g. "O0 T2";
C, V, R do not).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SET = "blind38"
PREFIX = "wa"

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
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
KINDS = ACTION_KINDS | {"review", "oversight"}

HEADER = re.compile(r"^=== (?P<kind>[a-z_]+) \|(?P<labels>.*)$")
NAME = re.compile(r"^(?P<num>\d{3})_[a-z0-9_]+\.txt$")
LABEL = re.compile(r"^(?P<letter>[A-Z])(?P<index>\d+)?$")
PREVIOUS = "--- previous"


def parse_labels(raw: str, kind: str, has_previous: bool, where: str) -> list[dict]:
    expected: list[dict] = []
    seen: set[tuple[str, int | None]] = set()
    for token in raw.split():
        match = LABEL.match(token)
        if not match:
            raise ValueError(f"{where}: bad label {token!r}")
        letter = match["letter"]
        index = int(match["index"]) if match["index"] is not None else None
        if letter not in CODES:
            raise ValueError(f"{where}: unknown letter {letter!r}")
        if kind not in ALLOWED[letter]:
            raise ValueError(f"{where}: {letter} not allowed for kind {kind}")
        if letter in INDEXED and index is None:
            raise ValueError(f"{where}: {letter} needs an action index")
        if letter not in INDEXED and index is not None:
            raise ValueError(f"{where}: {letter} takes no index")
        if kind == "action" and index not in (None, 0):
            raise ValueError(f"{where}: action kind only has index 0")
        if letter == "S" and not has_previous:
            raise ValueError(f"{where}: S needs previous text")
        key = (letter, index)
        if key in seen:
            raise ValueError(f"{where}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": index})
    return expected


def parse_file(path: Path) -> dict:
    where = path.name
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise ValueError(f"{where}: empty file")
    header = HEADER.match(lines[0])
    if not header:
        raise ValueError(f"{where}: bad header {lines[0]!r}")
    kind = header["kind"]
    if kind not in KINDS:
        raise ValueError(f"{where}: unknown kind {kind!r}")
    body = lines[1:]
    previous_lines: list[str] | None = None
    if PREVIOUS in body:
        if body.count(PREVIOUS) > 1:
            raise ValueError(f"{where}: more than one previous marker")
        if kind != "supervision":
            raise ValueError(f"{where}: previous text only for supervision")
        cut = body.index(PREVIOUS)
        previous_lines = body[cut + 1 :]
        body = body[:cut]
    text = "\n".join(body).strip()
    if not text:
        raise ValueError(f"{where}: no document text")
    previous = None
    if previous_lines is not None:
        previous = "\n".join(previous_lines).strip()
        if not previous:
            raise ValueError(f"{where}: empty previous text")
    expected = parse_labels(header["labels"], kind, previous is not None, where)
    record: dict = {"kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXTS.glob("*.txt"))
    records = []
    for number, path in enumerate(files, start=1):
        name = NAME.match(path.name)
        if not name:
            raise ValueError(f"{path.name}: bad file name")
        if int(name["num"]) != number:
            raise ValueError(f"{path.name}: expected number {number:03d}")
        record = parse_file(path)
        records.append({"id": f"{PREFIX}{number:03d}", **record})
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    kinds: dict[str, int] = {}
    codes: dict[str, int] = {}
    clean = 0
    for record in records:
        kinds[record["kind"]] = kinds.get(record["kind"], 0) + 1
        if not record["expected"]:
            clean += 1
        for item in record["expected"]:
            codes[item["code"]] = codes.get(item["code"], 0) + 1
    print(f"wrote {len(records)} records to {OUT.name}")
    print("kinds:", json.dumps(kinds, sort_keys=True))
    print("codes:", json.dumps(codes, sort_keys=True))
    print(f"clean documents: {clean}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
