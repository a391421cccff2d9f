#!/usr/bin/env python3
"""Build blind16.jsonl from texts/*.txt."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET, PREFIX = "blind16", "u"
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


def fail(msg):
    sys.exit("ERROR: " + msg)


rows, kinds, flags = [], Counter(), Counter()
files = sorted((ROOT / "texts").glob("*.txt"))
for n, f in enumerate(files, 1):
    raw = f.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    m = re.match(r"^=== (\w+) \|(.*)$", first)
    if not m:
        fail(f"{f.name}: bad header")
    kind, labels = m.group(1), m.group(2).split()
    if kind not in ALLOWED:
        fail(f"{f.name}: unknown kind {kind}")
    prev = None
    if "\n--- previous\n" in "\n" + body:
        if kind != "supervision":
            fail(f"{f.name}: previous only for supervision")
        body, prev = ("\n" + body).split("\n--- previous\n", 1)
        body, prev = body.strip("\n"), prev.strip("\n")
    body = body.strip("\n")
    if not body:
        fail(f"{f.name}: empty text")
    expected, seen = [], set()
    for lab in labels:
        lm = re.match(r"^([OTMCVRS])(\d+)?$", lab)
        if not lm:
            fail(f"{f.name}: bad label {lab}")
        c, idx = lm.group(1), lm.group(2)
        if c not in ALLOWED[kind]:
            fail(f"{f.name}: {c} not allowed for {kind}")
        if c in INDEXED:
            if idx is None:
                fail(f"{f.name}: {c} needs index")
            idx = int(idx)
            if kind == "action" and idx != 0:
                fail(f"{f.name}: action index must be 0")
        elif idx is not None:
            fail(f"{f.name}: {c} takes no index")
        if c == "S" and prev is None:
            fail(f"{f.name}: S without previous_text")
        if (c, idx) in seen:
            fail(f"{f.name}: duplicate {lab}")
        seen.add((c, idx))
        expected.append({"code": CODES[c], "action_index": idx})
        flags[CODES[c]] += 1
    row = {"id": f"{PREFIX}{n:03d}", "kind": kind, "text": body}
    if prev is not None:
        row["previous_text"] = prev
    row["expected"] = expected
    rows.append(row)
    kinds[kind] += 1

with open(ROOT / f"{SET}.jsonl", "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(rows)} documents, {sum(1 for r in rows if not r['expected'])} with no expected flag")
print("per kind:")
for k in ALLOWED:
    print(f"  {k:14s} {kinds[k]}")
print("per flag:")
for c in CODES.values():
    print(f"  {c:30s} {flags[c]}")
