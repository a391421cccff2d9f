"""Parity on the Ofsted URN rules: careassure and the councils' current validator (the peer,
csc-validator-be-903) flag the same Episodes rows on the public fake return.

Two sets of lists: the public fake CH and SCP lists (none of the fake return's URNs are in them,
so every rule meets unknown URNs), and a synthetic CH and SCP pair built here from the return's
own URNs with real postcodes (postcodes are geography, not personal data), so that matching,
mismatching and closed providers all occur. The peer needs a CH and an SCP list together (its
bench entry point cannot pass a combined list alone), so both sets are pairs.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import polars as pl
import pytest

pytest.importorskip("lac_validator")

from bench.parity import careassure_flags, peer_flags

FAKE = Path("/work/shared/peers/d2i-903-fake-data")
RETURN = [FAKE / f for f in ("header.csv", "episodes.csv", "uasc.csv", "oc3.csv")]
CODES = ["219", "221", "224", "227", "228", "229", "1008"]
LA = "E09000027"  # Richmond upon Thames; TW1 postcodes are in it
# Real postcodes: in the council's area, in a metropolitan district, in a shire district.
POSTCODES = ("TW1 1AA", "B1 1AA", "B14 5SL")

pytestmark = pytest.mark.skipif(not FAKE.is_dir(), reason="the peer's fake data is not here")


def _sheet(book: openpyxl.Workbook, title: str, rows: list[list[object]]) -> None:
    ws = book.create_sheet(title)
    for row in rows:
        ws.append(row)


def synthetic_lists(folder: Path) -> tuple[Path, Path]:
    """A CH list and an SCP list holding 3 in 4 of the fake return's URNs, varied by URN."""
    episodes = pl.read_csv(FAKE / "episodes.csv", infer_schema=False)
    first = (
        episodes.filter(pl.col("URN").is_not_null() & (pl.col("URN") != "XXXXXXX"))
        .unique("URN", keep="first", maintain_order=True)
        .sort("URN")
    )
    # Ofsted's lists mix "SC" URNs (children's homes) with numeric ones; the peer reads a column
    # of numbers only as integers and then cannot match the return's text URNs.
    ch_rows: list[list[object]] = [["Kent", "SC000001", "Childrens Home", "K2", "PR4", None,
                                    POSTCODES[0]]]  # fmt: skip
    current: list[list[object]] = [["SC000002", "Fostering", POSTCODES[1], "Kent", "U1", "PR4"]]
    closed: list[list[object]] = [
        ["SC000003", "Fostering", POSTCODES[2], "Kent", date(2016, 1, 1), "U1", "PR4"]
    ]
    for i, row in enumerate(first.iter_rows(named=True)):
        if i % 4 == 3:
            continue  # not in either list: 1008
        place = row["PLACE"] if i % 3 else "K2"  # every third lists the wrong placement type
        provider = row["PLACE_PROVIDER"] if i % 5 else "PR4"
        postcode = row["PL_POST"] if i % 2 == 0 and row["PL_POST"] else POSTCODES[i % 3]
        ended = date(2016, 1, 1) + timedelta(days=7 * i) if i % 6 == 1 else None
        if i % 2 == 0:
            ch_rows.append(["Kent", row["URN"], "Childrens Home", f"{place},Z1", provider,
                            ended, postcode])  # fmt: skip
        elif ended is None:
            current.append([row["URN"], "Fostering", postcode, "Kent", place, provider])
        else:
            closed.append([row["URN"], "Fostering", postcode, "Kent", ended, place, provider])
    ch = openpyxl.Workbook()
    ch.remove(ch.active)
    header = ["Local Authority", "URN", "Provider Type", "Provider Code",
              "Provider Placement Code", "Closed Date", "Setting Address Postcode"]  # fmt: skip
    _sheet(ch, "Provider information", [header, *ch_rows])
    scp = openpyxl.Workbook()
    scp.remove(scp.active)
    cols = ["URN", "Provision type", "Setting postcode", "Local authority"]
    codes = ["Placement code", "Placement provider code"]
    _sheet(scp, "Current providers", [[*cols, *codes], *current])
    _sheet(scp, "Providers closed in 2016-17", [[*cols, "Deregistration date", *codes], *closed])
    ch.save(folder / "ch.xlsx")
    scp.save(folder / "scp.xlsx")
    return folder / "ch.xlsx", folder / "scp.xlsx"


def both(year: int, ch: Path, scp: Path) -> dict[str, tuple[set[object], set[object]]]:
    ours, crashed = careassure_flags(RETURN, year, None, la_code=LA, providers=[ch, scp],
                                     prefixes=CODES)  # fmt: skip
    assert crashed == []
    peer, peer_crashed = peer_flags(RETURN, year, None, la_code=LA, ch=ch, scp=scp,
                                    prefixes=CODES)  # fmt: skip
    assert peer_crashed == []
    return {code: (set(ours.get(code, set())), set(peer.get(code, set()))) for code in CODES}


@pytest.mark.parametrize("year", [2024, 2026])
def test_public_fake_lists(year: int) -> None:
    results = both(year, FAKE / "ch_fake.xlsx", FAKE / "scp_fake.xlsx")
    for code, (ours, peer) in results.items():
        assert ours == peer, code
    # No URN of the return is in the fake lists: 1008 flags every episode with a URN.
    assert results["1008"][0]


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026, 2027])
def test_synthetic_lists_from_the_returns_urns(tmp_path: Path, year: int) -> None:
    ch, scp = synthetic_lists(tmp_path)
    results = both(year, ch, scp)
    for code, (ours, peer) in results.items():
        assert ours == peer, code
        # Each rule flags rows here, so agreement is not agreement on nothing.
        assert ours, code
