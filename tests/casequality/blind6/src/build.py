"""Assemble blind6.jsonl from the hand-written blocks in ../texts/*.txt."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
TEXTS = HERE / "texts"
OUT = HERE / "blind6.jsonl"
PREFIX = "g"

ACTION_CODES = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
}
BARE_CODES = {"C": "NO_CONTINGENCY", "V": "NO_CHILD_VOICE", "R": "OVERSIGHT_NO_RATIONALE"}
ACTION_FLAGS = {"ACTION_NO_OWNER", "ACTION_NO_TIMESCALE", "ACTION_NOT_MEASURABLE"}
ALLOWED = {
    "action": ACTION_FLAGS,
    "care_plan": ACTION_FLAGS | {"NO_CONTINGENCY", "NO_CHILD_VOICE"},
    "pathway_plan": ACTION_FLAGS | {"NO_CHILD_VOICE"},
    "pep": ACTION_FLAGS | {"NO_CHILD_VOICE"},
    "review": {"NO_CHILD_VOICE"},
    "oversight": {"OVERSIGHT_NO_RATIONALE"},
    "supervision": ACTION_FLAGS | {"SUPERVISION_REPEATED_ACTIONS"},
}
HEADER = re.compile(r"^=== (\w+) \|(.*)$")


def parse_label(label: str) -> dict:
    if label in BARE_CODES:
        return {"code": BARE_CODES[label], "action_index": None}
    m = re.fullmatch(r"([OTMS])(\d+)", label)
    if not m:
        raise ValueError(f"bad label {label!r}")
    return {"code": ACTION_CODES[m.group(1)], "action_index": int(m.group(2))}


def read_blocks(path: Path) -> list[tuple[str, list[str], list[str]]]:
    blocks = []
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = HEADER.match(line)
        if m:
            current = (m.group(1), m.group(2).split(), [])
            blocks.append(current)
        elif current is not None:
            current[2].append(line)
        elif line.strip():
            raise ValueError(f"{path.name}: text before first header: {line!r}")
    return blocks


def build() -> list[dict]:
    records = []
    for path in sorted(TEXTS.glob("*.txt")):
        for kind, labels, lines in read_blocks(path):
            if kind not in ALLOWED:
                raise ValueError(f"{path.name}: unknown kind {kind}")
            body = "\n".join(lines)
            previous = None
            if "\n--- previous\n" in "\n" + body + "\n":
                head, _, tail = ("\n" + body + "\n").partition("\n--- previous\n")
                body, previous = head, tail
            expected = [parse_label(lab) for lab in labels]
            rid = f"{PREFIX}{len(records) + 1:03d}"
            for exp in expected:
                if exp["code"] not in ALLOWED[kind]:
                    raise ValueError(f"{rid} ({path.name}): {exp['code']} not allowed for {kind}")
                if kind == "action" and exp["action_index"] not in (None, 0):
                    raise ValueError(f"{rid}: action index must be 0")
            if len({json.dumps(e, sort_keys=True) for e in expected}) != len(expected):
                raise ValueError(f"{rid}: duplicate label")
            if previous is not None and kind != "supervision":
                raise ValueError(f"{rid}: previous_text only for supervision")
            if kind != "supervision" and any(e["code"].startswith("SUPER") for e in expected):
                raise ValueError(f"{rid}: S label outside supervision")
            if not body.strip():
                raise ValueError(f"{rid}: empty text")
            rec = {"id": rid, "kind": kind, "text": body.strip("\n")}
            if previous is not None:
                rec["previous_text"] = previous.strip("\n")
            rec["expected"] = expected
            records.append(rec)
    return records


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    clean = Counter(r["kind"] for r in records if not r["expected"])
    with_prev = sum(1 for r in records if "previous_text" in r)
    print(
        f"documents: {len(records)}  clean: {sum(clean.values())}  with previous_text: {with_prev}"
    )
    for kind, n in sorted(kinds.items()):
        print(f"  {kind:13s} {n:3d}  clean {clean.get(kind, 0)}")
    for code, n in sorted(flags.items()):
        print(f"  {code:30s} {n:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
