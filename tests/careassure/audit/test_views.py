"""The access log pages: search by user, action, child and dates; CSV export that logs itself."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

from django.urls import reverse
from django.utils import timezone

from careassure.audit.models import AuditEvent
from careassure.audit.services import audit_event_record


def events(client, query: str = "") -> list[AuditEvent]:
    response = client.get(reverse("audit:list") + (f"?{query}" if query else ""))
    assert response.status_code == 200
    return list(response.context["page"].object_list)


def test_search_by_user_action_child_and_dates(client, personas):
    child = personas.child
    viewed = audit_event_record(actor=personas.social_worker, action="view_child", child=child)
    exported = audit_event_record(actor=personas.qa_officer, action="export_children")
    old = audit_event_record(actor=personas.social_worker, action="sign_in")
    AuditEvent.objects.filter(pk=old.pk).update(at=timezone.make_aware(datetime(2025, 1, 15, 9, 0)))
    client.force_login(personas.administrator)
    assert events(client, f"user={personas.social_worker.username}") == [viewed, old]
    assert events(client, "action=export_children") == [exported]
    assert events(client, f"child={child.pk}") == [viewed]
    assert events(client, "start=2025-01-15&end=2025-01-15") == [old]
    today = timezone.localdate().isoformat()
    assert set(events(client, f"start={today}")) == {viewed, exported}


def test_an_end_before_the_start_is_an_error_not_an_empty_result(client, personas):
    client.force_login(personas.administrator)
    response = client.get(reverse("audit:list") + "?start=2025-02-01&end=2025-01-01")
    html = response.content.decode()
    assert "The end date must be the same as or after the start date" in html
    assert 'class="govuk-error-summary"' in html


def test_export_is_the_filtered_events_and_is_itself_logged(client, personas):
    audit_event_record(actor=personas.social_worker, action="view_child", child=personas.child)
    audit_event_record(actor=personas.qa_officer, action="sign_in")
    client.force_login(personas.administrator)
    response = client.get(reverse("audit:export") + "?action=view_child")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["When", "Username", "Action"]
    assert [(r[1], r[2], r[3]) for r in rows[1:]] == [
        (personas.social_worker.username, "view_child", str(personas.child.pk))
    ]
    logged = AuditEvent.objects.get(action="export_access_log")
    assert logged.actor == personas.administrator
    assert logged.detail == {"rows": 1, "filter": {"action": "view_child"}}


def test_unfiltered_page_shows_newest_first(client, personas):
    first = audit_event_record(actor=personas.qa_officer, action="sign_in")
    AuditEvent.objects.filter(pk=first.pk).update(at=timezone.now() - timedelta(hours=1))
    second = audit_event_record(actor=personas.qa_officer, action="sign_out")
    client.force_login(personas.administrator)
    assert events(client)[:2] == [second, first]
