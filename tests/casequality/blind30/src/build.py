"""Build blind30.jsonl from the hand-written texts in ../texts."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET_NAME = "blind30"
ID_PREFIX = "na"

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
LABEL = re.compile(r"^([A-Z])(\d+)?$")
PREVIOUS = "--- previous"


def parse(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8").splitlines()
    match = HEADER.match(lines[0]) if lines else None
    if not match:
        raise ValueError(f"{path.name}: bad header line")
    kind = match.group(1)
    if kind not in ALLOWED:
        raise ValueError(f"{path.name}: unknown kind {kind!r}")
    body = lines[1:]
    previous = None
    if PREVIOUS in body:
        cut = body.index(PREVIOUS)
        previous = "\n".join(body[cut + 1 :]).strip()
        body = body[:cut]
        if kind != "supervision":
            raise ValueError(f"{path.name}: previous text only for supervision")
        if not previous:
            raise ValueError(f"{path.name}: empty previous text")
    text = "\n".join(body).strip()
    if not text:
        raise ValueError(f"{path.name}: empty text")

    expected = []
    seen = set()
    for token in match.group(2).split():
        lab = LABEL.match(token)
        if not lab:
            raise ValueError(f"{path.name}: bad label {token!r}")
        letter, index = lab.group(1), lab.group(2)
        if letter not in CODES or letter not in ALLOWED[kind]:
            raise ValueError(f"{path.name}: label {letter} not allowed for {kind}")
        if letter in INDEXED and index is None:
            raise ValueError(f"{path.name}: label {token} needs an action index")
        if letter not in INDEXED and index is not None:
            raise ValueError(f"{path.name}: label {token} takes no index")
        if kind == "action" and index is not None and int(index) != 0:
            raise ValueError(f"{path.name}: action kind only has index 0")
        if letter == "S" and previous is None:
            raise ValueError(f"{path.name}: S needs previous text")
        if token in seen:
            raise ValueError(f"{path.name}: duplicate label {token}")
        seen.add(token)
        expected.append(
            {
                "code": CODES[letter],
                "action_index": int(index) if index is not None else None,
            }
        )

    number = re.match(r"^(\d{3})_", path.name)
    if not number:
        raise ValueError(f"{path.name}: file name must start with NNN_")
    record = {"id": f"{ID_PREFIX}{number.group(1)}", "kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    records = [parse(p) for p in sorted(TEXTS.glob("*.txt"))]
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids")
    with OUT.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    docs_with = Counter(code for r in records for code in {e["code"] for e in r["expected"]})
    clean = sum(1 for r in records if not r["expected"])
    with_prev = sum(1 for r in records if "previous_text" in r)
    print(f"wrote {len(records)} records to {OUT}")
    print("per kind:")
    for kind in ALLOWED:
        print(f"  {kind:13} {kinds[kind]}")
    print("per flag (labels / documents):")
    for code in CODES.values():
        print(f"  {code:29} {flags[code]:3} / {docs_with[code]}")
    print(f"documents with no flag: {clean}")
    print(f"supervision with previous_text: {with_prev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
