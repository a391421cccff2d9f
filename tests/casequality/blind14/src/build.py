"""Build blind14.jsonl from texts/*.txt (name order)."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SET, PREFIX = "blind14", "s"
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
    head, _, body = raw.partition("\n")
    m = re.fullmatch(r"=== (\w+) \|(.*)", head.strip())
    if not m:
        sys.exit(f"{path.name}: bad header {head!r}")
    kind, labels = m.group(1), m.group(2).split()
    if kind not in ALLOWED:
        sys.exit(f"{path.name}: unknown kind {kind}")
    prev = None
    if "\n--- previous\n" in "\n" + body:
        body, _, prev = ("\n" + body).partition("\n--- previous\n")
        body, prev = body.strip("\n"), prev.strip("\n")
        if kind != "supervision":
            sys.exit(f"{path.name}: previous only for supervision")
    body = body.strip("\n")
    expected, seen = [], set()
    for lab in labels:
        m2 = re.fullmatch(r"([OTMCVRS])(\d+)?", lab)
        if not m2:
            sys.exit(f"{path.name}: bad label {lab}")
        f, idx = m2.group(1), m2.group(2)
        if f not in ALLOWED[kind]:
            sys.exit(f"{path.name}: label {lab} not allowed for {kind}")
        if f in INDEXED:
            if idx is None:
                sys.exit(f"{path.name}: {lab} needs an index")
            idx = int(idx)
            if kind == "action" and idx != 0:
                sys.exit(f"{path.name}: action index must be 0")
        elif idx is not None:
            sys.exit(f"{path.name}: {lab} takes no index")
        if f == "S" and not prev:
            sys.exit(f"{path.name}: S without previous_text")
        if lab in seen:
            sys.exit(f"{path.name}: duplicate {lab}")
        seen.add(lab)
        expected.append({"code": CODES[f], "action_index": idx})
    rec = {"kind": kind, "text": body}
    if prev:
        rec["previous_text"] = prev
    rec["expected"] = expected
    return rec


def main():
    files = sorted((HERE / "texts").glob("*.txt"))
    recs = []
    for i, p in enumerate(files, 1):
        r = parse(p)
        recs.append({"id": f"{PREFIX}{i:03d}", **r})
    with open(HERE / f"{SET}.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in recs)
    flags = Counter(e["code"] for r in recs for e in r["expected"])
    clean = Counter(r["kind"] for r in recs if not r["expected"])
    print(f"{len(recs)} documents -> {SET}.jsonl")
    for k in ALLOWED:
        print(f"  {k:13s} {kinds[k]:4d}  (no flag: {clean[k]})")
    for c in CODES.values():
        print(f"  {c:30s} {flags[c]:4d}")
    print(f"  documents with no expected flag: {sum(clean.values())}")


if __name__ == "__main__":
    main()
