"""The children list and a child's record on a synthetic council, checked by axe and photographed.

Set CAREASSURE_UPDATE_SCREENSHOTS=1 to write docs/screenshots/children-list.png and
child-record.png; otherwise the pictures go to a temporary folder and only the checks count.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from django.db.models import Count, Q

from careassure.children.models import CaseDocument, Child
from tests.browser.conftest import assert_accessible, assert_styled, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
    pytest.mark.xdist_group("browser"),
]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def demo_council(transactional_db):
    from careassure.core.demo import DEMO_PASSWORD, council_load
    from democouncil import generate

    council_load(council=generate(children=120, years=2, seed=3, as_at=date(2026, 3, 31)))
    return DEMO_PASSWORD


def a_child_with_a_full_record() -> Child:
    """An open case with a care plan, the most case-file documents and several 903 episodes."""
    plans = Q(documents__kind=CaseDocument.Kind.CARE_PLAN)
    return (
        Child.objects.filter(in_care=True, restricted=False)
        .annotate(plans=Count("documents", filter=plans), episodes=Count("r903_episodes"))
        .filter(plans__gt=0, episodes__gt=1)
        .annotate(documents_total=Count("documents"))
        .order_by("-documents_total", "code")
        .first()
    )


def test_the_list_and_a_record_on_a_demo_council(page, demo_council, tmp_path):
    folder = DOCS if os.environ.get("CAREASSURE_UPDATE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    child = a_child_with_a_full_record()
    assert child is not None, "the demo council should hold a child with a plan and episodes"

    sign_in(page, "qa", demo_council)
    page.goto("/children/?status=in-care")
    page.get_by_role("heading", level=1, name="Children").wait_for()
    assert_styled(page)
    assert_accessible(page)
    page.screenshot(path=str(folder / "children-list.png"), full_page=True)

    page.goto(f"/children/{child.pk}/")
    page.get_by_role("heading", level=1, name=child.display_name).wait_for()
    assert page.get_by_role("heading", name="Chronology").is_visible()
    assert_accessible(page)
    page.screenshot(path=str(folder / "child-record.png"), full_page=True)
