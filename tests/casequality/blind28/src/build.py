"""Build blind28.jsonl from the hand-written texts in ../texts.

Each text file starts with a header line ``=== kind | labels``. Supervision
files may contain a ``--- previous`` line separating the current session from
the previous one. Labels are validated against the letters allowed per kind.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET_NAME = "blind28"
ID_PREFIX = "la"

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
OUT = ROOT / f"{SET_NAME}.jsonl"

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
    "action": set("OTM"),
    "care_plan": set("OTMCV"),
    "pathway_plan": set("OTMV"),
    "pep": set("OTMV"),
    "review": set("V"),
    "oversight": set("R"),
    "supervision": set("OTMS"),
}
HEADER = re.compile(r"^=== (\w+) \|(.*)$")
LABEL = re.compile(r"^([A-Z])(\d*)$")
PREVIOUS_MARK = "--- previous"


def parse_labels(raw: str, kind: str, name: str, has_previous: bool) -> list[dict]:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL.match(token)
        if not match:
            raise ValueError(f"{name}: bad label {token!r}")
        letter, digits = match.groups()
        if letter not in ALLOWED[kind]:
            raise ValueError(f"{name}: label {letter} not allowed for {kind}")
        if letter in INDEXED:
            if not digits:
                raise ValueError(f"{name}: label {letter} needs an action index")
            index = int(digits)
            if kind == "action" and index != 0:
                raise ValueError(f"{name}: action documents only have index 0")
        else:
            if digits:
                raise ValueError(f"{name}: label {letter} takes no index")
            index = None
        if letter == "S" and not has_previous:
            raise ValueError(f"{name}: S label without previous text")
        key = (letter, index)
        if key in seen:
            raise ValueError(f"{name}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": index})
    return expected


def build_record(path: Path, number: int) -> dict:
    content = path.read_text(encoding="utf-8")
    lines = content.splitlines()
    if not lines:
        raise ValueError(f"{path.name}: empty file")
    header = HEADER.match(lines[0])
    if not header:
        raise ValueError(f"{path.name}: bad header {lines[0]!r}")
    kind, raw_labels = header.group(1), header.group(2)
    if kind not in ALLOWED:
        raise ValueError(f"{path.name}: unknown kind {kind!r}")
    body = lines[1:]
    previous = None
    if PREVIOUS_MARK in body:
        if kind != "supervision":
            raise ValueError(f"{path.name}: previous text only allowed in supervision")
        cut = body.index(PREVIOUS_MARK)
        previous = "\n".join(body[cut + 1 :]).strip()
        body = body[:cut]
        if not previous:
            raise ValueError(f"{path.name}: empty previous text")
    text = "\n".join(body).strip()
    if not text:
        raise ValueError(f"{path.name}: empty text")
    expected = parse_labels(raw_labels, kind, path.name, previous is not None)
    record = {"id": f"{ID_PREFIX}{number:03d}", "kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXTS.glob("*.txt"))
    records = [build_record(path, i) for i, path in enumerate(files, start=1)]
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    docs_per_flag = Counter(code for r in records for code in {e["code"] for e in r["expected"]})
    clean = sum(1 for r in records if not r["expected"])
    with_previous = sum(1 for r in records if "previous_text" in r)

    print(f"wrote {len(records)} records to {OUT}")
    print("per kind:")
    for kind in ALLOWED:
        print(f"  {kind:13s} {kinds[kind]}")
    print("per flag (labels / documents):")
    for code in CODES.values():
        print(f"  {code:30s} {flags[code]:3d} / {docs_per_flag[code]}")
    print(f"documents with no flag: {clean}")
    print(f"supervision with previous text: {with_previous}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
