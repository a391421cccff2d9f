"""The fixture council's register: the three assessments behind the founding report.

The founding report (a Director of Children's Services' update to a Scrutiny Board, April 2013)
describes an Ofsted thematic review of the Independent Reviewing Officer service, an Ofsted pilot of
the new inspection of services for children in care and care leavers, and a LILAC assessment. The
facts, dates, numbers and findings below are careassure's own paraphrase of that report; no sentence
is copied from it. Used by tests and by the demo loader: call `founding_register_load`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from careassure.inspections import services
from careassure.inspections.models import Assessment, Finding, ImprovementAction, LilacStandard
from careassure.inspections.models.lilac import Rating

PERIOD = (date(2013, 1, 1), date(2013, 3, 31))
REPORT_DATE = date(2013, 4, 25)

# The findings, paraphrased, as data: {"iro_main": [{"text": ..., "themes": [...]}, ...], ...}
FINDINGS = json.loads(
    (Path(__file__).parent / "data" / "founding_findings.json").read_text("utf-8")
)


@dataclass
class FoundingRegister:
    iro_review: Assessment
    pilot: Assessment
    lilac: Assessment

    @property
    def assessments(self) -> list[Assessment]:
        return [self.iro_review, self.pilot, self.lilac]


def founding_register_load(*, actor: Any, action_owner: Any = None) -> FoundingRegister:
    """Load the three assessments (once: a second call returns those already loaded).

    `actor` may be None (a loader run by no one); with `action_owner`, three improvement actions
    are added to the pilot's areas for improvement, one of them still open and so overdue.
    """
    existing = _already_loaded()
    if existing is not None:
        return existing
    iro = services.assessment_create(
        actor=actor,
        kind=Assessment.Kind.THEMATIC,
        title=TITLES["iro_review"][0],
        body="Ofsted",
        start=TITLES["iro_review"][1],
        end=date(2013, 1, 31),
        scope="It was one of ten inspections of IRO services in a national thematic review.",
        sample_described="reading a sample of cases, some from a list given to inspectors "
        "beforehand and some picked at random during the visit",
        meetings="IROs\nsocial workers\nIRO managers\nchildren in care\nfoster carers\n"
        "senior managers",
        documents_considered="key documents",
        summary="Ofsted gave very positive feedback on the IRO service and on social work "
        "practice, and found IROs and social workers committed, enthusiastic and focused on the "
        "best outcomes for children they knew well.",
    )
    _add(iro, actor, Finding.Kind.MAIN, FINDINGS["iro_main"])
    _add(iro, actor, Finding.Kind.STRENGTH, FINDINGS["iro_strengths"])

    pilot = services.assessment_create(
        actor=actor,
        kind=Assessment.Kind.PILOT,
        title=TITLES["pilot"][0],
        body="Ofsted",
        start=TITLES["pilot"][1],
        end=date(2013, 2, 14),
        scope="Ofsted tested its method for the new inspection of these services; it was not a "
        "full inspection, and inspectors named the lines of enquiry a full one would have pursued.",
        cases_examined=20,
        meetings="practitioners (case discussions)\nfoster carers\nthe head of the virtual school",
        focus_groups="practitioners",
        visits="the health team for children in care\nthe multi-systemic therapy team\n"
        "the Therapeutic Social Work Team",
        inspectors=9,
        summary="Inspectors saw continuing improvement: children were safe, practice was sound "
        "and getting better, and support for foster carers and adoption was effective.",
        planned="None of the areas for improvement was new to the service or its senior "
        "management team, and plans to address most of them were already in place.",
    )
    _add(pilot, actor, Finding.Kind.MAIN, FINDINGS["pilot_main"])
    _add(pilot, actor, Finding.Kind.STRENGTH, FINDINGS["pilot_strengths"])
    _add(pilot, actor, Finding.Kind.IMPROVEMENT, FINDINGS["pilot_areas"], already_identified=True)

    lilac = services.assessment_create(
        actor=actor,
        kind=Assessment.Kind.LILAC,
        title=TITLES["lilac"][0],
        body="LILAC assessors (young people with experience of care)",
        start=TITLES["lilac"][1],
        end=date(2013, 2, 14),
        scope="The council asked to be assessed; the assessors judged how well it involves "
        "children and young people in improving their care.",
        meetings="children and young people\nfoster carers\nstaff",
        summary="Early feedback was that all seven standards were met; the final report was "
        "still to come.",
    )
    _add(lilac, actor, Finding.Kind.STRENGTH, FINDINGS["lilac_strengths"])
    for standard in LilacStandard.objects.all():
        services.lilac_rating_record(
            actor=actor,
            standard=standard,
            year=2013,
            external_rating=Rating.MET,
            assessment=lilac,
            comment="Initial feedback; final report awaited.",
        )
    if action_owner is not None:
        _actions(pilot, actor, action_owner)
    return FoundingRegister(iro_review=iro, pilot=pilot, lilac=lilac)


TITLES = {
    "iro_review": ("Independent Reviewing Officer thematic review", date(2013, 1, 30)),
    "pilot": (
        "Pilot inspection of services for children in care and care leavers",
        date(2013, 2, 13),
    ),
    "lilac": ("LILAC assessment", date(2013, 2, 13)),
}


def _already_loaded() -> FoundingRegister | None:
    found = {
        name: Assessment.objects.filter(title=title, start=start).first()
        for name, (title, start) in TITLES.items()
    }
    if any(a is None for a in found.values()):
        return None
    return FoundingRegister(**found)  # type: ignore[arg-type]


def _actions(pilot: Assessment, actor: Any, owner: Any) -> None:
    areas = list(pilot.findings.filter(kind=Finding.Kind.IMPROVEMENT).order_by("position"))
    plans = [
        (
            areas[0],
            "Audit a sample of care plans against SMART criteria each quarter",
            date(2013, 6, 30),
            "Audit of 40 plans, June 2013: 31 met the criteria",
        ),
        (
            areas[3],
            "Add a contingency section to the care plan template",
            date(2013, 5, 31),
            "New template live from 20 May 2013",
        ),
        (
            areas[4],
            "Review how supervision records show challenge and drive care plans",
            date(2013, 9, 30),
            "",
        ),
    ]
    for area, text, due, evidence in plans:
        action = services.action_create(finding=area, actor=actor, text=text, owner=owner, due=due)
        status = (
            ImprovementAction.Status.COMPLETE if evidence else ImprovementAction.Status.IN_PROGRESS
        )
        services.action_update(action=action, actor=actor, status=status, evidence=evidence)


def _add(assessment, actor, kind, rows, *, already_identified: bool = False) -> None:
    for row in rows:
        services.finding_create(
            assessment=assessment,
            actor=actor,
            kind=kind,
            text=row["text"],
            themes=row["themes"],
            quote=row.get("quote", ""),
            already_identified=already_identified,
        )
