"""Word, PDF and command-line output of the drafted report."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from docx import Document as open_docx

from careassure.inspections.founding import PERIOD, REPORT_DATE
from careassure.reports.pdf import render_pdf
from careassure.reports.word import render_docx
from tests.careassure.inspections.test_report_draft import draft

SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def test_docx_has_real_headings_numbered_paragraphs_tables_and_properties(founding):
    document = draft(founding)
    docx = open_docx(io.BytesIO(render_docx(document)))
    assert docx.core_properties.title == document.title
    assert docx.core_properties.language == "en-GB"
    headings = [
        (p.style.name, p.text) for p in docx.paragraphs if p.style.name.startswith("Heading")
    ]
    assert ("Heading 2", "3 Main issues") in headings
    assert ("Heading 3", "4.6 Risk management") in headings
    assert ("Heading 3", founding.pilot.title) in headings
    numbered = [
        p.text.split("\t")[0] for p in docx.paragraphs if p.style.name == "Numbered Paragraph"
    ]
    assert numbered[:5] == ["1", "2", "3", "4", "5"]
    assert "3.1" in numbered and "4.1.1" in numbered and "7.1" in numbered
    # Front sheet plus the LILAC standards table.
    assert len(docx.tables) == 2
    assert docx.tables[1].rows[0].cells[0].text == "Standard"
    lang = docx.styles.element.xpath("//w:docDefaults//w:lang/@w:val")
    assert lang == ["en-GB"]


@pytest.mark.slow
def test_pdf_is_tagged_titled_and_in_british_english(founding, tmp_path):
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    document = draft(founding)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(document, council=settings.COUNCIL_NAME))
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Tagged"].strip() == "yes"
    assert fields["Title"].strip() == document.title
    assert int(fields["Pages"]) >= 3
    metadata = subprocess.run(
        ["pdfinfo", "-meta", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    assert "pdfuaid" in metadata
    assert b"/Lang (en-GB)" in inflated(pdf.read_bytes())


def inflated(pdf: bytes) -> bytes:
    """The PDF with its compressed streams (where the catalog's object stream lives) inflated."""
    parts = [pdf]
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(stream))
        except zlib.error:
            continue
    return b"\n".join(parts)


@pytest.mark.slow
def test_pdf_pages_render_to_png(founding, tmp_path):
    """Renders the first pages; with CAREASSURE_WRITE_SCREENSHOTS=1 also refreshes the docs."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(draft(founding), council=settings.COUNCIL_NAME))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "3", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 3
    if os.environ.get("CAREASSURE_WRITE_SCREENSHOTS") == "1":
        for n, page in enumerate(pages, start=1):
            shutil.copy(page, SCREENSHOTS / f"scrutiny-report-page-{n}.png")


def test_command_writes_docx_for_the_period(founding, tmp_path, capsys):
    out = tmp_path / "report.docx"
    call_command(
        "report",
        "scrutiny",
        "--from",
        PERIOD[0].isoformat(),
        "--to",
        PERIOD[1].isoformat(),
        "--date",
        REPORT_DATE.isoformat(),
        "--out",
        str(out),
    )
    docx = open_docx(str(out))
    text = "\n".join(p.text for p in docx.paragraphs)
    assert founding.lilac.title in text and founding.iro_review.title in text
    assert "covering 3 assessment(s)" in capsys.readouterr().out


def test_command_covers_only_the_assessments_named(founding, tmp_path):
    out = tmp_path / "report.docx"
    call_command(
        "report",
        "scrutiny",
        "--from",
        "2013-01-01",
        "--to",
        "2013-03-31",
        "--assessment",
        str(founding.lilac.pk),
        "--out",
        str(out),
    )
    headings = [p.text for p in open_docx(str(out)).paragraphs if p.style.name == "Heading 3"]
    assert founding.lilac.title in headings
    assert founding.pilot.title not in headings


def test_command_warns_when_a_child_is_named(founding, personas, tmp_path, capsys):
    founding.pilot.summary = f"Inspectors met {personas.child.display_name} during the visit."
    founding.pilot.save()
    call_command(
        "report",
        "scrutiny",
        "--from",
        "2013-01-01",
        "--to",
        "2013-03-31",
        "--out",
        str(tmp_path / "r.docx"),
    )
    # quoted as the command quotes it: "O'Sullivan" takes double quotes
    assert f"name {personas.child.display_name!r}" in capsys.readouterr().err


def test_command_refuses_bad_arguments(founding, tmp_path):
    with pytest.raises(CommandError, match=r"docx or \.pdf"):
        call_command(
            "report", "scrutiny", "--from", "2013-01-01", "--to", "2013-03-31", "--out", "x.txt"
        )
    with pytest.raises(CommandError, match="No assessments"):
        call_command(
            "report",
            "scrutiny",
            "--from",
            "2020-01-01",
            "--to",
            "2020-03-31",
            "--out",
            str(tmp_path / "r.pdf"),
        )
