"""Reproducibility, sizes, invented identities and the CSV export."""

from __future__ import annotations

from pathlib import Path

import pytest

from democouncil import Council, generate
from democouncil.export import export_903
from democouncil.names import FAMILY, GIVEN, REAL_PLACES
from ssda903 import read_return


def _same_returns(a: Council, b: Council) -> bool:
    return a.returns.keys() == b.returns.keys() and all(
        a.returns[y].keys() == b.returns[y].keys()
        and all(a.returns[y][t].equals(b.returns[y][t]) for t in a.returns[y])
        for y in a.returns
    )


def test_same_seed_gives_identical_council(council: Council) -> None:
    again = generate(children=200, years=5, seed=7)
    assert _same_returns(council, again)
    assert again.documents == council.documents
    assert again.visits == council.visits and again.allocations == council.allocations
    assert again.children == council.children and again.workers == council.workers


def test_different_seed_gives_a_different_council(council: Council) -> None:
    other = generate(children=200, years=5, seed=8, casefile=False)
    assert not _same_returns(council, other)


def test_skipping_the_case_file_leaves_the_903_unchanged(council: Council) -> None:
    lean = generate(children=200, years=5, seed=7, casefile=False)
    assert _same_returns(council, lean)
    assert lean.documents == [] and lean.visits == [] and lean.health_assessments == []


def test_exactly_the_children_asked_for(council: Council) -> None:
    assert len(council.children) == 200
    in_returns = {c for t in council.returns.values() for c in t["Header"]["CHILD"]}
    assert in_returns == {c.child for c in council.children}


def test_names_are_invented_from_our_lists(council: Council) -> None:
    given = {n for by_sex in GIVEN.values() for names in by_sex.values() for n in names}
    family = {n for names in FAMILY.values() for n in names}
    assert all(c.given_name in given and c.family_name in family for c in council.children)
    assert 950 <= int(council.la_code) <= 999
    restricted = sum(c.restricted for c in council.children)
    assert 0 < restricted < 0.1 * len(council.children)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        generate(children=0, years=1, seed=1)
    with pytest.raises(ValueError, match="not supported"):
        generate(children=10, years=12, seed=1)


def test_export_round_trips_through_the_reader(council: Council, tmp_path: Path) -> None:
    paths = export_903(council, tmp_path)
    assert (tmp_path / "2026" / "episodes.csv") in paths
    back = read_return(sorted((tmp_path / "2026").glob("*.csv")), 2026)
    for name, frame in council.returns[2026].items():
        assert back.tables[name].equals(frame), name


def test_council_and_school_names_avoid_real_places(council: Council) -> None:
    place = council.name.split()[0]
    assert place not in REAL_PLACES
    for doc in council.documents[:500]:
        assert not any(f"{p} " in doc.text for p in ("Ashford", "Elmbridge", "Ashfield"))


def test_export_as_xml_reads_back_the_same_episodes(council: Council, tmp_path: Path) -> None:
    paths = export_903(council, tmp_path, fmt="xml")
    assert [p.name for p in paths] == [f"903_{y}.xml" for y in sorted(council.returns)]
    back = read_return([tmp_path / "2026" / "903_2026.xml"], 2026)
    for name in ("Episodes", "Reviews", "OC2", "SWEpisodes"):
        mine = council.returns[2026][name].drop("_line", "_file")
        assert back.tables[name].drop("_line", "_file").equals(mine), name
    with pytest.raises(ValueError, match="csv"):
        export_903(council, tmp_path, fmt="json")
