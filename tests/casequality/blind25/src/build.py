"""Build blind25.jsonl from the hand-written texts in ../texts.

Each text file starts with a header line ``=== kind | labels``. Labels are
space-separated; O/T/M/S carry a 0-based action index (``O2``), C/V/R do not.
Supervision documents may contain a ``--- previous`` line separating the
current session from the previous one.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET_NAME = "blind25"
ID_PREFIX = "a"
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
INDEXED = set("OTMS")
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
NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")
PREVIOUS_MARK = "--- previous"


def parse_label(token: str, kind: str, has_previous: bool, where: str) -> dict:
    letter, rest = token[0], token[1:]
    if letter not in CODES:
        raise ValueError(f"{where}: unknown label {token!r}")
    if letter not in ALLOWED[kind]:
        raise ValueError(f"{where}: label {token!r} not allowed for {kind}")
    if letter in INDEXED:
        if not rest.isdigit():
            raise ValueError(f"{where}: label {token!r} needs an action index")
        index = int(rest)
        if kind == "action" and index != 0:
            raise ValueError(f"{where}: action documents only have index 0")
    else:
        if rest:
            raise ValueError(f"{where}: label {token!r} takes no index")
        index = None
    if letter == "S" and not has_previous:
        raise ValueError(f"{where}: S used without previous text")
    return {"code": CODES[letter], "action_index": index}


def parse_file(path: Path) -> dict:
    match = NAME.match(path.name)
    if not match:
        raise ValueError(f"{path.name}: bad file name")
    lines = path.read_text(encoding="utf-8").splitlines()
    header = HEADER.match(lines[0]) if lines else None
    if not header:
        raise ValueError(f"{path.name}: bad header line")
    kind = header.group(1)
    if kind not in ALLOWED:
        raise ValueError(f"{path.name}: unknown kind {kind!r}")
    body = lines[1:]
    previous = None
    if PREVIOUS_MARK in body:
        if kind != "supervision":
            raise ValueError(f"{path.name}: previous text only for supervision")
        cut = body.index(PREVIOUS_MARK)
        previous = "\n".join(body[cut + 1 :]).strip()
        body = body[:cut]
    text = "\n".join(body).strip()
    if not text or (previous is not None and not previous):
        raise ValueError(f"{path.name}: empty text")
    tokens = header.group(2).split()
    if len(tokens) != len(set(tokens)):
        raise ValueError(f"{path.name}: duplicate labels")
    expected = [parse_label(tok, kind, previous is not None, path.name) for tok in tokens]
    record = {"id": f"{ID_PREFIX}{match.group(1)}", "kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXTS.glob("*.txt"))
    records = [parse_file(p) for p in files]
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids")
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    docs_with = Counter(code for r in records for code in {e["code"] for e in r["expected"]})
    clean = sum(1 for r in records if not r["expected"])
    with_prev = sum(1 for r in records if "previous_text" in r)
    print(f"wrote {len(records)} documents to {OUT}")
    print("per kind:")
    for kind in ALLOWED:
        print(f"  {kind:<13} {kinds[kind]}")
    print("per flag (labels / documents):")
    for code in CODES.values():
        print(f"  {code:<30} {flags[code]:>3} / {docs_with[code]}")
    print(f"documents with no flag: {clean}")
    print(f"supervision with previous text: {with_prev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
