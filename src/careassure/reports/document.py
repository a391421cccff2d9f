"""One report model, several renderers.

A council committee report (the founding Scrutiny Board report is the pattern) has a front sheet,
an unnumbered "summary of main issues" and "recommendations" whose paragraphs are numbered 1, 2, …
in one run, then numbered sections. Inside a section paragraphs are numbered "section.n"; a section
may hold headed parts that are not numbered (one per assessment in "Main issues", numbering runs on
across them) or numbered sub-sections (4.1, 4.2, … in "Corporate considerations", whose paragraphs
are 4.1.1, 4.1.2, …). Numbers are never stored: `number_paragraphs` derives them from the shape,
so editing the text can never break the numbering.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Table:
    caption: str
    header: list[str]
    rows: list[list[str]]


@dataclass
class Paragraph:
    key: str  # stable across versions, e.g. "p12"; the author edits paragraphs by key
    text: str
    bullets: list[str] = field(default_factory=list)
    table: Table | None = None
    number: str = ""


@dataclass
class Part:
    title: str
    paragraphs: list[Paragraph]
    numbered: bool = False  # a numbered sub-section (4.1) rather than a plain heading
    number: str = ""


@dataclass
class Section:
    number: int
    title: str
    parts: list[Part]


@dataclass
class FrontSheet:
    report_of: str
    report_to: str
    date: str
    subject: str
    wards_affected: bool = False
    wards: str = ""
    equality_implications: bool = False
    eligible_for_call_in: bool = False
    confidential: bool = False
    access_rule: str = ""
    appendix: str = ""

    def rows(self) -> list[tuple[str, str]]:
        """The front sheet as question and answer, in the order councils print it."""
        yes_no = {True: "Yes", False: "No"}
        return [
            ("Report of", self.report_of),
            ("Report to", self.report_to),
            ("Date", self.date),
            ("Subject", self.subject),
            ("Are specific electoral wards affected?", yes_no[self.wards_affected]),
            ("If relevant, name(s) of ward(s)", self.wards),
            (
                "Are there implications for equality and diversity and cohesion and integration?",
                yes_no[self.equality_implications],
            ),
            ("Is the decision eligible for call-in?", yes_no[self.eligible_for_call_in]),
            (
                "Does the report contain confidential or exempt information?",
                yes_no[self.confidential],
            ),
            ("If relevant, access to information procedure rule number", self.access_rule),
            ("Appendix number", self.appendix),
        ]


@dataclass
class Document:
    title: str
    front: FrontSheet
    summary: list[Paragraph]
    recommendations: list[Paragraph]
    sections: list[Section]

    def __post_init__(self) -> None:
        number_paragraphs(self)

    def paragraphs(self) -> Iterator[Paragraph]:
        yield from self.summary
        yield from self.recommendations
        for section in self.sections:
            for part in section.parts:
                yield from part.paragraphs

    def paragraph(self, key: str) -> Paragraph:
        for paragraph in self.paragraphs():
            if paragraph.key == key:
                return paragraph
        raise KeyError(key)

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every piece of text with where it is (a paragraph number or a front-sheet field)."""
        yield from self.front.rows()
        for paragraph in self.paragraphs():
            yield paragraph.number, paragraph.text
            for bullet in paragraph.bullets:
                yield paragraph.number, bullet
            if paragraph.table:
                for row in paragraph.table.rows:
                    yield paragraph.number, " ".join(row)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        return cls(
            title=data["title"],
            front=FrontSheet(**data["front"]),
            summary=[_paragraph(p) for p in data["summary"]],
            recommendations=[_paragraph(p) for p in data["recommendations"]],
            sections=[
                Section(
                    number=s["number"],
                    title=s["title"],
                    parts=[
                        Part(
                            title=part["title"],
                            numbered=part["numbered"],
                            paragraphs=[_paragraph(p) for p in part["paragraphs"]],
                        )
                        for part in s["parts"]
                    ],
                )
                for s in data["sections"]
            ],
        )


def _paragraph(data: dict[str, Any]) -> Paragraph:
    table = Table(**data["table"]) if data.get("table") else None
    return Paragraph(key=data["key"], text=data["text"], bullets=list(data["bullets"]), table=table)


def number_paragraphs(document: Document) -> None:
    """Give every paragraph (and numbered part) its number from the document's shape."""
    for counter, paragraph in enumerate([*document.summary, *document.recommendations], start=1):
        paragraph.number = str(counter)
    for section in document.sections:
        run = 0
        sub = 0
        for part in section.parts:
            if part.numbered:
                sub += 1
                part.number = f"{section.number}.{sub}"
                for i, paragraph in enumerate(part.paragraphs, start=1):
                    paragraph.number = f"{part.number}.{i}"
            else:
                part.number = ""
                for paragraph in part.paragraphs:
                    run += 1
                    paragraph.number = f"{section.number}.{run}"


class KeyMaker:
    """Hands out paragraph keys p1, p2, … while a document is drafted."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, text: str, bullets: list[str] | None = None, table: Table | None = None):
        self.count += 1
        return Paragraph(key=f"p{self.count}", text=text, bullets=list(bullets or []), table=table)
