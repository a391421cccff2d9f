"""A child's record: summary, chronology from the 903 rows and case file, empty states, audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from careassure.accounts.models import InspectorGrant
from careassure.audit.models import AuditEvent
from careassure.children.models import (
    CaseDocument,
    EpisodesRow,
    HealthAssessment,
    MissingRow,
    ReturnYear,
    ReviewsRow,
    Visit,
)
from tests.factories import ActionFactory, CaseDocumentFactory, UserFactory


@pytest.fixture
def return_2025(personas):
    """Two episodes (a start and a placement move), a review and a missing episode in 2024/25."""
    child = personas.child
    year = ReturnYear.objects.create(year=2025)
    common = {"return_year": year, "child": child}
    EpisodesRow.objects.create(
        **common,
        line=2,
        decom="01/05/2024",
        rne="S",
        ls="C2",
        place="U6",
        place_provider="PR1",
        dec="01/09/2024",
        rec="X1",
    )
    EpisodesRow.objects.create(
        **common, line=3, decom="01/09/2024", rne="P", ls="C2", place="K2", place_provider="PR4"
    )
    ReviewsRow.objects.create(**common, line=2, review="20/05/2024", review_code="PN1")
    MissingRow.objects.create(
        **common, line=2, missing="M", mis_start="03/10/2024", mis_end="04/10/2024"
    )
    return year


def page(client, user, child) -> str:
    client.force_login(user)
    response = client.get(reverse("children:detail", args=[child.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_chronology_lists_903_events_in_plain_english(client, personas, return_2025):
    html = page(client, personas.social_worker, personas.child)
    assert "Placement move" in html
    assert "K2: Children&#x27;s home" in html or "K2: Children's home" in html
    assert "PN1: Attended and spoke for" in html
    assert "Missing from placement" in html and "Returned 04/10/2024" in html
    assert html.index("03/10/2024") < html.index("01/09/2024") < html.index("20/05/2024")


def test_case_file_events_and_the_current_plan_with_its_actions(client, personas):
    child = personas.child
    Visit.objects.create(child=child, date=date(2025, 1, 10), seen_alone=True)
    HealthAssessment.objects.create(child=child, date=date(2025, 2, 1), kind="review")
    CaseDocumentFactory(child=child, kind=CaseDocument.Kind.SUPERVISION, date=date(2025, 2, 3))
    old = CaseDocumentFactory(child=child, date=date(2024, 1, 1), text="Old plan")
    plan = CaseDocumentFactory(child=child, date=date(2025, 3, 1), text="Current plan text")
    ActionFactory(document=plan, text="Book the dentist by 30 April", owner="Carer")
    ActionFactory(document=old, text="An action from the old plan")
    html = page(client, personas.qa_officer, child)
    assert "Current plan text" in html and "Book the dentist by 30 April" in html
    assert "An action from the old plan" not in html
    assert "Review health assessment" in html
    assert "Supervision record" in html
    assert "seen alone" in html


def test_empty_states_say_what_is_missing_and_what_the_903_held(client, personas, return_2025):
    html = page(client, personas.qa_officer, personas.child)
    assert "No visits recorded in careassure." in html
    assert "No care plan or pathway plan recorded in careassure." in html
    assert "No reviews recorded" not in html  # the 903 return has one
    ReviewsRow.objects.all().delete()
    html = page(client, personas.qa_officer, personas.child)
    assert "No reviews recorded in careassure. The 903 return for 2024/25 lists none." in html


def test_without_a_return_the_empty_state_says_none_is_imported(client, personas):
    html = page(client, personas.qa_officer, personas.child)
    assert "No reviews recorded in careassure. No 903 return has been imported yet." in html


def test_an_episode_carried_into_the_next_years_return_appears_once(client, personas, return_2025):
    year = ReturnYear.objects.create(year=2026)
    EpisodesRow.objects.create(
        return_year=year,
        child=personas.child,
        line=2,
        decom="01/09/2024",
        rne="P",
        ls="C2",
        place="K2",
        place_provider="PR4",
    )
    html = page(client, personas.qa_officer, personas.child)
    assert html.count("Placement move") == 1


def test_every_view_is_logged(client, personas):
    page(client, personas.inspector_granted, personas.child)
    event = AuditEvent.objects.get(action="view_child")
    assert (event.actor, event.child_pk, event.child_code) == (
        personas.inspector_granted,
        personas.child.pk,
        personas.child.code,
    )


def test_a_hidden_child_looks_exactly_like_a_missing_one(client, personas):
    client.force_login(personas.other_team_worker)
    hidden = client.get(reverse("children:detail", args=[personas.child.pk]))
    missing = client.get(reverse("children:detail", args=[personas.child.pk + 1000]))
    assert hidden.status_code == missing.status_code == 404
    assert hidden.content == missing.content
    assert not AuditEvent.objects.filter(action="view_child").exists()


def test_summary_names_the_allocated_worker_and_iro(client, personas):
    html = page(client, personas.team_manager, personas.child)
    assert personas.social_worker.worker.name in html
    assert personas.iro.worker.name in html


def test_an_inspector_sees_no_way_to_change_or_grant(client, personas):
    html = page(client, personas.inspector_granted, personas.child)
    assert "You cannot change it" in html
    assert reverse("children:grant", args=[personas.child.pk]) not in html


def test_an_administrator_grants_an_inspector_access_until_a_time(client, personas):
    inspector = personas.inspector_no_grant
    client.force_login(personas.administrator)
    url = reverse("children:grant", args=[personas.child.pk])
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(
        url,
        {
            "inspector": inspector.pk,
            "expires_on": tomorrow.strftime("%d/%m/%Y"),
            "expires_time": "17:30",
        },
    )
    assert response.status_code == 302
    grant = InspectorGrant.objects.get(inspector=inspector)
    assert timezone.localtime(grant.expires_at).strftime("%d/%m/%Y %H:%M") == (
        tomorrow.strftime("%d/%m/%Y") + " 17:30"
    )
    assert AuditEvent.objects.get(action="grant_inspector").child_pk == personas.child.pk
    client.force_login(inspector)
    assert client.get(reverse("children:detail", args=[personas.child.pk])).status_code == 200


def test_a_grant_in_the_past_or_to_a_non_inspector_is_refused(client, personas):
    client.force_login(personas.administrator)
    url = reverse("children:grant", args=[personas.child.pk])
    yesterday = (timezone.localdate() - timedelta(days=1)).strftime("%d/%m/%Y")
    response = client.post(
        url, {"inspector": personas.inspector_no_grant.pk, "expires_on": yesterday}
    )
    assert response.status_code == 200
    assert "The date access ends must be in the future" in response.content.decode()
    worker = UserFactory(role="social_worker")
    response = client.post(url, {"inspector": worker.pk, "expires_on": "01/01/2099"})
    assert "Select a valid choice" in response.content.decode()
    assert not InspectorGrant.objects.filter(inspector__in=[worker, personas.inspector_no_grant])


def test_placement_moves_count_as_episodes_for_the_empty_state(client, personas):
    year = ReturnYear.objects.create(year=2025)
    EpisodesRow.objects.create(
        return_year=year, child=personas.child, line=2, decom="01/09/2024", rne="P", ls="C2"
    )
    html = page(client, personas.qa_officer, personas.child)
    assert "No episodes recorded" not in html
    assert "No placement moves recorded" not in html
