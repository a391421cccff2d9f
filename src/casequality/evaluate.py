"""Precision and recall per flag on a labelled JSONL set.

    python -m casequality.evaluate tests/casequality/data/holdout.jsonl

Each line holds `id`, `kind`, `text`, optional `previous_text` and `expected`: a list of
`{"code": ..., "action_index": ...}`. A predicted flag is a true positive when a flag with the
same code and action index is expected for that document.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from casequality.checker import check
from casequality.flags import CODES


@dataclass
class Scores:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    def precision(self, code: str) -> float:
        denom = self.tp[code] + self.fp[code]
        return self.tp[code] / denom if denom else 1.0

    def recall(self, code: str) -> float:
        denom = self.tp[code] + self.fn[code]
        return self.tp[code] / denom if denom else 1.0


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(records: Iterable[dict[str, object]]) -> Scores:
    scores = Scores()
    for rec in records:
        prev = rec.get("previous_text")
        got = {
            (f.code, f.action_index)
            for f in check(str(rec["kind"]), str(rec["text"]), str(prev) if prev else None)
        }
        expected = {(e["code"], e["action_index"]) for e in rec["expected"]}  # type: ignore[attr-defined]
        for code, _idx in got & expected:
            scores.tp[code] += 1
        for code, idx in got - expected:
            scores.fp[code] += 1
            scores.errors.append((str(rec["id"]), "FP", f"{code}[{idx}]"))
        for code, idx in expected - got:
            scores.fn[code] += 1
            scores.errors.append((str(rec["id"]), "FN", f"{code}[{idx}]"))
    return scores


def table(scores: Scores) -> str:
    lines = ["| flag | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    for code in CODES:
        lines.append(
            f"| {code} | {scores.tp[code]} | {scores.fp[code]} | {scores.fn[code]} | "
            f"{scores.precision(code):.2f} | {scores.recall(code):.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casequality.evaluate", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path, help="labelled JSONL file(s)")
    parser.add_argument("--errors", action="store_true", help="list every false positive/negative")
    args = parser.parse_args(argv)
    records = [rec for path in args.paths for rec in load(path)]
    scores = score(records)
    print(f"{len(records)} documents")
    print(table(scores))
    if args.errors:
        for doc_id, kind, what in scores.errors:
            print(f"{kind} {doc_id} {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
