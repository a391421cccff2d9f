"""Build blind27.jsonl from hand-written texts/*.txt files."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET_NAME = "blind27"
PREFIX = "ka"
ROOT = Path(__file__).resolve().parent.parent

ALLOWED = {
    "action": set("OTM"),
    "care_plan": set("OTMCV"),
    "pathway_plan": set("OTMV"),
    "pep": set("OTMV"),
    "review": set("V"),
    "oversight": set("R"),
    "supervision": set("OTMS"),
}
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
HEADER = re.compile(r"^=== (\w+) \|(.*)$")
LABEL = re.compile(r"^([OTMCVRS])(\d*)$")


def parse(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    match = HEADER.match(first)
    if not match:
        raise ValueError(f"{path.name}: bad header {first!r}")
    kind = match.group(1)
    if kind not in ALLOWED:
        raise ValueError(f"{path.name}: unknown kind {kind}")
    previous = None
    if "\n--- previous\n" in body:
        if kind != "supervision":
            raise ValueError(f"{path.name}: previous text only allowed for supervision")
        body, previous = body.split("\n--- previous\n", 1)
        previous = previous.strip()
    text = body.strip()
    if not text:
        raise ValueError(f"{path.name}: empty text")
    expected = []
    seen = set()
    for token in match.group(2).split():
        lm = LABEL.match(token)
        if not lm:
            raise ValueError(f"{path.name}: bad label {token!r}")
        letter, digits = lm.groups()
        if letter not in ALLOWED[kind]:
            raise ValueError(f"{path.name}: {letter} not allowed for {kind}")
        if letter in INDEXED:
            if digits == "":
                raise ValueError(f"{path.name}: {letter} needs an action index")
            index = int(digits)
            if kind == "action" and index != 0:
                raise ValueError(f"{path.name}: action index must be 0")
        else:
            if digits:
                raise ValueError(f"{path.name}: {letter} takes no index")
            index = None
        if letter == "S" and previous is None:
            raise ValueError(f"{path.name}: S needs previous text")
        key = (letter, index)
        if key in seen:
            raise ValueError(f"{path.name}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": index})
    record = {"kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted((ROOT / "texts").glob("*.txt"))
    records = []
    for number, path in enumerate(files, start=1):
        if not re.match(r"^\d{3}_[a-z0-9_]+\.txt$", path.name):
            raise ValueError(f"bad file name {path.name}")
        if int(path.name[:3]) != number:
            raise ValueError(f"{path.name}: expected number {number:03d}")
        record = parse(path)
        records.append({"id": f"{PREFIX}{number:03d}", **record})
    out = ROOT / f"{SET_NAME}.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    flags = Counter(e["code"] for r in records for e in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    with_prev = sum(1 for r in records if "previous_text" in r)
    print(f"wrote {len(records)} records to {out}")
    print("per kind:")
    for kind in ALLOWED:
        print(f"  {kind}: {kinds.get(kind, 0)}")
    print("per flag:")
    for code in CODES.values():
        print(f"  {code}: {flags.get(code, 0)}")
    print(f"no flag: {clean}")
    print(f"supervision with previous text: {with_prev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
