"""A hand-built council for the themes tests: two teams, care plans over two quarters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from careassure.children.models import CaseDocument, Team
from careassure.quality.services import case_document_save
from tests.careassure.quality.texts import VOICE_AND_ACTIONS, WITH_CONTINGENCY
from tests.factories import CaseDocumentFactory, ChildFactory, TeamFactory

Q1, Q2 = date(2026, 2, 10), date(2026, 5, 10)


@dataclass
class Council:
    team_a: Team
    team_b: Team
    docs: dict[str, CaseDocument]


def _plan(team: Team, when: date, text: str) -> CaseDocument:
    doc = CaseDocumentFactory.build(
        child=ChildFactory(team=team), date=when, text=text, permanence="", contingency=""
    )
    return case_document_save(document=doc, actor=None)


@pytest.fixture
def council(db) -> Council:
    """Team A: Q1 two plans with no contingency; Q2 one with, one without (3 of 4 flagged).
    Team B: Q2 one without, one with (1 of 2), and one oversight entry with no reason.
    One more team B plan is never checked, so it counts nowhere."""
    a = TeamFactory(code="QA-A", name="Team A")
    b = TeamFactory(code="QA-B", name="Team B")
    docs = {
        "a_q1_1": _plan(a, Q1, VOICE_AND_ACTIONS),
        "a_q1_2": _plan(a, Q1, VOICE_AND_ACTIONS),
        "a_q2_ok": _plan(a, Q2, WITH_CONTINGENCY),
        "a_q2_no": _plan(a, Q2, VOICE_AND_ACTIONS),
        "b_q2_no": _plan(b, Q2, VOICE_AND_ACTIONS),
        "b_q2_ok": _plan(b, Q2, WITH_CONTINGENCY),
        "b_oversight": case_document_save(
            document=CaseDocumentFactory.build(
                child=ChildFactory(team=b), kind="oversight", date=Q2, text="Agreed."
            ),
            actor=None,
        ),
        "b_unchecked": CaseDocumentFactory(child=ChildFactory(team=b), date=Q2, contingency=""),
    }
    return Council(a, b, docs)
