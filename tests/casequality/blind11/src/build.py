#!/usr/bin/env python3
"""Build blind11.jsonl from texts/*.txt (blind evaluation set, id prefix p)."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SET = "blind11"
PREFIX = "p"
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


def parse(path):
    raw = path.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    m = re.match(r"^=== (\w+) \|(.*)$", first)
    if not m:
        sys.exit(f"{path.name}: bad header {first!r}")
    kind, labels = m.group(1), m.group(2).split()
    if kind not in ALLOWED:
        sys.exit(f"{path.name}: unknown kind {kind}")
    previous = None
    if "\n--- previous\n" in "\n" + body:
        parts = ("\n" + body).split("\n--- previous\n", 1)
        body, previous = parts[0].lstrip("\n"), parts[1].strip("\n")
        if kind != "supervision":
            sys.exit(f"{path.name}: previous only allowed for supervision")
    expected, seen = [], set()
    for lab in labels:
        lm = re.fullmatch(r"([OTMCVRS])(\d+)?", lab)
        if not lm:
            sys.exit(f"{path.name}: bad label {lab}")
        letter, idx = lm.group(1), lm.group(2)
        if letter not in ALLOWED[kind]:
            sys.exit(f"{path.name}: label {lab} not allowed for {kind}")
        if letter in INDEXED:
            if idx is None:
                sys.exit(f"{path.name}: {lab} needs an index")
            idx = int(idx)
            if kind == "action" and idx != 0:
                sys.exit(f"{path.name}: action labels must use index 0")
        else:
            if idx is not None:
                sys.exit(f"{path.name}: {lab} takes no index")
        if letter == "S" and not previous:
            sys.exit(f"{path.name}: S without previous_text")
        if (letter, idx) in seen:
            sys.exit(f"{path.name}: duplicate {lab}")
        seen.add((letter, idx))
        expected.append({"code": CODES[letter], "action_index": idx})
    return kind, body.strip("\n"), previous, expected


def main():
    files = sorted((HERE / "texts").glob("*.txt"))
    kinds, flags, clean = Counter(), Counter(), 0
    out = []
    for n, f in enumerate(files, 1):
        kind, text, previous, expected = parse(f)
        rec = {"id": f"{PREFIX}{n:03d}", "kind": kind, "text": text}
        if previous is not None:
            rec["previous_text"] = previous
        rec["expected"] = expected
        out.append(rec)
        kinds[kind] += 1
        for e in expected:
            flags[e["code"]] += 1
        clean += not expected
    (HERE / f"{SET}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
    )
    print(f"{len(out)} documents -> {SET}.jsonl ({clean} with no expected flag)")
    print("per kind:")
    for k in ALLOWED:
        print(f"  {k:13} {kinds[k]}")
    print("per flag (label instances):")
    for c in CODES.values():
        print(f"  {c:30} {flags[c]}")
    docs_with = Counter()
    for r in out:
        for c in {e["code"] for e in r["expected"]}:
            docs_with[c] += 1
    print("per flag (documents carrying it):")
    for c in CODES.values():
        print(f"  {c:30} {docs_with[c]}")


if __name__ == "__main__":
    main()
