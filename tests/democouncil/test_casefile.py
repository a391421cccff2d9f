"""Case-file records: every kind, in both good and poor quality, tied to real allocations."""

from __future__ import annotations

import itertools
import re

import polars as pl

from democouncil import Council, Document
from tests.democouncil.conftest import all_episodes

VOICE = re.compile(r'"I |\bsaid (he|she)\b|told me|views: "')


def _kind(c: Council, kind: str) -> list[Document]:
    docs = [d for d in c.documents if d.kind == kind]
    assert len(docs) > 10, kind
    return docs


def test_every_kind_of_record_is_present(council: Council) -> None:
    kinds = {d.kind for d in council.documents}
    assert kinds == {"care_plan", "pathway_plan", "pep", "review", "oversight", "supervision"}
    assert council.visits and council.health_assessments
    assert {h.kind for h in council.health_assessments} == {"initial", "review", "dental"}


def test_actions_are_sometimes_smart_and_sometimes_vague(council: Council) -> None:
    for kind in ("care_plan", "pathway_plan", "pep", "supervision"):
        actions = [a for d in _kind(council, kind) for a in d.actions]
        smart = [a for a in actions if a.owner and a.due and a.measure]
        vague = [a for a in actions if a.owner is None and a.due is None]
        assert smart and vague, kind
    assert any(
        "continue to support" in a.text.lower() for d in council.documents for a in d.actions
    )


def test_care_plans_with_and_without_contingency_and_permanence(council: Council) -> None:
    plans = _kind(council, "care_plan")
    with_contingency = [p for p in plans if p.contingency]
    assert 0.2 < len(with_contingency) / len(plans) < 0.95
    assert all(p.permanence for p in plans)
    assert any(p.permanence in ("TBC.", "To be considered at the next review.") for p in plans)


def test_plans_with_and_without_the_young_persons_words(council: Council) -> None:
    for kind in ("pathway_plan", "pep", "review"):
        docs = _kind(council, kind)
        voiced = [d for d in docs if VOICE.search(d.text)]
        assert 0 < len(voiced) < len(docs), kind


def test_oversight_with_and_without_rationale(council: Council) -> None:
    texts = [d.text for d in _kind(council, "oversight")]
    assert "Noted. Agree." in texts
    assert any(t.startswith("Decision:") and ("because" in t or "Reason:" in t) for t in texts)


def test_supervision_sometimes_repeats_the_previous_actions(council: Council) -> None:
    docs = _kind(council, "supervision")
    followed = [d for d in docs if d.previous_text]
    repeated = [
        d for d in followed if d.previous_text == "\n".join(f"- {a.text}" for a in d.actions)
    ]
    assert 0 < len(repeated) < len(followed)


def test_records_are_written_by_the_right_people(council: Council) -> None:
    roles = {w.id: w.role for w in council.workers}
    expected = {
        "care_plan": {"social_worker"},
        "pep": {"social_worker"},
        "pathway_plan": {"social_worker", "personal_adviser"},
        "review": {"iro"},
        "oversight": {"team_manager"},
        "supervision": {"team_manager"},
    }
    for d in council.documents:
        assert roles[d.author] in expected[d.kind], d.kind
    children = {c.child for c in council.children}
    assert {d.child for d in council.documents} <= children
    assert len({d.id for d in council.documents}) == len(council.documents)


def test_visits_mostly_within_six_weeks(council: Council) -> None:
    by_child: dict[str, list] = {}
    for v in council.visits:
        by_child.setdefault(v.child, []).append(v.date)
    gaps = [(b - a).days for ds in by_child.values() for a, b in itertools.pairwise(ds)]
    within = sum(g <= 42 for g in gaps) / len(gaps)
    assert 0.75 < within < 0.99
    alone = [v.seen_alone for v in council.visits]
    assert 0.3 < sum(alone) / len(alone) < 0.95


def test_most_placement_moves_are_followed_by_a_visit_within_a_week(council: Council) -> None:
    window = min(v.date for v in council.visits)
    moves = all_episodes(council).filter(
        pl.col("RNE").is_in(["P", "B"]) & (pl.col("DECOM") > window)
    )
    by_child: dict[str, list] = {}
    for v in council.visits:
        by_child.setdefault(v.child, []).append(v.date)
    seen = [
        any(0 < (d - moved).days <= 7 for d in by_child.get(child, []))
        for child, moved in moves.select("CHILD", "DECOM").iter_rows()
    ]
    assert len(seen) > 20
    assert 0.8 < sum(seen) / len(seen) < 1


def test_permanence_is_more_often_unsettled_before_the_second_review(council: Council) -> None:
    starts = all_episodes(council).filter(pl.col("RNE") == "S").select("CHILD", "DECOM")
    vague = {"TBC.", "To be considered at the next review.", "Permanence options being explored."}
    early, late = [], []
    for d in _kind(council, "care_plan"):
        since = [s for c, s in starts.iter_rows() if c == d.child and s <= d.date]
        if not since:
            continue
        days = (d.date - max(since)).days
        if days <= 30:
            early.append(d.permanence in vague)
        elif days > 365:
            late.append(d.permanence in vague)
    assert len(early) > 15 and len(late) > 50
    assert sum(early) / len(early) > sum(late) / len(late) + 0.1
