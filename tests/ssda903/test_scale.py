"""National scale: 80,000 children (about 300,000 episodes) through CSV and XML."""

from __future__ import annotations

import time
from pathlib import Path

import polars as pl
import pytest

from ssda903 import Return, read_return, write_csv, write_xml
from ssda903.tables import LINE

DATA = Path(__file__).parent / "data" / "return_2025_26"
COPIES = 20_000  # of the hand-made return's 4 children


def national_return() -> Return:
    """The 2025/26 fixture repeated with fresh CHILD ids, in Header's child order; each child's
    episodes are doubled to reach national size (280,000 episode rows)."""
    base = read_return(sorted(DATA.glob("*.csv")), 2026)
    copies = pl.DataFrame({"copy": pl.int_range(COPIES, eager=True)})
    tables = {}
    for name, frame in base.tables.items():
        repeat = 2 if name == "Episodes" else 1
        big = pl.concat([frame] * repeat).join(copies, how="cross")
        big = big.with_columns(
            (pl.col("copy").cast(pl.String) + "-" + pl.col("CHILD")).alias("CHILD")
        ).sort("copy", LINE, maintain_order=True)
        tables[name] = big.drop("copy").with_columns(
            pl.int_range(2, pl.len() + 2, dtype=pl.Int64).alias(LINE)
        )
    return Return(year=2026, tables=tables)


@pytest.mark.slow
def test_80000_children_go_through_csv_and_xml_in_seconds(tmp_path):
    ret = national_return()
    assert ret.tables["Header"].height == 80_000
    started = time.process_time()
    back = read_return(write_csv(ret, tmp_path / "csv"), 2026)
    csv_seconds = time.process_time() - started
    assert back.tables["Episodes"].height == ret.tables["Episodes"].height
    assert csv_seconds < 10

    started = time.process_time()
    xml = write_xml(back, tmp_path / "national.xml")
    from_xml = read_return([xml], 2026)
    xml_seconds = time.process_time() - started
    assert xml_seconds < 60
    for name, frame in back.tables.items():
        assert from_xml.tables[name].height == frame.height, name
    assert from_xml.tables["Header"]["CHILD"].equals(back.tables["Header"]["CHILD"])
