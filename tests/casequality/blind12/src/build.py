"""Build blind12.jsonl from texts/*.txt (run from the blind12 folder)."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET, PREFIX = "blind12", "q"
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
    "action": "OTM",
    "care_plan": "OTMCV",
    "pathway_plan": "OTMV",
    "pep": "OTMV",
    "review": "V",
    "oversight": "R",
    "supervision": "OTMS",
}
INDEXED = set("OTMS")


def fail(name, msg):
    sys.exit(f"{name}: {msg}")


def main():
    files = sorted((ROOT / "texts").glob("*.txt"))
    out, kinds, flags, clean = [], Counter(), Counter(), 0
    for i, f in enumerate(files, 1):
        raw = f.read_text(encoding="utf-8")
        head, _, body = raw.partition("\n")
        m = re.fullmatch(r"=== (\w+) \|(.*)", head.strip())
        if not m:
            fail(f.name, "bad header")
        kind, labels = m.group(1), m.group(2).split()
        if kind not in ALLOWED:
            fail(f.name, f"unknown kind {kind}")
        prev = None
        parts = re.split(r"(?m)^--- previous\s*$", body, maxsplit=1)
        if len(parts) == 2:
            if kind != "supervision":
                fail(f.name, "--- previous only for supervision")
            body, prev = parts[0], parts[1].strip()
        text = body.strip()
        if not text:
            fail(f.name, "empty text")
        expected, seen = [], set()
        for lab in labels:
            lm = re.fullmatch(r"([OTMCVRS])(\d+)?", lab)
            if not lm:
                fail(f.name, f"bad label {lab}")
            code, idx = lm.group(1), lm.group(2)
            if code not in ALLOWED[kind]:
                fail(f.name, f"{code} not allowed for {kind}")
            if code in INDEXED:
                if idx is None:
                    fail(f.name, f"{lab} needs an index")
                idx = int(idx)
                if kind == "action" and idx != 0:
                    fail(f.name, "action index must be 0")
            elif idx is not None:
                fail(f.name, f"{lab} takes no index")
            if code == "S" and not prev:
                fail(f.name, "S without previous_text")
            if lab in seen:
                fail(f.name, f"duplicate {lab}")
            seen.add(lab)
            expected.append({"code": CODES[code], "action_index": idx})
            flags[CODES[code]] += 1
        rec = {"id": f"{PREFIX}{i:03d}", "kind": kind, "text": text}
        if prev:
            rec["previous_text"] = prev
        rec["expected"] = expected
        out.append(rec)
        kinds[kind] += 1
        clean += not expected
    with open(ROOT / f"{SET}.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(out)} documents, {clean} with no expected flag")
    print("per kind:")
    for k, v in sorted(kinds.items()):
        print(f"  {k}: {v}")
    print("per flag (label instances):")
    for k, v in sorted(flags.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
