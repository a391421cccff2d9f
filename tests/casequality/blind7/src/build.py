"""Assemble the blind7 evaluation set from texts/*.txt into blind7.jsonl."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
TEXTS = HERE / "texts"
OUT = HERE / "blind7.jsonl"
PREFIX = "h"

ACTION_CODES = {"O": "ACTION_NO_OWNER", "T": "ACTION_NO_TIMESCALE", "M": "ACTION_NOT_MEASURABLE"}
ALLOWED = {
    "action": {"O", "T", "M"},
    "care_plan": {"O", "T", "M", "C", "V"},
    "pathway_plan": {"O", "T", "M", "V"},
    "pep": {"O", "T", "M", "V"},
    "review": {"V"},
    "oversight": {"R"},
    "supervision": {"O", "T", "M", "S"},
}
BARE = {"C": "NO_CONTINGENCY", "V": "NO_CHILD_VOICE", "R": "OVERSIGHT_NO_RATIONALE"}
HEADER = re.compile(r"^=== (\w+) \|(.*)$")
LABEL = re.compile(r"^([OTMS])(\d+)$|^([CVR])$")


def parse_labels(kind: str, raw: str, where: str) -> list[dict]:
    expected = []
    for tok in raw.split():
        m = LABEL.match(tok)
        if not m:
            sys.exit(f"{where}: bad label {tok!r}")
        letter = m.group(1) or m.group(3)
        if letter not in ALLOWED[kind]:
            sys.exit(f"{where}: label {tok} not allowed for {kind}")
        if m.group(1):
            idx = int(m.group(2))
            if kind == "action" and idx != 0:
                sys.exit(f"{where}: action kind needs index 0")
            code = ACTION_CODES.get(letter, "SUPERVISION_REPEATED_ACTIONS")
            expected.append({"code": code, "action_index": idx})
        else:
            expected.append({"code": BARE[letter], "action_index": None})
    return expected


def blocks():
    for path in sorted(TEXTS.glob("*.txt")):
        kind, labels, lines, start = None, "", [], 0
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = HEADER.match(line)
            if m:
                if kind:
                    yield kind, labels, lines, f"{path.name}:{start}"
                kind, labels, lines, start = m.group(1), m.group(2), [], n
            elif kind:
                lines.append(line)
        if kind:
            yield kind, labels, lines, f"{path.name}:{start}"


def main() -> None:
    records = []
    for kind, labels, lines, where in blocks():
        if kind not in ALLOWED:
            sys.exit(f"{where}: unknown kind {kind}")
        expected = parse_labels(kind, labels, where)
        prev = None
        if "--- previous" in lines:
            i = lines.index("--- previous")
            prev = "\n".join(lines[i + 1 :]).strip()
            lines = lines[:i]
            if kind != "supervision":
                sys.exit(f"{where}: previous_text only for supervision")
        text = "\n".join(lines).strip()
        if not text:
            sys.exit(f"{where}: empty text")
        if any(e["code"] == "SUPERVISION_REPEATED_ACTIONS" for e in expected) and not prev:
            sys.exit(f"{where}: S label without previous text")
        rec = {"id": f"{PREFIX}{len(records) + 1:03d}", "kind": kind, "text": text}
        if prev is not None:
            rec["previous_text"] = prev
        rec["expected"] = expected
        records.append(rec)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    print(f"total {len(records)}  clean {clean}")
    for k, v in sorted(kinds.items()):
        print(f"  kind {k}: {v}")
    for k, v in sorted(flags.items()):
        print(f"  flag {k}: {v}")


if __name__ == "__main__":
    main()
