"""Assemble the blind9 evaluation set from the hand-written texts/*.txt blocks."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
OUT = ROOT / "blind9.jsonl"
PREFIX = "m"

FILE_ORDER = [
    "actions.txt",
    "oversight.txt",
    "reviews.txt",
    "care_plans.txt",
    "pathway.txt",
    "pep.txt",
    "supervision.txt",
]

ACTION_CODES = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
}
BARE_CODES = {"C": "NO_CONTINGENCY", "V": "NO_CHILD_VOICE", "R": "OVERSIGHT_NO_RATIONALE"}

ALLOWED = {
    "action": {"O", "T", "M"},
    "care_plan": {"O", "T", "M", "C", "V"},
    "pathway_plan": {"O", "T", "M", "V"},
    "pep": {"O", "T", "M", "V"},
    "review": {"V"},
    "oversight": {"R"},
    "supervision": {"O", "T", "M", "S"},
}

HEADER = re.compile(r"^=== (\w+) \|(.*)$")
LABEL = re.compile(r"^([OTMS])(\d+)$|^([CVR])$")


def parse_label(kind: str, tok: str) -> dict:
    m = LABEL.match(tok)
    if not m:
        raise ValueError(f"bad label {tok!r}")
    letter = m.group(1) or m.group(3)
    if letter not in ALLOWED[kind]:
        raise ValueError(f"label {tok!r} not allowed for kind {kind}")
    if m.group(1):
        idx = int(m.group(2))
        if kind == "action" and idx != 0:
            raise ValueError(f"action kind needs index 0, got {tok!r}")
        code = "SUPERVISION_REPEATED_ACTIONS" if letter == "S" else ACTION_CODES[letter]
        return {"code": code, "action_index": idx}
    return {"code": BARE_CODES[letter], "action_index": None}


def parse_file(path: Path) -> list[dict]:
    docs = []
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = HEADER.match(line)
        if m:
            if current:
                docs.append(current)
            current = {"kind": m.group(1), "labels": m.group(2).split(), "lines": []}
            if current["kind"] not in ALLOWED:
                raise ValueError(f"{path.name}: unknown kind {current['kind']}")
        elif current is None:
            if line.strip():
                raise ValueError(f"{path.name}: text before first header")
        else:
            current["lines"].append(line)
    if current:
        docs.append(current)
    return docs


def build() -> list[dict]:
    records = []
    for name in FILE_ORDER:
        for doc in parse_file(TEXTS / name):
            kind = doc["kind"]
            body = "\n".join(doc["lines"])
            previous = None
            if "\n--- previous\n" in f"\n{body}\n":
                before, after = f"\n{body}\n".split("\n--- previous\n", 1)
                body, previous = before.strip("\n"), after.strip("\n")
                if kind != "supervision":
                    raise ValueError(f"{name}: previous_text only for supervision")
            body = body.strip("\n")
            if not body:
                raise ValueError(f"{name}: empty document")
            expected = [parse_label(kind, tok) for tok in doc["labels"]]
            keys = [(e["code"], e["action_index"]) for e in expected]
            if len(set(keys)) != len(keys):
                raise ValueError(f"{name}: duplicate label in {doc['labels']}")
            if any(e["code"] == "SUPERVISION_REPEATED_ACTIONS" for e in expected) and not previous:
                raise ValueError(f"{name}: S label without previous_text")
            expected.sort(
                key=lambda e: (e["action_index"] is not None, e["action_index"] or 0, e["code"])
            )
            rec = {"id": f"{PREFIX}{len(records) + 1:03d}", "kind": kind, "text": body}
            if previous is not None:
                rec["previous_text"] = previous
            rec["expected"] = expected
            records.append(rec)
    return records


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    clean = Counter(r["kind"] for r in records if not r["expected"])
    flags = Counter(e["code"] for r in records for e in r["expected"])
    print(f"documents: {len(records)}  clean: {sum(clean.values())}")
    for kind, n in sorted(kinds.items()):
        print(f"  {kind:13s} {n:3d}  clean {clean[kind]}")
    for code, n in sorted(flags.items()):
        print(f"  {code:30s} {n:3d}")
    prev = sum(1 for r in records if "previous_text" in r)
    print(f"supervisions with previous_text: {prev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
