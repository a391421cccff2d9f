"""Every write to the register, LILAC and reports. Each is atomic and leaves an audit event."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Max

from careassure.audit.services import audit_event_record
from careassure.inspections.models import (
    Assessment,
    Finding,
    ImprovementAction,
    Judgement,
    LilacEvidence,
    LilacRating,
    LilacStandard,
    ReportVersion,
    ScrutinyReport,
)
from careassure.reports.document import Document


@transaction.atomic
def assessment_create(
    *,
    actor: Any,
    cases_in_advance: Iterable[Any] = (),
    cases_at_random: Iterable[Any] = (),
    **fields: Any,
) -> Assessment:
    assessment = Assessment(created_by=actor if getattr(actor, "pk", None) else None, **fields)
    assessment.full_clean(exclude=["created_by"])
    assessment.save()
    assessment.cases_in_advance.set(list(cases_in_advance))
    assessment.cases_at_random.set(list(cases_at_random))
    audit_event_record(
        actor=actor,
        action="assessment_create",
        detail={"assessment": assessment.pk, "kind": assessment.kind, "title": assessment.title},
    )
    return assessment


@transaction.atomic
def assessment_update(
    *,
    assessment: Assessment,
    actor: Any,
    cases_in_advance: Iterable[Any] | None = None,
    cases_at_random: Iterable[Any] | None = None,
    **fields: Any,
) -> Assessment:
    """Correct a register entry; the audit event keeps the old values of what changed."""
    before = {name: str(getattr(assessment, name)) for name in fields}
    for name, value in fields.items():
        setattr(assessment, name, value)
    assessment.full_clean(exclude=["created_by"])
    assessment.save()
    if cases_in_advance is not None:
        assessment.cases_in_advance.set(list(cases_in_advance))
    if cases_at_random is not None:
        assessment.cases_at_random.set(list(cases_at_random))
    changed = {name: old for name, old in before.items() if old != str(getattr(assessment, name))}
    audit_event_record(
        actor=actor,
        action="assessment_update",
        detail={"assessment": assessment.pk, "before": changed},
    )
    return assessment


@transaction.atomic
def judgement_record(*, assessment: Assessment, actor: Any, area: str, grade: str) -> Judgement:
    judgement, _ = Judgement.objects.update_or_create(
        assessment=assessment, area=area, defaults={"grade": grade}
    )
    if not assessment.graded:
        assessment.graded = True
        assessment.save(update_fields=["graded"])
    audit_event_record(
        actor=actor,
        action="judgement_record",
        detail={"assessment": assessment.pk, "area": area, "grade": grade},
    )
    return judgement


@transaction.atomic
def finding_create(
    *,
    assessment: Assessment,
    actor: Any,
    kind: str,
    text: str,
    themes: Iterable[str] = (),
    quote: str = "",
    already_identified: bool = False,
) -> Finding:
    position = (assessment.findings.filter(kind=kind).aggregate(m=Max("position"))["m"] or 0) + 1
    finding = Finding(
        assessment=assessment,
        kind=kind,
        text=text.strip(),
        themes=list(themes),
        quote=quote.strip(),
        already_identified=already_identified,
        position=position,
    )
    finding.full_clean()
    finding.save()
    audit_event_record(
        actor=actor,
        action="finding_create",
        detail={"assessment": assessment.pk, "finding": finding.pk, "kind": kind},
    )
    return finding


@transaction.atomic
def action_create(
    *, finding: Finding, actor: Any, text: str, owner: Any, due: date
) -> ImprovementAction:
    if finding.kind != Finding.Kind.IMPROVEMENT:
        raise ValueError("actions belong to areas for improvement")
    action = ImprovementAction.objects.create(
        finding=finding, text=text.strip(), owner=owner, due=due
    )
    audit_event_record(
        actor=actor,
        action="action_create",
        detail={
            "finding": finding.pk,
            "action": action.pk,
            "owner": owner.pk,
            "due": due.isoformat(),
        },
    )
    return action


@transaction.atomic
def action_update(
    *, action: ImprovementAction, actor: Any, status: str, evidence: str = ""
) -> ImprovementAction:
    """Move an action on. Completing needs evidence: unevidenced ticks prove nothing."""
    if status == ImprovementAction.Status.COMPLETE and not evidence.strip():
        raise ValueError("give the evidence of completion")
    before = action.status
    action.status = status
    action.evidence = evidence.strip()
    action.completed_on = date.today() if status == ImprovementAction.Status.COMPLETE else None
    action.save(update_fields=["status", "evidence", "completed_on"])
    audit_event_record(
        actor=actor,
        action="action_update",
        detail={"action": action.pk, "before": before, "after": status},
    )
    return action


@transaction.atomic
def lilac_rating_record(
    *,
    actor: Any,
    standard: LilacStandard,
    year: int,
    self_rating: str = "",
    external_rating: str = "",
    assessment: Assessment | None = None,
    comment: str = "",
) -> LilacRating:
    rating, _ = LilacRating.objects.update_or_create(
        standard=standard,
        year=year,
        defaults={
            "self_rating": self_rating,
            "external_rating": external_rating,
            "assessment": assessment,
            "comment": comment.strip(),
        },
    )
    audit_event_record(
        actor=actor,
        action="lilac_rating_record",
        detail={
            "standard": standard.number,
            "year": year,
            "self": self_rating,
            "external": external_rating,
        },
    )
    return rating


@transaction.atomic
def lilac_evidence_add(
    *, rating: LilacRating, actor: Any, kind: str, description: str, when: date | None = None
) -> LilacEvidence:
    evidence = LilacEvidence.objects.create(
        rating=rating, kind=kind, description=description.strip(), date=when
    )
    audit_event_record(
        actor=actor,
        action="lilac_evidence_add",
        detail={"rating": rating.pk, "evidence": evidence.pk, "kind": kind},
    )
    return evidence


@transaction.atomic
def report_create(
    *,
    actor: Any,
    title: str,
    period_from: date,
    period_to: date,
    assessments: Iterable[Assessment],
    document: Document,
    authors: Iterable[Any] = (),
) -> ScrutinyReport:
    report = ScrutinyReport.objects.create(
        title=title, period_from=period_from, period_to=period_to
    )
    report.assessments.set(list(assessments))
    report.authors.set({actor, *authors})
    ReportVersion.objects.create(
        report=report, number=1, content=document.to_json(), note="First draft", saved_by=actor
    )
    audit_event_record(actor=actor, action="report_create", detail={"report": report.pk})
    return report


@transaction.atomic
def report_paragraph_update(
    *, report: ScrutinyReport, actor: Any, key: str, text: str, bullets: list[str]
) -> ReportVersion:
    """Save one paragraph's new wording as a new version; earlier versions are kept unchanged."""
    document, latest = _latest_for_author(report, actor)
    paragraph = document.paragraph(key)
    paragraph.text = text.strip()
    paragraph.bullets = [b.strip() for b in bullets if b.strip()]
    note = f"Paragraph {paragraph.number} edited"
    return _save_version(report, actor, document, latest, note, "report_paragraph_update")


@transaction.atomic
def report_front_sheet_update(
    *, report: ScrutinyReport, actor: Any, **fields: Any
) -> ReportVersion:
    """Save the front sheet (report of and to, date, subject, wards, flags…) as a new version."""
    document, latest = _latest_for_author(report, actor)
    unknown = set(fields) - set(vars(document.front))
    if unknown:
        raise ValueError(f"not front-sheet fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(document.front, name, value.strip() if isinstance(value, str) else value)
    return _save_version(
        report, actor, document, latest, "Front sheet edited", "report_front_sheet_update"
    )


def _latest_for_author(report: ScrutinyReport, actor: Any) -> tuple[Document, ReportVersion]:
    if not report.authors.filter(pk=actor.pk).exists():
        raise PermissionError("only the report's authors may edit it")
    # Lock the report row so two authors saving at once cannot take the same version number.
    ScrutinyReport.objects.select_for_update().filter(pk=report.pk).first()
    latest = report.versions.order_by("-number").first()
    if latest is None:
        raise ValueError("the report has no versions")
    return Document.from_json(latest.content), latest


def _save_version(
    report: ScrutinyReport,
    actor: Any,
    document: Document,
    latest: ReportVersion,
    note: str,
    action: str,
) -> ReportVersion:
    version = ReportVersion.objects.create(
        report=report,
        number=latest.number + 1,
        content=document.to_json(),
        note=note,
        saved_by=actor,
    )
    audit_event_record(
        actor=actor,
        action=action,
        detail={"report": report.pk, "version": version.number, "note": note},
    )
    return version


@transaction.atomic
def report_export_record(
    *, report: ScrutinyReport, actor: Any, fmt: str, version: int, warnings: int
) -> None:
    """Exports leave the building, so each is logged with its count of identification warnings."""
    audit_event_record(
        actor=actor,
        action="report_export",
        detail={"report": report.pk, "format": fmt, "version": version, "warnings": warnings},
    )
