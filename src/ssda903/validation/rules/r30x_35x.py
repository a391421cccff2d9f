"""Rules 300–359: dates in order, adoption dates, care leavers' activity, ages and episode dates.

Each rule follows DfE's published rule for its collection years (``data/903_rules_lac*.csv``);
edge cases match the tool councils use today, ``csc-validator-be-903`` 0.1.17. Rules that need
the ONS postcode directory are listed in docs/validation.md instead.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import raw, typed
from ssda903.validation.rules._helpers_100_399 import (
    ALL_YEARS,
    Flags,
    by_child,
    earliest_per_child,
    episodes_with_dob,
    flag,
    isin,
    latest_per_child,
    missing,
    plus_years,
)


@rule("301", years=ALL_YEARS)
def dob_after_year_end(ctx: RuleContext) -> Flags:
    """Date of birth falls after the year ended."""
    return flag("Header", typed(ctx, "Header").filter(pl.col("DOB") > ctx.end))


@rule("302", years=ALL_YEARS)
def first_episode_before_birth(ctx: RuleContext) -> Flags:
    """First episode starts before the child was born."""
    if missing(ctx, "Header", "Episodes"):
        return {}
    first = earliest_per_child(typed(ctx, "Episodes"), "DECOM")
    header = typed(ctx, "Header").select("CHILD", "DOB", pl.col("_line").alias("_h"))
    bad = by_child(first, header).filter(pl.col("DOB") > pl.col("DECOM"))
    return {"Episodes": bad.select("_line"), "Header": bad.select(pl.col("_h").alias("_line"))}


@rule("304", years=ALL_YEARS)
def duc_after_18th_birthday(ctx: RuleContext) -> Flags:
    """Date UASC status ceased must be on or before the child's 18th birthday."""
    uasc = typed(ctx, "UASC")
    return flag("UASC", uasc.filter(pl.col("DUC") > plus_years("DOB", 18)))


@rule("331", years=ALL_YEARS)
def matched_after_placed_for_adoption(ctx: RuleContext) -> Flags:
    """Date of matching child and adopters should be on or before the adoption placement date."""
    adopted = typed(ctx, "Episodes").filter(isin("REC", ("E11", "E12")))
    ad1 = typed(ctx, "AD1").select("CHILD", "DATE_MATCH", pl.col("_line").alias("_a"))
    bad = by_child(adopted, ad1).filter(pl.col("DATE_MATCH") > pl.col("DECOM"))
    return {"AD1": bad.select(pl.col("_a").alias("_line")), "Episodes": bad.select("_line")}


@rule("333", years=ALL_YEARS)
def decision_after_match(ctx: RuleContext) -> Flags:
    """Date should be placed for adoption must be on or before the date of matching."""
    ad1 = typed(ctx, "AD1")
    matched = pl.col("DATE_MATCH").is_not_null()
    late = (pl.col("DATE_INT") > pl.col("DATE_MATCH")).fill_null(False)
    return flag("AD1", ad1.filter(matched & (pl.col("DATE_INT").is_null() | late)))


@rule("334", years=ALL_YEARS)
def decision_before_care_began(ctx: RuleContext) -> Flags:
    """Latest period of care (RNE S) must start on or before the decision to place for adoption."""
    starts = latest_per_child(typed(ctx, "Episodes").filter(pl.col("RNE") == "S"), "DECOM")
    ad1 = typed(ctx, "AD1").select("CHILD", "DATE_INT", pl.col("_line").alias("_a"))
    bad = by_child(starts, ad1).filter(pl.col("DATE_INT") < pl.col("DECOM"))
    return {"Episodes": bad.select("_line"), "AD1": bad.select(pl.col("_a").alias("_line"))}


@rule("335", years=ALL_YEARS)
def foster_carer_adoption_mismatch(ctx: RuleContext) -> Flags:
    """Adopted by foster carer (FOSTER_CARE) disagrees with the last placement type."""
    ad1 = raw(ctx, "AD1").select("CHILD", "FOSTER_CARE", pl.col("_line").alias("_a"))
    eps = by_child(raw(ctx, "Episodes").filter(isin("REC", ("E1", "E11", "E12"))), ad1)
    bad = eps.filter(
        (isin("PLACE", ("A2", "A3", "A5")) & (pl.col("FOSTER_CARE") == "0"))
        | (isin("PLACE", ("A1", "A4", "A6")) & (pl.col("FOSTER_CARE") == "1"))
    )
    return {"Episodes": bad.select("_line"), "AD1": bad.select(pl.col("_a").alias("_line"))}


@rule("336", years=ALL_YEARS)
def no_foster_placement_before_adoption(ctx: RuleContext) -> Flags:
    """Placed for adoption (A3/A4) without a foster or adoption placement immediately before."""
    before_ok = ("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6")
    eps = typed(ctx, "Episodes")
    first_lines = earliest_per_child(eps, "DECOM").select("_line")
    ordered = eps.sort(["DECOM", "_line"], nulls_last=True)
    previous = pl.when(pl.col("CHILD").is_not_null()).then(pl.col("PLACE").shift(1).over("CHILD"))
    ordered = ordered.with_columns(previous.alias("_prev"))
    bad = ordered.filter(isin("PLACE", ("A3", "A4")) & ~isin("_prev", before_ok))
    return flag("Episodes", bad.join(first_lines, on="_line", how="anti"))


@rule("344", years=ALL_YEARS)
def activity_after_death_or_return_home(ctx: RuleContext) -> Flags:
    """Young person died or returned home, but activity or accommodation is not 0."""
    oc3 = raw(ctx, "OC3")
    not_zero = (pl.col("ACTIV") != "0").fill_null(True) | (pl.col("ACCOM") != "0").fill_null(True)
    return flag("OC3", oc3.filter(isin("IN_TOUCH", ("DIED", "RHOM")) & not_zero))


@rule("345", years=ALL_YEARS)
def in_touch_but_activity_zero(ctx: RuleContext) -> Flags:
    """Local authority is in touch, but activity or accommodation is 0."""
    oc3 = raw(ctx, "OC3")
    zero = (pl.col("ACTIV") == "0") | (pl.col("ACCOM") == "0")
    return flag("OC3", oc3.filter((pl.col("IN_TOUCH") == "YES") & zero.fill_null(False)))


@rule("347", years=range(2024, 2028))
def foyer_under_18(ctx: RuleContext) -> Flags:
    """Care leavers under 18 cannot be accommodated in a Foyer (ACCOM T).

    Age is measured in average years (365.2425 days) at the start of the year. An unreadable
    birth date stops the check, as it does in the tool councils use today.
    """
    oc3 = typed(ctx, "OC3")
    if oc3.filter(pl.col("DOB").is_null() & pl.col("DOB_raw").is_not_null()).height:
        return {}
    age_days = (pl.lit(ctx.start) - pl.col("DOB")).dt.total_days()
    return flag("OC3", oc3.filter((pl.col("ACCOM") == "T") & (age_days < 18 * 365.2425)))


@rule("348", years=(2026, 2027))
def care_leaver_died_last_year(ctx: RuleContext) -> Flags:
    """Care leaver was reported last year as having died."""
    if not ctx.has_previous("OC3"):
        return {}
    last = raw(ctx, "OC3", previous=True).select("CHILD", pl.col("IN_TOUCH").alias("_last"))
    oc3 = by_child(raw(ctx, "OC3"), last)
    return flag(
        "OC3",
        oc3.filter((pl.col("_last") == "DIED") & (pl.col("IN_TOUCH") != "DIED").fill_null(True)),
    )


@rule("351", years=ALL_YEARS)
def over_25(ctx: RuleContext) -> Flags:
    """Child was over 25 at the start of the collection year."""
    return flag("Header", typed(ctx, "Header").filter(plus_years("DOB", 25) < ctx.start))


@rule("352", years=ALL_YEARS)
def started_care_at_18(ctx: RuleContext) -> Flags:
    """Child who started to be looked after (RNE S) was aged 18 or over."""
    if missing(ctx, "Header", "Episodes"):
        return {}
    eps = episodes_with_dob(ctx)
    starts = pl.col("RNE").str.to_uppercase() == "S"
    return flag("Episodes", eps.filter(starts & (plus_years("_dob", 18) <= pl.col("DECOM"))))


@rule("353", years=ALL_YEARS)
def episode_before_october_1991(ctx: RuleContext) -> Flags:
    """No episode can start before 14 October 1991 (the Children Act 1989 came into force)."""
    eps = typed(ctx, "Episodes")
    return flag("Episodes", eps.filter(pl.col("DECOM") < date(1991, 10, 14)))


@rule("354", years=ALL_YEARS)
def episode_starts_after_year_end(ctx: RuleContext) -> Flags:
    """Date episode started must be on or before the end of the collection year."""
    return flag("Episodes", typed(ctx, "Episodes").filter(pl.col("DECOM") > ctx.end))


@rule("355", years=ALL_YEARS)
def episode_under_24_hours(ctx: RuleContext) -> Flags:
    """Episode appears to have lasted less than 24 hours (same start and end date)."""
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter(pl.col("DECOM").eq_missing(pl.col("DEC"))))


@rule("356", years=ALL_YEARS)
def episode_ends_before_start(ctx: RuleContext) -> Flags:
    """The date the episode ceased is before the date it started."""
    return flag("Episodes", typed(ctx, "Episodes").filter(pl.col("DEC") < pl.col("DECOM")))


@rule("357", years=ALL_YEARS)
def first_episode_not_s(ctx: RuleContext) -> Flags:
    """A child's first episode (starting this year) must have reason for new episode S."""
    first = earliest_per_child(typed(ctx, "Episodes"), "DECOM")
    bad = first.filter((pl.col("DECOM") >= ctx.start) & (pl.col("RNE") != "S").fill_null(True))
    return flag("Episodes", bad)


@rule("358", years=ALL_YEARS)
def youth_justice_status_under_10(ctx: RuleContext) -> Flags:
    """Child with a youth justice legal status (J1–J3) should not be under 10."""
    eps = episodes_with_dob(ctx, how="inner")
    bad = eps.filter(isin("LS", ("J1", "J2", "J3")) & (plus_years("_dob", 10) >= pl.col("DECOM")))
    return {"Episodes": bad.select("_line"), "Header": bad.select(pl.col("_h").alias("_line"))}


@rule("359", years=ALL_YEARS)
def over_18_not_v2_k2(ctx: RuleContext) -> Flags:
    """Looked after past 18th birthday must be under section 20(5) (V2) in a community home (K2)."""
    if missing(ctx, "Header", "Episodes"):
        return {}
    eps = episodes_with_dob(ctx)
    v2_k2 = ((pl.col("LS") == "V2") & (pl.col("PLACE") == "K2")).fill_null(False)
    bad = eps.filter((plus_years("_dob", 18) < ctx.end) & pl.col("DEC_raw").is_null() & ~v2_k2)
    return flag("Episodes", bad)
