"""Validation of stored returns: stored runs, staleness, grouping by child, and the import gate."""

from __future__ import annotations

import pytest

import ssda903
from careassure.audit.models import AuditEvent
from careassure.imports.services import return_save
from careassure.validation.models import ValidationRun
from careassure.validation.selectors import findings_by_child, rule_summary, stored_years
from careassure.validation.services import (
    ImportPolicy,
    previous_return,
    run_findings,
    run_is_current,
    validation_gate,
    validation_run_current,
    validation_run_for_year,
)
from tests.factories import ChildFactory
from tests.ssda903.validation.conftest import make_tables


def header(code: str, sex: str = "M") -> dict[str, str]:
    return {"CHILD": code, "SEX": sex, "DOB": "01/01/2015", "ETHNIC": "WBRI"}


def store(year: int, *rows: dict[str, str], actor=None) -> None:
    tables = make_tables(Header=list(rows))
    return_save(ret=ssda903.Return(year=year, tables=tables), actor=actor, files=["header.csv"])


@pytest.fixture
def two_teams(personas):
    """The personas' child (team 1) has an invalid SEX; a child of team 2 has one too."""
    other = ChildFactory(code="900002", team=personas.other_team_worker.worker.team)
    store(
        2025, header(personas.child.code, "X"), header(other.code, "1"), actor=personas.qa_officer
    )
    return personas, other


def test_rule_101_invalid_sex_in_2025_is_found_and_stored(two_teams):
    p, other = two_teams
    vrun = validation_run_for_year(year=2025, actor=p.qa_officer)
    found = [f for f in run_findings(vrun) if f.rule == "101"]
    assert [(f.child, f.table, f.line, f.fields, f.values) for f in found] == [
        (p.child.code, "Header", 2, ("SEX",), ("X",)),
        (other.code, "Header", 3, ("SEX",), ("1",)),
    ]
    assert "sex is not valid" in found[0].message
    assert vrun.finding_count == len(vrun.findings) >= 2
    assert not vrun.with_previous
    event = AuditEvent.objects.get(action="validate_903")
    assert event.detail["findings"] == vrun.finding_count


def test_findings_are_grouped_by_child_and_hidden_children_are_not_named(two_teams):
    p, other = two_teams
    findings = run_findings(validation_run_for_year(year=2025, actor=p.qa_officer))

    everyone = findings_by_child(findings, p.qa_officer)
    assert [g.code for g in everyone.groups] == sorted([p.child.code, other.code])
    assert everyone.hidden_findings == 0
    first = everyone.groups[[g.code for g in everyone.groups].index(p.child.code)]
    assert first.child == p.child
    assert {f.rule for f in first.findings} >= {"101"}
    assert all(f.child == p.child.code for f in first.findings)

    own_team = findings_by_child(findings, p.social_worker)
    assert [g.code for g in own_team.groups] == [p.child.code]
    hidden = [f for f in findings if f.child == other.code]
    assert own_team.hidden_findings == len(hidden) and own_team.hidden_children == 1

    other_team = findings_by_child(findings, p.other_team_worker)
    assert [g.code for g in other_team.groups] == [other.code]


def test_rule_summary_sorts_by_count_or_code(two_teams):
    p, _ = two_teams
    findings = run_findings(validation_run_for_year(year=2025, actor=p.qa_officer))
    by_count = rule_summary(findings, "count")
    assert [r.count for r in by_count] == sorted((r.count for r in by_count), reverse=True)
    assert sum(r.count for r in by_count) == len(findings)
    assert dict((r.code, r.count) for r in by_count)["101"] == 2
    assert {r.code for r in rule_summary(findings, "code")} == {r.code for r in by_count}


def test_a_run_goes_out_of_date_when_the_return_is_imported_again(two_teams):
    p, _ = two_teams
    first = validation_run_current(year=2025, actor=p.qa_officer)
    assert validation_run_current(year=2025, actor=p.qa_officer).pk == first.pk  # not recomputed
    store(2025, header(p.child.code, "F"), actor=p.qa_officer)
    first.refresh_from_db()
    assert not run_is_current(first)
    second = validation_run_current(year=2025, actor=p.qa_officer)
    assert second.pk != first.pk
    assert "101" not in {f.rule for f in run_findings(second)}
    assert ValidationRun.objects.filter(year=2025).count() == 1  # the old run is superseded


def test_last_years_return_is_used_when_held_and_makes_the_run_stale(two_teams):
    p, _ = two_teams
    vrun = validation_run_for_year(year=2025, actor=p.qa_officer)
    assert previous_return(2025) is None
    store(2024, header(p.child.code, "1"), actor=p.qa_officer)
    assert previous_return(2025).tables["Header"]["SEX"].to_list() == ["1"]
    assert not run_is_current(vrun)
    again = validation_run_current(year=2025, actor=p.qa_officer)
    assert again.with_previous


def test_index_lists_years_with_their_runs(two_teams):
    p, _ = two_teams
    [before] = stored_years()
    assert before.run is None and not before.current
    vrun = validation_run_for_year(year=2025, actor=p.qa_officer)
    [after] = stored_years()
    assert after.run.pk == vrun.pk and after.current


def test_a_year_without_published_rules_stores_an_empty_run(personas):
    store(2020, header(personas.child.code, "9"))
    vrun = validation_run_for_year(year=2020, actor=personas.qa_officer)
    assert not vrun.rules_available and vrun.finding_count == 0


def test_the_gate_refuses_or_warns_as_the_council_chooses(db):
    bad = ssda903.Return(year=2025, tables=make_tables(Header=[header("A1", "X")]))
    refused, findings = validation_gate(ret=bad, previous=None, policy=ImportPolicy.REFUSE)
    assert not refused and "101" in {f.rule for f in findings}
    warned, same = validation_gate(ret=bad, previous=None, policy="warn")
    assert warned and same == findings
    with pytest.raises(ValueError, match="unknown import policy"):
        validation_gate(ret=bad, previous=None, policy="maybe")


EPISODE = {"DECOM": "01/01/2023", "RNE": "S", "LS": "C2", "CIN": "N1", "PLACE": "U4"}


def test_the_gate_passes_a_year_with_no_rules_and_uses_last_year(db):
    old = ssda903.Return(year=2020, tables=make_tables(Header=[header("A1", "9")]))
    assert validation_gate(ret=old, previous=None, policy="refuse") == (True, [])
    # A1's care began before 2024/25, but last year's return has episodes only for B2: rule NoE.
    tables = make_tables(Header=[header("A1")], Episodes=[{"CHILD": "A1", **EPISODE}])
    this_year = ssda903.Return(year=2025, tables=tables)
    last_year = ssda903.Return(year=2024, tables=make_tables(Episodes=[{"CHILD": "B2", **EPISODE}]))
    _, alone = validation_gate(ret=this_year, previous=None, policy="refuse")
    _, compared = validation_gate(ret=this_year, previous=last_year, policy="refuse")
    assert "NoE" not in {f.rule for f in alone}
    assert [(f.rule, f.child) for f in compared if f.rule == "NoE"] == [("NoE", "A1")]
