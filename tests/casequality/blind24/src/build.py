"""Build blind24.jsonl from the hand-written documents in texts/."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
OUT = ROOT / "blind24.jsonl"
SET_NAME = "blind24"
PREFIX = "o"

CODES = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "C": "NO_CONTINGENCY",
    "V": "NO_CHILD_VOICE",
    "R": "OVERSIGHT_NO_RATIONALE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
}
INDEXED = set("OTMS")
ALLOWED = {
    "action": set("OTM"),
    "care_plan": set("OTMCV"),
    "pathway_plan": set("OTMV"),
    "pep": set("OTMV"),
    "review": set("V"),
    "oversight": set("R"),
    "supervision": set("OTMS"),
}
HEADER = re.compile(r"^=== (\w+) \|(.*)$")
LABEL = re.compile(r"^([OTMCVRS])(\d*)$")
NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")


def fail(path: Path, message: str) -> None:
    sys.exit(f"{path.name}: {message}")


def parse_labels(path: Path, kind: str, raw: str, has_previous: bool) -> list:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL.match(token)
        if not match:
            fail(path, f"bad label {token!r}")
        letter, digits = match.groups()
        if letter not in ALLOWED[kind]:
            fail(path, f"label {letter} not allowed for kind {kind}")
        if letter in INDEXED and not digits:
            fail(path, f"label {letter} needs an action index")
        if letter not in INDEXED and digits:
            fail(path, f"label {letter} takes no action index")
        if letter == "S" and not has_previous:
            fail(path, "S needs previous text")
        index = int(digits) if digits else None
        if kind == "action" and index not in (None, 0):
            fail(path, "action documents only have index 0")
        key = (letter, index)
        if key in seen:
            fail(path, f"duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": index})
    return expected


def build_record(path: Path) -> dict:
    name_match = NAME.match(path.name)
    if not name_match:
        fail(path, "file name must be NNN_short_name.txt")
    content = path.read_text(encoding="utf-8")
    first, _, body = content.partition("\n")
    header = HEADER.match(first)
    if not header:
        fail(path, "first line must be '=== kind | labels'")
    kind, raw_labels = header.group(1), header.group(2)
    if kind not in ALLOWED:
        fail(path, f"unknown kind {kind!r}")
    previous = None
    if "\n--- previous\n" in "\n" + body:
        if kind != "supervision":
            fail(path, "only supervision may have previous text")
        current, _, previous = ("\n" + body).partition("\n--- previous\n")
        body = current.lstrip("\n")
        previous = previous.strip()
        if not previous:
            fail(path, "empty previous text")
    text = body.strip()
    if not text:
        fail(path, "empty text")
    expected = parse_labels(path, kind, raw_labels, previous is not None)
    record = {"id": f"{PREFIX}{name_match.group(1)}", "kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> None:
    paths = sorted(TEXTS.glob("*.txt"))
    records = [build_record(path) for path in paths]
    ids = [record["id"] for record in records]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate ids")
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = Counter(record["kind"] for record in records)
    flags = Counter(item["code"] for record in records for item in record["expected"])
    unflagged = sum(1 for record in records if not record["expected"])
    with_previous = sum(1 for record in records if "previous_text" in record)
    print(f"{SET_NAME}: {len(records)} documents -> {OUT.name}")
    print("per kind:")
    for kind in ALLOWED:
        print(f"  {kind}: {kinds[kind]}")
    print("per flag:")
    for code in CODES.values():
        print(f"  {code}: {flags[code]}")
    print(f"documents with no flag: {unflagged}")
    print(f"supervision with previous text: {with_previous}")


if __name__ == "__main__":
    main()
