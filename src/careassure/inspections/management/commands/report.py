"""`careassure report scrutiny --from DATE --to DATE [--assessment ID ...] --out FILE.docx|FILE.pdf`

Drafts a Scrutiny Board report from the register (the same draft the web page starts from) and
writes it as Word or PDF, by the file's extension. Warns on stderr if the text names a child held
in the database; the file is still written, because the author may mean it.
"""

from __future__ import annotations

from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from careassure.inspections.drafting import draft_scrutiny_report
from careassure.inspections.identification import report_mentions
from careassure.inspections.models import Assessment
from careassure.reports.pdf import render_pdf
from careassure.reports.word import render_docx


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{value!r} is not a date: use YYYY-MM-DD") from None


class Command(BaseCommand):
    help = "Write reports. `report scrutiny`: a Scrutiny Board report on recent inspections."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="kind", required=True)
        scrutiny = sub.add_parser("scrutiny", help="Scrutiny Board report on inspections")
        scrutiny.add_argument(
            "--from", dest="period_from", required=True, type=iso_date, metavar="YYYY-MM-DD"
        )
        scrutiny.add_argument(
            "--to", dest="period_to", required=True, type=iso_date, metavar="YYYY-MM-DD"
        )
        scrutiny.add_argument(
            "--assessment",
            dest="assessments",
            type=int,
            action="append",
            metavar="ID",
            default=[],
            help="register id of an assessment to cover (repeat); default: all in the period",
        )
        scrutiny.add_argument(
            "--date",
            dest="report_date",
            type=iso_date,
            default=None,
            metavar="YYYY-MM-DD",
            help="date of the Board meeting (default: today)",
        )
        scrutiny.add_argument("--out", required=True, type=Path, metavar="FILE.docx|FILE.pdf")

    def handle(self, *args: Any, **options: Any) -> None:
        out: Path = options["out"]
        if out.suffix not in {".docx", ".pdf"}:
            raise CommandError("--out must end in .docx or .pdf")
        start, end = options["period_from"], options["period_to"]
        if end < start:
            raise CommandError("--to must not be before --from")
        assessments = self._assessments(start, end, options["assessments"])
        document = draft_scrutiny_report(
            assessments=assessments,
            period_from=start,
            period_to=end,
            council=settings.COUNCIL_NAME,
            report_date=options["report_date"] or date.today(),
        )
        for mention in report_mentions(document):
            self.stderr.write(
                f"Warning: {mention.kind} {mention.found!r} in {mention.where} may identify a child"
            )
        if out.suffix == ".docx":
            content = render_docx(document)
        else:
            content = render_pdf(document, council=settings.COUNCIL_NAME)
        out.write_bytes(content)
        self.stdout.write(f"Wrote {out} covering {len(assessments)} assessment(s)")

    def _assessments(self, start: date, end: date, ids: list[int]) -> list[Assessment]:
        if ids:
            found = list(Assessment.objects.filter(pk__in=ids))
            missing = sorted(set(ids) - {a.pk for a in found})
            if missing:
                raise CommandError(f"No assessment with id {', '.join(map(str, missing))}")
            return found
        found = list(Assessment.objects.filter(start__gte=start, start__lte=end))
        if not found:
            raise CommandError("No assessments in the register start within that period")
        return found
