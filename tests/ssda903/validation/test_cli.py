"""`careassure validate` end to end: real files in, every output format out."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssda903.validation.cli import main

FAKE = Path("/work/shared/peers/d2i-903-fake-data")
FAKE_FILES = ["header.csv", "episodes.csv", "uasc.csv", "oc3.csv"]
needs_fake = pytest.mark.skipif(not FAKE.exists(), reason="peer fake 903 data not present")

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@needs_fake
def test_csv_report_lines_point_at_the_submitted_rows(tmp_path):
    out = tmp_path / "errors.csv"
    paths = [str(FAKE / f) for f in FAKE_FILES]
    assert main([*paths, "--year", "2025", "--format", "csv", "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["rule", "table", "line", "child", "fields", "values", "message"]
    # The fake data uses the pre-2024/25 sex codes 1 and 2, so rule 101 flags every Header row.
    header_lines = (FAKE / "header.csv").read_text(encoding="utf-8").splitlines()
    sex_errors = [r for r in rows if r["rule"] == "101"]
    assert len(sex_errors) == len(header_lines) - 1
    for row in sex_errors[:50]:
        submitted = header_lines[int(row["line"]) - 1].split(",")
        assert (row["child"], row["values"]) == (submitted[0], submitted[1])


@pytest.mark.slow
@needs_fake
def test_json_xlsx_and_table_formats_carry_the_same_errors(tmp_path, capsys):
    paths = [str(FAKE / f) for f in FAKE_FILES]
    assert main([*paths, "--year", "2025", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records and set(records[0]) == {
        "rule", "table", "line", "child", "fields", "values", "message",
    }  # fmt: skip

    book_path = tmp_path / "errors.xlsx"
    assert main([*paths, "--year", "2025", "--format", "xlsx", "--out", str(book_path)]) == 0
    book = load_workbook(book_path)
    assert book.sheetnames == ["Errors", "Summary by rule"]
    errors, by_rule = book["Errors"], book["Summary by rule"]
    assert errors.max_row - 1 == len(records)
    assert errors.auto_filter.ref and by_rule.auto_filter.ref
    assert sum(row[1] for row in by_rule.iter_rows(min_row=2, values_only=True)) == len(records)

    capsys.readouterr()
    assert main([*paths, "--year", "2025"]) == 0
    table = capsys.readouterr().out
    assert f"{len(records)} errors. Summary by rule:" in table


def test_previous_year_files_feed_the_rules_that_compare_years(tmp_path, capsys):
    now = _write(tmp_path / "now", "header.csv", HEADER + "1,M,01/01/2010,WBRI,UN1,,\n")
    before = _write(tmp_path / "before", "header.csv", HEADER + "1,F,01/01/2010,WBRI,UN1,,\n")
    args = [str(now), "--year", "2025", "--format", "json"]
    assert main(args) == 0
    assert "202" not in {r["rule"] for r in json.loads(capsys.readouterr().out)}
    assert main([*args, "--previous", str(before)]) == 0
    sex_changed = [r for r in json.loads(capsys.readouterr().out) if r["rule"] == "202"]
    assert [(r["table"], r["line"], r["child"], r["values"]) for r in sex_changed] == [
        ("Header", 2, "1", "M")
    ]


def test_unreadable_file_exits_2_naming_file_and_line(tmp_path, capsys):
    broken = _write(tmp_path, "header.csv", HEADER + "1,M,01/01/2010\n")
    assert main([str(broken), "--year", "2025"]) == 2
    message = capsys.readouterr().err
    assert "header.csv" in message and "line 2" in message


def test_year_without_published_rules_exits_2(tmp_path, capsys):
    header = _write(tmp_path, "header.csv", HEADER + "1,M,01/01/2010,WBRI,UN1,,\n")
    assert main([str(header), "--year", "2018"]) == 2
    assert "2017/18" in capsys.readouterr().err


def test_xlsx_needs_an_output_file(tmp_path, capsys):
    header = _write(tmp_path, "header.csv", HEADER + "1,M,01/01/2010,WBRI,UN1,,\n")
    assert main([str(header), "--year", "2025", "--format", "xlsx"]) == 2
    assert "--out" in capsys.readouterr().err


EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
    "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
)
# Own provision (PR1) in a children's home in Cambridge, for a London council: 1015 with --la.
OWN_PROVISION_AWAY = "1,01/05/2024,S,C2,N1,H5,PR1,,,,TW9 1DN,CB2 1TN,SC123456\n"


def test_la_code_and_postcodes_feed_the_placement_rules(tmp_path, capsys):
    episodes = _write(tmp_path, "episodes.csv", EPISODES + OWN_PROVISION_AWAY)
    args = [str(episodes), "--year", "2025", "--format", "json"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "1015" not in {r["rule"] for r in json.loads(captured.out)}
    assert "rules not run:" in captured.err and "1015" in captured.err and "--la" in captured.err

    assert main([*args, "--la", "E09000027"]) == 0
    captured = capsys.readouterr()
    assert [r["line"] for r in json.loads(captured.out) if r["rule"] == "1015"] == [2]
    assert "1015" not in captured.err and "--la" not in captured.err

    assert main([*args, "--la", "E09000027", "--no-postcodes"]) == 0
    captured = capsys.readouterr()
    assert "392c" in captured.err and "postcode directory" in captured.err


def test_unknown_la_code_exits_2(tmp_path, capsys):
    episodes = _write(tmp_path, "episodes.csv", EPISODES + OWN_PROVISION_AWAY)
    assert main([str(episodes), "--year", "2025", "--la", "E99999999"]) == 2
    assert "unknown local authority code 'E99999999'" in capsys.readouterr().err


@needs_fake
def test_providers_option_reads_ofsteds_lists(tmp_path, capsys):
    episodes = _write(tmp_path, "episodes.csv", EPISODES + OWN_PROVISION_AWAY)
    lists = [str(FAKE / "ch_fake.xlsx"), str(FAKE / "scp_fake.xlsx")]
    args = [str(episodes), "--year", "2026", "--la", "E09000027", "--format", "json"]
    assert main([*args, "--providers", *lists]) == 0
    assert "--providers" not in capsys.readouterr().err
    assert main([*args, "--providers", str(episodes)]) == 2  # not an Ofsted workbook
