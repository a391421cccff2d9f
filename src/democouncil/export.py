"""Write a council's 903 returns as DfE CSV sets, one folder per collection year."""

from __future__ import annotations

from pathlib import Path

from democouncil.model import Council
from ssda903 import Return, write_csv


def export_903(council: Council, outdir: Path | str) -> list[Path]:
    """Write each year's return to outdir/<collection end year>/ (e.g. 2026 for 2025/26) with
    ssda903.write_csv, so the files round-trip through ssda903.read_return; returns the paths."""
    written: list[Path] = []
    for year, tables in sorted(council.returns.items()):
        written += write_csv(Return(year, tables), Path(outdir) / str(year))
    return written
