"""Train the learned second opinions (`learned.py`) from labelled sets.

    python -m casequality.train tests/casequality/data/*.jsonl tests/casequality/blind*/*.jsonl

Offline and deterministic: the same files give the same `data/learned_models.json`. Uses numpy
(a careassure dependency), which the checker itself never imports. The model is an L2-regularised
logistic regression over binary features, fitted by full-batch gradient descent with Adam; we wrote
these thirty lines rather than add scikit-learn, whose current releases need a newer numpy than
careassure pins.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from casequality.checker import oversight_flag, rules_read, voice_flag
from casequality.evaluate import load
from casequality.flags import (
    APPLICABLE,
    NO_CHILD_VOICE,
    OVERSIGHT_NO_RATIONALE,
    Flag,
)
from casequality.learned import ACTION_LEARNED, LEARNED, MODEL_PATH, record_features
from casequality.secondopinion import second_opinion_features
from casequality.segment import Section

MIN_COUNT = 2  # a feature seen once cannot generalise; dropping it keeps the model file small
L2 = 1.0
STEPS = 600
RATE = 0.05


def _oversight(text: str, _secs: list[Section]) -> list[Flag]:
    return oversight_flag(text)


def examples(records: Iterable[dict[str, object]]) -> dict[str, list[tuple[set[str], bool]]]:
    """For each learned flag, (features, flag due?) for every action or record it judges."""
    out: dict[str, list[tuple[set[str], bool]]] = {code: [] for code in LEARNED}
    for rec in records:
        kind = str(rec["kind"])
        expected = {(e["code"], e["action_index"]) for e in rec["expected"]}  # type: ignore[attr-defined]
        text, secs, actions, per_action = rules_read(kind, str(rec["text"]))
        for i, feats in enumerate(second_opinion_features(kind, text, actions, per_action)):
            for code in ACTION_LEARNED:
                out[code].append((feats, (code, i) in expected))
        for code, rule in ((NO_CHILD_VOICE, voice_flag), (OVERSIGHT_NO_RATIONALE, _oversight)):
            if code in APPLICABLE[kind]:
                rules_flag = bool(rule(text, secs))
                feats = record_features(kind, text, rules_flag=rules_flag)
                out[code].append((feats, (code, None) in expected))
    return out


def fit(data: list[tuple[set[str], bool]]) -> tuple[float, dict[str, float]]:
    counts = Counter(f for feats, _ in data for f in feats)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {f: j for j, f in enumerate(vocab)}
    rows, cols = [], []
    for i, (feats, _) in enumerate(data):
        for f in feats:
            if f in column:
                rows.append(i)
                cols.append(column[f])
    row_ix, col_ix = np.array(rows), np.array(cols)
    y = np.array([label for _, label in data], dtype=float)
    w, b = np.zeros(len(vocab)), 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for step in range(1, STEPS + 1):
        z = np.bincount(row_ix, weights=w[col_ix], minlength=len(y)) + b
        err = 1.0 / (1.0 + np.exp(-z)) - y
        g_w = np.bincount(col_ix, weights=err[row_ix], minlength=len(w)) + L2 * w
        g_b = float(err.sum())
        m_w = 0.9 * m_w + 0.1 * g_w
        v_w = 0.999 * v_w + 0.001 * g_w**2
        m_b = 0.9 * m_b + 0.1 * g_b
        v_b = 0.999 * v_b + 0.001 * g_b**2
        fix1, fix2 = 1 - 0.9**step, 1 - 0.999**step
        w -= RATE * (m_w / fix1) / (np.sqrt(v_w / fix2) + 1e-8)
        b -= RATE * (m_b / fix1) / (np.sqrt(v_b / fix2) + 1e-8)
    weights = {f: round(float(x), 4) for f, x in zip(vocab, w, strict=True) if abs(x) >= 1e-3}
    return round(b, 4), weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casequality.train", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path, help="labelled JSONL file(s)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    data = examples(rec for path in args.paths for rec in load(path))
    models: dict[str, dict[str, object]] = {}
    for code, rows in data.items():
        bias, weights = fit(rows)
        print(f"{code}: {len(rows)} examples, {len(weights)} weights")
        models[code] = {
            "bias": bias,
            "examples": len(rows),
            "weights": dict(sorted(weights.items())),
        }
    # Paths relative to the repository, so a test can check the model names files that exist.
    root = Path(__file__).resolve().parents[2]
    trained_on = sorted(str(p.resolve().relative_to(root)) for p in args.paths)
    args.out.write_text(
        json.dumps({"models": models, "trained_on": trained_on}, indent=0, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
