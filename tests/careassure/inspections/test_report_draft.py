"""The drafted Scrutiny Board report follows the founding report's shape and holds every finding."""

from __future__ import annotations

import re

from django.conf import settings

from careassure.inspections.drafting import draft_scrutiny_report
from careassure.inspections.founding import PERIOD, REPORT_DATE
from careassure.inspections.models import Finding
from careassure.reports.document import Document

# The founding report's numbered sections and the corporate-considerations sub-sections.
FOUNDING_SECTIONS = [
    (1, "Purpose of this report"),
    (2, "Background information"),
    (3, "Main issues"),
    (4, "Corporate considerations"),
    (5, "Conclusions"),
    (6, "Recommendations"),
    (7, "Background documents"),
]
FOUNDING_SUBSECTIONS = [
    ("4.1", "Consultation and engagement"),
    ("4.2", "Equality and diversity / cohesion and integration"),
    ("4.3", "Council policies and priorities"),
    ("4.4", "Resources and value for money"),
    ("4.5", "Legal implications, access to information and call-in"),
    ("4.6", "Risk management"),
]


def draft(founding) -> Document:
    return draft_scrutiny_report(
        assessments=founding.assessments,
        period_from=PERIOD[0],
        period_to=PERIOD[1],
        council=settings.COUNCIL_NAME,
        report_date=REPORT_DATE,
    )


def all_text(document: Document) -> str:
    return "\n".join(text for _, text in document.texts())


def test_sections_and_numbering_follow_the_founding_report(founding):
    document = draft(founding)
    assert [(s.number, s.title) for s in document.sections] == FOUNDING_SECTIONS
    # Summary paragraphs are 1..4 and the recommendation runs on as 5, as in the founding report.
    assert [p.number for p in document.summary] == ["1", "2", "3", "4"]
    assert [p.number for p in document.recommendations] == ["5"]
    corporate = document.sections[3]
    assert [(p.number, p.title) for p in corporate.parts] == FOUNDING_SUBSECTIONS
    for part in corporate.parts:
        assert part.paragraphs[0].number == f"{part.number}.1"
    for section in document.sections:
        if section.number == 4:
            continue
        numbers = [p.number for part in section.parts for p in part.paragraphs]
        assert numbers == [f"{section.number}.{i}" for i in range(1, len(numbers) + 1)]
    assert [p.number for p in document.sections[0].parts[0].paragraphs] == ["1.1"]
    assert document.sections[5].parts[0].paragraphs[0].text.startswith("The Board is recommended")


def test_main_issues_has_one_part_per_assessment_in_date_order(founding):
    document = draft(founding)
    parts = document.sections[2].parts
    assert [p.title for p in parts] == [a.title for a in founding.assessments]
    # Numbering runs on across the parts (3.1 … 3.n), unbroken by the part headings.
    numbers = [p.number for part in parts for p in part.paragraphs]
    assert numbers[0] == "3.1"
    assert len(numbers) >= 12


def test_every_finding_and_quote_appears_in_the_report(founding):
    text = all_text(draft(founding))
    findings = Finding.objects.filter(assessment__in=founding.assessments)
    assert findings.count() == 3 + 7 + 5 + 9 + 7 + 3
    for finding in findings:
        assert finding.text in text, finding.text
        if finding.quote:
            assert finding.quote in text


def test_narrative_is_drafted_from_the_data(founding):
    text = all_text(draft(founding))
    assert "30 and 31 January 2013" in text
    assert "13 and 14 February 2013" in text
    assert "examining 20 cases" in text
    assert "a team of 9 inspectors" in text
    assert "7 of the seven LILAC standards were met" in text
    assert "19 strengths and 7 areas for improvement" in text
    assert "already identified 7 of the 7 areas itself." in text
    assert "did not give a grade" in text


def test_grades_appear_as_a_table_when_an_inspection_is_graded(founding, personas):
    from careassure.inspections import services

    services.judgement_record(
        assessment=founding.pilot, actor=personas.qa_officer, area="overall", grade="good"
    )
    document = draft(founding)
    tables = [p.table for part in document.sections[2].parts for p in part.paragraphs if p.table]
    grades = [row for table in tables for row in table.rows if row[1] == "Good"]
    assert grades == [["Overall effectiveness", "Good"]]
    assert "1 of them was graded" in all_text(document)


def test_the_document_survives_a_json_round_trip(founding):
    document = draft(founding)
    again = Document.from_json(document.to_json())
    assert again == document
    assert re.fullmatch(r"p\d+", again.sections[2].parts[0].paragraphs[0].key)
