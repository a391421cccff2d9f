from datetime import date

import polars as pl

from indicators import REGISTRY, Context, breakdown, combine
from tests.indicators.builders import episode, frame, worked

AT = date(2025, 3, 31)  # year 1 April 2024 - 31 March 2025

# Hand-built history, two returns combined:
#   A  looked after since 01/01/2024, open                     → CLA at 31/03/2025
#   B  started 10/05/2024, ceased 31/03/2025 (E4A)             → started, ceased; not CLA
#      (an episode ending ON the date is closed at the end of that day)
#   C  started 01/06/2024, X1 on 01/09/2024 then open (RNE P) → CLA, started; X1 is not a cease
#   D  short breaks only (V3)                                  → excluded from everything
#   E  in care since 2020, adopted 15/04/2024 (E11)            → ceased
#   F  started 05/03/2025, UASC with no cease date             → CLA, started, UASC
#   G  looked after since 2023, UASC ceased 01/01/2025         → CLA, not UASC at the date
# A's and E's open episodes were also in the 2024 return; E's copy there has no end date, and
# G's UASC row there has no cease date yet.
RETURN_2024 = {
    "Episodes": frame(
        [
            episode("A", "01/01/2024"),
            episode("E", "01/02/2020"),
            episode("G", "01/06/2023"),
        ]
    ),
    "Header": frame(
        [
            {"CHILD": "A", "SEX": "1", "DOB": "15/06/2024", "ETHNIC": "WBRI"},
            {"CHILD": "E", "SEX": "2", "DOB": "01/01/2019", "ETHNIC": "WBRI"},
            {"CHILD": "G", "SEX": "2", "DOB": "31/03/2009", "ETHNIC": "BAFR"},
        ]
    ),
    "UASC": frame([{"CHILD": "G", "SEX": "F", "DOB": "31/03/2009", "DUC": None}]),
}
RETURN_2025 = {
    "Episodes": frame(
        [
            episode("A", "01/01/2024"),
            episode("B", "10/05/2024", "31/03/2025", rec="E4A"),
            episode("C", "01/06/2024", "01/09/2024", rec="X1"),
            episode("C", "01/09/2024", rne="P", place="K2", ls="C1"),
            episode("D", "01/07/2024", ls="V3"),
            episode("E", "01/02/2020", "15/04/2024", rec="E11", place="A4"),
            episode("F", "05/03/2025", ls="V2"),
            episode("G", "01/06/2023"),
        ]
    ),
    "Header": frame(
        [
            {"CHILD": "A", "SEX": "1", "DOB": "15/06/2024", "ETHNIC": "WBRI"},
            {"CHILD": "B", "SEX": "M", "DOB": "01/01/2015", "ETHNIC": "WBRI"},
            {"CHILD": "C", "SEX": "M", "DOB": "31/03/2021", "ETHNIC": "MWBC"},
            {"CHILD": "D", "SEX": "F", "DOB": "01/01/2015", "ETHNIC": "WBRI"},
            {"CHILD": "E", "SEX": "F", "DOB": "01/01/2019", "ETHNIC": "WBRI"},
            {"CHILD": "F", "SEX": "F", "DOB": "01/04/2009", "ETHNIC": "BAFR"},
            {"CHILD": "G", "SEX": "2", "DOB": "31/03/2009", "ETHNIC": "BAFR"},
        ]
    ),
    "UASC": frame(
        [
            {"CHILD": "F", "SEX": "F", "DOB": "01/04/2009", "DUC": None},
            {"CHILD": "G", "SEX": "F", "DOB": "31/03/2009", "DUC": "01/01/2025"},
        ]
    ),
}


def context(**options) -> Context:
    return Context(combine({2024: RETURN_2024, 2025: RETURN_2025}), **options)


@worked("cla_at_date")
def test_children_looked_after_at_the_date():
    result = REGISTRY["cla_at_date"].at(context(), AT)
    assert result.numerator == ("A", "C", "F", "G")
    assert result.value == 4


def test_an_episode_in_two_returns_is_counted_once_and_its_end_is_kept():
    # E's open copy from 2024 must not keep E looked after after the adoption.
    ctx = context()
    assert ctx.episodes.filter(pl.col("CHILD") == "E").height == 1
    assert "E" not in REGISTRY["cla_at_date"].at(ctx, AT).numerator
    assert "E" in REGISTRY["cla_at_date"].at(ctx, date(2024, 3, 31)).numerator


@worked("cla_rate_per_10k")
def test_rate_per_10000_needs_the_population():
    # 4 children looked after / 2,000 children in the area × 10,000 = 20.0
    result = REGISTRY["cla_rate_per_10k"].at(context(population=2_000), AT)
    assert result.value == 20.0
    assert result.numerator == ("A", "C", "F", "G")
    missing = REGISTRY["cla_rate_per_10k"].at(context(), AT)
    assert missing.value is None and not missing.available
    assert "not available" in missing.note


@worked("cla_started")
def test_started_in_the_year():
    # RNE S in 01/04/2024-31/03/2025, not V3/V4: B, C, F (D is a short break).
    assert REGISTRY["cla_started"].at(context(), AT).numerator == ("B", "C", "F")


@worked("cla_ceased")
def test_ceased_in_the_year():
    # Ended with a reason other than X1: B (E4A on 31/03/2025), E (E11 on 15/04/2024).
    result = REGISTRY["cla_ceased"].at(context(), AT)
    assert result.numerator == ("B", "E")
    assert result.value == 2


@worked("uasc_at_date")
def test_uasc_at_the_date():
    # F has no DUC; G's UASC status ceased 01/01/2025, before the date (the later return's
    # cease date wins over the earlier return's blank).
    assert REGISTRY["uasc_at_date"].at(context(), AT).numerator == ("F",)
    assert REGISTRY["uasc_at_date"].at(context(), date(2024, 12, 31)).numerator == ("G",)


def test_breakdown_by_dfe_age_band():
    # Ages on 31/03/2025: A born 15/06/2024 → 0; C born 31/03/2021 → 4 (birthday today);
    # F born 01/04/2009 → 15 (16 tomorrow); G born 31/03/2009 → 16. One child per band, 25% each.
    bands = breakdown(context(), AT, "age_band")
    assert {k: v.numerator for k, v in bands.items()} == {
        "under 1": ("A",),
        "1 to 4": ("C",),
        "10 to 15": ("F",),
        "16 and over": ("G",),
    }
    assert all(v.value == 25 and v.denominator == ("A", "C", "F", "G") for v in bands.values())


def test_breakdowns_by_sex_legal_status_placement_and_uasc():
    ctx = context()
    # Old (1/2) and new (M/F) sex codes are read together: A "1", C "M" male; F "F", G "2" female.
    assert {k: v.numerator for k, v in breakdown(ctx, AT, "sex").items()} == {
        "Female": ("F", "G"),
        "Male": ("A", "C"),
    }
    assert breakdown(ctx, AT, "legal_status")["C1"].numerator == ("C",)
    assert breakdown(ctx, AT, "provider")["PR1"].value == 100  # every episode here is PR1
    assert breakdown(ctx, AT, "category_of_need")["N1"].denominator == ("A", "C", "F", "G")
    assert breakdown(ctx, AT, "placement_type")["K2"].numerator == ("C",)
    assert breakdown(ctx, AT, "ethnicity")["BAFR"].value == 50
    uasc = breakdown(ctx, AT, "uasc")
    assert uasc["UASC"].numerator == ("F",) and uasc["not UASC"].value == 75
