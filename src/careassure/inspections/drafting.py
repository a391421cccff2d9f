"""Draft a Scrutiny Board report from the register.

The shape follows the founding report (a Director of Children's Services' update to a Scrutiny
Board on recent inspections): front sheet, summary of main issues, recommendations, then sections
1 Purpose … 7 Background documents. Every sentence here is built from the data (dates, counts,
grades, findings, LILAC standards met), so the draft says nothing the register does not hold; the
author then edits it paragraph by paragraph.
"""

from __future__ import annotations

from datetime import date

from careassure.inspections.models import Assessment, Finding, Judgement
from careassure.inspections.models.lilac import Rating
from careassure.inspections.wording import date_span, join_words, long_date, plural
from careassure.reports.document import Document, FrontSheet, KeyMaker, Part, Section, Table

NOTE_RECOMMENDATION = "The Board is recommended to note this report."


def draft_scrutiny_report(
    *,
    assessments: list[Assessment],
    period_from: date,
    period_to: date,
    council: str,
    report_date: date,
    report_of: str = "Director of Children's Services",
    report_to: str = "Scrutiny Board (Children and Families)",
    previous: Assessment | None = None,
) -> Document:
    """The first draft. `previous` is the last graded Ofsted inspection before the period."""
    assessments = sorted(assessments, key=lambda a: (a.start, a.pk or 0))
    para = KeyMaker()
    front = FrontSheet(
        report_of=report_of,
        report_to=report_to,
        date=long_date(report_date),
        subject="Update on recent inspections and assessments",
    )
    summary = _summary(para, assessments, period_from, period_to, council)
    recommendations = [para(NOTE_RECOMMENDATION.replace("this report", "the report"))]
    sections = [
        Section(1, "Purpose of this report", [Part("", [para(_purpose(period_from, period_to))])]),
        Section(2, "Background information", [Part("", _background(para, assessments, previous))]),
        Section(3, "Main issues", [_main_issues(para, a) for a in assessments]),
        Section(4, "Corporate considerations", _corporate(para, assessments, front)),
        Section(5, "Conclusions", [Part("", [para(_conclusion(assessments))])]),
        Section(6, "Recommendations", [Part("", [para(NOTE_RECOMMENDATION)])]),
        Section(
            7, "Background documents", [Part("", [para("There are no background documents.")])]
        ),
    ]
    return Document(
        title=f"{front.subject}: report to {report_to}",
        front=front,
        summary=summary,
        recommendations=recommendations,
        sections=sections,
    )


def _findings(assessments: list[Assessment], kind: str) -> list[Finding]:
    return [f for a in assessments for f in a.findings.all() if f.kind == kind]


def _summary(para: KeyMaker, assessments, period_from, period_to, council: str):
    kinds = join_words(
        [f"{a.get_kind_display()} ({date_span(a.start, a.end)})" for a in assessments]
    )
    graded = [a for a in assessments if a.graded]
    opening = (
        f"Between {long_date(period_from)} and {long_date(period_to)} {council}'s services for "
        f"children in care and care leavers were the subject of "
        f"{plural(len(assessments), 'external assessment')}: {kinds}."
    )
    if graded:
        scope = f"{plural(len(graded), 'of them was', 'of them were')} graded."
    else:
        scope = (
            "None of them was a full graded inspection, but together they tested progress in the "
            "service and said where it should improve further."
        )
    # Keys are handed out in reading order, so p1 is the first paragraph.
    return [
        para(opening),
        para(scope),
        para("The main findings were:", [_one_line(a) for a in assessments]),
        para(_conclusion(assessments)),
    ]


def _one_line(assessment: Assessment) -> str:
    counts = _counts(assessment)
    summary = assessment.summary.strip() or f"{counts}."
    return f"{assessment.title}: {summary}"


def _counts(assessment: Assessment) -> str:
    findings = list(assessment.findings.all())
    strengths = sum(f.kind == Finding.Kind.STRENGTH for f in findings)
    areas = sum(f.kind == Finding.Kind.IMPROVEMENT for f in findings)
    return f"{plural(strengths, 'strength')} and {plural(areas, 'area')} for improvement"


def _purpose(period_from: date, period_to: date) -> str:
    return (
        "This report updates the Board on the external inspections and assessments of services "
        f"for children in care and care leavers between {long_date(period_from)} and "
        f"{long_date(period_to)}."
    )


def _background(para: KeyMaker, assessments: list[Assessment], previous: Assessment | None):
    paragraphs = [
        para(
            "Ofsted inspects local authority children's services under the ILACS framework. "
            "Judgements are made on a four-point scale: Outstanding, Good, Requires improvement "
            "to be good, and Inadequate."
        )
    ]
    if previous is not None:
        overall = previous.judgements.filter(area=Judgement.Area.OVERALL).first()
        grade = (
            f", with overall effectiveness judged {overall.get_grade_display()}" if overall else ""
        )
        paragraphs.append(
            para(
                f"The last graded inspection was the {previous.title} "
                f"({long_date(previous.end)}){grade}."
            )
        )
    paragraphs.append(
        para(
            "This report covers the following:",
            [f"{a.title}, by {a.body}, {date_span(a.start, a.end)}" for a in assessments],
        )
    )
    if any(a.kind == Assessment.Kind.LILAC for a in assessments):
        paragraphs.append(
            para(
                "LILAC (Leading Improvements for Looked After Children) is an assessment carried "
                "out by young people who have been in care. It measures how well a council "
                "involves children and young people in their care against seven standards."
            )
        )
    return paragraphs


def _main_issues(para: KeyMaker, a: Assessment) -> Part:
    paragraphs = [para(_what_was_done(a), _methods(a))]
    paragraphs.append(_grading(para, a))
    findings = list(a.findings.all())
    main = [f.text for f in findings if f.kind == Finding.Kind.MAIN]
    if a.summary or main:
        paragraphs.append(para(a.summary.strip() or "The main findings were:", main))
    if a.kind == Assessment.Kind.LILAC:
        paragraphs.extend(_lilac(para, a))
    strengths = [f for f in findings if f.kind == Finding.Kind.STRENGTH]
    if strengths:
        paragraphs.append(
            para(
                f"The assessors identified {plural(len(strengths), 'strength')}:",
                [f.text for f in strengths],
            )
        )
    quotes = [f.quote for f in findings if f.quote]
    if quotes:
        paragraphs.append(para("Comments included:", [f"\u201c{q}\u201d" for q in quotes]))
    areas = [f for f in findings if f.kind == Finding.Kind.IMPROVEMENT]
    if areas:
        known = sum(f.already_identified for f in areas)
        paragraphs.append(
            para(
                f"The assessors identified {plural(len(areas), 'area')} for improvement. The "
                f"service had already identified {known} of them before the visit.",
                [f.text for f in areas],
            )
        )
    planned = _planned(a, areas)
    if planned:
        paragraphs.append(para(a.planned.strip() or "The following actions are in place:", planned))
    return Part(a.title, paragraphs)


def _what_was_done(a: Assessment) -> str:
    sentence = f"On {date_span(a.start, a.end)} {a.body} carried out {_kind(a, 'a')}."
    if a.scope:
        sentence += f" {a.scope.strip()}"
    return sentence + " The work involved:"


def _kind(a: Assessment, article: str) -> str:
    """The kind for a sentence, without the body's name: "Ofsted carried out a thematic review"."""
    label = a.get_kind_display().removeprefix(f"{a.body} ")
    if not label.split()[0].isupper():  # keep acronyms such as LILAC and JTAI
        label = label[0].lower() + label[1:]
    if article == "a" and label[0].lower() in "aeiou":
        article = "an"
    return f"{article} {label}"


def _methods(a: Assessment) -> list[str]:
    methods = []
    advance, random = a.cases_in_advance.count(), a.cases_at_random.count()
    if a.cases_examined:
        detail = ""
        if advance or random:
            detail = f" ({advance} supplied in advance and {random} chosen at random)"
        methods.append(f"examining {plural(a.cases_examined, 'case')}{detail}")
    if a.sample_described:
        methods.append(a.sample_described.strip())
    for label, field in [
        ("meetings with", "meetings"),
        ("focus groups with", "focus_groups"),
        ("visits to", "visits"),
        ("considering", "documents_considered"),
    ]:
        if a.lines(field):
            methods.append(f"{label} {join_words(a.lines(field))}")
    if a.inspectors:
        methods.append(f"a team of {plural(a.inspectors, 'inspector')}")
    return methods


def _grading(para: KeyMaker, a: Assessment):
    judgements = list(a.judgements.all())
    if not (a.graded and judgements):
        return para(f"{_kind(a, 'The')} did not give a grade.")
    table = Table(
        caption=f"Judgements: {a.title}",
        header=["Judgement", "Grade"],
        rows=[[j.get_area_display(), j.get_grade_display()] for j in judgements],
    )
    return para(f"{_kind(a, 'The')} made {plural(len(judgements), 'judgement')}:", table=table)


def _lilac(para: KeyMaker, a: Assessment):
    ratings = list(a.lilac_ratings.select_related("standard").order_by("standard__number"))
    if not ratings:
        return []
    met = sum(r.external_rating == Rating.MET for r in ratings)
    table = Table(
        caption=f"LILAC standards: {a.title}",
        header=["Standard", "Self-assessment", "External result"],
        rows=[
            [
                str(r.standard),
                r.get_self_rating_display() or "Not recorded",
                r.get_external_rating_display() or "Awaited",
            ]
            for r in ratings
        ],
    )
    return [
        para(f"The assessors judged that {met} of the seven LILAC standards were met.", table=table)
    ]


def _planned(a: Assessment, areas: list[Finding]) -> list[str]:
    return [
        f"{action.text} (due {long_date(action.due)}; {action.get_status_display().lower()})"
        for finding in areas
        for action in finding.actions.all()
    ]


def _corporate(para: KeyMaker, assessments: list[Assessment], front: FrontSheet) -> list[Part]:
    lilac = any(a.kind == Assessment.Kind.LILAC for a in assessments)
    met_young_people = [
        a.title
        for a in assessments
        if any(
            w in (a.meetings + a.focus_groups).lower()
            for w in ("young people", "children", "care leavers")
        )
    ]
    consultation = []
    if met_young_people:
        consultation.append(
            para(
                "Children and young people gave their views directly during: "
                f"{join_words(met_young_people)}."
            )
        )
    if lilac:
        consultation.append(
            para(
                "The LILAC assessment rests mainly on what children, young people and care "
                "leavers told the assessors."
            )
        )
    if not consultation:
        consultation.append(para("No consultation was needed for this update report."))
    overdue = [
        act
        for a in assessments
        for f in a.findings.all()
        for act in f.actions.all()
        if act.is_overdue()
    ]
    risk = (
        f"{plural(len(overdue), 'improvement action is', 'improvement actions are')} overdue; "
        "progress is tracked by the senior management team."
        if overdue
        else "No risks have been identified."
    )
    call_in = "is" if front.eligible_for_call_in else "is not"
    return [
        Part("Consultation and engagement", consultation, numbered=True),
        Part(
            "Equality and diversity / cohesion and integration",
            [para("Equality and diversity screening was not required for this update report.")],
            numbered=True,
        ),
        Part(
            "Council policies and priorities",
            [
                para(
                    "Improving outcomes for children in care and care leavers is a priority "
                    "for the council."
                )
            ],
            numbered=True,
        ),
        Part(
            "Resources and value for money",
            [para("There are no resource implications arising from this report.")],
            numbered=True,
        ),
        Part(
            "Legal implications, access to information and call-in",
            [
                para(
                    "There are no legal implications in noting this report. "
                    f"It {call_in} eligible for call-in."
                )
            ],
            numbered=True,
        ),
        Part("Risk management", [para(risk)], numbered=True),
    ]


def _conclusion(assessments: list[Assessment]) -> str:
    strengths = _findings(assessments, Finding.Kind.STRENGTH)
    areas = _findings(assessments, Finding.Kind.IMPROVEMENT)
    known = sum(f.already_identified for f in areas)
    text = (
        f"Together the assessments found {plural(len(strengths), 'strength')} and "
        f"{plural(len(areas), 'area')} for improvement."
    )
    if areas:
        text += f" The service had already identified {known} of the {len(areas)} areas itself."
        actions = sum(f.actions.count() for f in areas)
        if actions:
            text += (
                f" {plural(actions, 'improvement action is', 'improvement actions are')} in place."
            )
    ratings = [r for a in assessments for r in a.lilac_ratings.all()]
    if ratings:
        met = sum(r.external_rating == Rating.MET for r in ratings)
        text += f" LILAC assessors judged {met} of the seven standards met."
    return text
