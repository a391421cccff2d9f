"""903 code lists by year: checked against the LIIA pipeline schema chain, and the named changes."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

from ssda903 import Return, code_issues
from ssda903.codelists import PLACE_Z1_LAST
from ssda903.codes import describe, ordered_codes, valid_codes
from ssda903.tables import COLUMNS, FIRST_YEAR, LAST_YEAR

SPEC = Path("/work/shared/peers/liiatools-pipeline-spec")
needs_spec = pytest.mark.skipif(
    not SPEC.is_dir(), reason="peer reference files (shared/peers) are not on this machine"
)


def liia_code_lists(year: int) -> dict[str, set[str]]:
    """Code lists for `year` from LIIA-P's 2017 schema plus every diff up to that year.

    A deliberately small reader for these files' layout (no YAML library is installed): a
    `column_map.<table>.<COL>.category:` key or an indented `<COL>:` key starts a list, and each
    `- code: "X"` line adds to it.
    """
    diffs = sorted(p for p in SPEC.glob("SSDA903_schema_*.diff.yml") if int(p.name[15:19]) <= year)
    files = [SPEC / "SSDA903_schema_2017.yml", *diffs]
    lists: dict[str, set[str]] = {}
    for path in files:
        column = None
        for line in path.read_text().splitlines():
            key = re.match(r"^column_map\.\w+\.([A-Z_]+)\.category:|^\s+([A-Z_]+):\s*$", line)
            if key:
                column = key.group(1) or key.group(2)
                lists[column] = set()
            elif (m := re.match(r'^\s*- code: "(.*)"', line)) and column:
                lists[column].add(m.group(1))
    return {column: codes for column, codes in lists.items() if codes}


def table_of(column: str) -> str:
    return next(t for t, cols in COLUMNS.items() if column in cols)


@needs_spec
@pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_YEAR + 1))
def test_every_list_matches_the_liia_pipeline_schema_for_the_year(year):
    expected = liia_code_lists(year)
    assert len(expected) >= 25
    for column, codes in expected.items():
        assert valid_codes(year, table_of(column), column) == codes, (year, column)


@pytest.mark.parametrize(
    ("column", "code", "valid_years"),
    [
        ("SEX", "1", range(2018, 2025)),
        ("SEX", "M", range(2025, 2028)),
        ("SEX", "U", range(2025, 2028)),
        ("PLACE", "K3", range(2025, 2028)),
        ("PLACE", "H5", range(2018, 2025)),
        ("PLACE", "P2", range(2018, 2025)),
        ("PLACE", "Z11", range(2026, 2028)),
        ("PLACE", "Z14", range(2026, 2028)),
        ("PLACE", "Z1", range(2018, PLACE_Z1_LAST + 1)),
        ("REC", "E43", range(2018, 2019)),
        ("REC", "E44", range(2018, 2019)),
        ("REC", "E45", range(2019, 2028)),
        ("REASON_PLACE_CHANGE", "CUSTOD", range(2019, 2028)),
        ("ACTIV", "F3", range(2018, 2022)),
        ("ACTIV", "F4", range(2022, 2028)),
    ],
)
def test_year_by_year_changes(column, code, valid_years):
    table = table_of(column)
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        assert (code in valid_codes(year, table, column)) == (year in valid_years), year


def test_uasc_sex_follows_header_sex():
    for year in (2024, 2025):
        assert valid_codes(year, "UASC", "SEX") == valid_codes(year, "Header", "SEX")


def test_columns_without_lists_and_unknown_columns():
    assert valid_codes(2025, "Header", "CHILD") is None
    assert valid_codes(2025, "Episodes", "DECOM") is None
    with pytest.raises(KeyError, match="no column 'PLACE'"):
        valid_codes(2025, "Header", "PLACE")
    with pytest.raises(KeyError, match="no table"):
        valid_codes(2025, "Placements", "PLACE")
    with pytest.raises(ValueError, match="2030"):
        valid_codes(2030, "Episodes", "PLACE")


def test_ordered_codes_follow_the_guide():
    assert ordered_codes(2025, "Reviews", "REVIEW_CODE")[:3] == ("PN0", "PN1", "PN2")
    assert ordered_codes(2019, "Episodes", "REC")[:3] == ("X1", "E11", "E12")


def test_describe_gives_plain_english_and_says_when_a_code_is_from_another_year():
    assert describe(2025, "Episodes", "PLACE", "U4") == (
        "Foster placement with other foster carer, long-term"
    )
    assert describe(2025, "OC3", "ACCOM", "D1").startswith("Semi-independent")
    assert describe(2025, "OC3", "ACCOM", "D1").endswith(", suitable")
    assert describe(2025, "Episodes", "PLACE", "H5").endswith(
        "(used up to 2023/24, not in 2024/25)"
    )
    assert describe(2024, "Episodes", "PLACE", "K3").endswith("(used from 2024/25, not in 2023/24)")
    assert describe(2020, "Episodes", "REC", "E43").endswith(
        "(used in 2017/18 only, not in 2019/20)"
    )
    assert describe(2025, "Header", "SEX", "Q") == "Q (not a SEX code)"
    assert describe(2025, "Header", "UPN", "UN1") == "UPN not known: child not yet of school age"
    assert describe(2025, "Header", "UPN", "A123456789012") == "A123456789012"
    assert describe(2025, "Header", "CHILD", "UN1") == "UN1"


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    data = {c: [r.get(c) for r in rows] for c in COLUMNS[table]}
    return pl.DataFrame(data, schema={c: pl.String for c in COLUMNS[table]}).with_columns(
        pl.int_range(2, len(rows) + 2, dtype=pl.Int64).alias("_line"),
        pl.lit(f"{table.lower()}.csv").alias("_file"),
    )


def test_code_issues_lists_every_bad_code_and_date_but_not_blanks():
    ret = Return(
        year=2025,
        tables={
            "Header": frame("Header", [
                {"CHILD": "A", "SEX": "1", "DOB": "31/02/2010", "ETHNIC": "WBRI"},
                {"CHILD": "B", "SEX": "F", "DOB": "1/2/2010", "ETHNIC": None},
                {"CHILD": "C", "SEX": "U", "DOB": "01/02/2010", "ETHNIC": "wbri"},
            ]),
            "Episodes": frame("Episodes", [
                {"CHILD": "A", "DECOM": "01/04/2024", "PLACE": "H5", "RNE": "S"},
                {"CHILD": "B", "DECOM": "2024-04-01", "PLACE": "K3", "RNE": "S"},
            ]),
            "PrevPerm": frame("PrevPerm", [
                {"CHILD": "A", "DOB": "01/02/2010", "PREV_PERM": "P1", "DATE_PERM": "zz/05/2015"},
                {"CHILD": "B", "DOB": "01/02/2010", "PREV_PERM": "P4", "DATE_PERM": "zz/zz/zzzz"},
                {"CHILD": "C", "DOB": "01/02/2010", "PREV_PERM": "P2", "DATE_PERM": "zz/13/2015"},
            ]),
        },
    )  # fmt: skip
    found = [(i.table, i.line, i.column, i.value, i.kind) for i in code_issues(ret)]
    assert found == [
        ("Header", 2, "SEX", "1", "code"),
        ("Header", 2, "DOB", "31/02/2010", "date"),
        ("Header", 3, "DOB", "1/2/2010", "date"),
        ("Header", 4, "ETHNIC", "wbri", "code"),
        ("Episodes", 2, "PLACE", "H5", "code"),
        ("Episodes", 3, "DECOM", "2024-04-01", "date"),
        ("PrevPerm", 4, "DATE_PERM", "zz/13/2015", "date"),
    ]


def test_code_issue_carries_what_a_page_needs():
    ret = Return(year=2025, tables={"Episodes": frame("Episodes", [{"CHILD": "7", "PLACE": "H5"}])})
    (issue,) = code_issues(ret)
    assert (issue.file, issue.line, issue.child) == ("episodes.csv", 2, "7")
    assert issue.valid == ordered_codes(2025, "Episodes", "PLACE")
    assert "K3" in issue.valid and "H5" not in issue.valid
    assert issue.message.startswith("PLACE is 'H5', which is not a 2024/25 PLACE code (valid: A3,")
    bad_date = code_issues(
        Return(
            year=2025, tables={"Episodes": frame("Episodes", [{"CHILD": "7", "DEC": "31/02/2024"}])}
        )
    )
    assert bad_date[0].message == "DEC is '31/02/2024', which is not a date in DD/MM/YYYY"


def test_a_code_in_the_wrong_case_gets_a_hint():
    ret = Return(year=2025, tables={"Header": frame("Header", [{"CHILD": "1", "ETHNIC": "wbri"}])})
    (issue,) = code_issues(ret)
    assert (
        issue.message
        == "ETHNIC is 'wbri', which is not a 2024/25 ETHNIC code; did you mean 'WBRI'?"
    )
    assert issue.value == "wbri"
