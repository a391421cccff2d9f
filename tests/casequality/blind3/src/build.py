"""Assemble blind3.jsonl from the hand-written texts in texts/*.txt and check the labels.

    python tests/casequality/blind3/src/build.py          # write ../blind3.jsonl, print summary
    python tests/casequality/blind3/src/build.py --check  # fail if blind3.jsonl is stale

Text format (one block per document):

    === <kind> [n=<number of actions>] | <labels>
    <text lines>
    --- previous
    <previous_text lines, supervision only>
    ?? <why a label is ambiguous; not part of the text>

Labels: OWN:i TIME:i MEAS:i REP:i (per action, 0-based) and CONT VOICE OVS (document level).
`n=` is written by hand when the document is composed, so an index past the end of the
action list (a miscount while labelling) is caught here rather than in the scores.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "blind3.jsonl"

SHORT = {
    "OWN": "ACTION_NO_OWNER",
    "TIME": "ACTION_NO_TIMESCALE",
    "MEAS": "ACTION_NOT_MEASURABLE",
    "REP": "SUPERVISION_REPEATED_ACTIONS",
    "CONT": "NO_CONTINGENCY",
    "VOICE": "NO_CHILD_VOICE",
    "OVS": "OVERSIGHT_NO_RATIONALE",
}
PER_ACTION = {"OWN", "TIME", "MEAS", "REP"}
ACTION_KINDS = {"action", "care_plan", "pathway_plan", "pep", "supervision"}
# Which short labels each kind may carry (the applicability rules).
ALLOWED = {
    "action": {"OWN", "TIME", "MEAS"},
    "care_plan": {"OWN", "TIME", "MEAS", "CONT", "VOICE"},
    "pathway_plan": {"OWN", "TIME", "MEAS", "VOICE"},
    "pep": {"OWN", "TIME", "MEAS", "VOICE"},
    "review": {"VOICE"},
    "oversight": {"OVS"},
    "supervision": {"OWN", "TIME", "MEAS", "REP"},
}
HEADER = re.compile(r"^=== (\w+)(?: n=(\d+))? \|(.*)$")


@dataclass
class Doc:
    kind: str
    n_actions: int
    labels: list[str]
    source: str
    text_lines: list[str] = field(default_factory=list)
    prev_lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse(path: Path) -> list[Doc]:
    docs: list[Doc] = []
    in_prev = False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = HEADER.match(line)
        if m:
            kind, n, labels = m.group(1), m.group(2), m.group(3).split()
            n_actions = 1 if kind == "action" else int(n) if n else 0
            docs.append(Doc(kind, n_actions, labels, f"{path.name}:{lineno}"))
            in_prev = False
        elif not docs:
            raise ValueError(f"{path.name}:{lineno}: text before the first header")
        elif line == "--- previous":
            in_prev = True
        elif line.startswith("?? "):
            docs[-1].notes.append(line[3:])
        else:
            (docs[-1].prev_lines if in_prev else docs[-1].text_lines).append(line)
    return docs


def expected(doc: Doc) -> list[dict[str, object]]:
    """Turn short labels into the evaluate.py format, raising on anything inconsistent."""
    out: list[dict[str, object]] = []
    seen: set[tuple[str, int | None]] = set()
    for label in doc.labels:
        short, _, idx_s = label.partition(":")
        if short not in SHORT or short not in ALLOWED[doc.kind]:
            raise ValueError(f"{doc.source}: {label} not allowed for {doc.kind}")
        idx: int | None = None
        if short in PER_ACTION:
            if not idx_s:
                raise ValueError(f"{doc.source}: {label} needs an action index")
            idx = int(idx_s)
            if idx >= doc.n_actions:
                raise ValueError(f"{doc.source}: {label} past the {doc.n_actions} actions")
        elif idx_s:
            raise ValueError(f"{doc.source}: {label} is document-level")
        if short == "REP" and not doc.prev_lines:
            raise ValueError(f"{doc.source}: REP without previous_text")
        if (short, idx) in seen:
            raise ValueError(f"{doc.source}: duplicate {label}")
        seen.add((short, idx))
        out.append({"code": SHORT[short], "action_index": idx})
    if doc.kind in ACTION_KINDS and doc.n_actions == 0:
        raise ValueError(f"{doc.source}: n= missing")
    return sorted(out, key=_order)


def _order(entry: dict[str, object]) -> tuple[str, int]:
    idx = entry["action_index"]
    return str(entry["code"]), idx if isinstance(idx, int) else -1


def build() -> tuple[list[dict[str, object]], list[tuple[str, str, str]]]:
    docs = [d for p in sorted((HERE / "texts").glob("*.txt")) for d in parse(p)]
    # Shuffle so that ids say nothing about kind or about the order the texts were written in.
    random.Random(3).shuffle(docs)
    records: list[dict[str, object]] = []
    notes: list[tuple[str, str, str]] = []
    for i, doc in enumerate(docs, 1):
        rec: dict[str, object] = {"id": f"d{i:03d}", "kind": doc.kind}
        rec["text"] = "\n".join(doc.text_lines).strip()
        if doc.prev_lines:
            rec["previous_text"] = "\n".join(doc.prev_lines).strip()
        rec["expected"] = expected(doc)
        records.append(rec)
        notes.extend((str(rec["id"]), doc.kind, note) for note in doc.notes)
    return records, notes


def summary(records: list[dict[str, object]], notes: list[tuple[str, str, str]]) -> str:
    kinds = Counter(str(r["kind"]) for r in records)
    clean = Counter(str(r["kind"]) for r in records if not r["expected"])
    flags: Counter[str] = Counter()
    flag_docs: Counter[str] = Counter()
    for r in records:
        codes = [str(e["code"]) for e in r["expected"]]  # type: ignore[attr-defined]
        flags.update(codes)
        flag_docs.update(set(codes))
    lines = [f"{len(records)} documents, {sum(clean.values())} clean (no expected flag)", ""]
    lines += ["| kind | documents | clean |", "|---|---:|---:|"]
    lines += [f"| {k} | {kinds[k]} | {clean[k]} |" for k in sorted(kinds)]
    lines += ["", "| flag | expected flags | documents with it |", "|---|---:|---:|"]
    lines += [f"| {c} | {flags[c]} | {flag_docs[c]} |" for c in SHORT.values()]
    lines += ["", "Ambiguous labels:", ""]
    lines += [f"- {i} ({k}): {n}" for i, k, n in sorted(notes)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if blind3.jsonl is stale")
    args = parser.parse_args(argv)
    records, notes = build()
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.check:
        if OUT.read_text(encoding="utf-8") != body:
            print(f"{OUT} is stale; rerun build.py", file=sys.stderr)
            return 1
    else:
        OUT.write_text(body, encoding="utf-8")
    print(summary(records, notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
