"""The report writers give the same text for `run`'s findings as for a plain list of them."""

import csv
import io
import json

from ssda903.validation import Finding, report, run
from tests.ssda903.validation.conftest import make_tables

TRICKY = Finding(
    rule="102",
    table="Header",
    line=7,
    child=None,
    fields=("DOB", "SEX"),
    values=(None, 'a, "quoted"\nvalue'),
    message="Date of birth is not a valid date.",
    file="h.csv",
)


def test_csv_is_what_the_csv_module_reads_back():
    out = io.StringIO()
    report.write_csv([TRICKY], out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row == {**report.record(TRICKY), "line": "7"}


def test_an_empty_report_has_its_header():
    out = io.StringIO()
    report.write_csv([], out)
    assert out.getvalue() == ",".join(report.COLUMNS) + "\n"
    assert report.format_table([]) == "No errors found.\n"


def test_run_findings_and_a_plain_list_write_the_same():
    tables = make_tables(Header=[{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "1"}])
    found = run(2025, tables)
    plain = list(found)
    for write in (report.to_json, report.format_table, report.summary):
        assert write(found) == write(plain)
    a, b = io.StringIO(), io.StringIO()
    report.write_csv(found, a)
    report.write_csv(plain, b)
    assert a.getvalue() == b.getvalue()
    assert json.loads(report.to_json(found)) == [report.record(f) for f in plain]


def test_summary_counts_each_rule_in_rule_order():
    other = Finding("1001", "Episodes", 2, "9", (), (), "m1001")
    assert report.summary([other, TRICKY, TRICKY]) == [
        {"rule": "102", "errors": 2, "message": TRICKY.message},
        {"rule": "1001", "errors": 1, "message": "m1001"},
    ]
