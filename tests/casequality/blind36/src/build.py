"""Validate the hand-written blind36 texts and write blind36.jsonl.

Each file in ../texts is named NNN_short_name.txt and looks like:

    === <kind> | <labels>
    <document text>
    --- previous
    <previous supervision record, optional>
"""

import json
import re
import sys
from pathlib import Path

SET = "blind36"
PREFIX = "ua"

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXTS = ROOT / "texts"
OUT = ROOT / f"{SET}.jsonl"

KINDS = {
    "action",
    "care_plan",
    "pathway_plan",
    "pep",
    "review",
    "oversight",
    "supervision",
}

ACTION_KINDS = {"action", "care_plan", "pathway_plan", "pep", "supervision"}

# letter -> (code, indexed, allowed kinds)
LETTERS = {
    "O": ("ACTION_NO_OWNER", True, ACTION_KINDS),
    "T": ("ACTION_NO_TIMESCALE", True, ACTION_KINDS),
    "M": ("ACTION_NOT_MEASURABLE", True, ACTION_KINDS),
    "C": ("NO_CONTINGENCY", False, {"care_plan"}),
    "V": ("NO_CHILD_VOICE", False, {"care_plan", "pathway_plan", "pep", "review"}),
    "R": ("OVERSIGHT_NO_RATIONALE", False, {"oversight"}),
    "S": ("SUPERVISION_REPEATED_ACTIONS", True, {"supervision"}),
}

HEADER = re.compile(r"^=== (?P<kind>[a-z_]+) \|(?P<labels>.*)$")
NAME = re.compile(r"^(?P<num>\d{3})_[a-z0-9_]+\.txt$")
LABEL = re.compile(r"^(?P<letter>[A-Z])(?P<index>\d+)?$")
SEPARATOR = "--- previous"


class BuildError(Exception):
    pass


def parse_labels(raw: str, kind: str, has_previous: bool, where: str) -> list:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL.match(token)
        if not match:
            raise BuildError(f"{where}: bad label {token!r}")
        letter = match.group("letter")
        index = match.group("index")
        if letter not in LETTERS:
            raise BuildError(f"{where}: unknown letter {letter!r}")
        code, indexed, allowed = LETTERS[letter]
        if kind not in allowed:
            raise BuildError(f"{where}: {letter} not allowed for kind {kind}")
        if indexed and index is None:
            raise BuildError(f"{where}: {letter} needs an action index")
        if not indexed and index is not None:
            raise BuildError(f"{where}: {letter} takes no index")
        action_index = int(index) if index is not None else None
        if kind == "action" and action_index not in (None, 0):
            raise BuildError(f"{where}: action kind allows only index 0")
        if letter == "S" and not has_previous:
            raise BuildError(f"{where}: S needs previous text")
        key = (code, action_index)
        if key in seen:
            raise BuildError(f"{where}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": code, "action_index": action_index})
    return expected


def parse_file(path: Path) -> dict:
    where = path.name
    lines = path.read_text(encoding="utf-8").split("\n")
    header = HEADER.match(lines[0])
    if not header:
        raise BuildError(f"{where}: bad header line {lines[0]!r}")
    kind = header.group("kind")
    if kind not in KINDS:
        raise BuildError(f"{where}: unknown kind {kind!r}")
    body = lines[1:]
    previous = None
    if SEPARATOR in body:
        cut = body.index(SEPARATOR)
        previous = "\n".join(body[cut + 1 :]).strip()
        body = body[:cut]
        if kind != "supervision":
            raise BuildError(f"{where}: previous text only for supervision")
        if not previous:
            raise BuildError(f"{where}: empty previous text")
    text = "\n".join(body).strip()
    if not text:
        raise BuildError(f"{where}: empty text")
    if any(line.startswith("=== ") for line in body):
        raise BuildError(f"{where}: stray header inside the text")
    expected = parse_labels(header.group("labels"), kind, previous is not None, where)
    record = {"kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    files = sorted(TEXTS.glob("*.txt"))
    records = []
    try:
        for number, path in enumerate(files, start=1):
            name = NAME.match(path.name)
            if not name:
                raise BuildError(f"{path.name}: bad file name")
            if int(name.group("num")) != number:
                raise BuildError(f"{path.name}: expected number {number:03d}")
            record = parse_file(path)
            records.append({"id": f"{PREFIX}{number:03d}", **record})
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = {}
    flags = {}
    clean = 0
    for record in records:
        kinds[record["kind"]] = kinds.get(record["kind"], 0) + 1
        if not record["expected"]:
            clean += 1
        for item in record["expected"]:
            flags[item["code"]] = flags.get(item["code"], 0) + 1
    print(f"wrote {len(records)} records to {OUT.name}")
    print("kinds:", json.dumps(kinds, sort_keys=True))
    print("flags:", json.dumps(flags, sort_keys=True))
    print(f"clean documents: {clean}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
