"""`careassure quality-scan`: check every case-file document again and store the flags.

Run it after the checks change (a new careassure version) or after a bulk load that bypassed
`case_document_save` (the demo data, a database restore)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from tqdm import tqdm

from careassure.quality.services import CHECKER_VERSION, quality_scan_all


class Command(BaseCommand):
    help = "Check every case-file document and replace its stored quality flags."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        bar = tqdm(total=0, unit="doc", desc="Checking", disable=options["quiet"])

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        docs, flags = quality_scan_all(actor=None, progress=progress)
        bar.close()
        self.stdout.write(
            f"Checked {docs} document(s): {flags} flag(s), checker {CHECKER_VERSION}."
        )
