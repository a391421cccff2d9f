"""Build blind18.jsonl from texts/*.txt (see README.md)."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET, PREFIX = "blind18", "w"
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


def main():
    out, kinds, flags, errors = [], Counter(), Counter(), []
    files = sorted((ROOT / "texts").glob("*.txt"))
    for n, f in enumerate(files, 1):
        raw = f.read_text(encoding="utf-8")
        first, _, body = raw.partition("\n")
        m = re.match(r"^=== (\w+) \|(.*)$", first)
        if not m:
            errors.append(f"{f.name}: bad header")
            continue
        kind, labels = m.group(1), m.group(2).split()
        if kind not in ALLOWED:
            errors.append(f"{f.name}: unknown kind {kind}")
            continue
        prev = None
        if "\n--- previous\n" in "\n" + body:
            text, _, prev = ("\n" + body).partition("\n--- previous\n")
            text, prev = text.strip(), prev.strip()
            if kind != "supervision":
                errors.append(f"{f.name}: previous_text only for supervision")
        else:
            text = body.strip()
        exp = []
        for lab in labels:
            c, idx = lab[0], lab[1:]
            if c not in ALLOWED[kind]:
                errors.append(f"{f.name}: {lab} not allowed for {kind}")
                continue
            if c in INDEXED:
                if not idx.isdigit():
                    errors.append(f"{f.name}: {lab} needs index")
                    continue
                i = int(idx)
                if kind == "action" and i != 0:
                    errors.append(f"{f.name}: action index must be 0")
            else:
                if idx:
                    errors.append(f"{f.name}: {lab} takes no index")
                i = None
            if c == "S" and not prev:
                errors.append(f"{f.name}: S without previous_text")
            exp.append({"code": CODES[c], "action_index": i})
            flags[CODES[c]] += 1
        rec = {"id": f"{PREFIX}{n:03d}", "kind": kind, "text": text}
        if prev:
            rec["previous_text"] = prev
        rec["expected"] = exp
        out.append(rec)
        kinds[kind] += 1
        if not exp:
            kinds["(no flag)"] += 1
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(ROOT / f"{SET}.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(out)} documents")
    for k, v in sorted(kinds.items()):
        print(f"  {k}: {v}")
    for k, v in sorted(flags.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
