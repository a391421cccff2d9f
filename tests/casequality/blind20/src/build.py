"""Build blind20.jsonl from texts/*.txt."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET_NAME = "blind20"
PREFIX = "y"
CODES = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "C": "NO_CONTINGENCY",
    "V": "NO_CHILD_VOICE",
    "R": "OVERSIGHT_NO_RATIONALE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
}
ALLOWED = {
    "action": set("OTM"),
    "care_plan": set("OTMCV"),
    "pathway_plan": set("OTMV"),
    "pep": set("OTMV"),
    "review": set("V"),
    "oversight": set("R"),
    "supervision": set("OTMS"),
}
INDEXED = set("OTMS")
HEADER = re.compile(r"^=== (\w+) \|(.*)$")


def parse_label(label: str, kind: str, has_prev: bool, name: str) -> dict:
    letter = label[0]
    rest = label[1:]
    if letter not in ALLOWED[kind]:
        sys.exit(f"{name}: label {label} not allowed for {kind}")
    if letter == "S" and not has_prev:
        sys.exit(f"{name}: S label without previous_text")
    if letter in INDEXED:
        if not rest.isdigit():
            sys.exit(f"{name}: label {label} needs an index")
        index = int(rest)
        if kind == "action" and index != 0:
            sys.exit(f"{name}: action index must be 0")
        return {"code": CODES[letter], "action_index": index}
    if rest:
        sys.exit(f"{name}: label {label} takes no index")
    return {"code": CODES[letter], "action_index": None}


def main() -> None:
    records = []
    kinds: Counter = Counter()
    flags: Counter = Counter()
    clean = 0
    files = sorted((ROOT / "texts").glob("*.txt"))
    for number, path in enumerate(files, start=1):
        raw = path.read_text(encoding="utf-8")
        first, _, body = raw.partition("\n")
        match = HEADER.match(first)
        if not match:
            sys.exit(f"{path.name}: bad header")
        kind = match.group(1)
        if kind not in ALLOWED:
            sys.exit(f"{path.name}: unknown kind {kind}")
        previous = None
        if "\n--- previous\n" in "\n" + body:
            text, _, previous = ("\n" + body).partition("\n--- previous\n")
            text = text.strip()
            previous = previous.strip()
            if kind != "supervision":
                sys.exit(f"{path.name}: previous only for supervision")
        else:
            text = body.strip()
        labels = match.group(2).split()
        expected = [parse_label(lab, kind, previous is not None, path.name) for lab in labels]
        record = {"id": f"{PREFIX}{number:03d}", "kind": kind, "text": text}
        if previous is not None:
            record["previous_text"] = previous
        record["expected"] = expected
        records.append(record)
        kinds[kind] += 1
        for item in expected:
            flags[item["code"]] += 1
        if not expected:
            clean += 1
    out = ROOT / f"{SET_NAME}.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} documents -> {out.name}")
    for kind, count in sorted(kinds.items()):
        print(f"  kind {kind}: {count}")
    for code, count in sorted(flags.items()):
        print(f"  flag {code}: {count}")
    print(f"  no expected flag: {clean}")


if __name__ == "__main__":
    main()
