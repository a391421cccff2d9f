"""Write a 903 return as DfE's CSV set or as DfE's XML file; `read_return` reads both back.

CSV columns are always written in DfE's order with DfE's conventional file names, whatever the
council's files were called, so the output can go straight to DfE's portal or a peer tool.
"""

from __future__ import annotations

from pathlib import Path

from ssda903.model import Return
from ssda903.tables import COLUMNS
from ssda903.xml_write import write_xml

__all__ = ["CSV_FILE_NAMES", "write_csv", "write_xml"]

# Conventional DfE/peer-tool file names (as in D2I's fake return, shared/peers/d2i-903-fake-data).
CSV_FILE_NAMES: dict[str, str] = {
    "Header": "header.csv",
    "Episodes": "episodes.csv",
    "Reviews": "reviews.csv",
    "UASC": "uasc.csv",
    "OC2": "oc2.csv",
    "OC3": "oc3.csv",
    "AD1": "ad1.csv",
    "PlacedAdoption": "placed_for_adoption.csv",
    "PrevPerm": "previous_permanence.csv",
    "Missing": "missing.csv",
    "SWEpisodes": "sw_episodes.csv",
    "DoLo": "dolo.csv",
}


def write_csv(ret: Return, outdir: Path | str) -> list[Path]:
    """Write one UTF-8 CSV per table of `ret` into `outdir` (created if needed); return the paths.

    Nulls are written as empty fields; values are quoted only where CSV needs it.
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in COLUMNS:
        if table not in ret.tables:
            continue
        path = out / CSV_FILE_NAMES[table]
        ret.tables[table].select(COLUMNS[table]).write_csv(path, null_value="")
        written.append(path)
    return written
