"""Accuracy on the labelled sets stays at or above the targets (precision ≥ 0.9, recall ≥ 0.8).

The dev files were used to build the rules; holdout.jsonl was written first, in other styles,
and evaluated once (see docs/quality-checks.md). blind1.jsonl is the first blind set
(tests/casequality/blind/, written by another author without seeing the checker), scored once
and then used to fix general causes, so it is now a regression set like the others. All must
stay above target.
"""

from pathlib import Path

import pytest

from casequality.evaluate import load, main, score
from casequality.flags import CODES

DATA = Path(__file__).parent / "data"
DEV = sorted(p for p in DATA.glob("dev*.jsonl"))
HOLDOUT = DATA / "holdout.jsonl"
BLIND1 = DATA / "blind1.jsonl"
SPLITS = {"dev": DEV, "holdout": [HOLDOUT], "blind1": [BLIND1]}
PRECISION, RECALL = 0.9, 0.8


def _records(paths):
    return [rec for path in paths for rec in load(path)]


def test_labelled_set_is_large_enough_and_covers_every_flag():
    records = _records([*DEV, HOLDOUT, BLIND1])
    assert len(records) >= 300
    assert len(load(HOLDOUT)) >= 100
    seen = {e["code"] for rec in records for e in rec["expected"]}
    assert seen == set(CODES)
    assert {rec["kind"] for rec in records} == {
        "action",
        "care_plan",
        "pathway_plan",
        "pep",
        "review",
        "oversight",
        "supervision",
    }


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_every_flag_meets_precision_and_recall_targets(split):
    scores = score(_records(SPLITS[split]))
    for code in CODES:
        assert scores.tp[code] > 0, code
        assert scores.precision(code) >= PRECISION, (code, scores.precision(code))
        assert scores.recall(code) >= RECALL, (code, scores.recall(code))


def test_evaluate_command_prints_a_table(capsys):
    assert main([str(HOLDOUT)]) == 0
    out = capsys.readouterr().out
    assert "112 documents" in out
    assert "| ACTION_NO_OWNER |" in out


# The second to nineteenth blind sets (other authors, other conventions) after the fixes made
# from them, as measured on 28 and 29 Nov 2026 (docs/quality-checks.md). They do not all meet
# the targets, so they guard against falling back: every flag's precision and recall must stay
# at or above what was measured, less 0.02 for a single changed judgement. Session 9 counted a
# supervision action re-set with only a new date as repeated (the reading of most independent
# authors: 20 fewer errors over the blind sets); the repeats floors of the sets whose authors
# read it the other way (blind3-6, 9, 38, 40, 41) were lowered to what that costs them.
FLOORS = {
    # blind2's repeats and voice recall are low by convention: its author counts an action
    # re-set with a new date as a repeat and a baby's observed responses as no voice, where the
    # checker follows the "carried over unchanged" and the other authors.
    "blind2": {
        "ACTION_NO_OWNER": (0.92, 0.94),
        "ACTION_NO_TIMESCALE": (0.97, 0.98),
        "ACTION_NOT_MEASURABLE": (0.88, 0.87),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.91),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.95),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.19),
    },
    "blind3": {
        "ACTION_NO_OWNER": (0.94, 0.91),
        "ACTION_NO_TIMESCALE": (0.98, 0.99),
        "ACTION_NOT_MEASURABLE": (0.92, 0.97),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.98, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.90),
        "SUPERVISION_REPEATED_ACTIONS": (0.96, 1.00),
    },
    "blind4": {
        "ACTION_NO_OWNER": (0.91, 0.95),
        "ACTION_NO_TIMESCALE": (1.00, 1.00),
        "ACTION_NOT_MEASURABLE": (0.91, 0.93),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.98),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.89),
        "SUPERVISION_REPEATED_ACTIONS": (0.95, 1.00),
    },
    "blind5": {
        "ACTION_NO_OWNER": (0.95, 1.00),
        "ACTION_NO_TIMESCALE": (0.97, 0.98),
        "ACTION_NOT_MEASURABLE": (0.92, 0.98),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.93, 1.00),
    },
    "blind6": {
        "ACTION_NO_OWNER": (0.93, 0.94),
        "ACTION_NO_TIMESCALE": (0.93, 0.97),
        "ACTION_NOT_MEASURABLE": (0.91, 0.91),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.98),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.95, 1.00),
    },
    "blind8": {
        "ACTION_NO_OWNER": (0.89, 0.96),
        "ACTION_NO_TIMESCALE": (0.97, 1.00),
        "ACTION_NOT_MEASURABLE": (0.91, 0.98),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.85),
    },
    # blind9 to blind17: measured first, then read and mended; blind18 and blind19 as first
    # seen (29 Nov 2026).
    "blind9": {
        "ACTION_NO_OWNER": (0.95, 0.95),
        "ACTION_NO_TIMESCALE": (0.95, 0.96),
        "ACTION_NOT_MEASURABLE": (0.94, 0.97),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.95, 0.97),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.95),
        "SUPERVISION_REPEATED_ACTIONS": (0.94, 1.00),
    },
    "blind10": {
        "ACTION_NO_OWNER": (0.95, 0.94),
        "ACTION_NO_TIMESCALE": (0.97, 0.99),
        "ACTION_NOT_MEASURABLE": (0.95, 0.94),
        "NO_CONTINGENCY": (1.00, 0.94),
        "NO_CHILD_VOICE": (0.96, 0.98),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.95),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.93),
    },
    "blind7": {
        "ACTION_NO_OWNER": (0.98, 0.95),
        "ACTION_NO_TIMESCALE": (0.99, 0.99),
        "ACTION_NOT_MEASURABLE": (0.91, 0.97),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.95),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind11": {
        # 0.77 before "We will…" / "We'll…" were read as naming an owner (docs/quality-checks.md,
        # "After blind22-24"): blind11's author is one of those who read it as naming nobody.
        "ACTION_NO_OWNER": (1.00, 0.70),
        "ACTION_NO_TIMESCALE": (0.96, 0.97),
        "ACTION_NOT_MEASURABLE": (0.91, 0.92),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.97),
        "OVERSIGHT_NO_RATIONALE": (0.93, 0.82),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind12": {
        "ACTION_NO_OWNER": (0.98, 0.82),
        "ACTION_NO_TIMESCALE": (0.97, 0.93),
        "ACTION_NOT_MEASURABLE": (0.91, 0.88),
        "NO_CONTINGENCY": (1.00, 0.75),
        "NO_CHILD_VOICE": (0.96, 0.93),
        "OVERSIGHT_NO_RATIONALE": (0.95, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.93),
    },
    "blind13": {
        "ACTION_NO_OWNER": (0.85, 0.85),
        "ACTION_NO_TIMESCALE": (0.97, 0.91),
        "ACTION_NOT_MEASURABLE": (0.89, 0.84),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.97, 1.00),
        "OVERSIGHT_NO_RATIONALE": (0.94, 0.85),
        "SUPERVISION_REPEATED_ACTIONS": (0.93, 1.00),
    },
    "blind14": {
        "ACTION_NO_OWNER": (0.97, 0.83),
        "ACTION_NO_TIMESCALE": (0.97, 0.92),
        "ACTION_NOT_MEASURABLE": (0.96, 0.87),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.97, 0.97),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind15": {
        "ACTION_NO_OWNER": (1.00, 0.92),
        "ACTION_NO_TIMESCALE": (0.99, 0.98),
        "ACTION_NOT_MEASURABLE": (0.94, 0.91),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.97),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind16": {
        "ACTION_NO_OWNER": (0.96, 0.93),
        "ACTION_NO_TIMESCALE": (0.96, 0.98),
        "ACTION_NOT_MEASURABLE": (0.92, 0.93),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (0.94, 0.89),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind17": {
        "ACTION_NO_OWNER": (0.92, 0.84),
        "ACTION_NO_TIMESCALE": (0.91, 0.98),
        "ACTION_NOT_MEASURABLE": (0.84, 0.89),
        "NO_CONTINGENCY": (1.00, 0.91),
        "NO_CHILD_VOICE": (1.00, 0.97),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.85),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.94),
    },
    "blind18": {
        "ACTION_NO_OWNER": (0.94, 0.97),
        "ACTION_NO_TIMESCALE": (0.95, 0.99),
        "ACTION_NOT_MEASURABLE": (0.93, 0.89),
        "NO_CONTINGENCY": (1.00, 0.92),
        "NO_CHILD_VOICE": (0.97, 0.97),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.90),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind19": {
        "ACTION_NO_OWNER": (0.84, 0.96),
        "ACTION_NO_TIMESCALE": (0.89, 0.99),
        "ACTION_NOT_MEASURABLE": (0.92, 0.86),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.88),
        "OVERSIGHT_NO_RATIONALE": (0.74, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind20": {
        "ACTION_NO_OWNER": (0.97, 0.90),
        "ACTION_NO_TIMESCALE": (0.98, 0.92),
        "ACTION_NOT_MEASURABLE": (0.92, 0.82),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.96, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind21": {
        "ACTION_NO_OWNER": (0.96, 0.91),
        "ACTION_NO_TIMESCALE": (0.94, 0.94),
        "ACTION_NOT_MEASURABLE": (0.92, 0.90),
        "NO_CONTINGENCY": (1.00, 0.87),
        "NO_CHILD_VOICE": (0.91, 0.91),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.80),
    },
    "blind22": {
        "ACTION_NO_OWNER": (0.88, 0.92),
        "ACTION_NO_TIMESCALE": (0.94, 0.95),
        "ACTION_NOT_MEASURABLE": (0.94, 0.87),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind23": {
        "ACTION_NO_OWNER": (0.96, 0.94),
        "ACTION_NO_TIMESCALE": (0.97, 0.95),
        "ACTION_NOT_MEASURABLE": (0.86, 0.97),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (0.88, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind24": {
        "ACTION_NO_OWNER": (0.94, 0.90),
        "ACTION_NO_TIMESCALE": (0.97, 0.96),
        "ACTION_NOT_MEASURABLE": (0.91, 1.00),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.88),
    },
    "blind25": {
        "ACTION_NO_OWNER": (0.92, 1.00),
        "ACTION_NO_TIMESCALE": (0.91, 0.93),
        "ACTION_NOT_MEASURABLE": (0.96, 0.90),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.95),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.90),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.87),
    },
    "blind26": {
        "ACTION_NO_OWNER": (0.86, 0.88),
        "ACTION_NO_TIMESCALE": (0.95, 0.95),
        "ACTION_NOT_MEASURABLE": (0.96, 0.89),
        "NO_CONTINGENCY": (1.00, 0.88),
        "NO_CHILD_VOICE": (1.00, 0.95),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind27": {
        "ACTION_NO_OWNER": (0.87, 0.82),
        "ACTION_NO_TIMESCALE": (0.94, 0.91),
        "ACTION_NOT_MEASURABLE": (0.92, 0.81),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.95, 0.90),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind28": {
        "ACTION_NO_OWNER": (0.82, 0.87),
        "ACTION_NO_TIMESCALE": (0.87, 0.94),
        "ACTION_NOT_MEASURABLE": (0.86, 0.82),
        "NO_CONTINGENCY": (0.85, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.95),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.81),
        "SUPERVISION_REPEATED_ACTIONS": (0.90, 0.90),
    },
    "blind29": {
        "ACTION_NO_OWNER": (0.85, 0.83),
        "ACTION_NO_TIMESCALE": (0.92, 0.88),
        "ACTION_NOT_MEASURABLE": (0.87, 0.82),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.91, 0.91),
    },
    "blind30": {
        "ACTION_NO_OWNER": (1.00, 0.96),
        "ACTION_NO_TIMESCALE": (1.00, 0.98),
        "ACTION_NOT_MEASURABLE": (0.93, 0.97),
        "NO_CONTINGENCY": (0.85, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind31": {
        "ACTION_NO_OWNER": (0.88, 0.88),
        "ACTION_NO_TIMESCALE": (0.98, 0.94),
        "ACTION_NOT_MEASURABLE": (0.77, 0.82),
        "NO_CONTINGENCY": (0.85, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.93),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.87),
        "SUPERVISION_REPEATED_ACTIONS": (0.85, 0.66),
    },
    "blind32": {
        "ACTION_NO_OWNER": (0.57, 0.69),
        "ACTION_NO_TIMESCALE": (0.65, 0.77),
        "ACTION_NOT_MEASURABLE": (0.71, 0.76),
        "NO_CONTINGENCY": (1.00, 0.80),
        "NO_CHILD_VOICE": (1.00, 0.81),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.91),
    },
    "blind33": {
        "ACTION_NO_OWNER": (0.80, 0.63),
        "ACTION_NO_TIMESCALE": (0.93, 0.60),
        "ACTION_NOT_MEASURABLE": (0.80, 0.62),
        "NO_CONTINGENCY": (0.40, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.93),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind34": {
        "ACTION_NO_OWNER": (0.88, 0.93),
        "ACTION_NO_TIMESCALE": (0.93, 0.96),
        "ACTION_NOT_MEASURABLE": (0.66, 0.85),
        "NO_CONTINGENCY": (1.00, 0.75),
        "NO_CHILD_VOICE": (1.00, 0.84),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind35": {
        "ACTION_NO_OWNER": (0.83, 0.86),
        "ACTION_NO_TIMESCALE": (0.86, 0.83),
        "ACTION_NOT_MEASURABLE": (0.55, 0.55),
        "NO_CONTINGENCY": (0.80, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.58),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.85),
        "SUPERVISION_REPEATED_ACTIONS": (0.87, 0.87),
    },
    "blind36": {
        "ACTION_NO_OWNER": (0.86, 0.72),
        "ACTION_NO_TIMESCALE": (0.89, 0.89),
        "ACTION_NOT_MEASURABLE": (0.84, 0.87),
        "NO_CONTINGENCY": (0.80, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.69),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.66),
    },
    "blind37": {
        "ACTION_NO_OWNER": (0.77, 0.89),
        "ACTION_NO_TIMESCALE": (0.95, 0.93),
        "ACTION_NOT_MEASURABLE": (0.74, 0.96),
        "NO_CONTINGENCY": (0.60, 0.60),
        "NO_CHILD_VOICE": (1.00, 0.60),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.50),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.80),
    },
    "blind38": {
        "ACTION_NO_OWNER": (0.83, 0.90),
        "ACTION_NO_TIMESCALE": (0.76, 0.86),
        "ACTION_NOT_MEASURABLE": (0.74, 0.83),
        "NO_CONTINGENCY": (0.80, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.93),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.87),
        "SUPERVISION_REPEATED_ACTIONS": (0.88, 1.00),
    },
    "blind39": {
        "ACTION_NO_OWNER": (0.89, 0.80),
        "ACTION_NO_TIMESCALE": (0.80, 0.83),
        "ACTION_NOT_MEASURABLE": (0.69, 0.72),
        "NO_CONTINGENCY": (0.66, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.81),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.50),
        "SUPERVISION_REPEATED_ACTIONS": (0.83, 0.71),
    },
    "blind40": {
        "ACTION_NO_OWNER": (0.42, 0.69),
        "ACTION_NO_TIMESCALE": (0.75, 0.85),
        "ACTION_NOT_MEASURABLE": (0.72, 0.90),
        "NO_CONTINGENCY": (0.80, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.85),
        "OVERSIGHT_NO_RATIONALE": (0.85, 0.85),
        "SUPERVISION_REPEATED_ACTIONS": (0.83, 0.83),
    },
    # blind41-45 (session 8) after the fixes made from them. For the three flags the learned
    # second opinion weighs, the floor is the set's first look with that layer trained without
    # it (docs/quality-checks.md): the current in-sample scores would break on any retraining.
    "blind41": {
        "ACTION_NO_OWNER": (0.12, 0.88),
        "ACTION_NO_TIMESCALE": (0.17, 0.92),
        "ACTION_NOT_MEASURABLE": (0.35, 0.90),
        "NO_CONTINGENCY": (1.00, 0.75),
        "NO_CHILD_VOICE": (1.00, 0.93),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.75),
        "SUPERVISION_REPEATED_ACTIONS": (0.85, 0.83),
    },
    "blind42": {
        "ACTION_NO_OWNER": (0.92, 0.85),
        "ACTION_NO_TIMESCALE": (0.85, 0.85),
        "ACTION_NOT_MEASURABLE": (0.95, 0.90),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.92),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.71),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.83),
    },
    "blind43": {
        "ACTION_NO_OWNER": (1.00, 0.86),
        "ACTION_NO_TIMESCALE": (0.93, 0.91),
        "ACTION_NOT_MEASURABLE": (0.94, 0.85),
        "NO_CONTINGENCY": (1.00, 0.60),
        "NO_CHILD_VOICE": (1.00, 0.79),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.67),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.66),
    },
    "blind44": {
        "ACTION_NO_OWNER": (0.84, 1.00),
        "ACTION_NO_TIMESCALE": (0.89, 0.94),
        "ACTION_NOT_MEASURABLE": (0.88, 0.96),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.85, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.86),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.60),
    },
    "blind45": {
        "ACTION_NO_OWNER": (1.00, 0.43),
        "ACTION_NO_TIMESCALE": (0.46, 0.31),
        "ACTION_NOT_MEASURABLE": (0.29, 0.43),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.94, 1.00),
        "OVERSIGHT_NO_RATIONALE": (0.83, 0.62),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    # blind46-50 (session 9) after the fixes made from them. For the three flags the learned
    # second opinion weighs, the floor is their first look, scored on arrival with the checker of
    # cb55712 (the layer trained without them) before anyone read their errors.
    "blind46": {
        "ACTION_NO_OWNER": (0.81, 0.81),
        "ACTION_NO_TIMESCALE": (0.89, 0.96),
        "ACTION_NOT_MEASURABLE": (0.87, 0.91),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.94, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.85),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind47": {
        "ACTION_NO_OWNER": (0.91, 0.78),
        "ACTION_NO_TIMESCALE": (1.00, 1.00),
        "ACTION_NOT_MEASURABLE": (0.95, 0.95),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.87, 0.87),
    },
    "blind48": {
        "ACTION_NO_OWNER": (0.55, 0.76),
        "ACTION_NO_TIMESCALE": (0.88, 0.92),
        "ACTION_NOT_MEASURABLE": (0.90, 0.86),
        "NO_CONTINGENCY": (1.00, 0.50),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.87),
        "SUPERVISION_REPEATED_ACTIONS": (0.85, 0.75),
    },
    "blind49": {
        "ACTION_NO_OWNER": (1.00, 0.94),
        "ACTION_NO_TIMESCALE": (0.94, 0.91),
        "ACTION_NOT_MEASURABLE": (0.91, 0.95),
        "NO_CONTINGENCY": (1.00, 0.80),
        "NO_CHILD_VOICE": (1.00, 0.73),
        "OVERSIGHT_NO_RATIONALE": (0.85, 0.75),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind50": {
        "ACTION_NO_OWNER": (0.58, 0.62),
        "ACTION_NO_TIMESCALE": (0.75, 0.87),
        "ACTION_NOT_MEASURABLE": (0.76, 0.90),
        "NO_CONTINGENCY": (0.75, 0.60),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.85),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    # blind51-55 (session 9): their first look, scored on arrival with the checker of 95edfe9
    # (the learned second opinion trained without them), before anyone read their errors.
    "blind51": {
        "ACTION_NO_OWNER": (0.44, 0.92),
        "ACTION_NO_TIMESCALE": (0.97, 1.00),
        "ACTION_NOT_MEASURABLE": (0.75, 0.83),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.87),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind52": {
        "ACTION_NO_OWNER": (0.75, 0.80),
        "ACTION_NO_TIMESCALE": (0.87, 0.82),
        "ACTION_NOT_MEASURABLE": (0.92, 0.88),
        "NO_CONTINGENCY": (0.80, 0.80),
        "NO_CHILD_VOICE": (1.00, 0.76),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.75),
        "SUPERVISION_REPEATED_ACTIONS": (0.90, 1.00),
    },
    "blind53": {
        "ACTION_NO_OWNER": (0.94, 0.80),
        "ACTION_NO_TIMESCALE": (0.97, 0.91),
        "ACTION_NOT_MEASURABLE": (1.00, 1.00),
        "NO_CONTINGENCY": (0.83, 0.83),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.87),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind54": {
        "ACTION_NO_OWNER": (0.07, 0.53),
        "ACTION_NO_TIMESCALE": (0.42, 0.73),
        "ACTION_NOT_MEASURABLE": (0.45, 0.73),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.85),
        "OVERSIGHT_NO_RATIONALE": (0.87, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.66, 0.85),
    },
    "blind55": {
        "ACTION_NO_OWNER": (0.86, 0.81),
        "ACTION_NO_TIMESCALE": (0.90, 0.82),
        "ACTION_NOT_MEASURABLE": (0.90, 1.00),
        "NO_CONTINGENCY": (1.00, 0.40),
        "NO_CHILD_VOICE": (0.92, 0.92),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.87),
    },
    # blind56-60 (session 9): their first look, scored on arrival with the checker of 260e754
    # (the learned second opinion trained without them), before anyone read their errors.
    "blind56": {
        "ACTION_NO_OWNER": (0.86, 0.76),
        "ACTION_NO_TIMESCALE": (0.89, 0.92),
        "ACTION_NOT_MEASURABLE": (0.95, 0.90),
        "NO_CONTINGENCY": (0.83, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.81),
        "OVERSIGHT_NO_RATIONALE": (0.87, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind57": {
        "ACTION_NO_OWNER": (0.94, 1.00),
        "ACTION_NO_TIMESCALE": (0.86, 1.00),
        "ACTION_NOT_MEASURABLE": (0.87, 1.00),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.93),
        "OVERSIGHT_NO_RATIONALE": (0.88, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind58": {
        "ACTION_NO_OWNER": (0.85, 1.00),
        "ACTION_NO_TIMESCALE": (0.72, 0.86),
        "ACTION_NOT_MEASURABLE": (1.00, 0.94),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.93, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind59": {
        "ACTION_NO_OWNER": (0.85, 0.94),
        "ACTION_NO_TIMESCALE": (1.00, 1.00),
        "ACTION_NOT_MEASURABLE": (0.90, 1.00),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.91),
    },
    "blind60": {
        "ACTION_NO_OWNER": (0.47, 0.84),
        "ACTION_NO_TIMESCALE": (0.39, 0.85),
        "ACTION_NOT_MEASURABLE": (0.79, 0.95),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (0.88, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.87),
    },
    # blind61-65 (session 9): their first look, scored on arrival with the checker of d5045c0
    # (the learned second opinion trained without them), before anyone read their errors.
    "blind61": {
        "ACTION_NO_OWNER": (0.94, 1.00),
        "ACTION_NO_TIMESCALE": (0.90, 0.93),
        "ACTION_NOT_MEASURABLE": (0.96, 0.92),
        "NO_CONTINGENCY": (0.85, 1.00),
        "NO_CHILD_VOICE": (0.88, 0.94),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.71),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind62": {
        "ACTION_NO_OWNER": (0.90, 0.66),
        "ACTION_NO_TIMESCALE": (0.96, 0.96),
        "ACTION_NOT_MEASURABLE": (0.94, 0.94),
        "NO_CONTINGENCY": (0.83, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.85),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind63": {
        "ACTION_NO_OWNER": (0.77, 0.77),
        "ACTION_NO_TIMESCALE": (0.96, 0.92),
        "ACTION_NOT_MEASURABLE": (0.81, 0.94),
        "NO_CONTINGENCY": (0.83, 0.83),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind64": {
        "ACTION_NO_OWNER": (0.45, 0.64),
        "ACTION_NO_TIMESCALE": (0.60, 0.95),
        "ACTION_NOT_MEASURABLE": (0.88, 0.95),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.85, 0.75),
    },
    "blind65": {
        "ACTION_NO_OWNER": (0.93, 0.93),
        "ACTION_NO_TIMESCALE": (0.94, 0.94),
        "ACTION_NOT_MEASURABLE": (1.00, 0.75),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (0.87, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.90, 1.00),
    },
    # blind66-70 (session 9): their first look, scored on arrival with the checker of 8625867
    # (the learned second opinion trained without them), before anyone read their errors.
    "blind66": {
        "ACTION_NO_OWNER": (0.92, 0.92),
        "ACTION_NO_TIMESCALE": (0.77, 0.89),
        "ACTION_NOT_MEASURABLE": (0.90, 1.00),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.85),
    },
    "blind67": {
        "ACTION_NO_OWNER": (1.00, 0.94),
        "ACTION_NO_TIMESCALE": (0.97, 0.97),
        "ACTION_NOT_MEASURABLE": (0.90, 0.93),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.81),
        "OVERSIGHT_NO_RATIONALE": (0.87, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.87),
    },
    "blind68": {
        "ACTION_NO_OWNER": (0.93, 0.93),
        "ACTION_NO_TIMESCALE": (0.96, 1.00),
        "ACTION_NOT_MEASURABLE": (0.94, 0.94),
        "NO_CONTINGENCY": (1.00, 0.80),
        "NO_CHILD_VOICE": (0.90, 0.76),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.87),
    },
    "blind69": {
        "ACTION_NO_OWNER": (0.40, 0.92),
        "ACTION_NO_TIMESCALE": (0.54, 0.80),
        "ACTION_NOT_MEASURABLE": (0.72, 0.76),
        "NO_CONTINGENCY": (1.00, 0.83),
        "NO_CHILD_VOICE": (1.00, 0.91),
        "OVERSIGHT_NO_RATIONALE": (0.80, 0.57),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind70": {
        "ACTION_NO_OWNER": (0.88, 0.66),
        "ACTION_NO_TIMESCALE": (0.94, 0.90),
        "ACTION_NOT_MEASURABLE": (1.00, 1.00),
        "NO_CONTINGENCY": (0.85, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    # blind71-75 (session 9): their first look, scored on arrival with the checker of dfc987f
    # (the learned second opinion trained without them), before anyone read their errors.
    "blind71": {
        "ACTION_NO_OWNER": (0.72, 0.86),
        "ACTION_NO_TIMESCALE": (0.88, 0.92),
        "ACTION_NOT_MEASURABLE": (1.00, 1.00),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.92),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind72": {
        "ACTION_NO_OWNER": (1.00, 0.93),
        "ACTION_NO_TIMESCALE": (0.95, 0.91),
        "ACTION_NOT_MEASURABLE": (0.82, 0.86),
        "NO_CONTINGENCY": (0.83, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.60),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind73": {
        "ACTION_NO_OWNER": (1.00, 0.81),
        "ACTION_NO_TIMESCALE": (0.90, 1.00),
        "ACTION_NOT_MEASURABLE": (1.00, 1.00),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind74": {
        "ACTION_NO_OWNER": (0.94, 0.88),
        "ACTION_NO_TIMESCALE": (0.97, 0.97),
        "ACTION_NOT_MEASURABLE": (0.92, 0.95),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.87),
        "SUPERVISION_REPEATED_ACTIONS": (0.83, 0.62),
    },
    "blind75": {
        "ACTION_NO_OWNER": (0.51, 0.93),
        "ACTION_NO_TIMESCALE": (0.80, 1.00),
        "ACTION_NOT_MEASURABLE": (0.95, 1.00),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.92, 0.92),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    # blind76-80 (session 10): their first look, scored on arrival with the checker of 58b4578
    "blind76": {
        "ACTION_NO_OWNER": (1.00, 0.83),
        "ACTION_NO_TIMESCALE": (0.96, 0.90),
        "ACTION_NOT_MEASURABLE": (1.00, 0.94),
        "NO_CONTINGENCY": (0.83, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.60),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.88),
    },
    "blind77": {
        "ACTION_NO_OWNER": (0.71, 0.88),
        "ACTION_NO_TIMESCALE": (0.96, 1.00),
        "ACTION_NOT_MEASURABLE": (1.00, 0.90),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.86),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind78": {
        "ACTION_NO_OWNER": (1.00, 0.90),
        "ACTION_NO_TIMESCALE": (0.94, 0.92),
        "ACTION_NOT_MEASURABLE": (0.88, 0.88),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.94),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.80, 0.80),
    },
    "blind79": {
        "ACTION_NO_OWNER": (0.92, 0.80),
        "ACTION_NO_TIMESCALE": (0.96, 0.96),
        "ACTION_NOT_MEASURABLE": (0.87, 0.82),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.86),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.88),
    },
    "blind80": {
        "ACTION_NO_OWNER": (0.78, 0.47),
        "ACTION_NO_TIMESCALE": (0.95, 0.68),
        "ACTION_NOT_MEASURABLE": (0.93, 0.78),
        "NO_CONTINGENCY": (0.57, 0.80),
        "NO_CHILD_VOICE": (0.83, 0.35),
        "OVERSIGHT_NO_RATIONALE": (0.80, 0.57),
        "SUPERVISION_REPEATED_ACTIONS": (0.90, 1.00),
    },
    # blind81-85 (session 10): their first look, scored on arrival with the checker of 0d7e037
    "blind81": {
        "ACTION_NO_OWNER": (0.91, 0.68),
        "ACTION_NO_TIMESCALE": (0.88, 0.96),
        "ACTION_NOT_MEASURABLE": (0.91, 0.95),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.92),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind82": {
        "ACTION_NO_OWNER": (1.00, 0.94),
        "ACTION_NO_TIMESCALE": (0.96, 0.96),
        "ACTION_NOT_MEASURABLE": (0.88, 0.88),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.82),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.88),
    },
    "blind83": {
        "ACTION_NO_OWNER": (1.00, 0.70),
        "ACTION_NO_TIMESCALE": (0.96, 0.94),
        "ACTION_NOT_MEASURABLE": (0.94, 0.94),
        "NO_CONTINGENCY": (0.85, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.69),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind84": {
        "ACTION_NO_OWNER": (0.55, 0.84),
        "ACTION_NO_TIMESCALE": (0.90, 0.90),
        "ACTION_NOT_MEASURABLE": (0.80, 0.63),
        "NO_CONTINGENCY": (0.80, 0.80),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.88, 1.00),
    },
    "blind85": {
        "ACTION_NO_OWNER": (0.46, 0.81),
        "ACTION_NO_TIMESCALE": (0.31, 0.42),
        "ACTION_NOT_MEASURABLE": (1.00, 0.64),
        "NO_CONTINGENCY": (0.83, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.92),
        "OVERSIGHT_NO_RATIONALE": (0.87, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.66),
    },
    # blind86-90 (session 10): their first look, scored on arrival with the checker of aed2a8a
    "blind86": {
        "ACTION_NO_OWNER": (1.00, 1.00),
        "ACTION_NO_TIMESCALE": (1.00, 0.93),
        "ACTION_NOT_MEASURABLE": (0.89, 0.94),
        "NO_CONTINGENCY": (0.83, 1.00),
        "NO_CHILD_VOICE": (1.00, 0.75),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.85),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind87": {
        "ACTION_NO_OWNER": (1.00, 0.89),
        "ACTION_NO_TIMESCALE": (0.96, 1.00),
        "ACTION_NOT_MEASURABLE": (1.00, 0.88),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind88": {
        "ACTION_NO_OWNER": (0.79, 0.85),
        "ACTION_NO_TIMESCALE": (0.93, 0.93),
        "ACTION_NOT_MEASURABLE": (0.87, 0.90),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.90, 0.90),
    },
    "blind89": {
        "ACTION_NO_OWNER": (0.92, 0.75),
        "ACTION_NO_TIMESCALE": (0.82, 0.79),
        "ACTION_NOT_MEASURABLE": (0.88, 0.78),
        "NO_CONTINGENCY": (1.00, 0.80),
        "NO_CHILD_VOICE": (1.00, 0.06),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind90": {
        "ACTION_NO_OWNER": (0.05, 0.06),
        "ACTION_NO_TIMESCALE": (0.40, 0.45),
        "ACTION_NOT_MEASURABLE": (0.50, 0.41),
        "NO_CONTINGENCY": (0.80, 0.80),
        "NO_CHILD_VOICE": (0.86, 0.81),
        "OVERSIGHT_NO_RATIONALE": (0.85, 0.75),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.85),
    },
    # blind91-95 (session 10): their first look, scored on arrival with the checker of cb5ffb8
    "blind91": {
        "ACTION_NO_OWNER": (0.76, 0.95),
        "ACTION_NO_TIMESCALE": (0.77, 0.96),
        "ACTION_NOT_MEASURABLE": (1.00, 0.91),
        "NO_CONTINGENCY": (1.00, 0.83),
        "NO_CHILD_VOICE": (0.93, 0.87),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.90, 1.00),
    },
    "blind92": {
        "ACTION_NO_OWNER": (0.72, 0.68),
        "ACTION_NO_TIMESCALE": (0.87, 0.80),
        "ACTION_NOT_MEASURABLE": (0.91, 0.84),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (1.00, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.75),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 1.00),
    },
    "blind93": {
        "ACTION_NO_OWNER": (1.00, 0.93),
        "ACTION_NO_TIMESCALE": (0.93, 0.96),
        "ACTION_NOT_MEASURABLE": (0.95, 0.95),
        "NO_CONTINGENCY": (1.00, 1.00),
        "NO_CHILD_VOICE": (0.91, 1.00),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (1.00, 0.90),
    },
    "blind94": {
        "ACTION_NO_OWNER": (0.94, 0.89),
        "ACTION_NO_TIMESCALE": (0.94, 1.00),
        "ACTION_NOT_MEASURABLE": (0.89, 0.80),
        "NO_CONTINGENCY": (1.00, 0.83),
        "NO_CHILD_VOICE": (1.00, 0.76),
        "OVERSIGHT_NO_RATIONALE": (1.00, 0.88),
        "SUPERVISION_REPEATED_ACTIONS": (0.92, 0.92),
    },
    "blind95": {
        "ACTION_NO_OWNER": (0.46, 0.87),
        "ACTION_NO_TIMESCALE": (0.55, 0.75),
        "ACTION_NOT_MEASURABLE": (0.81, 0.85),
        "NO_CONTINGENCY": (1.00, 0.80),
        "NO_CHILD_VOICE": (1.00, 0.86),
        "OVERSIGHT_NO_RATIONALE": (1.00, 1.00),
        "SUPERVISION_REPEATED_ACTIONS": (0.87, 0.87),
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_later_blind_sets_do_not_fall_back(name):
    scores = score(load(Path(__file__).parent / name / f"{name}.jsonl"))
    for code, (precision, recall) in FLOORS[name].items():
        assert scores.precision(code) >= precision - 0.02, (code, scores.precision(code))
        assert scores.recall(code) >= recall - 0.02, (code, scores.recall(code))
