"""Render a report Document as PDF with WeasyPrint, from the same HTML template family as the page.

The template sets `<html lang="en-GB">`, a `<title>` and real h1/h2/h3 headings; WeasyPrint's
"pdf/ua-1" variant then writes a tagged PDF (structure tree, language, title shown in the window),
which is what PDF/UA asks of an accessible document.
"""

from __future__ import annotations

from django.template.loader import render_to_string

from careassure.reports.document import Document

PDF_VARIANT = "pdf/ua-1"


def render_pdf(document: Document, *, council: str) -> bytes:
    from weasyprint import HTML  # imported late: it loads Pango, which the web pages never need

    html = render_to_string(
        "inspections/report_pdf.html", {"document": document, "council_name": council}
    )
    return HTML(string=html).write_pdf(pdf_variant=PDF_VARIANT)
