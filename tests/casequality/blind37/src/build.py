"""Validate the blind37 hand-written texts and write blind37.jsonl.

Each file in ../texts is named NNN_short_name.txt and looks like:

    === <kind> | <labels>
    <document text>
    --- previous
    <previous supervision record, optional>

Run with the project interpreter from any directory:

    /work/main/.venv/bin/python tests/casequality/blind37/src/build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SET_NAME = "blind37"
PREFIX = "va"

HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent
TEXTS = SET_DIR / "texts"
OUT = SET_DIR / f"{SET_NAME}.jsonl"

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
ACTION_KINDS = {"action", "care_plan", "pathway_plan", "pep", "supervision"}
ALLOWED = {
    "O": ACTION_KINDS,
    "T": ACTION_KINDS,
    "M": ACTION_KINDS,
    "C": {"care_plan"},
    "V": {"care_plan", "pathway_plan", "pep", "review"},
    "R": {"oversight"},
    "S": {"supervision"},
}
KINDS = ACTION_KINDS | {"review", "oversight"}

HEADER_RE = re.compile(r"^=== ([a-z_]+) \|(.*)$")
NAME_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")
LABEL_RE = re.compile(r"^([OTMCVRS])(\d+)?$")
PREVIOUS_MARK = "--- previous"


class BuildError(Exception):
    """A problem with one of the text files."""


def parse_labels(raw: str, kind: str, has_previous: bool, where: str) -> list:
    expected = []
    seen = set()
    for token in raw.split():
        match = LABEL_RE.match(token)
        if not match:
            raise BuildError(f"{where}: bad label {token!r}")
        letter, index = match.group(1), match.group(2)
        if kind not in ALLOWED[letter]:
            raise BuildError(f"{where}: {letter} not allowed for kind {kind}")
        if letter in INDEXED:
            if index is None:
                raise BuildError(f"{where}: {letter} needs an action index")
            action_index = int(index)
            if kind == "action" and action_index != 0:
                raise BuildError(f"{where}: action kind only takes index 0")
        else:
            if index is not None:
                raise BuildError(f"{where}: {letter} takes no index")
            action_index = None
        if letter == "S" and not has_previous:
            raise BuildError(f"{where}: S needs a previous session text")
        key = (letter, action_index)
        if key in seen:
            raise BuildError(f"{where}: duplicate label {token}")
        seen.add(key)
        expected.append({"code": CODES[letter], "action_index": action_index})
    return expected


def parse_file(path: Path) -> dict:
    where = path.name
    match = NAME_RE.match(path.name)
    if not match:
        raise BuildError(f"{where}: file name must be NNN_short_name.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise BuildError(f"{where}: empty file")
    header = HEADER_RE.match(lines[0])
    if not header:
        raise BuildError(f"{where}: first line must be '=== <kind> | <labels>'")
    kind = header.group(1)
    if kind not in KINDS:
        raise BuildError(f"{where}: unknown kind {kind!r}")
    body = lines[1:]
    marks = [i for i, line in enumerate(body) if line.strip() == PREVIOUS_MARK]
    if len(marks) > 1:
        raise BuildError(f"{where}: more than one '{PREVIOUS_MARK}' marker")
    previous = None
    if marks:
        if kind != "supervision":
            raise BuildError(f"{where}: previous text only allowed for supervision")
        previous = "\n".join(body[marks[0] + 1 :]).strip()
        body = body[: marks[0]]
        if not previous:
            raise BuildError(f"{where}: empty previous text")
    text = "\n".join(body).strip()
    if not text:
        raise BuildError(f"{where}: empty document text")
    expected = parse_labels(header.group(2), kind, previous is not None, where)
    record = {"id": f"{PREFIX}{match.group(1)}", "kind": kind, "text": text}
    if previous is not None:
        record["previous_text"] = previous
    record["expected"] = expected
    return record


def main() -> int:
    paths = sorted(TEXTS.glob("*.txt"))
    records = []
    errors = []
    for path in paths:
        try:
            records.append(parse_file(path))
        except BuildError as exc:
            errors.append(str(exc))
    numbers = [int(p.name[:3]) for p in paths if p.name[:3].isdigit()]
    wanted = list(range(1, len(paths) + 1))
    if sorted(numbers) != wanted:
        errors.append(f"numbering is not a gap-free 001..{len(paths):03d} run")
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
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
