"""bench/inject.py, the per-rule error injector of the parity harness (docs/validation.md,
"Parity on a generated return with errors injected per rule"): reproducible, in the rules' own
tables, and by default without the damage that stops the peer's rules outright."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from bench.inject import EXTRA, ONE_ROW_TABLES, Injector, Return, inject, table_name

from democouncil import generate
from democouncil.export import export_903
from ssda903.validation import rules_for_year
from ssda903.validation.engine import rule_info

YEAR = 2026


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[Path]]:
    root = tmp_path_factory.mktemp("demo")
    export_903(generate(120, 2, 3, as_at=date(2026, 3, 31), casefile=False), root)
    return sorted((root / "2026").glob("*.csv")), sorted((root / "2025").glob("*.csv"))


def _read(paths: list[Path]) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


def test_same_seed_same_damage_and_the_input_is_left_alone(demo, tmp_path):
    this, last = demo
    before = _read(this)
    a, _, done_a = inject(this, last, YEAR, 5, tmp_path / "a")
    b, _, done_b = inject(this, last, YEAR, 5, tmp_path / "b")
    c, _, _ = inject(this, last, YEAR, 6, tmp_path / "c")
    assert done_a == done_b
    assert [p.read_text() for p in a] == [p.read_text() for p in b]
    assert [p.read_text() for p in a] != [p.read_text() for p in c]
    assert _read(this) == before


def test_each_rule_is_damaged_in_its_own_tables(demo, tmp_path):
    this, last = demo
    _, _, done = inject(this, last, YEAR, 1, tmp_path)
    by_rule: dict[str, set[str]] = {}
    for i in done:
        by_rule.setdefault(i.rule, set()).update(i.table.split(","))
    assert len(by_rule) > 0.9 * len(rules_for_year(YEAR))
    for code, tables in by_rule.items():
        named = {t for t in rule_info(YEAR)[code].tables if table_name(t)}
        ours = {f"{t}_last" if last else t for t, last in map(table_name, named) if t}
        own = tables & (ours | {t.removesuffix("_last") for t in ours})
        assert own or code in EXTRA or not ours, (code, tables, ours)


def test_peer_safe_keeps_one_row_per_child_and_every_decom(demo, tmp_path):
    this, last = demo
    out, out_last, _ = inject(this, last, YEAR, 1, tmp_path)
    kinds = {name: tables for name, tables in (("this", out), ("last", out_last or []))}
    for files in kinds.values():
        got = Return.read(files)
        for table in ONE_ROW_TABLES & set(got.tables):
            children = [r["CHILD"] for r in got.tables[table]]
            assert len(children) == len(set(children)), table
        for row in got.tables["Episodes"]:
            assert row["DECOM"].count("/") == 2, row


def test_dates_relative_to_the_collection_year():
    inj = Injector(Return(), None, YEAR, 1, 1)
    assert inj.when("start-19y") == "01/04/2006"
    assert inj.when("end-17y-30d") == "01/03/2009"
    assert inj.when("start+60d-18y") == "31/05/2007"
    assert inj.when("E11") == "E11"


def test_table_names_with_dfe_typos():
    assert table_name("MIssing") == ("Missing", False)
    assert table_name("HEader_last") == ("Header", True)
    assert table_name("OC2s") == ("OC2", False)
    assert table_name("Provider Info") is None


def test_rows_written_back_as_read(demo, tmp_path):
    this, _ = demo
    got = Return.read(this)
    written = got.write(tmp_path)
    for path in written:
        with path.open(encoding="utf-8") as f, (this[0].parent / path.name).open() as g:
            assert list(csv.reader(f)) == list(csv.reader(g))
