"""Assemble the blind10 evaluation set from texts/*.txt into blind10.jsonl."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
TEXTS = HERE / "texts"
OUT = HERE / "blind10.jsonl"
PREFIX = "n"

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
            sys.exit(f"{where}: label {tok} not allowed for kind {kind}")
        if m.group(1):
            idx = int(m.group(2))
            if kind == "action" and idx != 0:
                sys.exit(f"{where}: action kind needs index 0")
            code = "SUPERVISION_REPEATED_ACTIONS" if letter == "S" else ACTION_CODES[letter]
            expected.append({"code": code, "action_index": idx})
        else:
            expected.append({"code": BARE[letter], "action_index": None})
    return expected


def blocks() -> list[tuple[str, str, list[str]]]:
    out = []
    for path in sorted(TEXTS.glob("*.txt")):
        current = None
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = HEADER.match(line)
            if m:
                current = (f"{path.name}:{n}", m.group(1), m.group(2), [])
                out.append(current)
            elif current is not None:
                current[3].append(line)
    return out


def main() -> None:
    records = []
    kinds: Counter = Counter()
    flags: Counter = Counter()
    clean = 0
    for i, (where, kind, raw, lines) in enumerate(blocks(), 1):
        if kind not in ALLOWED:
            sys.exit(f"{where}: unknown kind {kind}")
        body = "\n".join(lines)
        prev = None
        if "\n--- previous\n" in "\n" + body + "\n":
            head, _, tail = ("\n" + body + "\n").partition("\n--- previous\n")
            body, prev = head.strip(), tail.strip()
            if kind != "supervision":
                sys.exit(f"{where}: previous_text only for supervision")
        body = body.strip()
        if not body:
            sys.exit(f"{where}: empty text")
        expected = parse_labels(kind, raw, where)
        if any(e["code"] == "SUPERVISION_REPEATED_ACTIONS" for e in expected) and not prev:
            sys.exit(f"{where}: repeat label without previous_text")
        rec = {"id": f"{PREFIX}{i:03d}", "kind": kind, "text": body}
        if prev:
            rec["previous_text"] = prev
        rec["expected"] = expected
        records.append(rec)
        kinds[kind] += 1
        clean += not expected
        for e in expected:
            flags[e["code"]] += 1
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} documents, {clean} clean -> {OUT.name}")
    for k, v in sorted(kinds.items()):
        print(f"  kind {k}: {v}")
    for k, v in sorted(flags.items()):
        print(f"  flag {k}: {v}")


if __name__ == "__main__":
    main()
