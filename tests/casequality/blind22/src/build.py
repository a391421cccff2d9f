"""Build blind22.jsonl from the hand-written documents in texts/.

Each texts/NNN_name.txt starts with a header line ``=== kind | labels``.
Supervision documents may hold the previous session after a ``--- previous`` line.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
TEXTS = HERE / "texts"
SET_NAME = "blind22"
PREFIX = "j"

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
LABEL = re.compile(r"^([A-Z])(\d*)$")
PREVIOUS = "\n--- previous\n"


def parse_labels(kind: str, raw: str, has_previous: bool, name: str) -> list[dict]:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL.match(token)
        if not match:
            raise ValueError(f"{name}: bad label {token!r}")
        letter, digits = match.groups()
        if letter not in CODES:
            raise ValueError(f"{name}: unknown letter {letter!r}")
        if letter not in ALLOWED[kind]:
            raise ValueError(f"{name}: {letter} not allowed for {kind}")
        if letter in INDEXED:
            if not digits:
                raise ValueError(f"{name}: {letter} needs an action index")
            index = int(digits)
            if kind == "action" and index != 0:
                raise ValueError(f"{name}: action documents only have index 0")
        else:
            if digits:
                raise ValueError(f"{name}: {letter} takes no index")
            index = None
        if letter == "S" and not has_previous:
            raise ValueError(f"{name}: S needs previous text")
        key = (letter, index)
        if key in seen:
            raise ValueError(f"{name}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": index})
    return expected


def build() -> list[dict]:
    records = []
    files = sorted(TEXTS.glob("*.txt"))
    for number, path in enumerate(files, start=1):
        content = path.read_text(encoding="utf-8")
        first, _, body = content.partition("\n")
        match = HEADER.match(first)
        if not match:
            raise ValueError(f"{path.name}: bad header {first!r}")
        kind, raw_labels = match.group(1), match.group(2)
        if kind not in ALLOWED:
            raise ValueError(f"{path.name}: unknown kind {kind!r}")
        previous = None
        if PREVIOUS in body:
            if kind != "supervision":
                raise ValueError(f"{path.name}: previous text only for supervision")
            body, previous = body.split(PREVIOUS, 1)
            previous = previous.strip()
        text = body.strip()
        if not text:
            raise ValueError(f"{path.name}: empty text")
        expected = parse_labels(kind, raw_labels, previous is not None, path.name)
        record = {"id": f"{PREFIX}{number:03d}", "kind": kind, "text": text}
        if previous is not None:
            record["previous_text"] = previous
        record["expected"] = expected
        records.append(record)
    return records


def main() -> int:
    records = build()
    out = HERE / f"{SET_NAME}.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    with_previous = sum(1 for r in records if "previous_text" in r)
    print(f"wrote {len(records)} records to {out}")
    print("per kind:")
    for kind in ALLOWED:
        print(f"  {kind}: {kinds[kind]}")
    print("per flag:")
    for code in CODES.values():
        print(f"  {code}: {flags[code]}")
    print(f"documents with no flag: {clean}")
    print(f"supervision with previous text: {with_previous}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
