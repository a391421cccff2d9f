"""`run`'s findings: a list of `Finding` kept in one frame until read one by one."""

import pickle

import polars as pl

from ssda903.validation import Finding, run
from ssda903.validation.findings import FRAME_SCHEMA, Findings, frame_of
from tests.ssda903.validation.conftest import make_tables

# Rule 101 flags the old sex codes; 102 an unparseable date of birth.
TABLES = make_tables(
    Header=[
        {"CHILD": "a", "SEX": "M", "DOB": "01/01/2015"},
        {"CHILD": "b", "SEX": "1", "DOB": "not a date"},
        {"CHILD": "c", "SEX": "2", "DOB": "01/02/2016"},
    ]
)


def test_findings_are_sorted_by_table_line_then_rule_number():
    found = run(2025, TABLES, only=["101", "102"])
    assert isinstance(found, Findings)
    assert len(found) == found.frame.height
    keys = [(f.table, f.line, f.rule) for f in found]
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], int(k[2])))
    assert {(f.line, f.rule) for f in found} >= {(3, "101"), (4, "101"), (3, "102")}


def test_a_finding_names_the_child_file_and_submitted_values():
    (first,) = run(2025, TABLES, only=["101"])[:1]
    assert first == Finding(
        rule="101",
        table="Header",
        line=3,
        child="b",
        fields=("SEX",),
        values=("1",),
        message=first.message,
        file="Header.csv",
    )


def test_behaves_as_a_list():
    found = run(2025, TABLES, only=["101"])
    as_list = list(found)
    assert found == as_list and as_list == found
    assert found[-1] == as_list[-1] and found[0] in found
    assert bool(found) and not run(2025, TABLES, only=["999"])
    assert run(2025, TABLES, only=["999"]) == []
    assert pickle.loads(pickle.dumps(found)) == as_list


def test_a_changed_list_rebuilds_its_frame():
    found = run(2025, TABLES, only=["101"])
    dropped = found.pop()
    assert found.frame.height == len(found) == 1
    found.append(dropped)
    assert found.frame.get_column("line").to_list() == [3, 4]


def test_frame_of_a_plain_list_matches_the_frame_run_keeps():
    found = run(2025, TABLES, only=["101", "102"])
    rebuilt = frame_of(list(found))
    assert rebuilt.schema == pl.Schema(FRAME_SCHEMA)
    assert rebuilt.equals(found.frame)
