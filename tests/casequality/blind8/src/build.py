"""Assemble blind8.jsonl from the hand-written blocks in texts/*.txt."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PREFIX = "k"
OUT = HERE / "blind8.jsonl"

CODES = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
    "C": "NO_CONTINGENCY",
    "V": "NO_CHILD_VOICE",
    "R": "OVERSIGHT_NO_RATIONALE",
}
ACTION = {"ACTION_NO_OWNER", "ACTION_NO_TIMESCALE", "ACTION_NOT_MEASURABLE"}
ALLOWED = {
    "action": ACTION,
    "care_plan": ACTION | {"NO_CONTINGENCY", "NO_CHILD_VOICE"},
    "pathway_plan": ACTION | {"NO_CHILD_VOICE"},
    "pep": ACTION | {"NO_CHILD_VOICE"},
    "review": {"NO_CHILD_VOICE"},
    "oversight": {"OVERSIGHT_NO_RATIONALE"},
    "supervision": ACTION | {"SUPERVISION_REPEATED_ACTIONS"},
}
INDEXED = ACTION | {"SUPERVISION_REPEATED_ACTIONS"}
HEADER = re.compile(r"^=== (\w+) \|(.*)$")


def parse_label(token: str, kind: str) -> dict:
    letter, rest = token[0], token[1:]
    if letter not in CODES:
        raise ValueError(f"unknown label {token!r}")
    code = CODES[letter]
    if code not in ALLOWED[kind]:
        raise ValueError(f"{code} not allowed for kind {kind}")
    if code in INDEXED:
        if not rest.isdigit():
            raise ValueError(f"{token!r} needs an index")
        index = int(rest)
        if kind == "action" and index != 0:
            raise ValueError(f"{token!r}: action kind takes index 0 only")
        return {"code": code, "action_index": index}
    if rest:
        raise ValueError(f"{token!r} takes no index")
    return {"code": code, "action_index": None}


def read_blocks() -> list[tuple[str, list[str], list[str]]]:
    blocks = []
    for path in sorted((HERE / "texts").glob("*.txt")):
        current = None
        for line in path.read_text(encoding="utf-8").splitlines():
            match = HEADER.match(line)
            if match:
                current = (match.group(1), match.group(2).split(), [])
                blocks.append(current)
            elif current is not None:
                current[2].append(line)
            elif line.strip():
                raise ValueError(f"{path.name}: text before first header")
    return blocks


def main() -> int:
    records = []
    kinds: Counter = Counter()
    flags: Counter = Counter()
    clean = 0
    for number, (kind, labels, lines) in enumerate(read_blocks(), start=1):
        if kind not in ALLOWED:
            raise ValueError(f"unknown kind {kind}")
        body = "\n".join(lines)
        previous = None
        if "\n--- previous\n" in "\n" + body + "\n":
            parts = re.split(r"^--- previous$", body, maxsplit=1, flags=re.M)
            body, previous = parts[0], parts[1].strip()
            if kind != "supervision":
                raise ValueError("previous_text only for supervision")
        expected = [parse_label(token, kind) for token in labels]
        if len({(e["code"], e["action_index"]) for e in expected}) != len(expected):
            raise ValueError(f"duplicate labels in block {number}")
        repeats = any(e["code"] == "SUPERVISION_REPEATED_ACTIONS" for e in expected)
        if repeats and not previous:
            raise ValueError(f"block {number}: S label without previous")
        record = {"id": f"{PREFIX}{number:03d}", "kind": kind, "text": body.strip()}
        if previous is not None:
            record["previous_text"] = previous
        record["expected"] = expected
        if not record["text"]:
            raise ValueError(f"block {number} empty")
        records.append(record)
        kinds[kind] += 1
        clean += not expected
        for e in expected:
            flags[e["code"]] += 1
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} documents, {clean} clean -> {OUT.name}")
    for kind, count in sorted(kinds.items()):
        print(f"  kind {kind}: {count}")
    for code, count in sorted(flags.items()):
        print(f"  flag {code}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
