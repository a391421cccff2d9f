"""Reading Ofsted's provider lists: small workbooks built here, the public fake lists, bad files."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ssda903.reference.ofsted import COLUMNS, read_providers

FAKE = Path("/work/shared/peers/d2i-903-fake-data")


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


CH_HEADER = [
    "Local Authority",
    "URN",
    "Provider Type",
    "Registration Date",
    "Closed Date",
    "Provider Code",
    "Provider Placement Code",
    "Setting Address Postcode",
]


def test_children_homes_list(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "ch.xlsx",
        {
            "Provider information": [
                CH_HEADER,
                [
                    "Kent",
                    "SC000001",
                    "Childrens Home",
                    datetime(2020, 1, 2),
                    "-",
                    "K2",
                    "PR3",
                    "ab1 2cd",
                ],
                [
                    "Kent",
                    1234567,
                    "Childrens Home",
                    None,
                    datetime(2024, 5, 6),
                    "K2/K1",
                    "PR1/PR2",
                    "AB12CD",
                ],
                [None] * len(CH_HEADER),
            ]
        },
    )
    frame = read_providers([path])
    assert frame.schema == COLUMNS
    rows = frame.to_dicts()
    assert len(rows) == 2
    assert rows[0]["URN"] == "SC000001"
    assert rows[0]["place_codes"] == ["K2"]
    assert rows[0]["provider_codes"] == ["PR3"]
    assert rows[0]["postcode"] == "AB12CD"
    assert rows[0]["registered"] == date(2020, 1, 2)
    assert rows[0]["closed"] is None
    assert rows[0]["list"] == "CH"
    assert rows[0]["_file"] == "ch.xlsx"
    # A number URN is text; "/" separates codes in the CH list.
    assert rows[1]["URN"] == "1234567"
    assert rows[1]["place_codes"] == ["K2", "K1"]
    assert rows[1]["provider_codes"] == ["PR1", "PR2"]
    assert rows[1]["closed"] == date(2024, 5, 6)


def test_older_children_homes_list_with_address_sheet(tmp_path: Path) -> None:
    header = [h for h in CH_HEADER if h != "Setting Address Postcode"]
    path = workbook(
        tmp_path / "ch_old.xlsx",
        {
            "Settings and Inspection Info": [
                header,
                ["Kent", "SC1", "Childrens Home", None, "01/02/2023", "K2", "PR1"],
            ],
            "Address Details": [["URN", "Setting Postcode"], ["SC1", "ZZ9 9ZZ"]],
        },
    )
    row = read_providers([path]).row(0, named=True)
    assert (row["postcode"], row["closed"]) == ("ZZ99ZZ", date(2023, 2, 1))


SCP_HEADER = [
    "URN",
    "Provision type",
    "Setting postcode",
    "Local authority",
    "Placement code",
    "Placement provider code",
]


def test_social_care_providers_list_current_and_closed(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "scp.xlsx",
        {
            "Current providers": [
                SCP_HEADER,
                ["SC2", "Fostering", "AB1 2CD", "Kent", "U1,U2", "PR4"],
            ],
            "Providers closed in 2024-25": [
                [*SCP_HEADER, "Deregistration date"],
                ["SC3", "Fostering", "AB1 2CD", "Kent", "U1", "PR5", datetime(2024, 9, 1)],
            ],
        },
    )
    rows = read_providers([path]).to_dicts()
    assert [(r["URN"], r["place_codes"], r["closed"], r["list"]) for r in rows] == [
        ("SC2", ["U1", "U2"], None, "SCP"),
        ("SC3", ["U1"], date(2024, 9, 1), "SCP"),
    ]


def test_combined_list_with_supported_accommodation(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "combined.xlsx",
        {
            "Providers": [
                [
                    "local authority",
                    "URN",
                    "Placement code",
                    "Placement provider code",
                    "Deregistration date",
                    "Provider postcode",
                ],
                ["Kent", "SC4", "K1", "PR1, PR2", "-", "ab1 2cd"],
            ],
            "SA Providers": [
                ["Provider local authority", "URN", "Closed date", "Setting address postcode"],
                ["Kent", "SA5", "na", "AB1 2CD"],
            ],
        },
    )
    rows = read_providers([path]).to_dicts()
    assert [(r["URN"], r["place_codes"], r["provider_codes"], r["list"]) for r in rows] == [
        ("SC4", ["K1"], ["PR1", "PR2"], "SCP+CH"),
        # Supported accommodation is placement type K3; private (PR4) unless the list says.
        ("SA5", ["K3"], ["PR4"], "SA"),
    ]


def test_several_files_make_one_frame(tmp_path: Path) -> None:
    first = workbook(tmp_path / "a.xlsx", {"Provider information": [CH_HEADER, ["K", "A1"]]})
    second = workbook(tmp_path / "b.xlsx", {"Provider information": [CH_HEADER, ["K", "B1"]]})
    frame = read_providers([first, second])
    assert frame.select("URN", "_file").rows() == [("A1", "a.xlsx"), ("B1", "b.xlsx")]
    assert read_providers([]).schema == COLUMNS


def test_missing_column_names_the_file_sheet_and_column(tmp_path: Path) -> None:
    header = [h for h in CH_HEADER if h != "Closed Date"]
    path = workbook(tmp_path / "nearly.xlsx", {"Provider information": [header, ["K", "A1"]]})
    with pytest.raises(
        ValueError,
        match=r"nearly\.xlsx: sheet 'Provider information' has no "
        r"column 'closed date'",
    ):
        read_providers([path])


def test_a_workbook_of_something_else_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "budget.xlsx", {"Sheet1": [["Cost centre", "Amount"], ["A", 1]]})
    with pytest.raises(ValueError, match=r"budget\.xlsx is not one of Ofsted's provider lists"):
        read_providers([path])


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("URN,Placement code\n1,K1\n")
    with pytest.raises(ValueError, match=r"list\.xlsx is not an Excel workbook"):
        read_providers([path])


@pytest.mark.skipif(not FAKE.is_dir(), reason="the peer's fake data is not here")
def test_public_fake_lists() -> None:
    ch = read_providers([FAKE / "ch_fake.xlsx"])
    assert ch.select("URN", "postcode", "list").rows() == [("NJASCN", "BN208JX", "CH")]
    combined = read_providers([FAKE / "combined_scp_ch_fake.xlsx"])
    assert combined.height == 4
    assert set(combined["list"]) == {"SCP+CH"}
    both = read_providers([FAKE / "ch_fake.xlsx", FAKE / "combined_scp_ch_fake.xlsx"])
    assert both.height == ch.height + combined.height
