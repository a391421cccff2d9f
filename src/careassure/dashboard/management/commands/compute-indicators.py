"""careassure compute-indicators: recompute the dashboard's stored values from the 903 returns."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from tqdm import tqdm

from careassure.dashboard.services import indicator_values_refresh


class Command(BaseCommand):
    help = "Recompute every indicator at every month-end covered by the stored 903 returns."

    def handle(self, *args: Any, **options: Any) -> None:
        bar = tqdm(desc="Month-ends", unit="month", leave=False)

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        rows = indicator_values_refresh(actor=None, progress=progress)
        bar.close()
        self.stdout.write(self.style.SUCCESS(f"Stored {rows} indicator values."))
