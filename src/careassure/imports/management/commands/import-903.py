"""careassure import-903 PATH... --year 2025: import a 903 return (CSV set and/or XML)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from careassure.imports.models import ImportRun
from careassure.imports.services import return_import
from ssda903.tables import check_year, year_label


class Command(BaseCommand):
    help = (
        "Import a 903 return for one collection year from DfE CSV files and/or XML, replacing "
        "that year's return. The import lands whole or not at all."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="CSV files and/or XML files")
        parser.add_argument(
            "--year", type=int, required=True, help="Collection year by its end: 2025 = 2024/25"
        )
        parser.add_argument(
            "--refuse-on-rule-errors",
            action="store_true",
            help="Refuse the import if the return breaks any DfE validation rule",
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Refuse the import if any value is not valid for the year's code lists",
        )

    def handle(self, *args: Any, paths: list[Path], year: int, strict: bool, **opts: Any) -> None:
        try:
            check_year(year)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise CommandError(f"No such file: {', '.join(missing)}")
        bar = tqdm(total=100, desc=f"Importing {year_label(year)}", unit="%", leave=False)

        def progress(stage: str, percent: int) -> None:
            bar.set_postfix_str(stage)
            bar.update(max(0, percent - bar.n))

        run = return_import(
            paths=paths,
            year=year,
            actor=None,
            progress=progress,
            strict=strict,
            refresh_derived=True,
            policy="refuse" if opts["refuse_on_rule_errors"] else "warn",
        )
        bar.close()
        if run.status != ImportRun.Status.SUCCEEDED:
            raise CommandError(f"Not imported: {run.error}")
        rows = ", ".join(f"{table} {n}" for table, n in run.row_counts.items())
        self.stdout.write(self.style.SUCCESS(f"Imported {year_label(year)}: {rows}"))
        if run.code_issues:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(run.code_issues)} value(s) are not valid for {year_label(year)} "
                    "and were "
                    "imported as submitted. The first few:"
                )
            )
            for issue in run.code_issues[:10]:
                self.stdout.write(f"  {issue.get('message') or issue}")
