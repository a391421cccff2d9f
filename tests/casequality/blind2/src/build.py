"""Assemble blind2.jsonl from the hand-written source files beside this script.

    .venv/bin/python tests/casequality/blind2/src/build.py

Each `*.txt` file here holds records in this shape (texts are written by hand, one per record):

    @@ c001 action | ACTION_NO_OWNER@0 ACTION_NO_TIMESCALE@0
    ?? why the label is arguable (optional, any number of lines)
    the document text, as many lines as it needs
    @@ previous
    the previous supervision's text (supervision only, optional)

A label is `CODE@n` for a per-action flag (n = 0-based action index) or `CODE` for a
document-level flag; no labels means the document is clean. The script refuses anything the
evaluation format would misread (unknown code, a flag the kind cannot carry, a missing index),
then rewrites the counts and the ambiguity list in ../README.md between their markers, so the
README cannot drift from the data.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "blind2.jsonl"
README = HERE.parent / "README.md"

ACTION_CODES = ("ACTION_NO_OWNER", "ACTION_NO_TIMESCALE", "ACTION_NOT_MEASURABLE")
DOC_CODES = ("NO_CONTINGENCY", "NO_CHILD_VOICE", "OVERSIGHT_NO_RATIONALE")
CODES = (*ACTION_CODES, *DOC_CODES, "SUPERVISION_REPEATED_ACTIONS")
KINDS = ("action", "care_plan", "pathway_plan", "pep", "review", "oversight", "supervision")
PLANS = ("action", "care_plan", "pathway_plan", "pep", "supervision")
# Written from the table in docs/quality-checks.md ("Which flags apply to which kinds").
APPLICABLE: dict[str, tuple[str, ...]] = {
    "ACTION_NO_OWNER": PLANS,
    "ACTION_NO_TIMESCALE": PLANS,
    "ACTION_NOT_MEASURABLE": PLANS,
    "NO_CONTINGENCY": ("care_plan",),
    "NO_CHILD_VOICE": ("care_plan", "pathway_plan", "pep", "review"),
    "OVERSIGHT_NO_RATIONALE": ("oversight",),
    "SUPERVISION_REPEATED_ACTIONS": ("supervision",),
}
HEADER = re.compile(r"^@@ (c\d{3}) (\w+)\s*\|?(.*)$")


class SourceError(ValueError):
    pass


def parse_label(token: str, where: str) -> dict[str, object]:
    code, _, index = token.partition("@")
    if code not in CODES:
        raise SourceError(f"{where}: unknown code {code!r}")
    per_action = code in ACTION_CODES or code == "SUPERVISION_REPEATED_ACTIONS"
    if per_action and not index.isdigit():
        raise SourceError(f"{where}: {code} needs an action index")
    if not per_action and index:
        raise SourceError(f"{where}: {code} is document-level, no index")
    return {"code": code, "action_index": int(index) if per_action else None}


def finish(rec: dict[str, object], body: list[str], prev: list[str] | None) -> dict[str, object]:
    text = "\n".join(body).strip()
    if not text:
        raise SourceError(f"{rec['id']}: empty text")
    rec["text"] = text
    if prev is not None:
        if rec["kind"] != "supervision":
            raise SourceError(f"{rec['id']}: previous_text only for supervision")
        rec["previous_text"] = "\n".join(prev).strip()
    return rec


def parse(path: Path) -> tuple[list[dict[str, object]], dict[str, list[str]]]:
    records: list[dict[str, object]] = []
    notes: dict[str, list[str]] = {}
    rec: dict[str, object] | None = None
    body: list[str] = []
    prev: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if line.startswith("@@ previous"):
            if rec is None or prev is not None:
                raise SourceError(f"{where}: misplaced @@ previous")
            prev = []
            continue
        if line.startswith("@@"):
            if rec is not None:
                records.append(finish(rec, body, prev))
            m = HEADER.match(line)
            if not m:
                raise SourceError(f"{where}: bad header {line!r}")
            doc_id, kind, labels = m.groups()
            if kind not in KINDS:
                raise SourceError(f"{where}: unknown kind {kind!r}")
            expected = [parse_label(t, where) for t in labels.split()]
            rec = {"id": doc_id, "kind": kind, "expected": expected}
            body, prev = [], None
            continue
        if rec is None:
            continue  # file preamble
        if line.startswith("??"):
            notes.setdefault(str(rec["id"]), []).append(line[2:].strip())
        elif prev is not None:
            prev.append(line)
        else:
            body.append(line)
    if rec is not None:
        records.append(finish(rec, body, prev))
    return records, notes


def validate(records: list[dict[str, object]]) -> None:
    seen: set[str] = set()
    for rec in records:
        doc_id, kind = str(rec["id"]), str(rec["kind"])
        if doc_id in seen:
            raise SourceError(f"duplicate id {doc_id}")
        seen.add(doc_id)
        pairs = [(e["code"], e["action_index"]) for e in rec["expected"]]  # type: ignore[attr-defined]
        if len(pairs) != len(set(pairs)):
            raise SourceError(f"{doc_id}: duplicate label")
        for code, index in pairs:
            if kind not in APPLICABLE[code]:
                raise SourceError(f"{doc_id}: {code} does not apply to {kind}")
            if kind == "action" and index != 0:
                raise SourceError(f"{doc_id}: a single action has index 0 only")
            if code == "SUPERVISION_REPEATED_ACTIONS" and "previous_text" not in rec:
                raise SourceError(f"{doc_id}: repeat flagged without previous_text")


def counts_section(records: list[dict[str, object]]) -> str:
    kinds = Counter(str(r["kind"]) for r in records)
    clean = Counter(str(r["kind"]) for r in records if not r["expected"])
    flags: Counter[str] = Counter()
    flag_docs: Counter[str] = Counter()
    for rec in records:
        codes = [str(e["code"]) for e in rec["expected"]]  # type: ignore[attr-defined]
        flags.update(codes)
        flag_docs.update(set(codes))
    lines = [f"{len(records)} documents, {sum(clean.values())} clean (no expected flag).", ""]
    lines += ["| kind | documents | clean |", "|---|---:|---:|"]
    lines += [f"| {k} | {kinds[k]} | {clean[k]} |" for k in KINDS]
    prev = sum(1 for r in records if "previous_text" in r)
    sup = kinds["supervision"]
    lines += ["", f"Supervision records with `previous_text`: {prev} of {sup}.", ""]
    lines += ["| flag | positive labels | documents with it |", "|---|---:|---:|"]
    lines += [f"| {c} | {flags[c]} | {flag_docs[c]} |" for c in CODES]
    return "\n".join(lines)


def notes_section(notes: dict[str, list[str]]) -> str:
    return "\n".join(f"- **{i}**: {' '.join(n)}" for i, n in sorted(notes.items()))


def replace_between(text: str, marker: str, content: str) -> str:
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    if start not in text or end not in text:
        raise SourceError(f"README lacks {start} … {end}")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{content}\n{end}{tail}"


def main() -> int:
    records: list[dict[str, object]] = []
    notes: dict[str, list[str]] = {}
    for path in sorted(HERE.glob("*.txt")):
        recs, n = parse(path)
        records += recs
        notes.update(n)
    validate(records)
    records.sort(key=lambda r: str(r["id"]))
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            keys = ("id", "kind", "text", "previous_text", "expected")  # the brief's field order
            line = {k: rec[k] for k in keys if k in rec}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    if README.exists():
        text = README.read_text(encoding="utf-8")
        text = replace_between(text, "counts", counts_section(records))
        text = replace_between(text, "ambiguous", notes_section(notes))
        README.write_text(text, encoding="utf-8")
    print(counts_section(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
