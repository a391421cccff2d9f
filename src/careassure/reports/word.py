"""Render a report Document as Word (.docx) with python-docx.

Accessibility matters as much as looks: a committee report is published on the council's site, so
headings use Word's real Heading styles (screen readers navigate by them), tables have a header row
marked to repeat, and the document's title and language (en-GB) are set in its core properties and
default run properties.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from careassure.reports.document import Document, Paragraph, Table

NUMBERED = "Numbered Paragraph"


def render_docx(document: Document) -> bytes:
    doc = new_docx()
    _set_language(doc, "en-GB")
    doc.core_properties.title = document.title
    doc.core_properties.language = "en-GB"
    doc.core_properties.subject = document.front.subject
    style = doc.styles.add_style(NUMBERED, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.paragraph_format.left_indent = Cm(1.25)
    style.paragraph_format.first_line_indent = Cm(-1.25)
    style.paragraph_format.space_after = Pt(6)

    doc.add_heading(document.front.subject, level=1)
    _front_sheet(doc, document)
    doc.add_heading("Summary of main issues", level=2)
    for paragraph in document.summary:
        _paragraph(doc, paragraph)
    doc.add_heading("Recommendations", level=2)
    for paragraph in document.recommendations:
        _paragraph(doc, paragraph)
    for section in document.sections:
        doc.add_heading(f"{section.number} {section.title}", level=2)
        for part in section.parts:
            if part.title:
                title = f"{part.number} {part.title}" if part.numbered else part.title
                doc.add_heading(title, level=3)
            for paragraph in part.paragraphs:
                _paragraph(doc, paragraph)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _front_sheet(doc, document: Document) -> None:
    rows = document.front.rows()
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = doc.styles["Table Grid"]
    for row, (question, answer) in zip(table.rows, rows, strict=True):
        row.cells[0].text = question
        row.cells[1].text = answer
        # The question column is a row header for assistive technology.
        row.cells[0].paragraphs[0].runs[0].bold = True


def _paragraph(doc, paragraph: Paragraph) -> None:
    doc.add_paragraph(f"{paragraph.number}\t{paragraph.text}", style=NUMBERED)
    for bullet in paragraph.bullets:
        doc.add_paragraph(bullet, style="List Bullet")
    if paragraph.table:
        _table(doc, paragraph.table)


def _table(doc, data: Table) -> None:
    doc.add_paragraph(data.caption, style="Caption")
    table = doc.add_table(rows=1 + len(data.rows), cols=len(data.header))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, data.header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(table.rows[0])
    for row, values in zip(table.rows[1:], data.rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _set_language(doc, language: str) -> None:
    """Set w:lang on the document defaults so spell-check and screen readers use British English."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = run_properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_properties.append(lang)
    lang.set(qn("w:val"), language)
