"""The learned second opinions: features, scoring, training, the model file, and check()."""

import json
from pathlib import Path

from casequality.checker import check, prepared, rule_action_flags, rules_read
from casequality.evaluate import load
from casequality.flags import (
    ACTION_NO_OWNER,
    ACTION_NO_TIMESCALE,
    ACTION_NOT_MEASURABLE,
    NO_CHILD_VOICE,
    OVERSIGHT_NO_RATIONALE,
)
from casequality.headings import sections
from casequality.learned import (
    LEARNED,
    MODEL_PATH,
    action_features,
    document_features,
    flag_due,
    record_features,
    score,
)
from casequality.train import examples, fit

ROOT = Path(__file__).resolve().parents[2]


def _features(text, **rules):
    return action_features(
        "care_plan",
        text,
        0,
        len(text),
        rules={ACTION_NO_OWNER: False, ACTION_NOT_MEASURABLE: False, **rules},
        doc_rate={},
        n_actions=1,
    )


def test_features_carry_the_rules_verdict_words_and_neighbouring_lines():
    text = "Actions\nMum to attend 6 parenting sessions by 14 March\nWho: SW"
    start = text.index("Mum")
    end = text.index("\nWho")
    feats = action_features(
        "pep",
        text,
        start,
        end,
        rules={ACTION_NOT_MEASURABLE: True},
        doc_rate={ACTION_NOT_MEASURABLE: 1.0},
        n_actions=1,
    )
    assert {"k:pep", f"r:{ACTION_NOT_MEASURABLE}", "p0:mum", "w:0", "has:month"} <= feats
    assert {"nx:who", "pv:actions"} <= feats
    assert f"rate:{ACTION_NOT_MEASURABLE}:4" in feats
    # digits are one token, so dates of any day share their features
    assert "b:by_0" in feats


def test_document_features_give_one_set_per_action_with_the_documents_flag_rates():
    text = "1. Continue to support.\n2. SW to visit weekly."
    spans = [(3, 23), (27, len(text))]
    feats = document_features("care_plan", text, spans, [{ACTION_NOT_MEASURABLE}, set()])
    assert len(feats) == 2
    assert f"r:{ACTION_NOT_MEASURABLE}" in feats[0]
    assert f"r:{ACTION_NOT_MEASURABLE}" not in feats[1]
    assert all(f"rate:{ACTION_NOT_MEASURABLE}:2" in f for f in feats)


def test_fit_learns_a_separable_toy_problem_and_is_deterministic():
    data = [({"w:continue", "w:support"}, True)] * 5 + [({"w:attend", "w:sessions"}, False)] * 5
    first, second = fit(data), fit(data)
    assert first == second
    bias, weights = first
    assert bias + weights["w:continue"] + weights["w:support"] > 0
    assert bias + weights["w:attend"] + weights["w:sessions"] < 0


def test_examples_label_each_action_the_checker_finds():
    rec = {
        "kind": "care_plan",
        "text": "Actions:\n1. Continue to support Jo.\n2. SW to visit Jo every 6 weeks.",
        "expected": [{"code": ACTION_NOT_MEASURABLE, "action_index": 0}],
    }
    got = examples([rec])
    assert [label for _, label in got[ACTION_NOT_MEASURABLE]] == [True, False]
    # the same care plan is one record for the voice model, and no example for oversight
    assert [label for _, label in got[NO_CHILD_VOICE]] == [False]
    assert got[OVERSIGHT_NO_RATIONALE] == []
    text = prepared(rec["text"])
    actions, _ = rule_action_flags("care_plan", text, sections(text))
    assert len(actions) == 2


def test_the_shipped_model_names_its_training_files_and_they_exist():
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert set(model["models"]) == set(LEARNED)
    assert model["models"][ACTION_NOT_MEASURABLE]["examples"] > 10_000
    assert model["models"][OVERSIGHT_NO_RATIONALE]["examples"] > 1_000
    assert all(len(m["weights"]) > 1_000 for m in model["models"].values())
    assert model["trained_on"]
    for name in model["trained_on"]:
        assert (ROOT / name).is_file(), name
    # A new labelled set means training again (blind/blind.jsonl is a copy of data/blind1.jsonl).
    here = Path(__file__).parent
    labelled = [*here.glob("data/*.jsonl"), *here.glob("blind[0-9]*/blind*.jsonl")]
    assert {str(p.relative_to(ROOT)) for p in labelled} == set(model["trained_on"])


def test_the_model_overrules_the_rules_both_ways_on_its_own_evidence():
    # The rules' verdict is a feature, not the answer: strong enough word evidence outweighs it.
    vague = _features("Monitor as needed and continue to support", **{ACTION_NOT_MEASURABLE: False})
    concrete = _features(
        "Jo to attend 6 sessions and complete her CV by 1 May", **{ACTION_NOT_MEASURABLE: True}
    )
    m = ACTION_NOT_MEASURABLE
    assert score(m, vague) > score(m, vague - {"w:monitor", "w:support", "b:to_support"})
    assert score(m, concrete) < score(m, concrete | {"w:monitor", "b:continue_to"})


def test_check_keeps_the_rules_explanation_when_model_and_rules_agree():
    flags = check("care_plan", "Actions:\n1. Continue to support Jo.\n2. SW to visit Jo weekly.")
    measurable = [f for f in flags if f.code == ACTION_NOT_MEASURABLE]
    assert [f.action_index for f in measurable] == [0]
    assert "observable outcome" in measurable[0].explanation


def test_record_features_carry_the_rules_verdict_the_words_and_the_ending():
    feats = record_features("oversight", "Discussed with SW. Agreed.", rules_flag=True)
    assert {"k:oversight", "r", "r:k:oversight", "w:agreed", "b:with_sw", "t:agreed"} <= feats
    assert "r" not in record_features("oversight", "Agreed.", rules_flag=False)


def test_a_reason_lowers_the_oversight_models_odds_of_no_rationale():
    bare = record_features("oversight", "Noted. Agree.", rules_flag=False)
    reasoned = record_features(
        "oversight",
        "Agree to the move because the carers have given notice and Jo asked to stay near school.",
        rules_flag=False,
    )
    assert score(OVERSIGHT_NO_RATIONALE, bare) > score(OVERSIGHT_NO_RATIONALE, reasoned)


def test_check_flags_a_bare_agreement_and_not_a_reasoned_decision():
    assert [f.code for f in check("oversight", "Noted. Agree.")] == [OVERSIGHT_NO_RATIONALE]
    assert (
        check(
            "oversight",
            "I agree the move to Elm House because the carers have given notice and Jo wants to "
            "stay at her school; review in 4 weeks.",
        )
        == []
    )


def _rule_and_checked_flags(path):
    for rec in load(path):
        kind, raw = str(rec["kind"]), str(rec["text"])
        _, _, _, per_action = rules_read(kind, raw)
        rules = {(f.code, f.action_index) for fl in per_action for f in fl}
        got = {(f.code, f.action_index) for f in check(kind, raw, rec.get("previous_text"))}
        yield rules, got


def test_owner_and_timescale_flags_are_withdrawn_by_the_model_never_raised():
    withdrawn = 0
    for rules, got in _rule_and_checked_flags(ROOT / "tests/casequality/blind98/blind98.jsonl"):
        for code in (ACTION_NO_OWNER, ACTION_NO_TIMESCALE):
            assert {f for f in got if f[0] == code} <= {f for f in rules if f[0] == code}
            withdrawn += len({f for f in rules if f[0] == code} - got)
    assert withdrawn > 0
    # whatever the words, the model cannot raise an owner or timescale flag the rules did not
    everything = {"r:" + ACTION_NOT_MEASURABLE, "w:tbc", "w:continue", "p0:to", "n:8"}
    for code in (ACTION_NO_OWNER, ACTION_NO_TIMESCALE):
        assert not flag_due(code, everything, rules_flag=False)
