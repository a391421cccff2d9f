"""The register, actions, LILAC and report pages, driven through Django's test client."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils.html import escape
from docx import Document as open_docx

from careassure.audit.models import AuditEvent
from careassure.inspections import services
from careassure.inspections.founding import PERIOD
from careassure.inspections.models import (
    Assessment,
    ImprovementAction,
    LilacStandard,
    ScrutinyReport,
)
from careassure.reports.document import Document
from tests.factories import ChildFactory


def test_recording_an_assessment_links_sample_cases_by_child_id(client, personas):
    client.force_login(personas.qa_officer)
    response = client.post(
        reverse("inspections:assessment_create"),
        {
            "kind": "focused_visit",
            "title": "Focused visit",
            "body": "Ofsted",
            "start": "2025-05-06",
            "end": "2025-05-07",
            "cases_examined": "12",
            "cases_in_advance_ids": personas.child.code,
            "cases_at_random_ids": "",
        },
    )
    assessment = Assessment.objects.get(title="Focused visit")
    assert response.status_code == 302
    assert list(assessment.cases_in_advance.all()) == [personas.child]
    assert AuditEvent.objects.filter(action="assessment_create").count() == 1


def test_unknown_child_ids_and_backwards_dates_are_refused(client, personas):
    client.force_login(personas.qa_officer)
    response = client.post(
        reverse("inspections:assessment_create"),
        {
            "kind": "jtai",
            "title": "JTAI",
            "body": "Ofsted, CQC, HMICFRS",
            "start": "2025-05-06",
            "end": "2025-05-01",
            "cases_at_random_ids": "999999",
        },
    )
    assert response.status_code == 200
    assert "No child you can see has the id 999999" in response.text
    assert "The end date must be on or after the start date" in response.text
    assert not Assessment.objects.exists()


def test_findings_judgements_and_actions_through_the_pages(client, personas, founding):
    client.force_login(personas.senior_leader)
    pk = founding.pilot.pk
    client.post(
        reverse("inspections:judgement_create", args=[pk]), {"area": "in_care", "grade": "good"}
    )
    client.post(
        reverse("inspections:finding_create", args=[pk]),
        {
            "kind": "improvement",
            "text": "Return interviews were late.",
            "themes": ["safety"],
            "already_identified": "",
        },
    )
    finding = founding.pilot.findings.get(text="Return interviews were late.")
    assert finding.themes == ["safety"] and finding.already_identified is False
    client.post(
        reverse("inspections:action_create", args=[finding.pk]),
        {
            "text": "Weekly report of late interviews",
            "owner": personas.team_manager.pk,
            "due": "2030-01-31",
        },
    )
    page = client.get(reverse("inspections:assessment_detail", args=[pk])).text
    assert "Requires improvement" not in page and "Good" in page
    assert "Weekly report of late interviews" in page
    assert "New to the service." in page and "The service had already identified this." in page
    founding.pilot.refresh_from_db()
    assert founding.pilot.graded is True


def test_owner_completes_an_action_only_with_evidence(client, personas, founding):
    area = founding.pilot.findings.filter(kind="improvement").first()
    action = services.action_create(
        finding=area,
        actor=personas.qa_officer,
        text="Audit contingency plans",
        owner=personas.team_manager,
        due=date.today() - timedelta(days=3),
    )
    client.force_login(personas.team_manager)
    home = client.get(reverse("core:home")).text
    assert "Overdue improvement action" in home and "Audit contingency plans" in home
    url = reverse("inspections:action_update", args=[action.pk])
    response = client.post(url, {"status": "complete", "evidence": ""})
    assert "Give the evidence that the action is complete" in response.text
    client.post(url, {"status": "complete", "evidence": "Audit of 30 plans, March"})
    action.refresh_from_db()
    assert (
        action.status == ImprovementAction.Status.COMPLETE and action.completed_on == date.today()
    )
    assert "Overdue improvement action" not in client.get(reverse("core:home")).text


def test_tracker_lists_overdue_actions(client, personas, founding):
    area = founding.pilot.findings.filter(kind="improvement").first()
    for days, text in [(-5, "Late one"), (30, "Future one")]:
        services.action_create(
            finding=area,
            actor=personas.qa_officer,
            text=text,
            owner=personas.qa_officer,
            due=date.today() + timedelta(days=days),
        )
    client.force_login(personas.councillor)
    overdue = client.get(reverse("inspections:actions") + "?show=overdue").text
    assert "Late one" in overdue and "Future one" not in overdue
    assert "1 action overdue" in overdue


def test_lilac_page_shows_standards_and_history_across_years(client, personas, founding):
    standard = LilacStandard.objects.get(number=5)
    rating = services.lilac_rating_record(
        actor=personas.qa_officer, standard=standard, year=2014, self_rating="partly_met"
    )
    client.force_login(personas.qa_officer)
    client.post(
        reverse("inspections:lilac_rating", args=[rating.pk]),
        {
            "kind": "involvement",
            "description": "Young people sat on two interview panels",
            "date": "",
        },
    )
    page = client.get(reverse("inspections:lilac")).text
    assert page.count("govuk-summary-list__row") == 7
    assert "Recruitment and selection" in page
    assert "2014" in page and "2013" in page and "7 of 7" in page and "0 of 7" in page
    assert "Self: Partly met" in page
    assert rating.evidence.get().kind == "involvement"


def make_report(client, personas, founding) -> ScrutinyReport:
    client.force_login(personas.qa_officer)
    response = client.post(
        reverse("inspections:report_create"),
        {
            "title": "Update on recent inspections",
            "period_from": PERIOD[0].isoformat(),
            "period_to": PERIOD[1].isoformat(),
            "report_date": "2013-04-25",
            "assessments": [a.pk for a in founding.assessments],
        },
    )
    report = ScrutinyReport.objects.get()
    assert response["Location"] == reverse("inspections:report_edit", args=[report.pk])
    return report


def test_report_outside_its_period_is_refused(client, personas, founding):
    client.force_login(personas.qa_officer)
    response = client.post(
        reverse("inspections:report_create"),
        {
            "title": "T",
            "period_from": "2013-02-01",
            "period_to": "2013-03-31",
            "report_date": "2013-04-25",
            "assessments": [founding.iro_review.pk],
        },
    )
    assert "Outside the period: Independent Reviewing Officer thematic review" in response.text


def test_editing_a_paragraph_saves_a_new_version_and_keeps_the_old(client, personas, founding):
    report = make_report(client, personas, founding)
    first = Document.from_json(report.latest.content)
    key = first.sections[4].parts[0].paragraphs[0].key  # 5.1, the conclusion
    url = reverse("inspections:report_paragraph", args=[report.pk, key])
    assert "Paragraph 5.1" in client.get(url).text
    client.post(
        url,
        {
            "text": "The service is improving and knows where it must do better.",
            "bullets": "One\n\nTwo",
        },
    )
    latest = Document.from_json(report.latest.content)
    assert report.versions.count() == 2
    assert latest.paragraph(key).text.startswith("The service is improving")
    assert latest.paragraph(key).bullets == ["One", "Two"]
    old = client.get(reverse("inspections:report_version", args=[report.pk, 1])).text
    assert first.paragraph(key).text in old and "This is an earlier version" in old
    history = client.get(reverse("inspections:report_history", args=[report.pk])).text
    assert "Version 2" in history and "Paragraph 5.1 edited" in history


def test_htmx_edit_swaps_fragments_and_refreshes_warnings(client, personas, founding):
    report = make_report(client, personas, founding)
    key = Document.from_json(report.latest.content).summary[0].key
    url = reverse("inspections:report_paragraph", args=[report.pk, key])
    fragment = client.get(url, headers={"HX-Request": "true"}).text
    assert fragment.lstrip().startswith("<form") and "<html" not in fragment
    name = personas.child.display_name
    response = client.post(
        url, {"text": f"New opening about {name}.", "bullets": ""}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200 and "<html" not in response.text
    # The page escapes the name ("O'Neill" is "O&#x27;Neill"), as it must.
    assert f"New opening about {escape(name)}." in response.text
    assert "Saved as version 2" in response.text
    assert (
        'id="mentions" hx-swap-oob="true"' in response.text
        and "may identify a child" in response.text
    )


def test_naming_a_child_warns_on_edit_and_on_export(client, personas, founding):
    report = make_report(client, personas, founding)
    key = Document.from_json(report.latest.content).summary[0].key
    url = reverse("inspections:report_paragraph", args=[report.pk, key])
    edit = reverse("inspections:report_edit", args=[report.pk])
    download = reverse("inspections:report_download", args=[report.pk, "docx"])
    assert "may identify a child" not in client.get(edit).text
    assert client.get(download)["Content-Type"].startswith("application/vnd.openxml")
    client.post(
        url,
        {
            "text": f"Inspectors met {personas.child.display_name}, child {personas.child.code}.",
            "bullets": "",
        },
    )
    page = client.get(edit).text
    assert "may identify a child" in page
    assert escape(personas.child.display_name) in page
    assert f"“{personas.child.code}” in paragraph 1" in page
    warning = client.get(download)
    assert warning["Content-Type"].startswith("text/html") and "Export anyway" in warning.text
    confirmed = client.get(download + "?confirm=yes")
    docx = open_docx(io.BytesIO(confirmed.content))
    assert personas.child.display_name in "\n".join(p.text for p in docx.paragraphs)
    exports = AuditEvent.objects.filter(action="report_export").order_by("id")
    assert [e.detail["warnings"] for e in exports] == [0, 2]


def test_senior_leader_reads_but_cannot_edit_anothers_report(client, personas, founding):
    report = make_report(client, personas, founding)
    client.force_login(personas.senior_leader)
    page = client.get(reverse("inspections:report_detail", args=[report.pk])).text
    assert "3 Main issues" in page and "Edit this report" not in page
    key = Document.from_json(report.latest.content).summary[0].key
    response = client.post(
        reverse("inspections:report_paragraph", args=[report.pk, key]), {"text": "x", "bullets": ""}
    )
    assert response.status_code == 403
    assert report.versions.count() == 1


def test_author_edits_the_front_sheet_as_a_new_version(client, personas, founding):
    report = make_report(client, personas, founding)
    url = reverse("inspections:report_front_sheet", args=[report.pk])
    assert "Scrutiny Board (Children and Families)" in client.get(url).text
    response = client.post(
        url,
        {
            "report_of": "Director of Children's Services",
            "report_to": "Scrutiny Board",
            "date": "25 April 2013",
            "subject": "Recent inspections",
            "wards_affected": "on",
            "wards": "Riverside",
            "access_rule": "",
            "appendix": "",
        },
    )
    assert response.status_code == 302
    front = Document.from_json(report.latest.content).front
    assert (front.subject, front.wards_affected, front.wards) == (
        "Recent inspections",
        True,
        "Riverside",
    )
    assert front.eligible_for_call_in is False
    assert report.latest.note == "Front sheet edited"
    page = client.get(reverse("inspections:report_detail", args=[report.pk])).text
    assert "Riverside" in page


def test_a_refused_write_leaves_no_audit_event(personas, founding):
    area = founding.pilot.findings.filter(kind="improvement").first()
    action = services.action_create(
        finding=area,
        actor=personas.qa_officer,
        text="Audit",
        owner=personas.qa_officer,
        due=date(2030, 1, 1),
    )
    before = AuditEvent.objects.count()
    with pytest.raises(ValueError, match="evidence"):
        services.action_update(action=action, actor=personas.qa_officer, status="complete")
    assert AuditEvent.objects.count() == before
    action.refresh_from_db()
    assert action.status == ImprovementAction.Status.NOT_STARTED


def test_founding_loader_runs_without_an_actor_once_and_adds_demo_actions(personas):
    from careassure.inspections.founding import founding_register_load

    first = founding_register_load(actor=None, action_owner=personas.team_manager)
    again = founding_register_load(actor=None, action_owner=personas.team_manager)
    assert [a.pk for a in again.assessments] == [a.pk for a in first.assessments]
    assert Assessment.objects.count() == 3
    actions = ImprovementAction.objects.filter(owner=personas.team_manager)
    assert sorted(a.status for a in actions) == ["complete", "complete", "in_progress"]
    assert [a.text for a in actions if a.is_overdue()] == [
        "Review how supervision records show challenge and drive care plans"
    ]


def test_editing_an_entry_keeps_links_the_editor_cannot_see(client, personas, founding):
    hidden = ChildFactory(restricted=True)
    founding.pilot.cases_at_random.set([personas.child, hidden])
    client.force_login(personas.senior_leader)
    url = reverse("inspections:assessment_edit", args=[founding.pilot.pk])
    form = client.get(url).text
    assert personas.child.code in form and hidden.code not in form
    response = client.post(
        url,
        {
            "kind": "pilot",
            "title": "Pilot inspection (corrected)",
            "body": "Ofsted",
            "start": "2013-02-13",
            "end": "2013-02-14",
            "cases_examined": "21",
            "inspectors": "9",
            "cases_in_advance_ids": personas.child.code,
            "cases_at_random_ids": "",
        },
    )
    assert response.status_code == 302
    founding.pilot.refresh_from_db()
    assert (
        founding.pilot.title == "Pilot inspection (corrected)"
        and founding.pilot.cases_examined == 21
    )
    assert list(founding.pilot.cases_in_advance.all()) == [personas.child]
    assert list(founding.pilot.cases_at_random.all()) == [hidden]
    event = AuditEvent.objects.get(action="assessment_update")
    assert event.detail["before"]["cases_examined"] == "20"


def test_findings_by_theme(client, personas, founding):
    client.force_login(personas.councillor)
    overview = client.get(reverse("inspections:themes")).text
    assert "Contingency planning" in overview and "Adoption" in overview
    page = client.get(reverse("inspections:themes") + "?theme=contingency").text
    assert "Some plans had no contingency plan." in page
    assert "Care plans were not always SMART." not in page
    assert "Findings tagged Contingency planning" in page


def test_recording_a_lilac_rating_twice_updates_it(client, personas):
    client.force_login(personas.qa_officer)
    standard = LilacStandard.objects.get(number=2)
    for rating in ["partly_met", "met"]:
        response = client.post(
            reverse("inspections:lilac_record"),
            {
                "standard": standard.pk,
                "year": "2024",
                "self_rating": rating,
                "external_rating": "",
                "assessment": "",
                "comment": "",
            },
        )
        assert response.status_code == 302, response.context["form"].errors
    assert standard.ratings.get(year=2024).self_rating == "met"


def test_linked_cases_show_only_children_the_reader_may_see(client, personas, founding):
    founding.pilot.cases_in_advance.set([personas.child])
    url = reverse("inspections:assessment_detail", args=[founding.pilot.pk])
    client.force_login(personas.qa_officer)
    assert f"{personas.child.code} (supplied in advance)" in client.get(url).text
    client.force_login(personas.councillor)
    page = client.get(url).text
    assert "1 linked (0 supplied in advance" in page
    assert personas.child.code not in page
