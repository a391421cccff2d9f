"""Reading DfE 903 CSV files: tables by header row, values as submitted, officer-readable errors."""

from __future__ import annotations

import time
from pathlib import Path

import polars as pl
import pytest

from ssda903 import ReadError, read_return
from ssda903.tables import COLUMNS

FAKE = Path("/work/shared/peers/d2i-903-fake-data")
needs_fake = pytest.mark.skipif(
    not FAKE.is_dir(), reason="peer reference files (shared/peers) are not on this machine"
)
EPISODES_HEADER = ",".join(COLUMNS["Episodes"])
HEADER_HEADER = ",".join(COLUMNS["Header"])


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_tables_are_recognised_by_header_row_not_file_name(tmp_path):
    a = write(tmp_path, "export_1.csv", HEADER_HEADER + "\n1,M,01/02/2010,WBRI,,,\n")
    b = write(tmp_path, "export_2.csv", EPISODES_HEADER + "\n1,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n")
    ret = read_return([a, b], 2025)
    assert set(ret.tables) == {"Header", "Episodes"}
    assert ret.tables["Episodes"]["PLACE"].to_list() == ["U4"]
    assert ret.tables["Header"]["_file"].to_list() == ["export_1.csv"]


def test_values_are_strings_stripped_with_empty_as_null(tmp_path):
    text = HEADER_HEADER + "\n 0012 , 1 ,01/02/2010,WBRI,  ,,\n"
    ret = read_return([write(tmp_path, "h.csv", text)], 2024)
    header = ret.tables["Header"]
    assert header.schema["CHILD"] == pl.String
    assert header.row(0, named=True) == {
        "CHILD": "0012",
        "SEX": "1",
        "DOB": "01/02/2010",
        "ETHNIC": "WBRI",
        "UPN": None,
        "MOTHER": None,
        "MC_DOB": None,
        "_line": 2,
        "_file": "h.csv",
    }


def test_columns_may_come_in_any_order_and_case_and_are_returned_in_dfe_order(tmp_path):
    text = "dob,Child,SEX,ETHNIC,UPN,MOTHER,MC_DOB\n01/02/2010,7,F,WBRI,,0,\n"
    header = read_return([write(tmp_path, "h.csv", text)], 2025).tables["Header"]
    assert header.columns == [*COLUMNS["Header"], "_line", "_file"]
    assert header.row(0)[:3] == ("7", "F", "01/02/2010")


def test_line_numbers_count_the_header_as_line_1_and_survive_blank_lines(tmp_path):
    rows = ["1,M,01/02/2010,WBRI,,,", "", "2,F,01/02/2011,WBRI,,,", "3,F,01/02/2012,WBRI,,,"]
    text = HEADER_HEADER + "\n" + "\n".join(rows) + "\n\n"
    header = read_return([write(tmp_path, "h.csv", text)], 2025).tables["Header"]
    assert header["CHILD"].to_list() == ["1", "2", "3"]
    assert header["_line"].to_list() == [2, 4, 5]


def test_a_quoted_value_with_a_line_break_keeps_later_line_numbers_physical(tmp_path):
    text = HEADER_HEADER + '\n"1",M,01/02/2010,"WB\nRI",,,\n2,F,01/02/2011,WBRI,,,\n'
    header = read_return([write(tmp_path, "h.csv", text)], 2025).tables["Header"]
    assert header["ETHNIC"].to_list() == ["WB\nRI", "WBRI"]
    assert header["_line"].to_list() == [2, 4]


def test_windows_line_endings_and_utf8_bom_are_read(tmp_path):
    text = "\ufeff" + HEADER_HEADER + "\r\n1,M,01/02/2010,WBRI,,,\r\n"
    ret = read_return([write(tmp_path, "h.csv", text)], 2025)
    assert ret.tables["Header"]["CHILD"].to_list() == ["1"]
    assert ret.encodings == {}


def test_windows_1252_file_is_read_and_the_encoding_reported(tmp_path):
    text = HEADER_HEADER + "\nSí£1,M,01/02/2010,WBRI,,,\n"
    ret = read_return([write(tmp_path, "h.csv", text, encoding="cp1252")], 2025)
    assert ret.tables["Header"]["CHILD"].to_list() == ["Sí£1"]
    assert ret.encodings == {"h.csv": "Windows-1252"}


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_refused_with_their_line(tmp_path):
    path = tmp_path / "h.csv"
    path.write_bytes((HEADER_HEADER + "\n1,M,01/02/2010,WBRI,,,\n").encode() + b"2\x81,F,,,,,\n")
    with pytest.raises(ReadError) as err:
        read_return([path], 2025)
    assert err.value.line == 3
    assert "neither UTF-8 nor Windows-1252" in str(err.value)


def test_unknown_column_is_named_in_the_error(tmp_path):
    text = EPISODES_HEADER + ",FAVOURITE_COLOUR\n" + "1,,,,,,,,,,,,,blue\n"
    with pytest.raises(ReadError) as err:
        read_return([write(tmp_path, "episodes.csv", text)], 2025)
    assert err.value.file == "episodes.csv"
    assert err.value.line == 1
    assert err.value.field == "FAVOURITE_COLOUR"
    assert "closest to Episodes" in str(err.value)
    assert "FAVOURITE_COLOUR" in str(err.value)


def test_missing_column_is_named_in_the_error(tmp_path):
    text = EPISODES_HEADER.replace(",URN", "") + "\n"
    with pytest.raises(ReadError, match="needs column\\(s\\) URN"):
        read_return([write(tmp_path, "episodes.csv", text)], 2025)


@pytest.mark.parametrize("row", ["1,M,01/02/2010,WBRI,,", "1,M,01/02/2010,WBRI,,,,"])
def test_a_row_with_the_wrong_number_of_fields_is_refused_with_its_line(tmp_path, row):
    text = HEADER_HEADER + "\n2,F,01/02/2011,WBRI,,,\n" + row + "\n"
    with pytest.raises(ReadError) as err:
        read_return([write(tmp_path, "header.csv", text)], 2025)
    assert err.value.line == 3
    assert str(err.value).startswith("header.csv line 3: has ")
    assert "the header row has 7" in str(err.value)


def test_the_same_table_twice_is_refused(tmp_path):
    a = write(tmp_path, "a.csv", HEADER_HEADER + "\n1,M,01/02/2010,WBRI,,,\n")
    b = write(tmp_path, "b.csv", HEADER_HEADER + "\n2,M,01/02/2010,WBRI,,,\n")
    with pytest.raises(ReadError, match=r"a\.csv already supplied it"):
        read_return([a, b], 2025)


def test_a_table_the_year_does_not_collect_is_refused(tmp_path):
    text = ",".join(COLUMNS["SWEpisodes"]) + "\n"
    with pytest.raises(ReadError, match="from 2023/24; this is a 2017/18 return"):
        read_return([write(tmp_path, "sw.csv", text)], 2018)
    assert "SWEpisodes" in read_return([write(tmp_path, "sw.csv", text)], 2024).tables


def test_trailing_unnamed_empty_column_is_tolerated_but_not_if_it_holds_values(tmp_path):
    ok = HEADER_HEADER + ",\n1,M,01/02/2010,WBRI,,,,\n"
    assert read_return([write(tmp_path, "h.csv", ok)], 2025).tables["Header"].height == 1
    bad = HEADER_HEADER + ",\n1,M,01/02/2010,WBRI,,,,\n2,M,01/02/2010,WBRI,,,,oops\n"
    with pytest.raises(ReadError, match="column 8 has no name") as err:
        read_return([write(tmp_path, "h.csv", bad)], 2025)
    assert err.value.line == 3


def test_empty_and_missing_files_are_refused(tmp_path):
    with pytest.raises(ReadError, match="is empty"):
        read_return([write(tmp_path, "h.csv", "")], 2025)
    with pytest.raises(ReadError, match="could not be opened"):
        read_return([tmp_path / "nowhere.csv"], 2025)


def test_unsupported_year_is_refused(tmp_path):
    with pytest.raises(ValueError, match="2017"):
        read_return([], 2017)


@needs_fake
def test_reads_the_d2i_fake_2017_18_csv_set():
    skip = {"placed_for_adoption_errors.csv", "sw_episodes.csv", "DoLo.csv"}
    paths = sorted(p for p in FAKE.glob("*.csv") if p.name not in skip)
    ret = read_return(paths, 2018)
    for path in paths:
        frame = next(f for f in ret.tables.values() if f["_file"][0] == path.name)
        data_lines = len(path.read_text().splitlines()) - 1
        assert frame.height == data_lines
        assert frame["_line"].to_list() == list(range(2, data_lines + 2))
    assert ret.tables["Episodes"].row(0)[:6] == ("566910", "15/02/2016", "L", "C2", "N3", "T2")


def test_national_scale_episodes_read_in_seconds(tmp_path):
    row = "566910,14/08/2017,T,C2,N3,A3,PR3,,X1,,EG19 7TT,WV27 9FW,8969628\n"
    path = write(tmp_path, "episodes.csv", EPISODES_HEADER + "\n" + row * 300_000)
    started = time.process_time()  # CPU time: a busy CI machine should not fail the test
    frame = read_return([path], 2025).tables["Episodes"]
    assert time.process_time() - started < 3
    assert frame.height == 300_000
    assert frame["_line"][-1] == 300_001


def test_an_unclosed_quote_is_named(tmp_path):
    text = HEADER_HEADER + '\n1,"M,01/02/2010,WBRI,,,\n2,F,01/02/2011,WBRI,,,\n'
    with pytest.raises(ReadError, match=r"a quote \(\"\) opened on this line is not closed") as err:
        read_return([write(tmp_path, "h.csv", text)], 2025)
    assert err.value.line == 2


def test_utf16_files_and_old_mac_line_endings_are_read(tmp_path):
    utf16 = write(tmp_path, "a.csv", HEADER_HEADER + "\r\n1,M,01/02/2010,WBRI,,,\r\n", "utf-16")
    ret = read_return([utf16], 2025)
    assert ret.encodings == {"a.csv": "UTF-16"}
    mac = write(tmp_path, "b.csv", HEADER_HEADER + "\r1,M,x,WBRI,,,\r2,F,y,WBRI,,,\r")
    header = read_return([mac], 2025).tables["Header"]
    assert header.select("CHILD", "_line").rows() == [("1", 2), ("2", 3)]


def test_a_row_of_empty_fields_is_kept_as_a_row_of_nulls(tmp_path):
    text = HEADER_HEADER + "\n,,,,,,\n1,M,01/02/2010,WBRI,,,\n"
    header = read_return([write(tmp_path, "h.csv", text)], 2025).tables["Header"]
    assert header.select("CHILD", "_line").rows() == [(None, 2), ("1", 3)]


def test_duplicate_header_column_is_refused(tmp_path):
    text = HEADER_HEADER + ",child\n1,M,01/02/2010,WBRI,,,,1\n"
    with pytest.raises(ReadError, match="names CHILD more than once") as err:
        read_return([write(tmp_path, "h.csv", text)], 2025)
    assert err.value.field == "CHILD"


@pytest.mark.parametrize(("separator", "called"), [(";", "semicolons"), ("\t", "tabs")])
def test_a_file_separated_by_something_other_than_commas_is_named(tmp_path, separator, called):
    text = HEADER_HEADER.replace(",", separator) + "\n"
    with pytest.raises(ReadError, match=f"separates its columns with {called}"):
        read_return([write(tmp_path, "h.csv", text)], 2025)


def test_fully_quoted_exports_are_read(tmp_path):
    quoted = ",".join(f'"{c}"' for c in COLUMNS["Header"])
    text = quoted + '\r\n"1","M","01/02/2010","WBRI","","",""\r\n'
    header = read_return([write(tmp_path, "h.csv", text)], 2025).tables["Header"]
    assert header.row(0)[:5] == ("1", "M", "01/02/2010", "WBRI", None)
