"""Build blind23.jsonl from the hand-written documents in texts/.

Each texts/NNN_name.txt starts with a header line ``=== kind | labels``.
Supervision documents may hold a previous session after a ``--- previous`` line.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
TEXTS = HERE / "texts"
OUT = HERE / "blind23.jsonl"
PREFIX = "l"

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
LABEL = re.compile(r"^([A-Z])(\d+)?$")
PREVIOUS = "\n--- previous\n"


def parse_labels(kind: str, raw: str, has_previous: bool, name: str) -> list[dict]:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL.match(token)
        if not match:
            raise ValueError(f"{name}: bad label {token!r}")
        letter, index = match.group(1), match.group(2)
        if letter not in ALLOWED[kind]:
            raise ValueError(f"{name}: {letter} not allowed for {kind}")
        if letter in INDEXED and index is None:
            raise ValueError(f"{name}: {letter} needs an action index")
        if letter not in INDEXED and index is not None:
            raise ValueError(f"{name}: {letter} takes no index")
        if kind == "action" and index not in (None, "0"):
            raise ValueError(f"{name}: action documents only have index 0")
        if letter == "S" and not has_previous:
            raise ValueError(f"{name}: S needs previous text")
        if token in seen:
            raise ValueError(f"{name}: duplicate label {token}")
        seen.add(token)
        expected.append(
            {
                "code": CODES[letter],
                "action_index": int(index) if index is not None else None,
            }
        )
    return expected


def build_one(path: Path) -> dict:
    name = path.name
    match = re.match(r"^(\d{3})_[a-z0-9_]+\.txt$", name)
    if not match:
        raise ValueError(f"{name}: file name must be NNN_short_name.txt")
    content = path.read_text(encoding="utf-8")
    header, _, body = content.partition("\n")
    head = HEADER.match(header)
    if not head:
        raise ValueError(f"{name}: bad header line {header!r}")
    kind, raw_labels = head.group(1), head.group(2)
    if kind not in ALLOWED:
        raise ValueError(f"{name}: unknown kind {kind!r}")
    previous = None
    if PREVIOUS in body:
        if kind != "supervision":
            raise ValueError(f"{name}: only supervision may have previous text")
        body, previous = body.split(PREVIOUS, 1)
        previous = previous.strip()
    text = body.strip()
    if not text:
        raise ValueError(f"{name}: empty text")
    record = {"id": f"{PREFIX}{match.group(1)}", "kind": kind, "text": text}
    if previous:
        record["previous_text"] = previous
    record["expected"] = parse_labels(kind, raw_labels, bool(previous), name)
    return record


def main() -> int:
    records = [build_one(p) for p in sorted(TEXTS.glob("*.txt"))]
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids")
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    with_previous = sum(1 for r in records if "previous_text" in r)
    print(f"{len(records)} documents written to {OUT.name}")
    print(f"no flag: {clean}; supervision with previous text: {with_previous}")
    print("per kind:")
    for kind in ALLOWED:
        print(f"  {kind}: {kinds[kind]}")
    print("per flag:")
    for code in CODES.values():
        print(f"  {code}: {flags[code]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
