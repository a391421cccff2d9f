"""Rules 100–149: code lists, valid dates, placed-for-adoption and AD1/OC3 completeness checks.

Each rule follows DfE's published rule for its collection years (``data/903_rules_lac*.csv``);
edge cases (blank values, ties, which table a finding is reported in) match the behaviour of the
tool councils use today, ``csc-validator-be-903`` 0.1.17, so a council sees the same errors.
"""

from __future__ import annotations

import polars as pl

from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import raw, typed
from ssda903.validation.rules._helpers_100_399 import (
    AD1_FIELDS,
    ALL_YEARS,
    OC3_FIELDS,
    Flags,
    any_present,
    bad_date,
    earliest_per_child,
    flag,
    invalid_code,
    invalid_date,
    isin,
    latest_per_child,
)

ETHNIC_CODES = (
    "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
    "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
)  # fmt: skip
LS_CODES = ("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3")
CIN_CODES = ("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")
PLACE_CODES_TO_2024 = (
    "A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1",
    "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1",
)  # fmt: skip
# 2025/26 retired H5, P2 and Z1 and split Z1 into Z11–Z14.
PLACE_CODES_FROM_2026 = (
    "A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0",
    "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14",
)  # fmt: skip
REC_CODES = (
    "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6",
    "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1",
)  # fmt: skip
ACTIV_CODES = ("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0")
ACCOM_CODES = (
    "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1",
    "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0",
)  # fmt: skip


rule("101", years=(2023, 2024))(invalid_code("Header", "SEX", ("1", "2"), blank_ok=False))
rule("101", years=range(2025, 2028))(invalid_code("Header", "SEX", ("M", "F", "U"), blank_ok=False))


@rule("102", years=ALL_YEARS)
def dob_valid(ctx: RuleContext) -> Flags:
    """Date of birth is not a valid date (blank counts as invalid)."""
    return flag("Header", typed(ctx, "Header").filter(pl.col("DOB").is_null()))


rule("103", years=ALL_YEARS)(invalid_code("Header", "ETHNIC", ETHNIC_CODES, blank_ok=False))


@rule("104", years=ALL_YEARS)
def duc_valid(ctx: RuleContext) -> Flags:
    """UASC status ceased date is not a valid date (or falls before the collection year)."""
    uasc = typed(ctx, "UASC")
    return flag("UASC", uasc.filter(bad_date("DUC") | (pl.col("DUC") < ctx.start)))


rule("112", years=ALL_YEARS)(invalid_date("AD1", "DATE_INT"))
rule("113", years=ALL_YEARS)(invalid_date("AD1", "DATE_MATCH"))
rule("114", years=ALL_YEARS)(invalid_code("AD1", "FOSTER_CARE", ("0", "1")))
rule("115", years=ALL_YEARS)(invalid_date("PlacedAdoption", "DATE_PLACED"))
rule("116", years=ALL_YEARS)(invalid_date("PlacedAdoption", "DATE_PLACED_CEASED"))


@rule("117", years=ALL_YEARS)
def placed_decision_after_care_ended(ctx: RuleContext) -> Flags:
    """Date of (reversed) decision to place for adoption is after year end or after the child left.

    Compared with the latest episode that did not end with REC X1.
    """
    eps = typed(ctx, "Episodes").filter(~isin("REC", ("X1",)))
    latest = latest_per_child(eps, "DECOM").select("CHILD", "DEC", pl.col("_line").alias("_ep"))
    pa = typed(ctx, "PlacedAdoption").join(latest, on="CHILD", nulls_equal=True)
    bad = pa.filter(
        (pl.col("DATE_PLACED") > ctx.end)
        | (pl.col("DATE_PLACED") > pl.col("DEC"))
        | (pl.col("DATE_PLACED_CEASED") > ctx.end)
        | (pl.col("DATE_PLACED_CEASED") > pl.col("DEC"))
    )
    return {
        "PlacedAdoption": bad.select("_line"),
        "Episodes": bad.select(pl.col("_ep").alias("_line")),
    }


@rule("118", years=ALL_YEARS)
def placed_ceased_before_care_began(ctx: RuleContext) -> Flags:
    """Decision no longer to place for adoption is before the year began or before care began.

    Compared with the earliest episode whose legal status is not V3/V4 (short breaks).
    """
    eps = typed(ctx, "Episodes").filter(~isin("LS", ("V3", "V4")))
    first = earliest_per_child(eps, "DECOM").select("CHILD", "DECOM", pl.col("_line").alias("_ep"))
    pa = typed(ctx, "PlacedAdoption").join(first, on="CHILD", nulls_equal=True)
    bad = pa.filter(
        (pl.col("DATE_PLACED_CEASED") < pl.col("DECOM"))
        | (pl.col("DATE_PLACED_CEASED") < ctx.start)
    )
    return {
        "PlacedAdoption": bad.select("_line"),
        "Episodes": bad.select(pl.col("_ep").alias("_line")),
    }


@rule("119", years=ALL_YEARS)
def placed_ceased_date_and_reason_together(ctx: RuleContext) -> Flags:
    """Date of decision no longer to place for adoption and its reason must both be given."""
    pa = raw(ctx, "PlacedAdoption")
    return flag(
        "PlacedAdoption",
        pa.filter(
            pl.col("DATE_PLACED_CEASED").is_null() != pl.col("REASON_PLACED_CEASED").is_null()
        ),
    )


rule("120", years=ALL_YEARS)(
    invalid_code("PlacedAdoption", "REASON_PLACED_CEASED", ("RD1", "RD2", "RD3", "RD4"))
)
rule("131", years=ALL_YEARS)(
    invalid_code("OC3", "IN_TOUCH", ("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"), blank_ok=False)
)
rule("132", years=ALL_YEARS)(invalid_code("OC3", "ACTIV", ACTIV_CODES, blank_ok=False))
rule("133", years=ALL_YEARS)(invalid_code("OC3", "ACCOM", ACCOM_CODES, blank_ok=False))


@rule("134", years=ALL_YEARS)
def adoption_data_for_care_leaver(ctx: RuleContext) -> Flags:
    """Data on adoption should not be entered for the OC3 (care leaver) cohort."""
    oc3 = raw(ctx, "OC3").filter(any_present(OC3_FIELDS)).select("CHILD").unique()
    ad1 = raw(ctx, "AD1").filter(any_present(AD1_FIELDS))
    return flag("AD1", ad1.join(oc3, on="CHILD", how="semi", nulls_equal=True))


rule("141", years=ALL_YEARS)(invalid_date("Episodes", "DECOM"))


@rule("142", years=ALL_YEARS)
def previous_episode_not_ended(ctx: RuleContext) -> Flags:
    """A new episode has started, but the previous episode has no end date or reason."""
    eps = typed(ctx, "Episodes").sort(["DECOM", "_line"], nulls_last=True)
    not_last = eps.filter(~pl.col("CHILD").is_last_distinct())
    return flag(
        "Episodes",
        not_last.filter(
            (pl.col("DEC").is_null() | pl.col("REC").is_null())
            & pl.col("CHILD").is_not_null()
            & pl.col("DECOM").is_not_null()
        ),
    )


rule("143", years=ALL_YEARS)(invalid_code("Episodes", "RNE", ("S", "P", "L", "T", "U", "B")))
rule("144", years=ALL_YEARS)(invalid_code("Episodes", "LS", LS_CODES))
rule("145", years=ALL_YEARS)(invalid_code("Episodes", "CIN", CIN_CODES))
# The tool councils use listed K3 for 2024/25 in lower case, and it compares upper-cased values,
# so K3 is refused until 2025/26, when DfE's H5 -> K3 recoding took effect in it.
rule("146", years=(2023, 2024))(invalid_code("Episodes", "PLACE", PLACE_CODES_TO_2024))
# 2024/25 brought in K3 (supported accommodation) while H5/P2 episodes open at 1 April 2024 still
# appear. The councils' tool lists K3 in lower case and so refuses every K3 episode that year
# (docs/validation.md); DfE's code set has it.
rule("146", years=(2025,))(invalid_code("Episodes", "PLACE", (*PLACE_CODES_TO_2024, "K3")))
rule("146", years=(2026, 2027))(invalid_code("Episodes", "PLACE", PLACE_CODES_FROM_2026))
rule("147", years=ALL_YEARS)(invalid_date("Episodes", "DEC"))


@rule("148", years=ALL_YEARS)
def dec_and_rec_together(ctx: RuleContext) -> Flags:
    """Date episode ceased and reason episode ceased must both be coded, or both left blank."""
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter(pl.col("DEC").is_null() != pl.col("REC").is_null()))


rule("149", years=ALL_YEARS)(invalid_code("Episodes", "REC", REC_CODES))
