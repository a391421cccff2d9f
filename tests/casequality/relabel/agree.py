"""How far a second reader's labels agree with a set's original labels.

    python tests/casequality/relabel/agree.py tests/casequality/blind26/blind26.jsonl \\
        tests/casequality/relabel/blind26.second_reader.jsonl

The original author's labels are the reference; the second reader's are scored against them
exactly as the checker's flags are (code and action index must both match).
"""

import json
import sys
from collections import Counter
from pathlib import Path

CODES = (
    "ACTION_NO_OWNER",
    "ACTION_NO_TIMESCALE",
    "ACTION_NOT_MEASURABLE",
    "NO_CONTINGENCY",
    "NO_CHILD_VOICE",
    "OVERSIGHT_NO_RATIONALE",
    "SUPERVISION_REPEATED_ACTIONS",
)


def _labels(path: Path) -> dict[str, set[tuple[str, int | None]]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = {(e["code"], e["action_index"]) for e in rec["expected"]}
    return out


def main(reference: str, second: str) -> None:
    ref, other = _labels(Path(reference)), _labels(Path(second))
    tp, fp, fn = Counter(), Counter(), Counter()
    for doc_id, expected in ref.items():
        got = other.get(doc_id, set())
        for code, _ in got & expected:
            tp[code] += 1
        for code, _ in got - expected:
            fp[code] += 1
        for code, _ in expected - got:
            fn[code] += 1
    print(f"{len(other)} of {len(ref)} documents relabelled")
    for code in CODES:
        p = tp[code] / (tp[code] + fp[code]) if tp[code] + fp[code] else 1.0
        r = tp[code] / (tp[code] + fn[code]) if tp[code] + fn[code] else 1.0
        print(f"{code:30} {p:.2f} / {r:.2f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
