"""The Ofsted URN rules (219, 221, 224, 227, 228, 229, 1008) on hand-built episodes and lists."""

from __future__ import annotations

from datetime import date
from typing import Any

import polars as pl
import pytest

from ssda903.reference.ofsted import COLUMNS
from ssda903.validation import run
from ssda903.validation.engine import Reference, rules_not_run
from tests.ssda903.validation.conftest import make_tables

LA = "E09000027"  # Richmond upon Thames
# A small postcode directory: one postcode in the council's area, one in Birmingham.
DIRECTORY = pl.DataFrame(
    {
        "pcd": ["TW11AA", "B11AA"],
        "laua": [LA, "E08000025"],
        "oseast1m": [516048.0, 406649.0],
        "osnrth1m": [173668.0, 286530.0],
    },
    schema={"pcd": pl.String, "laua": pl.String, "oseast1m": pl.Float32, "osnrth1m": pl.Float32},
)


def providers(*rows: dict[str, Any]) -> pl.DataFrame:
    base = {
        "provider_type": None,
        "place_codes": [],
        "provider_codes": [],
        "postcode": None,
        "registered": None,
        "closed": None,
        "la_name": None,
        "list": "CH",
        "_file": "ch.xlsx",
    }
    return pl.DataFrame([{**base, **r} for r in rows], schema=COLUMNS)


HOME = {"URN": "SC1", "place_codes": ["K2"], "provider_codes": ["PR1"], "postcode": "TW11AA"}
AWAY = {"URN": "SC2", "place_codes": ["K1", "K2"], "provider_codes": ["PR2", "PR3"],
        "postcode": "B11AA", "closed": date(2024, 6, 30)}  # fmt: skip
LISTS = providers(HOME, AWAY)


def flagged(code: str, year: int, episodes: list[dict[str, Any]], lists: pl.DataFrame = LISTS):
    reference = Reference(la_code=LA, postcodes=DIRECTORY, providers=lists)
    tables = make_tables(Episodes=episodes)
    return sorted(f.line for f in run(year, tables, only=[code], reference=reference))


def ep(**fields: Any) -> dict[str, Any]:
    return {"CHILD": "1", "DECOM": "01/05/2024", "LS": "C2", "PLACE": "K2",
            "PLACE_PROVIDER": "PR1", "PL_POST": "TW1 1AA", "URN": "SC1", **fields}  # fmt: skip


def test_the_rules_are_skipped_without_the_lists() -> None:
    skipped = dict(rules_not_run(2025, Reference(la_code=LA, postcodes=DIRECTORY)))
    for code in ("219", "221", "224", "227", "228", "1008"):
        assert skipped[code] == ("providers",)
    assert skipped["229"] == ("providers",)
    assert run(2025, make_tables(Episodes=[ep(URN="NOPE")]), only=["1008"]) == []


def test_1008_urn_not_in_the_lists() -> None:
    rows = [ep(), ep(URN="sc2"), ep(URN="SC9"), ep(URN="XXXXXXX"), ep(URN=None)]
    # A URN is matched whatever its case; XXXXXXX (not registered) and blank are not looked up.
    assert flagged("1008", 2025, rows) == [4]


def test_219_placement_type_must_be_one_ofsted_lists() -> None:
    rows = [ep(), ep(URN="SC2", PLACE="K1"), ep(PLACE="K1"), ep(URN="SC9"), ep(PLACE=None)]
    # Line 5: an unknown URN has no placement types, so nothing matches.
    assert flagged("219", 2024, rows) == [4, 5, 6]


def test_224_provider_must_be_one_ofsted_lists() -> None:
    rows = [ep(), ep(URN="SC2", PLACE_PROVIDER="PR3"), ep(PLACE_PROVIDER="PR4"), ep(URN="SC9")]
    assert flagged("224", 2026, rows) == [4, 5]


def test_221_placement_postcode_must_be_the_providers() -> None:
    rows = [
        ep(),  # same postcode, spaced: fine
        ep(PL_POST="B1 1AA"),  # another postcode
        ep(PL_POST="B1 1AA", LS="V3"),  # short break: not checked
        ep(PL_POST="B1 1AA", PLACE="U1"),  # foster placement: not checked
        ep(PL_POST=None),  # no postcode: not checked
        ep(URN="SC9"),  # unknown URN: no postcode to match
        ep(PL_POST="B1 1AA", PLACE="K3"),  # supported accommodation, checked from 2024/25
        ep(PL_POST="B1 1AA", PLACE="H5"),  # checked in 2023/24 only
    ]
    assert flagged("221", 2023, rows) == [3, 7]
    assert flagged("221", 2024, rows) == [3, 7, 9]
    assert flagged("221", 2025, rows) == [3, 7, 8]
    assert flagged("221", 2027, rows) == [3, 7, 8]


def test_227_episode_must_start_before_the_provider_closed() -> None:
    rows = [ep(URN="SC2", DECOM="29/06/2024"), ep(URN="SC2", DECOM="30/06/2024"), ep(),
            ep(URN="SC2", DECOM="not a date")]  # fmt: skip
    assert flagged("227", 2025, rows) == [3]


def test_228_episode_must_end_by_the_closure_or_be_open_only_if_still_open() -> None:
    rows = [
        ep(URN="SC2", DEC="30/06/2024"),  # ends on the closure date: fine
        ep(URN="SC2", DEC="01/07/2024"),  # ends after it
        ep(URN="SC2"),  # open at 31 March 2025, after the closure
        ep(),  # provider not closed
    ]
    assert flagged("228", 2025, rows) == [3, 4]
    # In 2023/24 the year ends on 31 March 2024, before the closure: the open episode is fine.
    assert flagged("228", 2024, rows) == [3]


def test_229_own_provision_in_area_other_las_outside() -> None:
    rows = [
        ep(),  # PR1, provider in the council's area: fine
        ep(URN="SC2", PLACE="K1", PLACE_PROVIDER="PR1"),  # PR1 in Birmingham
        ep(URN="SC2", PLACE="K1", PLACE_PROVIDER="PR2"),  # PR2 in Birmingham: fine
        ep(PLACE_PROVIDER="PR2"),  # PR2 in the council's own area
        ep(URN="SC9", PLACE_PROVIDER="PR1"),  # unknown URN: LA unknown, cannot be the council's
        ep(URN="SC9", PLACE_PROVIDER="PR3"),  # other providers are not checked
        ep(URN="SC2", PLACE="R1", PLACE_PROVIDER="PR1"),  # residential school: exempt from 2025/26
    ]
    assert flagged("229", 2025, rows) == [3, 5, 6, 8]
    assert flagged("229", 2026, rows) == [3, 5, 6]


def test_229_reads_provider_postcodes_the_directory_subset_lacks() -> None:
    # The caller loaded only "W" postcodes (the return's); the provider is in TW1, the council's
    # area, so the rule reads the "T" letter from the package itself.
    only_w = DIRECTORY.filter(pl.col("pcd").str.starts_with("W"))
    reference = Reference(la_code=LA, postcodes=only_w, providers=LISTS)
    tables = make_tables(Episodes=[ep(PL_POST="WV1 1AA"), ep(PLACE_PROVIDER="PR2")])
    lines = [f.line for f in run(2025, tables, only=["229"], reference=reference)]
    assert lines == [3]


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026, 2027])
def test_every_rule_runs_every_published_year(year: int) -> None:
    rows = [ep(URN="SC9", PLACE_PROVIDER="PR1")]
    for code in ("219", "224", "229", "1008"):
        assert flagged(code, year, rows) == [2], code
