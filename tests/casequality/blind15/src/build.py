#!/usr/bin/env python3
"""Build blind15.jsonl from texts/*.txt (read in name order)."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SET_NAME = "blind15"
PREFIX = "t"

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
LABEL = re.compile(r"^([OTMCVRS])(\d+)?$")


def fail(msg):
    print("ERROR:", msg, file=sys.stderr)
    sys.exit(1)


def parse(path):
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    m = HEADER.match(lines[0])
    if not m:
        fail(f"{path.name}: bad header {lines[0]!r}")
    kind, labels = m.group(1), m.group(2).split()
    if kind not in ALLOWED:
        fail(f"{path.name}: unknown kind {kind}")
    body = "\n".join(lines[1:])
    previous = None
    if kind == "supervision" and "\n--- previous\n" in "\n" + body + "\n":
        parts = re.split(r"^--- previous[ \t]*$", body, maxsplit=1, flags=re.M)
        body, previous = parts[0], parts[1]
        previous = previous.strip("\n")
    elif "--- previous" in body:
        fail(f"{path.name}: '--- previous' only allowed in supervision")
    body = body.strip("\n")
    if not body.strip():
        fail(f"{path.name}: empty text")
    expected, seen = [], set()
    for lab in labels:
        lm = LABEL.match(lab)
        if not lm:
            fail(f"{path.name}: bad label {lab}")
        letter, idx = lm.group(1), lm.group(2)
        if letter not in ALLOWED[kind]:
            fail(f"{path.name}: label {lab} not allowed for {kind}")
        if letter in INDEXED:
            if idx is None:
                fail(f"{path.name}: label {lab} needs an index")
            idx = int(idx)
            if kind == "action" and idx != 0:
                fail(f"{path.name}: action labels must use index 0")
        else:
            if idx is not None:
                fail(f"{path.name}: label {lab} takes no index")
        if letter == "S" and previous is None:
            fail(f"{path.name}: S label without previous_text")
        key = (letter, idx)
        if key in seen:
            fail(f"{path.name}: duplicate label {lab}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": idx})
    rec = {"kind": kind, "text": body}
    if previous is not None:
        rec["previous_text"] = previous
    rec["expected"] = expected
    return rec


def main():
    files = sorted((HERE / "texts").glob("*.txt"))
    if not files:
        fail("no texts")
    out = []
    for i, f in enumerate(files, 1):
        rec = parse(f)
        out.append({"id": f"{PREFIX}{i:03d}", **rec})
    with open(HERE / f"{SET_NAME}.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in out)
    flags = Counter(e["code"] for r in out for e in r["expected"])
    clean = Counter(r["kind"] for r in out if not r["expected"])
    print(f"{len(out)} documents written to {SET_NAME}.jsonl")
    print("per kind (total / with no expected flag):")
    for k in ALLOWED:
        print(f"  {k:13s} {kinds.get(k, 0):4d} / {clean.get(k, 0):3d}")
    print(f"  {'ALL':13s} {len(out):4d} / {sum(clean.values()):3d}")
    print("per flag (label instances):")
    for c in CODES.values():
        print(f"  {c:30s} {flags.get(c, 0):4d}")
    sup_prev = sum(1 for r in out if "previous_text" in r)
    print(f"supervision with previous_text: {sup_prev}")


if __name__ == "__main__":
    main()
