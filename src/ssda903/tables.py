"""The SSDA903 tables and their columns, by collection year.

A collection year is named by the calendar year in which it ends: 2025 is the 2024/25 return
(1 April 2024 to 31 March 2025). Column lists follow DfE's CSV set as published in the
children looked after technical specification (see shared/domain/README.md §1.1).
"""

from __future__ import annotations

from datetime import date

FIRST_YEAR = 2018  # 2017/18
LAST_YEAR = 2027  # 2026/27

# Table name -> columns, in the order DfE's CSV set lays them out.
COLUMNS: dict[str, tuple[str, ...]] = {
    "Header": ("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    "Episodes": (
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN",
    ),
    "Reviews": ("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    "UASC": ("CHILD", "SEX", "DOB", "DUC"),
    "OC2": (
        "CHILD",
        "DOB",
        "SDQ_SCORE",
        "SDQ_REASON",
        "CONVICTED",
        "HEALTH_CHECK",
        "IMMUNISATIONS",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED",
    ),
    "OC3": ("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    "AD1": (
        "CHILD",
        "DOB",
        "DATE_INT",
        "DATE_MATCH",
        "FOSTER_CARE",
        "NB_ADOPTR",
        "SEX_ADOPTR",
        "LS_ADOPTR",
    ),
    "PlacedAdoption": ("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    "PrevPerm": ("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    "Missing": ("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    "SWEpisodes": ("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
    "DoLo": ("CHILD", "DOB", "DOLO_START", "DOLO_END"),
}

# Tables that only exist from a given collection year.
FIRST_YEAR_OF_TABLE: dict[str, int] = {"SWEpisodes": 2024, "DoLo": 2027}

# Columns holding DD/MM/YYYY dates (PrevPerm.DATE_PERM may be partly unknown: zz/MM/YYYY).
DATE_COLUMNS: frozenset[str] = frozenset(
    {
        "DOB",
        "MC_DOB",
        "DECOM",
        "DEC",
        "REVIEW",
        "DUC",
        "DATE_INT",
        "DATE_MATCH",
        "DATE_PLACED",
        "DATE_PLACED_CEASED",
        "DATE_PERM",
        "MIS_START",
        "MIS_END",
        "SW_DECOM",
        "SW_DEC",
        "DOLO_START",
        "DOLO_END",
    }
)

DATE_FORMAT = "%d/%m/%Y"

# Internal columns every frame carries besides its data columns (see docs/decisions/0001-layout.md).
LINE = "_line"
FILE = "_file"


def tables_for_year(year: int) -> tuple[str, ...]:
    """The tables a return for collection year `year` may hold."""
    check_year(year)
    return tuple(t for t in COLUMNS if FIRST_YEAR_OF_TABLE.get(t, FIRST_YEAR) <= year)


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(
            f"collection year {year} is not supported: use {FIRST_YEAR} (for {FIRST_YEAR - 1}/"
            f"{FIRST_YEAR % 100:02d}) to {LAST_YEAR} (for {LAST_YEAR - 1}/{LAST_YEAR % 100:02d})"
        )


def year_label(year: int) -> str:
    """2025 -> '2024/25'."""
    return f"{year - 1}/{year % 100:02d}"


def collection_start(year: int) -> date:
    return date(year - 1, 4, 1)


def collection_end(year: int) -> date:
    return date(year, 3, 31)
