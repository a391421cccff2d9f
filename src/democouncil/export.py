"""Write a council's 903 returns as DfE files, one folder per collection year."""

from __future__ import annotations

from pathlib import Path

from democouncil.model import Council
from ssda903 import Return, write_csv, write_xml


def export_903(council: Council, outdir: Path | str, fmt: str = "csv") -> list[Path]:
    """Write each year's return to outdir/<collection end year>/ (e.g. 2026 for 2025/26): the DfE
    CSV set (`fmt="csv"`, via ssda903.write_csv) or one EXPSSDA903 XML file (`fmt="xml"`, via
    ssda903.write_xml). The files read back with ssda903.read_return; returns the paths."""
    if fmt not in ("csv", "xml"):
        raise ValueError(f"fmt must be 'csv' or 'xml', not {fmt!r}")
    written: list[Path] = []
    for year, tables in sorted(council.returns.items()):
        folder = Path(outdir) / str(year)
        if fmt == "csv":
            written += write_csv(Return(year, tables), folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            written.append(write_xml(Return(year, tables), folder / f"903_{year}.xml"))
    return written
