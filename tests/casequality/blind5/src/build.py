"""Assemble blind5.jsonl from the hand-written text files in ../texts.

Each record in a texts/*.txt file starts with a header line
`=== <kind> | <labels>` where labels are space-separated tokens: a letter
(O owner, T timescale, M measurable, S supervision repeat) followed by the
action index, or a bare C (no contingency), V (no child voice),
R (oversight no rationale). A line `--- previous` splits off previous_text.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
INDEXED = {
    "O": "ACTION_NO_OWNER",
    "T": "ACTION_NO_TIMESCALE",
    "M": "ACTION_NOT_MEASURABLE",
    "S": "SUPERVISION_REPEATED_ACTIONS",
}
DOC_LEVEL = {"C": "NO_CONTINGENCY", "V": "NO_CHILD_VOICE", "R": "OVERSIGHT_NO_RATIONALE"}
ALLOWED = {
    "ACTION_NO_OWNER": {"action", "care_plan", "pathway_plan", "pep", "supervision"},
    "ACTION_NO_TIMESCALE": {"action", "care_plan", "pathway_plan", "pep", "supervision"},
    "ACTION_NOT_MEASURABLE": {"action", "care_plan", "pathway_plan", "pep", "supervision"},
    "SUPERVISION_REPEATED_ACTIONS": {"supervision"},
    "NO_CONTINGENCY": {"care_plan"},
    "NO_CHILD_VOICE": {"care_plan", "pathway_plan", "pep", "review"},
    "OVERSIGHT_NO_RATIONALE": {"oversight"},
}


def parse_labels(raw: str, kind: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for tok in raw.split():
        if tok in DOC_LEVEL:
            code, idx = DOC_LEVEL[tok], None
        else:
            code, idx = INDEXED[tok[0]], int(tok[1:])
        if kind not in ALLOWED[code]:
            raise ValueError(f"{code} not allowed for {kind}")
        if kind == "action" and idx not in (None, 0):
            raise ValueError("single action must be index 0")
        out.append({"code": code, "action_index": idx})
    return out


def records() -> list[dict[str, object]]:
    recs: list[dict[str, object]] = []
    for path in sorted((HERE / "texts").glob("*.txt")):
        blocks = path.read_text(encoding="utf-8").split("\n=== ")
        for block in blocks:
            block = block.removeprefix("=== ")
            if not block.strip():
                continue
            header, _, body = block.partition("\n")
            kind, _, labels = header.partition("|")
            kind = kind.strip()
            text, _, prev = body.partition("\n--- previous\n")
            rec: dict[str, object] = {"id": "", "kind": kind, "text": text.strip()}
            if prev.strip():
                rec["previous_text"] = prev.strip()
            rec["expected"] = parse_labels(labels, kind)
            recs.append(rec)
    for n, rec in enumerate(recs, 1):
        rec["id"] = f"f{n:03d}"
    return recs


def main() -> None:
    recs = records()
    out = HERE / "blind5.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    flags: dict[str, int] = {}
    clean = 0
    for rec in recs:
        kinds[str(rec["kind"])] = kinds.get(str(rec["kind"]), 0) + 1
        exp = rec["expected"]
        assert isinstance(exp, list)
        clean += not exp
        for e in exp:
            flags[e["code"]] = flags.get(e["code"], 0) + 1
    summary = {"total": len(recs), "clean": clean, "kinds": kinds, "flags": flags}
    json.dump(summary, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
