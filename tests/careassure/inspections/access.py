"""Access rules for the inspections app (docs/reports.md): status per persona for every URL."""

from __future__ import annotations

from datetime import date

from careassure.inspections import services
from careassure.inspections.drafting import draft_scrutiny_report
from careassure.inspections.models import Finding, LilacStandard
from tests.careassure.test_access_matrix import PERSONAS, AccessCase

REGISTER_READERS = {
    "social_worker",
    "team_manager",
    "other_team_worker",
    "iro",
    "qa_officer",
    "senior_leader",
    "councillor",
    "administrator",
}
WRITERS = {"qa_officer", "senior_leader", "administrator"}
REPORT_READERS = {"qa_officer", "senior_leader", "councillor", "administrator"}


def allowed(who: set[str], ok: int = 200) -> dict[str, int]:
    return {p: ok if p in who else 403 for p in PERSONAS}


def cases(p) -> list[AccessCase]:
    actor = p.qa_officer
    assessment = services.assessment_create(
        actor=actor,
        kind="focused_visit",
        title="Focused visit: children in care",
        body="Ofsted",
        start=date(2025, 5, 6),
        end=date(2025, 5, 7),
    )
    area = services.finding_create(
        assessment=assessment, actor=actor, kind=Finding.Kind.IMPROVEMENT, text="Plans lack dates."
    )
    action = services.action_create(
        finding=area, actor=actor, text="Audit plans", owner=p.team_manager, due=date(2025, 9, 1)
    )
    rating = services.lilac_rating_record(
        actor=actor, standard=LilacStandard.objects.get(number=1), year=2025, self_rating="met"
    )
    document = draft_scrutiny_report(
        assessments=[assessment],
        period_from=date(2025, 4, 1),
        period_to=date(2025, 6, 30),
        council="Test council",
        report_date=date(2025, 7, 10),
    )
    report = services.report_create(
        actor=actor,
        title="Update",
        period_from=date(2025, 4, 1),
        period_to=date(2025, 6, 30),
        assessments=[assessment],
        document=document,
    )
    key = document.summary[0].key
    return [
        AccessCase("inspections:index", expect=allowed(REGISTER_READERS)),
        AccessCase("inspections:assessment_create", expect=allowed(WRITERS)),
        AccessCase(
            "inspections:assessment_detail",
            kwargs={"pk": assessment.pk},
            expect=allowed(REGISTER_READERS),
        ),
        AccessCase(
            "inspections:assessment_edit", kwargs={"pk": assessment.pk}, expect=allowed(WRITERS)
        ),
        AccessCase(
            "inspections:judgement_create", kwargs={"pk": assessment.pk}, expect=allowed(WRITERS)
        ),
        AccessCase(
            "inspections:finding_create", kwargs={"pk": assessment.pk}, expect=allowed(WRITERS)
        ),
        AccessCase("inspections:action_create", kwargs={"pk": area.pk}, expect=allowed(WRITERS)),
        AccessCase("inspections:actions", expect=allowed(REGISTER_READERS)),
        AccessCase("inspections:themes", expect=allowed(REGISTER_READERS)),
        AccessCase(
            "inspections:themes", query="theme=care_planning", expect=allowed(REGISTER_READERS)
        ),
        AccessCase(
            "inspections:action_update",
            kwargs={"pk": action.pk},
            expect=allowed(WRITERS | {"team_manager"}),
        ),
        AccessCase("inspections:lilac", expect=allowed(REGISTER_READERS)),
        AccessCase("inspections:lilac_record", expect=allowed(WRITERS)),
        AccessCase(
            "inspections:lilac_rating", kwargs={"pk": rating.pk}, expect=allowed(REGISTER_READERS)
        ),
        AccessCase("inspections:report_list", expect=allowed(REPORT_READERS)),
        AccessCase("inspections:report_create", expect=allowed(WRITERS)),
        AccessCase(
            "inspections:report_detail", kwargs={"pk": report.pk}, expect=allowed(REPORT_READERS)
        ),
        AccessCase(
            "inspections:report_edit", kwargs={"pk": report.pk}, expect=allowed({"qa_officer"})
        ),
        AccessCase(
            "inspections:report_paragraph",
            kwargs={"pk": report.pk, "key": key},
            expect=allowed({"qa_officer"}),
        ),
        AccessCase(
            "inspections:report_front_sheet",
            kwargs={"pk": report.pk},
            expect=allowed({"qa_officer"}),
        ),
        AccessCase(
            "inspections:report_paragraph",
            kwargs={"pk": report.pk, "key": key},
            method="POST",
            data={"text": "An edited opening paragraph.", "bullets": ""},
            expect=allowed({"qa_officer"}, ok=302),
        ),
        AccessCase(
            "inspections:report_history", kwargs={"pk": report.pk}, expect=allowed(REPORT_READERS)
        ),
        AccessCase(
            "inspections:report_version",
            kwargs={"pk": report.pk, "number": 1},
            expect=allowed(REPORT_READERS),
        ),
        AccessCase(
            "inspections:report_download",
            kwargs={"pk": report.pk, "fmt": "docx"},
            expect=allowed(REPORT_READERS),
        ),
    ]
