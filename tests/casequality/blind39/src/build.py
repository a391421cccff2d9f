"""Validate the blind39 hand-written texts and write blind39.jsonl.

Run from anywhere:  /work/main/.venv/bin/python tests/casequality/blind39/src/build.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET = "blind39"
PREFIX = "xa"
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
HEADER = re.compile(r"^=== (?P<kind>[a-z_]+) \|(?P<labels>.*)$")
NAME = re.compile(r"^(?P<num>\d{3})_[a-z0-9_]+\.txt$")
LABEL = re.compile(r"^(?P<letter>[A-Z])(?P<index>\d+)?$")
PREV_SEP = "--- previous"


class BuildError(Exception):
    pass


def parse_labels(raw: str, kind: str, has_prev: bool, where: str) -> list[dict]:
    expected = []
    seen = set()
    for token in raw.split():
        m = LABEL.match(token)
        if not m:
            raise BuildError(f"{where}: bad label {token!r}")
        letter, index = m.group("letter"), m.group("index")
        if letter not in CODES:
            raise BuildError(f"{where}: unknown letter {letter!r}")
        if kind not in ALLOWED[letter]:
            raise BuildError(f"{where}: {letter} not allowed for kind {kind}")
        if letter in INDEXED:
            if index is None:
                raise BuildError(f"{where}: {letter} needs an action index")
            idx: int | None = int(index)
            if kind == "action" and idx != 0:
                raise BuildError(f"{where}: action kind only takes index 0")
        else:
            if index is not None:
                raise BuildError(f"{where}: {letter} takes no index")
            idx = None
        if letter == "S" and not has_prev:
            raise BuildError(f"{where}: S needs previous text")
        key = (letter, idx)
        if key in seen:
            raise BuildError(f"{where}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": idx})
    return expected


def parse_file(path: Path) -> dict:
    where = path.name
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise BuildError(f"{where}: empty file")
    head = HEADER.match(lines[0])
    if not head:
        raise BuildError(f"{where}: bad header {lines[0]!r}")
    kind = head.group("kind")
    if kind not in KINDS:
        raise BuildError(f"{where}: unknown kind {kind!r}")
    body = lines[1:]
    prev_lines: list[str] | None = None
    if body.count(PREV_SEP) > 1:
        raise BuildError(f"{where}: more than one previous separator")
    if PREV_SEP in body:
        cut = body.index(PREV_SEP)
        body, prev_lines = body[:cut], body[cut + 1 :]
        if kind != "supervision":
            raise BuildError(f"{where}: previous text only for supervision")
    text = "\n".join(body).strip()
    if not text:
        raise BuildError(f"{where}: no document text")
    previous = "\n".join(prev_lines).strip() if prev_lines is not None else None
    if prev_lines is not None and not previous:
        raise BuildError(f"{where}: empty previous text")
    expected = parse_labels(head.group("labels"), kind, previous is not None, where)
    record = {"kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXTS.glob("*.txt"))
    records = []
    try:
        for pos, path in enumerate(files, start=1):
            m = NAME.match(path.name)
            if not m:
                raise BuildError(f"{path.name}: bad file name")
            if int(m.group("num")) != pos:
                raise BuildError(f"{path.name}: expected number {pos:03d}")
            rec = parse_file(path)
            records.append({"id": f"{PREFIX}{pos:03d}", **rec})
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    with_prev = sum(1 for r in records if "previous_text" in r)
    print(f"wrote {len(records)} records to {OUT.name}")
    print(f"clean: {clean}; supervision with previous text: {with_prev}")
    for kind, n in sorted(kinds.items()):
        print(f"  kind {kind}: {n}")
    for code, n in sorted(flags.items()):
        docs = sum(1 for r in records if any(e["code"] == code for e in r["expected"]))
        print(f"  flag {code}: {n} labels in {docs} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
