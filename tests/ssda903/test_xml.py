"""Reading and writing DfE's 903 XML: the tag mapping, streaming, and officer-readable errors."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from lxml import etree

from ssda903 import ReadError, Return, WriteError, read_return, write_xml
from ssda903 import xml_format as fmt
from ssda903.tables import COLUMNS

FAKE_XML = Path("/work/shared/peers/d2i-903-fake-data/fake_903.xml")
needs_fake = pytest.mark.skipif(
    not FAKE_XML.is_file(), reason="peer reference files (shared/peers) are not on this machine"
)

ONE_CHILD = """<?xml version="1.0" encoding="utf-8"?>
<EXPSSDA903>
 <CHILD>
  <HEADER>
   <CHILDID>C1</CHILDID><UPN>A123456789012</UPN><SEX>M</SEX><DOB>01/02/2010</DOB>
   <ETHNIC>WBRI</ETHNIC><UASC>1</UASC><DUC>01/02/2028</DUC>
   <IN_TOUCH>YES</IN_TOUCH><ACTIV>F1</ACTIV><ACCOM>U1</ACCOM>
   <AMISSING><MISSING>M</MISSING><MIS_START>03/05/2024</MIS_START><MIS_END/></AMISSING>
   <AREVIEW><REVIEW>01/06/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
   <AREVIEW><REVIEW>01/12/2024</REVIEW><REVIEW_CODE>PN4</REVIEW_CODE></AREVIEW>
   <MOTHER/><MC_DOB/>
   <PERMANENCE><PREV_PERM>Z1</PREV_PERM></PERMANENCE>
   <SWEPISODE><SW_ID>SW1</SW_ID><SW_DECOM>01/04/2024</SW_DECOM><SW_REASON>FCONTA</SW_REASON>
   </SWEPISODE>
  </HEADER>
  <EPISODE><DECOM>01/04/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>K3</PL>
   <PLACE_PROVIDER>PR4</PLACE_PROVIDER><URN>SC123456</URN></EPISODE>
  <SWEPISODE><SW_ID>SW2</SW_ID><SW_DECOM>01/09/2024</SW_DECOM><SW_REASON>MANAGE</SW_REASON>
  </SWEPISODE>
 </CHILD>
</EXPSSDA903>
"""


def write_text(tmp_path: Path, text: str, name: str = "return.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tags_map_to_csv_columns_and_child_fields_are_copied_into_every_table(tmp_path):
    ret = read_return([write_text(tmp_path, ONE_CHILD)], 2025)
    t = ret.tables
    assert set(t) == {
        "Header", "Episodes", "Reviews", "UASC", "OC2", "OC3", "AD1", "PlacedAdoption",
        "PrevPerm", "Missing", "SWEpisodes",
    }  # fmt: skip
    assert t["Header"].row(0)[:5] == ("C1", "M", "01/02/2010", "WBRI", "A123456789012")
    assert t["Episodes"].select("CHILD", "PLACE", "URN", "DEC").row(0) == (
        "C1",
        "K3",
        "SC123456",
        None,
    )
    assert t["Reviews"].select("CHILD", "DOB", "REVIEW_CODE").rows() == [
        ("C1", "01/02/2010", "PN1"),
        ("C1", "01/02/2010", "PN4"),
    ]
    assert t["Reviews"]["_line"].to_list() == [2, 3]
    assert t["UASC"].row(0)[:4] == ("C1", "M", "01/02/2010", "01/02/2028")
    assert t["OC3"].row(0)[:5] == ("C1", "01/02/2010", "YES", "F1", "U1")
    assert t["Missing"]["MIS_END"].to_list() == [None]
    assert t["PrevPerm"].row(0)[:5] == ("C1", "01/02/2010", "Z1", None, None)
    # SWEPISODE is read both inside HEADER and directly inside CHILD (its place is UNCONFIRMED).
    assert t["SWEpisodes"]["SW_ID"].to_list() == ["SW1", "SW2"]
    assert t["AD1"].height == 0 and t["AD1"].columns[:-2] == list(COLUMNS["AD1"])
    assert t["Header"]["_file"].to_list() == ["return.xml"]


@needs_fake
def test_reads_the_d2i_fake_xml_return():
    t = read_return([FAKE_XML], 2018).tables
    heights = {name: frame.height for name, frame in t.items()}
    assert heights == {
        "Header": 253, "Episodes": 459, "Reviews": 1206, "UASC": 12, "OC2": 253, "OC3": 6,
        "AD1": 3, "PlacedAdoption": 3, "PrevPerm": 253, "Missing": 6,
    }  # fmt: skip
    first = t["Episodes"].row(0, named=True)
    assert (first["CHILD"], first["PLACE"], first["REASON_PLACE_CHANGE"]) == (
        "907440",
        "R5",
        "CUSTOD",
    )
    assert t["Header"]["UPN"][0] == "O013219285333"
    assert t["Episodes"]["_line"].to_list() == list(range(2, 461))


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("<EXPSSDA903><CHILD><HEADER></CHILD></EXPSSDA903>", 1, "not well-formed XML"),
        ("<?xml version='1.0'?>\n<Message><Header/></Message>", 2, "root element is <Message>"),
        ("<EXPSSDA903>\n<CHILD><HEADER>\n<FAVOURITE/></HEADER></CHILD></EXPSSDA903>", 3,
         "<FAVOURITE> inside <HEADER> is not part of the 903"),
        ("<EXPSSDA903><CHILD><HEADER/><EPISODE>\n<PL>U1</PL><PL>U2</PL></EPISODE></CHILD>"
         "</EXPSSDA903>", 2, "<PL> appears twice"),
        ("<EXPSSDA903>\n<KID/></EXPSSDA903>", 2, "expected <CHILD>"),
        ("<EXPSSDA903>\n<CHILD><EPISODE/></CHILD></EXPSSDA903>", 2, "has no <HEADER>"),
    ],
)  # fmt: skip
def test_unreadable_xml_is_refused_with_its_line(tmp_path, text, line, says):
    with pytest.raises(ReadError) as err:
        read_return([write_text(tmp_path, text)], 2025)
    assert err.value.file == "return.xml"
    assert err.value.line == line
    assert says in str(err.value)


def test_xml_errors_name_the_field_as_its_csv_column(tmp_path):
    text = (
        "<EXPSSDA903><CHILD><HEADER/><EPISODE><PL>U1</PL><PL>U2</PL></EPISODE></CHILD></EXPSSDA903>"
    )
    with pytest.raises(ReadError) as err:
        read_return([write_text(tmp_path, text)], 2025)
    assert err.value.field == "PLACE"


def test_social_worker_episodes_are_refused_before_2023_24(tmp_path):
    with pytest.raises(ReadError, match="collects from 2023/24; this is a 2022/23 return"):
        read_return([write_text(tmp_path, ONE_CHILD)], 2023)


def test_xml_entities_are_not_expanded(tmp_path):
    text = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
        "<EXPSSDA903><CHILD><HEADER><CHILDID>&e;</CHILDID></HEADER></CHILD></EXPSSDA903>"
    )
    with pytest.raises(ReadError, match="entity references"):
        read_return([write_text(tmp_path, text)], 2025)


def test_a_csv_may_supply_a_table_the_xml_holds_no_records_for(tmp_path):
    no_sw = ONE_CHILD.replace("SWEPISODE", "XX").replace("<XX>", "<!--").replace("</XX>", "-->")
    sw = ",".join(COLUMNS["SWEpisodes"]) + "\nC1,01/02/2010,SW9,01/04/2024,,FCONTA\n"
    csv = tmp_path / "sw.csv"
    csv.write_text(sw)
    ret = read_return([write_text(tmp_path, no_sw), csv], 2025)
    assert ret.tables["SWEpisodes"]["SW_ID"].to_list() == ["SW9"]
    assert ret.tables["SWEpisodes"]["_file"].to_list() == ["sw.csv"]
    with pytest.raises(ReadError, match=r"return\.xml already supplied it"):
        read_return([write_text(tmp_path, ONE_CHILD), csv], 2025)


def test_written_xml_follows_dfe_layout(tmp_path):
    ret = read_return([write_text(tmp_path, ONE_CHILD)], 2025)
    root = etree.parse(str(write_xml(ret, tmp_path / "out.xml"))).getroot()
    assert root.tag == fmt.ROOT
    child = root[0]
    assert [e.tag for e in child] == ["HEADER", "EPISODE", "SWEPISODE", "SWEPISODE"]
    header_tags = [e.tag for e in child.find("HEADER")]
    assert header_tags[:9] == [
        "CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "DUC", "IN_TOUCH", "ACTIV",
    ]  # fmt: skip
    assert child.findtext("HEADER/UASC") == "1"
    assert child.findtext("EPISODE/PL") == "K3"
    assert child.find("HEADER/AREVIEW/DOB") is None  # DOB lives once, in HEADER


def header_only(**rows: list[tuple]) -> Return:
    tables = {}
    for name, values in rows.items():
        frame = pl.DataFrame(values, schema=list(COLUMNS[name]), orient="row")
        tables[name] = frame.with_columns(
            pl.int_range(2, frame.height + 2, dtype=pl.Int64).alias("_line"),
            pl.lit(f"{name}.csv").alias("_file"),
        )
    return Return(year=2025, tables=tables)


def test_writer_refuses_csv_sets_xml_cannot_hold(tmp_path):
    h = ("1", "M", "01/02/2010", "WBRI", None, None, None)
    cases = [
        (header_only(Header=[h, h]), "repeat CHILD 1"),
        (header_only(Header=[h], Reviews=[("2", "01/02/2010", "01/06/2024", "PN1")]),
         "Reviews line 2 is for CHILD '2', who has no Header row"),
        (header_only(Header=[h], Reviews=[("1", "02/02/2010", "01/06/2024", "PN1")]),
         "gives CHILD 1 DOB '02/02/2010' but Header gives '01/02/2010'"),
        (header_only(Header=[h], OC3=[("1", "01/02/2010", "YES", "F1", "U1")] * 2),
         "OC3 has more than one row for CHILD 1"),
        (header_only(Header=[(None, *h[1:])]), "Header line 2 has no CHILD"),
        (Return(2018, header_only(Header=[h], SWEpisodes=[]).tables),
         "a 2017/18 return does not collect SWEpisodes"),
    ]  # fmt: skip
    for ret, says in cases:
        with pytest.raises(WriteError, match=re.escape(says)):
            write_xml(ret, tmp_path / "out.xml")


def test_a_value_xml_cannot_hold_is_refused_and_no_file_is_left(tmp_path):
    ret = header_only(Header=[("1", "M\x01", "01/02/2010", "WBRI", None, None, None)])
    with pytest.raises(WriteError, match="CHILD '1': a value cannot be written as XML"):
        write_xml(ret, tmp_path / "out.xml")
    assert list(tmp_path.iterdir()) == []


def test_utf16_xml_is_recognised_as_xml(tmp_path):
    path = tmp_path / "return.xml"
    path.write_bytes(ONE_CHILD.replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16"))
    assert read_return([path], 2025).tables["Header"]["CHILD"].to_list() == ["C1"]
