"""careassure demo-data: a synthetic council, reproducible from a seed.

`--children 2000 --years 5 --seed 1` loads the database; `--export-903 DIR` writes only the 903
files (national scale, no database, no case file).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from careassure.children.models import Child
from careassure.core.demo import DEMO_PASSWORD, council_load
from careassure.dashboard.services import indicator_values_refresh
from careassure.quality.services import quality_scan_all
from careassure.validation.services import validation_run_for_year


class Command(BaseCommand):
    help = "Generate a synthetic council (never real data) and load it, or export its 903 files."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--children", type=int, default=2000)
        parser.add_argument("--years", type=int, default=5)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--as-at", type=date.fromisoformat, default=date(2026, 3, 31))
        parser.add_argument(
            "--export-903",
            type=Path,
            metavar="DIR",
            help="Write the 903 CSV sets to DIR/<year>/ instead of loading",
        )
        parser.add_argument(
            "--format", choices=["csv", "xml"], default="csv", help="With --export-903"
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the database already holds children",
        )

    def handle(self, *args: Any, **o: Any) -> None:
        from democouncil import generate

        if o["children"] < 1 or o["years"] < 1:
            raise CommandError("--children and --years must be at least 1")
        if o["export_903"]:
            self._export(generate, o)
            return
        if Child.objects.exists():
            if o["if_empty"]:
                self.stdout.write("The database already holds children: demo data not loaded.")
                return
            raise CommandError("The database already holds children. Use a fresh database.")
        started = time.monotonic()
        self.stdout.write(f"Generating {o['children']} children over {o['years']} years…")
        council = generate(
            children=o["children"], years=o["years"], seed=o["seed"], as_at=o["as_at"]
        )
        self.stdout.write("Loading into the database…")
        summary = council_load(council=council)
        self.stdout.write("Computing indicators for every month-end…")
        indicator_values_refresh(actor=None)
        self.stdout.write("Validating each year's return on DfE's rules…")
        for year in summary.years:
            validation_run_for_year(year=year, actor=None)
        self.stdout.write("Checking every case-file document for quality…")
        quality_scan_all(actor=None)
        took = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary.council}: {summary.children} children, returns for "
                f"{', '.join(map(str, summary.years))}, {summary.documents} case-file documents "
                f"({took:.0f} s)."
            )
        )
        if council.ons_code != settings.LA_CODE:
            # The demo's postcodes are in this county: another code (or none) would make every
            # placement "outside the council" or leave the placement-area rules unrun.
            self.stdout.write(
                self.style.WARNING(
                    f"The demo council's postcodes are in {council.ons_code}; set "
                    f"CAREASSURE_LA_CODE={council.ons_code} (make run does) for the rules and "
                    "indicators on placements inside the council's area."
                )
            )
        self.stdout.write(f"Demo sign-ins (synthetic data only), password '{DEMO_PASSWORD}':")
        for username, role in summary.sign_ins:
            self.stdout.write(f"  {username:<12} {role}")

    def _export(self, generate: Any, o: dict[str, Any]) -> None:
        from democouncil.export import export_903

        started = time.monotonic()
        council = generate(
            children=o["children"],
            years=o["years"],
            seed=o["seed"],
            as_at=o["as_at"],
            casefile=False,
        )
        written = export_903(council, o["export_903"], fmt=o["format"])
        for year in sorted(council.returns):
            self.stdout.write(f"{year}: {o['export_903'] / str(year)}")
        self.stdout.write(f"{len(written)} files in {time.monotonic() - started:.0f} s.")
