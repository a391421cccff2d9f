"""Build blind21.jsonl from texts/*.txt."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET_NAME = "blind21"
PREFIX = "z"

CODES = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "C": "NO_CONTINGENCY",
    "V": "NO_CHILD_VOICE",
    "R": "OVERSIGHT_NO_RATIONALE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
}

ALLOWED = {
    "action": {"O", "T", "M"},
    "care_plan": {"O", "T", "M", "C", "V"},
    "pathway_plan": {"O", "T", "M", "V"},
    "pep": {"O", "T", "M", "V"},
    "review": {"V"},
    "oversight": {"R"},
    "supervision": {"O", "T", "M", "S"},
}

INDEXED = {"O", "T", "M", "S"}
HEADER = re.compile(r"^=== (\w+) \|(.*)$")
LABEL = re.compile(r"^([OTMCVRS])(\d*)$")


def parse(path):
    raw = path.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    match = HEADER.match(first)
    if not match:
        sys.exit(f"{path.name}: bad header")
    kind = match.group(1)
    if kind not in ALLOWED:
        sys.exit(f"{path.name}: unknown kind {kind}")
    previous = None
    if "\n--- previous\n" in "\n" + body:
        text, _, previous = ("\n" + body).partition("\n--- previous\n")
        body = text.lstrip("\n")
        previous = previous.strip()
    expected = []
    for token in match.group(2).split():
        lab = LABEL.match(token)
        if not lab:
            sys.exit(f"{path.name}: bad label {token}")
        letter, digits = lab.groups()
        if letter not in ALLOWED[kind]:
            sys.exit(f"{path.name}: {letter} not allowed for {kind}")
        if letter in INDEXED:
            if not digits:
                sys.exit(f"{path.name}: {letter} needs an index")
            index = int(digits)
            if kind == "action" and index != 0:
                sys.exit(f"{path.name}: action index must be 0")
        else:
            if digits:
                sys.exit(f"{path.name}: {letter} takes no index")
            index = None
        if letter == "S" and not previous:
            sys.exit(f"{path.name}: S without previous_text")
        expected.append({"code": CODES[letter], "action_index": index})
    if previous is not None and kind != "supervision":
        sys.exit(f"{path.name}: previous only for supervision")
    record = {"kind": kind, "text": body.strip()}
    if previous:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main():
    files = sorted((ROOT / "texts").glob("*.txt"))
    kinds = Counter()
    flags = Counter()
    clean = 0
    lines = []
    for number, path in enumerate(files, start=1):
        record = parse(path)
        record = {"id": f"{PREFIX}{number:03d}", **record}
        kinds[record["kind"]] += 1
        for item in record["expected"]:
            flags[item["code"]] += 1
        if not record["expected"]:
            clean += 1
        lines.append(json.dumps(record, ensure_ascii=False))
    out = ROOT / f"{SET_NAME}.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} documents -> {out.name}")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind}: {count}")
    for code, count in sorted(flags.items()):
        print(f"  {code}: {count}")
    print(f"  no expected flag: {clean}")


if __name__ == "__main__":
    main()
