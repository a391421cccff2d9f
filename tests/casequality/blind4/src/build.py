"""Assemble blind4.jsonl from the hand-written texts in texts/*.txt and check the labels.

Each record in a text file starts with a header line `@@ <kind> | <labels>` followed by the
document text; supervision records may add `~~ previous` and the previous session's text.
Labels are short tokens: OWN/TIME/MEAS plus an action index (index 0 when omitted for kind
`action`), CONT, VOICE, RAT, and REP plus the index of the carried-over action.

    .venv/bin/python tests/casequality/blind4/src/build.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "blind4.jsonl"
# Order fixes the ids, so appending new texts never renumbers older ones.
FILES = ["actions", "care_plans", "pathway", "peps", "reviews", "oversight", "supervision"]

INDEXED = {
    "OWN": "ACTION_NO_OWNER",
    "TIME": "ACTION_NO_TIMESCALE",
    "MEAS": "ACTION_NOT_MEASURABLE",
    "REP": "SUPERVISION_REPEATED_ACTIONS",
}
WHOLE = {"CONT": "NO_CONTINGENCY", "VOICE": "NO_CHILD_VOICE", "RAT": "OVERSIGHT_NO_RATIONALE"}
ACTION_KINDS = {"action", "care_plan", "pathway_plan", "pep", "supervision"}
ALLOWED = {
    "ACTION_NO_OWNER": ACTION_KINDS,
    "ACTION_NO_TIMESCALE": ACTION_KINDS,
    "ACTION_NOT_MEASURABLE": ACTION_KINDS,
    "NO_CONTINGENCY": {"care_plan"},
    "NO_CHILD_VOICE": {"care_plan", "pathway_plan", "pep", "review"},
    "OVERSIGHT_NO_RATIONALE": {"oversight"},
    "SUPERVISION_REPEATED_ACTIONS": {"supervision"},
}
KINDS = {"action", "care_plan", "pathway_plan", "pep", "review", "oversight", "supervision"}
TOKEN = re.compile(r"^([A-Z]+?)(\d*)$")


def parse_labels(kind: str, raw: str) -> list[dict[str, object]]:
    expected: list[dict[str, object]] = []
    for tok in raw.split():
        m = TOKEN.match(tok)
        if not m:
            raise ValueError(f"bad label {tok!r}")
        name, num = m.groups()
        if name in INDEXED:
            if not num and kind != "action":
                raise ValueError(f"{tok}: index needed for kind {kind}")
            code, idx = INDEXED[name], int(num or 0)
        elif name in WHOLE and not num:
            code, idx = WHOLE[name], None
        else:
            raise ValueError(f"bad label {tok!r}")
        if kind not in ALLOWED[code]:
            raise ValueError(f"{code} not allowed for {kind}")
        if kind == "action" and idx not in (None, 0):
            raise ValueError("single action must use index 0")
        item = {"code": code, "action_index": idx}
        if item in expected:
            raise ValueError(f"duplicate label {tok}")
        expected.append(item)
    return expected


def parse_file(path: Path) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for chunk in path.read_text(encoding="utf-8").split("@@ ")[1:]:
        header, _, body = chunk.partition("\n")
        kind, _, labels = (part.strip() for part in header.partition("|"))
        if kind not in KINDS:
            raise ValueError(f"{path.name}: unknown kind {kind!r}")
        text, sep, previous = body.partition("~~ previous\n")
        rec: dict[str, object] = {"kind": kind, "text": text.strip()}
        if sep:
            if kind != "supervision":
                raise ValueError("previous_text is for supervision only")
            rec["previous_text"] = previous.strip()
        expected = parse_labels(kind, labels)
        if not sep and any(e["code"] == "SUPERVISION_REPEATED_ACTIONS" for e in expected):
            raise ValueError("a repeated action needs a previous session")
        rec["expected"] = expected
        records.append(rec)
    return records


def build() -> list[dict[str, object]]:
    records = [rec for name in FILES for rec in parse_file(HERE / "texts" / f"{name}.txt")]
    texts = Counter(str(r["text"]) for r in records)
    dupes = [t[:40] for t, n in texts.items() if n > 1]
    if dupes:
        raise ValueError(f"duplicate texts: {dupes}")
    out = []
    for i, rec in enumerate(records, start=1):
        out.append({"id": f"e{i:03d}", **rec})
    return out


def summary(records: list[dict[str, object]]) -> str:
    kinds = Counter(str(r["kind"]) for r in records)
    flags: Counter[str] = Counter()
    docs_with: Counter[str] = Counter()
    for r in records:
        codes = [str(e["code"]) for e in r["expected"]]  # type: ignore[attr-defined]
        flags.update(codes)
        docs_with.update(set(codes))
    clean = sum(1 for r in records if not r["expected"])
    lines = [f"{len(records)} documents, {clean} clean", "kind counts:"]
    lines += [f"  {k}: {n}" for k, n in sorted(kinds.items())]
    lines.append("flag counts (labels / documents):")
    lines += [f"  {c}: {flags[c]} / {docs_with[c]}" for c in ALLOWED]
    return "\n".join(lines)


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
