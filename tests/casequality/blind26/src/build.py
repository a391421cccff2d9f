"""Build blind26.jsonl from the hand-written texts in ../texts."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET_NAME = "blind26"
PREFIX = "i"
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
NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")


def parse(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    m = HEADER.match(first)
    if not m:
        sys.exit(f"{path.name}: bad header {first!r}")
    kind = m.group(1)
    if kind not in ALLOWED:
        sys.exit(f"{path.name}: unknown kind {kind}")
    previous = None
    if "\n--- previous\n" in body:
        body, previous = body.split("\n--- previous\n", 1)
        previous = previous.strip()
        if kind != "supervision":
            sys.exit(f"{path.name}: previous text only allowed for supervision")
    text = body.strip()
    if not text:
        sys.exit(f"{path.name}: empty text")
    expected = []
    seen = set()
    for tok in m.group(2).split():
        lm = LABEL.match(tok)
        if not lm:
            sys.exit(f"{path.name}: bad label {tok!r}")
        letter, idx = lm.group(1), lm.group(2)
        if letter not in CODES or letter not in ALLOWED[kind]:
            sys.exit(f"{path.name}: label {letter} not allowed for {kind}")
        if letter in INDEXED:
            if idx == "":
                sys.exit(f"{path.name}: {letter} needs an action index")
            index = int(idx)
            if kind == "action" and index != 0:
                sys.exit(f"{path.name}: action kind only has index 0")
        else:
            if idx != "":
                sys.exit(f"{path.name}: {letter} takes no index")
            index = None
        if letter == "S" and previous is None:
            sys.exit(f"{path.name}: S needs previous text")
        if (letter, index) in seen:
            sys.exit(f"{path.name}: duplicate label {tok}")
        seen.add((letter, index))
        expected.append({"code": CODES[letter], "action_index": index})
    return {"kind": kind, "text": text, "previous_text": previous, "expected": expected}


def main() -> None:
    files = sorted(TEXTS.glob("*.txt"))
    kinds: Counter = Counter()
    flags: Counter = Counter()
    clean = 0
    with_prev = 0
    numbers = []
    with OUT.open("w", encoding="utf-8") as out:
        for path in files:
            nm = NAME.match(path.name)
            if not nm:
                sys.exit(f"bad file name {path.name}")
            numbers.append(int(nm.group(1)))
            doc = parse(path)
            record = {"id": f"{PREFIX}{nm.group(1)}", "kind": doc["kind"], "text": doc["text"]}
            if doc["previous_text"] is not None:
                record["previous_text"] = doc["previous_text"]
                with_prev += 1
            record["expected"] = doc["expected"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            kinds[doc["kind"]] += 1
            for e in doc["expected"]:
                flags[e["code"]] += 1
            if not doc["expected"]:
                clean += 1
    if numbers != list(range(1, len(numbers) + 1)):
        sys.exit("file numbers are not consecutive from 001")
    print(f"wrote {OUT} ({len(files)} documents, {clean} with no flag)")
    print("per kind:")
    for k in ALLOWED:
        print(f"  {k:13} {kinds[k]}")
    print(f"  supervision with previous_text: {with_prev}")
    print("per flag:")
    for code in CODES.values():
        print(f"  {code:30} {flags[code]}")


if __name__ == "__main__":
    main()
