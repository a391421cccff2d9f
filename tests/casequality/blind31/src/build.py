"""Build the blind31 evaluation set from hand-written texts/*.txt files."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET_NAME = "blind31"
ID_PREFIX = "pa"

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
NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")


def fail(path: Path, msg: str) -> None:
    sys.exit(f"{path.name}: {msg}")


def parse_labels(path: Path, kind: str, raw: str, has_prev: bool) -> list[dict]:
    expected = []
    seen = set()
    for tok in raw.split():
        m = LABEL.match(tok)
        if not m:
            fail(path, f"bad label {tok!r}")
        letter, idx = m.group(1), m.group(2)
        if letter not in CODES:
            fail(path, f"unknown letter {letter!r}")
        if letter not in ALLOWED[kind]:
            fail(path, f"letter {letter} not allowed for kind {kind}")
        if letter in INDEXED and idx == "":
            fail(path, f"{letter} needs an action index")
        if letter not in INDEXED and idx != "":
            fail(path, f"{letter} takes no action index")
        if kind == "action" and letter in INDEXED and idx != "0":
            fail(path, "action documents only have index 0")
        if letter == "S" and not has_prev:
            fail(path, "S used without previous text")
        if tok in seen:
            fail(path, f"duplicate label {tok}")
        seen.add(tok)
        expected.append({"code": CODES[letter], "action_index": int(idx) if idx else None})
    return expected


def build() -> None:
    files = sorted(TEXTS.glob("*.txt"))
    if not files:
        sys.exit("no texts found")
    rows = []
    numbers = set()
    for path in files:
        nm = NAME.match(path.name)
        if not nm:
            fail(path, "file name must be NNN_short_name.txt")
        num = nm.group(1)
        if num in numbers:
            fail(path, "duplicate number")
        numbers.add(num)
        content = path.read_text(encoding="utf-8")
        first, _, body = content.partition("\n")
        hm = HEADER.match(first.rstrip())
        if not hm:
            fail(path, "bad header line")
        kind = hm.group(1)
        if kind not in ALLOWED:
            fail(path, f"unknown kind {kind!r}")
        previous = None
        if "\n--- previous\n" in "\n" + body:
            if kind != "supervision":
                fail(path, "previous text only allowed for supervision")
            current, _, previous = ("\n" + body).partition("\n--- previous\n")
            body = current.lstrip("\n")
            previous = previous.strip()
            if not previous:
                fail(path, "empty previous text")
        text = body.strip()
        if not text:
            fail(path, "empty text")
        expected = parse_labels(path, kind, hm.group(2), previous is not None)
        row = {"id": f"{ID_PREFIX}{num}", "kind": kind, "text": text}
        if previous is not None:
            row["previous_text"] = previous
        row["expected"] = expected
        rows.append(row)

    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    kinds = Counter(r["kind"] for r in rows)
    flags = Counter(e["code"] for r in rows for e in r["expected"])
    docs_per_flag = Counter(code for r in rows for code in {e["code"] for e in r["expected"]})
    clean = sum(1 for r in rows if not r["expected"])
    with_prev = sum(1 for r in rows if "previous_text" in r)
    print(f"wrote {len(rows)} documents to {OUT}")
    print("per kind:")
    for k in ALLOWED:
        print(f"  {k:13s} {kinds.get(k, 0)}")
    print("per flag (instances / documents):")
    for code in CODES.values():
        print(f"  {code:29s} {flags.get(code, 0):3d} / {docs_per_flag.get(code, 0)}")
    print(f"documents with no flag: {clean}")
    print(f"supervision with previous text: {with_prev}")


if __name__ == "__main__":
    build()
