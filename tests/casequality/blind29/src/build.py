"""Build blind29.jsonl from the hand-written texts in ../texts."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET_NAME = "blind29"
ID_PREFIX = "ma"
ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
OUT = ROOT / f"{SET_NAME}.jsonl"

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


def parse(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    match = HEADER.match(first)
    if not match:
        raise ValueError(f"{path.name}: bad header {first!r}")
    kind = match.group(1)
    if kind not in ALLOWED:
        raise ValueError(f"{path.name}: unknown kind {kind!r}")
    previous = None
    if PREVIOUS in body:
        if kind != "supervision":
            raise ValueError(f"{path.name}: previous text only allowed in supervision")
        body, previous = body.split(PREVIOUS, 1)
        previous = previous.strip()
    text = body.strip()
    if not text:
        raise ValueError(f"{path.name}: empty text")
    expected = []
    seen = set()
    for token in match.group(2).split():
        lab = LABEL.match(token)
        if not lab:
            raise ValueError(f"{path.name}: bad label {token!r}")
        letter, digits = lab.groups()
        if letter not in ALLOWED[kind]:
            raise ValueError(f"{path.name}: {letter} not allowed for {kind}")
        if letter in INDEXED:
            if not digits:
                raise ValueError(f"{path.name}: {token} needs an action index")
            index = int(digits)
            if kind == "action" and index != 0:
                raise ValueError(f"{path.name}: action kind only has index 0")
        else:
            if digits:
                raise ValueError(f"{path.name}: {token} takes no index")
            index = None
        if letter == "S" and previous is None:
            raise ValueError(f"{path.name}: S needs previous text")
        key = (letter, index)
        if key in seen:
            raise ValueError(f"{path.name}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": index})
    expected.sort(key=lambda e: (e["action_index"] is None, e["action_index"] or 0, e["code"]))
    record = {"kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXTS.glob("*.txt"))
    records = []
    for number, path in enumerate(files, start=1):
        record = parse(path)
        records.append({"id": f"{ID_PREFIX}{number:03d}", **record})
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    with_prev = sum(1 for r in records if "previous_text" in r)
    print(f"wrote {len(records)} documents to {OUT}")
    print("per kind:")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind}: {count}")
    print("per flag:")
    for code, count in sorted(flags.items()):
        print(f"  {code}: {count}")
    print(f"documents with no flag: {clean}")
    print(f"supervision with previous text: {with_prev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
