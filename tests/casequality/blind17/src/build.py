#!/usr/bin/env python3
"""Build blind17.jsonl from texts/*.txt."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = "blind17"
PREFIX = "v"
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


def parse(path):
    raw = path.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    m = HEADER.match(first.rstrip())
    if not m:
        sys.exit(f"{path.name}: bad header {first!r}")
    kind, labels = m.group(1), m.group(2).split()
    if kind not in ALLOWED:
        sys.exit(f"{path.name}: unknown kind {kind}")
    previous = None
    if "\n--- previous\n" in "\n" + body:
        text, _, previous = ("\n" + body).partition("\n--- previous\n")
        text = text[1:]
        if kind != "supervision":
            sys.exit(f"{path.name}: previous_text only allowed for supervision")
        previous = previous.strip()
    else:
        text = body
    text = text.strip()
    expected = []
    for lab in labels:
        letter, idx = lab[0], lab[1:]
        if letter not in ALLOWED[kind]:
            sys.exit(f"{path.name}: label {lab} not allowed for {kind}")
        if letter in INDEXED:
            if not idx.isdigit():
                sys.exit(f"{path.name}: label {lab} needs an index")
            n = int(idx)
            if kind == "action" and n != 0:
                sys.exit(f"{path.name}: action kind only index 0")
            if letter == "S" and not previous:
                sys.exit(f"{path.name}: S label without previous_text")
        else:
            if idx:
                sys.exit(f"{path.name}: label {lab} takes no index")
            n = None
        item = {"code": CODES[letter], "action_index": n}
        if item in expected:
            sys.exit(f"{path.name}: duplicate label {lab}")
        expected.append(item)
    rec = {"kind": kind, "text": text}
    if previous:
        rec["previous_text"] = previous
    rec["expected"] = expected
    return rec


def main():
    files = sorted((ROOT / "texts").glob("*.txt"))
    kinds, flags = Counter(), Counter()
    clean = 0
    out = []
    for i, f in enumerate(files, 1):
        rec = parse(f)
        rec = {"id": f"{PREFIX}{i:03d}", **rec}
        out.append(rec)
        kinds[rec["kind"]] += 1
        for e in rec["expected"]:
            flags[e["code"]] += 1
        if not rec["expected"]:
            clean += 1
    with open(ROOT / f"{SET}.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(out)} documents, {clean} with no expected flag")
    print("per kind:")
    for k in ALLOWED:
        print(f"  {k}: {kinds[k]}")
    print("per flag:")
    for c in CODES.values():
        print(f"  {c}: {flags[c]}")


if __name__ == "__main__":
    main()
