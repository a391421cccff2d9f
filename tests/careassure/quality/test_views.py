"""The quality pages as each kind of reader sees them, the CSV export and the scan."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape

from careassure.audit.models import AuditEvent
from careassure.quality.models import DocumentFlag, ScanRun
from careassure.quality.selectors import flags_for_child
from careassure.quality.services import document_check
from tests.careassure.quality.texts import VAGUE_PLAN
from tests.factories import CaseDocumentFactory, ChildFactory, UserFactory, WorkerFactory

pytestmark = pytest.mark.django_db


def signed_in(client, role: str, team=None):
    worker = WorkerFactory(team=team) if team else None
    user = UserFactory(role=role, worker=worker)
    client.force_login(user)
    return user


def test_themes_show_each_share_with_a_link_to_its_documents(client, council):
    signed_in(client, "qa_officer")
    html = client.get(reverse("quality:themes")).content.decode()
    assert "<strong>67%</strong> of care plans have no contingency plan" in html
    drill = reverse("quality:documents") + f"?code=NO_CONTINGENCY&amp;team={council.team_a.pk}"
    assert drill in html  # the team A cell in the teams-side-by-side table
    assert "Jan to Mar 2026" in html and "Apr to Jun 2026" in html
    assert "Check every document now" in html


def test_themes_for_one_team(client, council):
    signed_in(client, "qa_officer")
    html = client.get(reverse("quality:themes"), {"team": council.team_a.pk}).content.decode()
    assert "<strong>75%</strong> of care plans have no contingency plan" in html


def test_a_team_manager_sees_figures_for_their_own_team_only(client, council):
    signed_in(client, "team_manager", team=council.team_a)
    html = client.get(reverse("quality:themes")).content.decode()
    assert "<strong>75%</strong> of care plans" in html
    assert "Team B" not in html
    assert "Check every document now" not in html


def test_councillors_see_council_figures_without_links(client, council):
    signed_in(client, "councillor")
    html = client.get(reverse("quality:themes")).content.decode()
    assert "<strong>67%</strong> of care plans have no contingency plan" in html
    assert reverse("quality:documents") not in html


def test_drill_down_lists_visible_documents_linking_to_the_child(client, council):
    signed_in(client, "social_worker", team=council.team_a)
    response = client.get(reverse("quality:documents"), {"code": "NO_CONTINGENCY"})
    html = response.content.decode()
    assert "3 documents of children whose records you may see" in html
    hidden = council.docs["b_q2_no"]
    assert reverse("quality:document", args=[hidden.pk]) not in html
    shown = council.docs["a_q1_1"]
    assert reverse("children:detail", args=[shown.child.pk]) in html


def test_csv_export_lists_the_documents_and_is_audited(client, council):
    user = signed_in(client, "qa_officer")
    url = reverse("quality:documents_csv")
    response = client.get(url, {"code": "NO_CONTINGENCY", "team": council.team_b.pk})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    doc = council.docs["b_q2_no"]
    assert rows[0][:3] == ["Document id", "Kind", "Date"]
    assert rows[1:] == [
        [
            str(doc.pk),
            "Care plan",
            "2026-05-10",
            doc.child.code,
            doc.child.display_name,
            "Team B",
            "",
            "1",
            "NO_CONTINGENCY",
        ]
    ]
    event = AuditEvent.objects.get(action="export_quality_documents")
    assert event.actor == user and event.detail["rows"] == 1
    assert event.detail["filters"]["code"] == "NO_CONTINGENCY"


def test_document_page_marks_the_evidence_and_explains_each_flag(client):
    user = signed_in(client, "qa_officer")
    doc = CaseDocumentFactory(kind="oversight", text="Visited placement. Agreed to continue.")
    document_check(document=doc, actor=user)
    flag = DocumentFlag.objects.get(document=doc)
    html = client.get(reverse("quality:document", args=[doc.pk])).content.decode()
    assert f"<mark>{flag.evidence}</mark>" in html
    assert "govuk-warning-text" in html and escape(flag.explanation) in html
    assert AuditEvent.objects.filter(action="view_quality_document", child_pk=doc.child_id).exists()


def test_document_of_a_hidden_child_is_404(client, council):
    signed_in(client, "social_worker", team=council.team_a)
    hidden = council.docs["b_q2_no"]
    assert client.get(reverse("quality:document", args=[hidden.pk])).status_code == 404


def test_check_every_document_now_runs_the_scan_and_reports_progress(client, council):
    DocumentFlag.objects.all().delete()
    signed_in(client, "qa_officer")
    response = client.post(reverse("quality:scan"))
    run = ScanRun.objects.get()
    assert response["Location"] == reverse("quality:scan_status", args=[run.pk])
    assert run.status == "done" and run.done == run.total == 8
    assert DocumentFlag.objects.filter(code="NO_CONTINGENCY").count() == 5  # now b_unchecked too
    partial = client.get(reverse("quality:scan_status", args=[run.pk]), HTTP_HX_REQUEST="true")
    html = partial.content.decode()
    assert "Every document checked" in html and "hx-trigger" not in html
    assert AuditEvent.objects.filter(action="quality_scan").count() == 1


def test_a_running_scan_is_polled_every_two_seconds(client):
    user = signed_in(client, "qa_officer")
    run = ScanRun.objects.create(started_by=user, total=10, done=4)
    html = client.get(reverse("quality:scan_status", args=[run.pk])).content.decode()
    assert 'hx-trigger="every 2s"' in html and "4 of 10 documents (40% done)" in html


def test_quality_scan_command(council):
    DocumentFlag.objects.all().delete()
    out = io.StringIO()
    call_command("quality-scan", "--quiet", stdout=out)
    assert out.getvalue().startswith("Checked 8 document(s): ")
    assert DocumentFlag.objects.filter(code="NO_CONTINGENCY").count() == 5


def test_child_record_include_lists_flagged_documents(council):
    doc = council.docs["a_q1_1"]
    html = render_to_string(
        "quality/_document_flags.html", {"quality_flags": flags_for_child(doc.child)}
    )
    assert reverse("quality:document", args=[doc.pk]) in html
    assert "contingency" in html
    clean = council.docs["a_q2_ok"].child
    empty = render_to_string(
        "quality/_document_flags.html", {"quality_flags": flags_for_child(clean)}
    )
    assert "found nothing missing" in empty


def test_csv_export_defuses_spreadsheet_formulas(client):
    signed_in(client, "qa_officer")
    child = ChildFactory(given_name="=HYPERLINK(1)", family_name="")
    doc = CaseDocumentFactory(child=child, text=VAGUE_PLAN, contingency="")
    document_check(document=doc, actor=None)
    response = client.get(reverse("quality:documents_csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][4] == "'=HYPERLINK(1)"
