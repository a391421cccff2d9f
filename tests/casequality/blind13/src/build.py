"""Build blind13.jsonl from texts/*.txt."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SET = "blind13"
PREFIX = "r"
CODES = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "C": "NO_CONTINGENCY",
    "V": "NO_CHILD_VOICE",
    "R": "OVERSIGHT_NO_RATIONALE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
}
INDEXED = {"O", "T", "M", "S"}
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


def parse(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    m = HEADER.match(lines[0])
    if not m:
        sys.exit(f"{path.name}: bad header")
    kind, labels = m.group(1), m.group(2).split()
    if kind not in ALLOWED:
        sys.exit(f"{path.name}: unknown kind {kind}")
    body = lines[1:]
    prev = None
    if "--- previous" in body:
        if kind != "supervision":
            sys.exit(f"{path.name}: previous only for supervision")
        i = body.index("--- previous")
        prev = "\n".join(body[i + 1 :]).strip()
        body = body[:i]
    text = "\n".join(body).strip()
    expected = []
    seen = set()
    for lab in labels:
        lm = re.fullmatch(r"([OTMCVRS])(\d+)?", lab)
        if not lm:
            sys.exit(f"{path.name}: bad label {lab}")
        letter, idx = lm.group(1), lm.group(2)
        if letter not in ALLOWED[kind]:
            sys.exit(f"{path.name}: {letter} not allowed for {kind}")
        if letter in INDEXED:
            if idx is None:
                sys.exit(f"{path.name}: {lab} needs an index")
            idx = int(idx)
            if kind == "action" and idx != 0:
                sys.exit(f"{path.name}: action index must be 0")
        elif idx is not None:
            sys.exit(f"{path.name}: {lab} takes no index")
        if letter == "S" and not prev:
            sys.exit(f"{path.name}: S without previous_text")
        if lab in seen:
            sys.exit(f"{path.name}: duplicate {lab}")
        seen.add(lab)
        expected.append({"code": CODES[letter], "action_index": idx})
    if not text:
        sys.exit(f"{path.name}: empty text")
    return kind, text, prev, expected


def main():
    files = sorted((HERE / "texts").glob("*.txt"))
    kinds, flags, clean = Counter(), Counter(), 0
    out = []
    for n, f in enumerate(files, 1):
        kind, text, prev, expected = parse(f)
        rec = {"id": f"{PREFIX}{n:03d}", "kind": kind, "text": text}
        if prev is not None:
            rec["previous_text"] = prev
        rec["expected"] = expected
        out.append(rec)
        kinds[kind] += 1
        for e in expected:
            flags[e["code"]] += 1
        clean += not expected
    with open(HERE / f"{SET}.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(out)} documents, {clean} with no expected flag")
    print("per kind:")
    for k, v in sorted(kinds.items()):
        print(f"  {k}: {v}")
    print("per flag:")
    for k, v in sorted(flags.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
