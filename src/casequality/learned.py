"""A learned second opinion on whether an action is measurable.

The hand-written rules in `measurable.py` decide well on the layouts they were written
against and less well on wording they have not met. This layer reads the rules' verdicts with the
action's words, its first words, its neighbouring lines and the document's kind, and weighs them
with a linear model trained offline (`casequality.train`) on the labelled sets. Scoring is a sum of
weights: plain Python, deterministic, no dependency. Why only ACTION_NOT_MEASURABLE: with a set held
out, the model helped only this flag; owner and timescale errors on new layouts come from how the
actions are split, which a per-action model cannot mend (docs/quality-checks.md, "A learned second
opinion").
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from casequality.flags import ACTION_NO_OWNER, ACTION_NO_TIMESCALE, ACTION_NOT_MEASURABLE

ACTION_CODES = (ACTION_NO_OWNER, ACTION_NO_TIMESCALE, ACTION_NOT_MEASURABLE)
MODEL_PATH = Path(__file__).parent / "data" / "measurable_model.json"

_TOKEN_RE = re.compile(r"[a-z]+|\d+|[^\sa-z\d]")
_MONTH_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)
_DAY_RE = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b", re.I)
_DATE_RE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b")
_FULL_NAME_RE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")
_MAX_TOKENS = 60
# Log-odds the model must reach to overrule the rules. Held-out runs (docs/quality-checks.md) cost
# about 0.03 precision at 0.25 against 0; a near-even score should not undo a deliberate rule
# ("Nan to keep taking Zak to cubs on Tuesdays" is measurable; the model alone gives it 0.19).
MARGIN = 0.25


def _tokens(text: str, limit: int | None = None) -> list[str]:
    # Digits become "0" so that "by 14 March" and "by 3 June" share their features.
    found = _TOKEN_RE.findall(text.lower())
    return ["0" if t.isdigit() else t for t in found[:limit]]


def _line_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The line before the action's line, the line after it, and what precedes it on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    before_end = max(line_start - 1, 0)
    before = text[text.rfind("\n", 0, before_end) + 1 : before_end] if line_start else ""
    after_start = text.find("\n", end)
    if after_start == -1:
        after = ""
    else:
        after_end = text.find("\n", after_start + 1)
        after = text[after_start + 1 : after_end if after_end != -1 else len(text)]
    return before, after, text[line_start:start]


def action_features(
    kind: str,
    text: str,
    start: int,
    end: int,
    *,
    rules: Mapping[str, bool],
    doc_rate: Mapping[str, float],
    n_actions: int,
) -> set[str]:
    """Binary features of the action `text[start:end]` in a document of `kind`.

    `rules` holds the rules' verdict for each action code (True: the rule flags it), `doc_rate` the
    share of the document's actions the rule flags for each code, `n_actions` how many actions the
    document was split into.
    """
    action = text[start:end]
    toks = _tokens(action, _MAX_TOKENS)
    feats = {f"k:{kind}", f"n:{min(n_actions, 8)}", f"len:{min(len(toks) // 5, 8)}"}
    for code, flagged in rules.items():
        feats.add(f"rate:{code}:{round(doc_rate.get(code, 0.0) * 4)}")
        if flagged:
            feats.update((f"r:{code}", f"r:{code}:k:{kind}"))
    feats.update(f"w:{t}" for t in toks)
    feats.update(f"b:{a}_{b}" for a, b in itertools.pairwise(toks))
    feats.update(f"p{i}:{t}" for i, t in enumerate(toks[:3]))
    if toks:
        feats.add(f"last:{toks[-1]}")
    for name, pattern in (
        ("month", _MONTH_RE),
        ("day", _DAY_RE),
        ("date", _DATE_RE),
        ("name2", _FULL_NAME_RE),
    ):
        if pattern.search(action):
            feats.add(f"has:{name}")
    if "(" in action:
        feats.add("has:paren")
    # Field labels and table columns sit on the neighbouring lines and before the action on its own.
    before, after, lead = _line_around(text, start, end)
    for name, line in (("nx", after), ("pv", before), ("pre", lead)):
        feats.update(f"{name}:{t}" for t in _tokens(line, 4))
    return feats


def document_features(
    kind: str, text: str, actions: Sequence[tuple[int, int]], verdicts: Sequence[set[str]]
) -> list[set[str]]:
    """`action_features` for each action (start, end) of a document, given the codes the rules
    flag on each one."""
    n = len(actions)
    rate = {c: sum(c in v for v in verdicts) / n for c in ACTION_CODES} if n else {}
    return [
        action_features(
            kind,
            text,
            start,
            end,
            rules={c: c in found for c in ACTION_CODES},
            doc_rate=rate,
            n_actions=n,
        )
        for (start, end), found in zip(actions, verdicts, strict=True)
    ]


@cache
def _model() -> tuple[float, dict[str, float]]:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()}


def score(features: set[str]) -> float:
    """The model's log-odds that the action is not measurable."""
    bias, weights = _model()
    return bias + sum(map(weights.get, features, itertools.repeat(0.0)))


def not_measurable(features: set[str]) -> bool:
    """The model's verdict, overruling the rules' verdict (a feature) only when it leans clearly."""
    rules_flag = f"r:{ACTION_NOT_MEASURABLE}" in features
    return score(features) > (-MARGIN if rules_flag else MARGIN)
