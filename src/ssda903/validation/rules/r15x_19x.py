"""Rules 150–199: all-or-none item groups, OC2 health items, SDQ and the 12-month items.

Each rule follows DfE's published rule for its collection years (``data/903_rules_lac*.csv``);
edge cases (blank values, ties, which table a finding is reported in) match the behaviour of the
tool councils use today, ``csc-validator-be-903`` 0.1.17, so a council sees the same errors.
"""

from __future__ import annotations

import polars as pl

from ssda903.validation.engine import RuleContext, RuleFn, rule
from ssda903.validation.rules._helpers import raw, typed
from ssda903.validation.rules._helpers_100_399 import (
    AD1_FIELDS,
    ALL_YEARS,
    OC3_FIELDS,
    Flags,
    all_present,
    any_present,
    by_child,
    earliest_per_child,
    flag,
    invalid_code,
    invalid_date,
    isin,
    missing,
    plus_years,
    with_cla,
)

OC2_12_MONTH_FIELDS = (
    "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
)  # fmt: skip


@rule("151", years=ALL_YEARS)
def adoption_items_all_or_none(ctx: RuleContext) -> Flags:
    """All data items relating to a child's adoption must be coded or left blank."""
    ad1 = raw(ctx, "AD1")
    some = any_present(AD1_FIELDS)
    every = pl.all_horizontal([pl.col(c).is_not_null() for c in AD1_FIELDS])
    return flag("AD1", ad1.filter(some & ~every))


@rule("153", years=ALL_YEARS)
def care_leaver_items_all_or_none(ctx: RuleContext) -> Flags:
    """All of a care leaver's activity and accommodation items must be coded or left blank."""
    oc3 = raw(ctx, "OC3")
    every = pl.all_horizontal([pl.col(c).is_not_null() for c in OC3_FIELDS])
    return flag("OC3", oc3.filter(any_present(OC3_FIELDS) & ~every))


@rule("157", years=ALL_YEARS)
def sdq1_reason_for_school_age_child(ctx: RuleContext) -> Flags:
    """Child aged 4 to 16 in the year has SDQ1 as the reason for no SDQ score."""
    oc2 = with_cla(ctx, typed(ctx, "OC2"))
    bad = oc2.filter(
        pl.col("CLA")
        & (plus_years("DOB", 4) <= ctx.start)
        & (plus_years("DOB", 16) >= ctx.end)
        & pl.col("SDQ_SCORE").is_null()
        & (pl.col("SDQ_REASON") == "SDQ1")
    )
    return flag("OC2", bad)


@rule("158", years=ALL_YEARS)
def intervention_offered_when_received(ctx: RuleContext) -> Flags:
    """Intervention received for substance misuse, so 'intervention offered' should be blank."""
    oc2 = raw(ctx, "OC2")
    return flag(
        "OC2",
        oc2.filter(
            (pl.col("INTERVENTION_RECEIVED") == "1") & pl.col("INTERVENTION_OFFERED").is_not_null()
        ),
    )


@rule("159", years=ALL_YEARS)
def intervention_offered_missing(ctx: RuleContext) -> Flags:
    """Substance misuse and no intervention received, so 'intervention offered' must be given."""
    oc2 = raw(ctx, "OC2")
    return flag(
        "OC2",
        oc2.filter(
            (pl.col("SUBSTANCE_MISUSE") == "1")
            & (pl.col("INTERVENTION_RECEIVED") == "0")
            & pl.col("INTERVENTION_OFFERED").is_null()
        ),
    )


@rule("165", years=ALL_YEARS)
def mother_status(ctx: RuleContext) -> Flags:
    """Data entry for mother status is invalid.

    Only children with a non-short-break episode are checked. As in the tool councils use today,
    the sex tests use the pre-2024/25 codes (1 male, 2 female).
    """
    if missing(ctx, "Header", "Episodes", "OC3"):
        return {}
    eps = typed(ctx, "Episodes").filter(~isin("LS", ("V3", "V4")))
    in_year = (pl.col("DEC").fill_null(ctx.end) >= ctx.start) & (pl.col("DECOM") <= ctx.end)
    per_child = eps.group_by("CHILD").agg(in_year.fill_null(False).any().alias("_in_year"))
    # Episodes with no CHILD still join to Header rows with no CHILD, but never count as in year.
    per_child = per_child.with_columns(pl.col("_in_year") & pl.col("CHILD").is_not_null())
    header = by_child(raw(ctx, "Header"), per_child)
    oc3 = raw(ctx, "OC3").select(
        "CHILD", any_present(OC3_FIELDS).alias("_oc3"), pl.col("_line").alias("_oc3_line")
    )
    merged = by_child(header, oc3, how="left").with_columns(pl.col("_oc3").fill_null(False))
    has_mother = pl.col("MOTHER").is_not_null()
    female = pl.col("SEX") == "2"
    bad = merged.filter(
        (has_mother & ~isin("MOTHER", ("0", "1")))
        | (has_mother & (pl.col("SEX") == "1"))
        | (~has_mother & female & pl.col("_in_year"))
        | (has_mother & female & ~pl.col("_in_year") & pl.col("_oc3"))
    )
    return {
        "Header": bad.select("_line"),
        "OC3": bad.filter(pl.col("_oc3_line").is_not_null()).select(
            pl.col("_oc3_line").alias("_line")
        ),
    }


@rule("166", years=ALL_YEARS)
def review_date_valid(ctx: RuleContext) -> Flags:
    """Date of review is invalid or blank."""
    return flag("Reviews", typed(ctx, "Reviews").filter(pl.col("REVIEW").is_null()))


@rule("167", years=ALL_YEARS)
def review_participation(ctx: RuleContext) -> Flags:
    """Data entry for participation is invalid or blank (a review needs a PN0–PN7 code)."""
    codes = tuple(f"PN{n}" for n in range(8))
    reviews = raw(ctx, "Reviews")
    ok = (pl.col("REVIEW").is_not_null() & isin("REVIEW_CODE", codes)) | (
        pl.col("REVIEW").is_null() & pl.col("REVIEW_CODE").is_null()
    )
    return flag("Reviews", reviews.filter(~ok))


@rule("168", years=ALL_YEARS)
def upn_valid(ctx: RuleContext) -> Flags:
    """UPN is not valid: a check letter (not I, O or S) and 12 characters, or UN1–UN5."""
    pattern = r"^(([A-HJ-NP-RT-Z](\d{12}|\d{11}[A-Z]))|UN[1-5])$"
    header = raw(ctx, "Header")
    return flag(
        "Header",
        header.filter(pl.col("UPN").is_not_null() & ~pl.col("UPN").str.contains(pattern)),
    )


rule("171", years=ALL_YEARS)(invalid_date("Header", "MC_DOB"))


def _male_with_child(male_code: str) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        header = raw(ctx, "Header")
        return flag(
            "Header", header.filter((pl.col("SEX") == male_code) & pl.col("MC_DOB").is_not_null())
        )

    check.__doc__ = "Mother's child's date of birth is recorded but the child is male."
    return check


rule("174", years=(2023, 2024))(_male_with_child("1"))
rule("174", years=range(2025, 2028))(_male_with_child("M"))
rule("175", years=ALL_YEARS)(invalid_code("AD1", "NB_ADOPTR", ("1", "2")))
rule("176", years=ALL_YEARS)(invalid_code("AD1", "SEX_ADOPTR", ("M1", "F1", "MM", "FF", "MF")))
rule("177", years=ALL_YEARS)(
    invalid_code("AD1", "LS_ADOPTR", ("L0", "L11", "L12", "L2", "L3", "L4"))
)


def _provider_code(no_provider_places: tuple[str, ...]) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        provider = pl.col("PLACE_PROVIDER")
        ok = (
            isin("PLACE_PROVIDER", PROVIDER_CODES) & ~isin("PLACE", no_provider_places)
        ) | provider.is_null()
        return flag("Episodes", raw(ctx, "Episodes").filter(~ok))

    check.__doc__ = "Placement provider code is not valid, or given for a placement with none."
    return check


PROVIDER_CODES = ("PR0", "PR1", "PR2", "PR3", "PR4", "PR5")
rule("178", years=range(2023, 2026))(_provider_code(("T0", "T1", "T2", "T3", "T4", "Z1")))
rule("178", years=(2026, 2027))(
    _provider_code(("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"))
)


@rule("180", years=ALL_YEARS)
def sdq_score_valid(ctx: RuleContext) -> Flags:
    """SDQ score is invalid: it must be a whole number from 0 to 40."""
    score = pl.col("SDQ_SCORE").str.strip_chars().cast(pl.Float64, strict=False)
    whole = (score == score.floor()) & (score >= 0) & (score <= 40)
    oc2 = raw(ctx, "OC2")
    return flag("OC2", oc2.filter(pl.col("SDQ_SCORE").is_not_null() & ~whole.fill_null(False)))


@rule("181", years=ALL_YEARS)
def twelve_month_items_are_0_or_1(ctx: RuleContext) -> Flags:
    """Items for children looked after for 12 months must be 0 or 1."""
    bad = pl.any_horizontal(
        [pl.col(c).is_not_null() & ~isin(c, ("0", "1")) for c in OC2_12_MONTH_FIELDS]
    )
    return flag("OC2", raw(ctx, "OC2").filter(bad))


@rule("182", years=ALL_YEARS)
def oc2_health_items_complete(ctx: RuleContext) -> Flags:
    """Immunisations, teeth, health assessment and substance misuse must be given, or OC2 blank."""
    some_blank = ~all_present(
        ("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE")
    )
    others = any_present(
        ("CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
    )
    return flag("OC2", raw(ctx, "OC2").filter(some_blank & others))


@rule("184", years=ALL_YEARS)
def placed_decision_before_birth(ctx: RuleContext) -> Flags:
    """Date of decision that a child should be placed for adoption is before the child was born.

    Uses the birth date on the PlacedAdoption row itself; a blank birth date cannot show the
    decision came after birth. Checked only when the Header table is present.
    """
    if not ctx.has("Header"):
        return {}
    pa = typed(ctx, "PlacedAdoption")
    after_birth = (pl.col("DATE_PLACED") >= pl.col("DOB")).fill_null(False)
    return flag("PlacedAdoption", pa.filter(pl.col("DATE_PLACED").is_not_null() & ~after_birth))


@rule("185", years=ALL_YEARS)
def sdq_score_without_12_months(ctx: RuleContext) -> Flags:
    """Not looked after continuously for 12 months at 31 March, but an SDQ score is given."""
    if missing(ctx, "Episodes", "OC2"):
        return {}
    oc2 = with_cla(ctx, raw(ctx, "OC2"))
    return flag("OC2", oc2.filter(pl.col("SDQ_SCORE").is_not_null() & ~pl.col("CLA")))


@rule("186", years=ALL_YEARS)
def sdq_missing(ctx: RuleContext) -> Flags:
    """Child aged 4–16 looked after for 12 months has no SDQ score and no reason for none."""
    if missing(ctx, "Episodes", "OC2"):
        return {}
    oc2 = with_cla(ctx, typed(ctx, "OC2"))
    bad = oc2.filter(
        (plus_years("DOB", 4) <= ctx.start)
        & (plus_years("DOB", 17) > ctx.end)
        & pl.col("CLA")
        & pl.col("SDQ_SCORE").is_null()
        & pl.col("SDQ_REASON").is_null()
    )
    return flag("OC2", bad)


@rule("187", years=ALL_YEARS)
def adoption_or_leaver_data_for_12_month_child(ctx: RuleContext) -> Flags:
    """Looked after continuously for 12 months, so no adoption or care leaver data is expected."""
    if missing(ctx, "OC3", "AD1", "Episodes"):
        return {}
    oc3 = with_cla(ctx, raw(ctx, "OC3")).filter(pl.col("CLA") & any_present(OC3_FIELDS))
    ad1 = with_cla(ctx, raw(ctx, "AD1")).filter(pl.col("CLA") & any_present(AD1_FIELDS))
    return {"OC3": oc3.select("_line"), "AD1": ad1.select("_line")}


@rule("188", years=ALL_YEARS)
def sdq_for_under_4(ctx: RuleContext) -> Flags:
    """Child under 4 at the end of the year has an SDQ score or reason."""
    oc2 = typed(ctx, "OC2")
    return flag(
        "OC2",
        oc2.filter((plus_years("DOB", 4) > ctx.end) & any_present(("SDQ_SCORE", "SDQ_REASON"))),
    )


@rule("189", years=ALL_YEARS)
def sdq_for_over_17(ctx: RuleContext) -> Flags:
    """Child 17 or over at the start of the year has an SDQ score or reason."""
    oc2 = typed(ctx, "OC2")
    return flag(
        "OC2",
        oc2.filter((plus_years("DOB", 17) < ctx.start) & any_present(("SDQ_SCORE", "SDQ_REASON"))),
    )


@rule("190", years=ALL_YEARS)
def twelve_month_items_without_12_months(ctx: RuleContext) -> Flags:
    """Not looked after for 12 months at 31 March, but 12-month items are completed."""
    if missing(ctx, "OC2", "Episodes"):
        return {}
    oc2 = with_cla(ctx, raw(ctx, "OC2"))
    return flag("OC2", oc2.filter(~pl.col("CLA") & any_present(OC2_12_MONTH_FIELDS)))


@rule("191", years=ALL_YEARS)
def twelve_month_items_blank(ctx: RuleContext) -> Flags:
    """Looked after for 12 months at 31 March, but 12-month items are blank (or OC2 missing).

    A child with no OC2 row is reported on their first episode.
    """
    if missing(ctx, "OC2", "Episodes"):
        return {}
    needed = ("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE")
    oc2 = with_cla(ctx, raw(ctx, "OC2"))
    first = with_cla(ctx, earliest_per_child(typed(ctx, "Episodes"), "DECOM"))
    no_oc2 = first.filter(pl.col("CLA")).join(
        raw(ctx, "OC2").select("CHILD"), on="CHILD", how="anti", nulls_equal=True
    )
    return {
        "OC2": oc2.filter(pl.col("CLA") & ~all_present(needed)).select("_line"),
        "Episodes": no_oc2.select("_line"),
    }


@rule("192", years=ALL_YEARS)
def intervention_received_blank(ctx: RuleContext) -> Flags:
    """Substance misuse identified, but 'intervention received' is blank."""
    oc2 = raw(ctx, "OC2")
    return flag(
        "OC2",
        oc2.filter((pl.col("SUBSTANCE_MISUSE") == "1") & pl.col("INTERVENTION_RECEIVED").is_null()),
    )


@rule("193", years=ALL_YEARS)
def intervention_without_misuse(ctx: RuleContext) -> Flags:
    """No substance misuse identified, but an intervention item is completed."""
    no_misuse = (pl.col("SUBSTANCE_MISUSE") == "0").fill_null(True)
    oc2 = raw(ctx, "OC2")
    return flag(
        "OC2",
        oc2.filter(no_misuse & any_present(("INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"))),
    )


rule("196", years=ALL_YEARS)(
    invalid_code("OC2", "SDQ_REASON", ("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"))
)


@rule("197B", years=ALL_YEARS)
def sdq_for_4_or_17_year_olds(ctx: RuleContext) -> Flags:
    """SDQ score or reason for none should be reported for children turning 4 or 17 in the year."""
    oc2 = with_cla(ctx, typed(ctx, "OC2"))
    turns_4 = plus_years("DOB", 4).is_between(ctx.start, ctx.end)
    turns_17 = plus_years("DOB", 17).is_between(ctx.start, ctx.end)
    bad = oc2.filter(
        (turns_4 | turns_17)
        & pl.col("CLA")
        & pl.col("SDQ_SCORE").is_null()
        & pl.col("SDQ_REASON").is_null()
    )
    return flag("OC2", bad)


@rule("197a", years=ALL_YEARS)
def sdq_reason_with_score(ctx: RuleContext) -> Flags:
    """Reason for no SDQ score is not required if the SDQ score is filled in."""
    return flag("OC2", raw(ctx, "OC2").filter(all_present(("SDQ_SCORE", "SDQ_REASON"))))


@rule("198", years=ALL_YEARS)
def sdq_reason_without_12_months(ctx: RuleContext) -> Flags:
    """Not looked after for 12 months at 31 March, but a reason for no SDQ score is given."""
    if missing(ctx, "Episodes", "OC2"):
        return {}
    oc2 = with_cla(ctx, raw(ctx, "OC2"))
    return flag("OC2", oc2.filter(pl.col("SDQ_REASON").is_not_null() & ~pl.col("CLA")))


@rule("199", years=ALL_YEARS)
def previously_adopted(ctx: RuleContext) -> Flags:
    """Episodes show the child was adopted from care before (this year's and last year's data).

    Every episode after a child's first adoption (REC E11/E12), in date order, is flagged.
    """
    keep = ["CHILD", "DECOM", "REC", "_line"]
    now = typed(ctx, "Episodes").select(keep).with_columns(pl.lit(0).alias("_last_year"))
    before = (
        typed(ctx, "Episodes", previous=True)
        .select(keep)
        .with_columns(pl.lit(1).alias("_last_year"))
    )
    both = pl.concat([now, before]).with_row_index("_order")
    both = both.filter(pl.col("DECOM").is_not_null() & pl.col("CHILD").is_not_null()).sort(
        ["DECOM", "_order"]
    )
    adoption = isin("REC", ("E11", "E12")).cast(pl.Int64)
    counted = both.with_columns(
        adoption.cum_sum().over("CHILD").alias("_ads"), adoption.alias("_ad")
    )
    bad = counted.filter(
        (pl.col("_last_year") == 0)
        & (pl.col("_ads") > 0)
        & ~((pl.col("_ads") == 1) & (pl.col("_ad") == 1))
    )
    return flag("Episodes", bad)
