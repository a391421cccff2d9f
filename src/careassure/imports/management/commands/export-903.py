"""careassure export-903 --year 2025 OUTDIR: write a stored return back out as DfE files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from careassure.children.models import ReturnYear
from careassure.imports.services import return_export
from ssda903.tables import year_label


class Command(BaseCommand):
    help = "Export a stored 903 return as the DfE CSV set (default) or as XML."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("outdir", type=Path)
        parser.add_argument("--year", type=int, required=True, help="2025 = 2024/25")
        parser.add_argument("--xml", action="store_true", help="Write EXPSSDA903 XML instead")

    def handle(self, *args: Any, outdir: Path, year: int, xml: bool, **opts: Any) -> None:
        if not ReturnYear.objects.filter(year=year).exists():
            held = ", ".join(r.label for r in ReturnYear.objects.all()) or "none"
            raise CommandError(f"No return for {year_label(year)} is stored (stored: {held}).")
        written = return_export(year=year, outdir=outdir, actor=None, xml=xml)
        for path in written:
            self.stdout.write(str(path))
