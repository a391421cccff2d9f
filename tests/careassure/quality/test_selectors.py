"""Themes figures on a hand-built council (expected shares worked out in the fixture's docstring),
the drill-down list limited to visible children, and the evidence highlighting."""

from __future__ import annotations

import pytest

from careassure.children.models import Child
from careassure.quality.highlight import Piece, highlighted
from careassure.quality.models import DocumentFlag
from careassure.quality.selectors import (
    DocumentFilters,
    Themes,
    documents_flagged,
    flags_for_child,
    quarter_range,
)
from tests.factories import UserFactory, WorkerFactory

pytestmark = pytest.mark.django_db


def test_shares_for_the_council_by_team_and_by_quarter(council):
    themes = Themes(Child.objects.all())
    a, b = council.team_a.pk, council.team_b.pk
    share = themes.share("NO_CONTINGENCY")
    assert (share.flagged, share.checked, share.percent) == (4, 6, 67)
    assert themes.share("NO_CONTINGENCY", team=a).percent == 75
    assert themes.share("NO_CONTINGENCY", team=b).percent == 50
    assert themes.share("NO_CONTINGENCY", quarter="2026-Q1").percent == 100
    assert themes.share("NO_CONTINGENCY", team=a, quarter="2026-Q2").percent == 50
    assert themes.share("NO_CONTINGENCY", team=b, quarter="2026-Q1").checked == 0
    assert themes.share("NO_CONTINGENCY", team=b, quarter="2026-Q1").percent is None
    # The oversight entry counts only where oversight checks apply.
    assert (
        themes.share("OVERSIGHT_NO_RATIONALE").flagged,
        themes.share("OVERSIGHT_NO_RATIONALE").checked,
    ) == (1, 1)
    assert themes.share("NO_CHILD_VOICE").percent == 0
    assert themes.share("ACTION_NO_OWNER").checked == 6
    assert themes.quarters() == ["2026-Q1", "2026-Q2"]
    assert [t.name for t in themes.teams()] == ["Team A", "Team B"]
    assert themes.document_count == 7
    assert "code=NO_CONTINGENCY" in share.query and "team" not in share.query


def test_a_kind_filter_limits_the_codes_and_the_counts(council):
    themes = Themes(Child.objects.all(), kind="oversight")
    assert themes.codes() == ["OVERSIGHT_NO_RATIONALE"]
    assert themes.share("NO_CONTINGENCY").checked == 0
    assert "kind=oversight" in themes.share("OVERSIGHT_NO_RATIONALE").query


def test_drill_down_lists_only_the_documents_the_reader_may_see(council):
    qa = UserFactory(role="qa_officer")
    worker = WorkerFactory(team=council.team_a)
    sw = UserFactory(role="social_worker", worker=worker)
    filters = DocumentFilters(code="NO_CONTINGENCY")
    expected_all = {council.docs[k].pk for k in ("a_q1_1", "a_q1_2", "a_q2_no", "b_q2_no")}
    assert {d.pk for d in documents_flagged(qa, filters)} == expected_all
    assert {d.pk for d in documents_flagged(sw, filters)} == expected_all - {
        council.docs["b_q2_no"].pk
    }
    in_q2 = DocumentFilters(code="NO_CONTINGENCY", team=council.team_a.pk, quarter="2026-Q2")
    assert [d.pk for d in documents_flagged(qa, in_q2)] == [council.docs["a_q2_no"].pk]
    councillor = UserFactory(role="councillor")
    assert not documents_flagged(councillor, filters).exists()


def test_filters_from_the_address_bar_drop_what_is_not_valid():
    f = DocumentFilters.from_query(
        {"code": "DROP TABLE", "team": "x", "kind": "pep", "quarter": "2026-Q5"}
    )
    assert f == DocumentFilters(kind="pep")
    assert quarter_range("2026-Q4")[1].isoformat() == "2026-12-31"
    assert quarter_range("2026-Q1")[0].isoformat() == "2026-01-01"


def test_flags_for_child_groups_by_document(council):
    child = council.docs["a_q1_1"].child
    [(doc, flags)] = flags_for_child(child)
    assert doc == council.docs["a_q1_1"] and [f.code for f in flags] == ["NO_CONTINGENCY"]


def test_highlighting_marks_evidence_and_keeps_paragraphs():
    text = "First line.\nSecond has evidence here.\n\nNew paragraph."
    start = text.index("evidence")
    flag = DocumentFlag(start=start, end=start + len("evidence here"))
    missing = DocumentFlag(start=None, end=None)
    paras = highlighted(text, [missing, flag])
    assert paras == [
        [
            [Piece("First line.", ())],
            [Piece("Second has ", ()), Piece("evidence here", (2,)), Piece(".", ())],
        ],
        [[Piece("New paragraph.", ())]],
    ]
