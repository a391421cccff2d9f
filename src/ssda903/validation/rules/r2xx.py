"""Rules 200–299: agreement with last year's return, UASC status, UPN, URN and placement changes.

Each rule follows DfE's published rule for its collection years (``data/903_rules_lac*.csv``);
edge cases match the tool councils use today, ``csc-validator-be-903`` 0.1.17. Rules that need
Ofsted's provider list or the ONS postcode directory are listed in docs/validation.md instead.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from ssda903.validation.engine import RuleContext, RuleFn, rule
from ssda903.validation.rules._helpers import raw, typed
from ssda903.validation.rules._helpers_100_399 import (
    ALL_YEARS,
    Flags,
    any_present,
    by_child,
    flag,
    isin,
    missing,
    plus_years,
    uasc_rows_both_years,
    uasc_status,
)

T_PLACES = ("T0", "T1", "T2", "T3", "T4")
OC2_FIELDS = (
    "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
)  # fmt: skip
UN_CODES = ("UN1", "UN2", "UN3", "UN4", "UN5")


def _header_both_years(ctx: RuleContext, *, dates: bool = False) -> pl.DataFrame:
    """This year's Header rows with last year's row for the same child (``*_last`` columns)."""
    read = typed if dates else raw
    now, before = read(ctx, "Header"), read(ctx, "Header", previous=True)
    before = before.select(
        pl.col(c).alias(f"{c}_last") for c in before.columns if not c.startswith("_")
    ).rename({"CHILD_last": "CHILD"})
    return now.join(before, on="CHILD", how="inner", nulls_equal=True)


def _differs_from_last_year(col: str, *, dates: bool = False) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        if missing(ctx, "Header") or not ctx.has_previous("Header"):
            return {}
        both = _header_both_years(ctx, dates=dates)
        return flag("Header", both.filter(~pl.col(col).eq_missing(pl.col(f"{col}_last"))))

    check.__doc__ = f"{col} disagrees with the {col} recorded for this child last year."
    return check


# SEX was coded 1 (male) / 2 (female) until 2023/24 and M / F from 2024/25 (U for unknown).
_SEX_MEANING = {"1": "M", "2": "F"}


@rule("202", years=ALL_YEARS)
def sex_differs(ctx: RuleContext) -> Flags:
    """SEX conflicts with the sex recorded for this child last year, compared by meaning: across
    the 2024/25 change of codes, 1 and M (and 2 and F) are the same. (The councils' tool compares
    the codes as text, so it flags every child in a council's 2024/25 return: docs/validation.md.)
    """
    if missing(ctx, "Header") or not ctx.has_previous("Header"):
        return {}
    both = _header_both_years(ctx)

    def meaning(col: str) -> pl.Expr:
        return pl.col(col).replace(_SEX_MEANING)

    return flag("Header", both.filter(~meaning("SEX").eq_missing(meaning("SEX_last"))))


rule("203", years=ALL_YEARS)(_differs_from_last_year("DOB", dates=True))


@rule("204", years=ALL_YEARS)
def ethnicity_differs(ctx: RuleContext) -> Flags:
    """Ethnic origin code disagrees with the ethnic origin already recorded (case ignored)."""
    if missing(ctx, "Header") or not ctx.has_previous("Header"):
        return {}
    both = _header_both_years(ctx)
    now, before = pl.col("ETHNIC").str.to_uppercase(), pl.col("ETHNIC_last").str.to_uppercase()
    return flag("Header", both.filter(~now.eq_missing(before)))


@rule("205A", years=ALL_YEARS)
def uasc_last_year_only(ctx: RuleContext) -> Flags:
    """UASC last year but not this year, and the dates UASC ceased do not support this."""
    merged = uasc_rows_both_years(ctx)
    if merged is None:
        return {}
    last_start, last_end = date(ctx.year - 2, 4, 1), date(ctx.year - 1, 3, 31)
    ceased_last_year = pl.col("DUC_last").is_between(last_start, last_end).fill_null(False)
    bad = merged.filter(
        (pl.col("UASC") != "1").fill_null(True)
        & (pl.col("UASC_last") == "1").fill_null(False)
        & (pl.col("DUC_raw").is_not_null() | ~ceased_last_year)
    )
    return _uasc_findings(ctx, bad)


@rule("205B", years=ALL_YEARS)
def uasc_both_years_dates(ctx: RuleContext) -> Flags:
    """UASC in both years, but the dates UASC ceased (the 18th birthday) do not support this."""
    merged = uasc_rows_both_years(ctx)
    if merged is None:
        return {}
    ceased_this_year = pl.col("DUC").is_between(ctx.start, ctx.end).fill_null(False)
    last_at_18 = (pl.col("DUC_last") == plus_years("DOB_last", 18)).fill_null(False)
    same_as_last = (pl.col("DUC") == pl.col("DUC_last")).fill_null(False)
    bad = merged.filter(
        (pl.col("UASC") == "1").fill_null(False)
        & (pl.col("UASC_last") == "1").fill_null(False)
        & ((~ceased_this_year & ~same_as_last) | ~last_at_18)
    )
    return _uasc_findings(ctx, bad)


@rule("205C", years=ALL_YEARS)
def duc_without_uasc(ctx: RuleContext) -> Flags:
    """Not UASC this year or last year, but a date UASC ceased is given."""
    merged = uasc_rows_both_years(ctx)
    if merged is None:
        return {}
    never = (pl.col("UASC") == "0").fill_null(True) & (pl.col("UASC_last") == "0").fill_null(True)
    bad = merged.filter(never & any_present(("DUC", "DUC_last")))
    return _uasc_findings(ctx, bad)


def _uasc_findings(ctx: RuleContext, bad: pl.DataFrame) -> Flags:
    found = {"UASC": bad.select("_line")}
    if ctx.has("Header"):
        header = bad.filter(pl.col("_hline").is_not_null())
        found["Header"] = header.select(pl.col("_hline").alias("_line"))
    return found


@rule("205D", years=ALL_YEARS)
def uasc_this_year_not_last(ctx: RuleContext) -> Flags:
    """UASC this year, but not recorded as UASC last year."""
    now, before = uasc_status(ctx, previous=False), uasc_status(ctx, previous=True)
    if now is None or before is None:
        return {}
    before = before.select("CHILD", pl.col("UASC").alias("UASC_last"))
    both = by_child(now, before)
    bad = both.filter((pl.col("UASC") == "1") & (pl.col("UASC_last") != "1").fill_null(True))
    table = "Header" if ctx.has("Header") else "UASC"
    return {table: bad.select("_line")}


@rule("207", years=ALL_YEARS)
def mother_status_differs(ctx: RuleContext) -> Flags:
    """Mother status disagrees with last year's, which recorded the child as a mother."""
    if missing(ctx, "Header", "Episodes") or not ctx.has_previous("Header"):
        return {}
    both = _header_both_years(ctx).join(
        raw(ctx, "Episodes").select("CHILD").unique(), on="CHILD", how="semi", nulls_equal=True
    )
    bad = both.filter(
        (pl.col("MOTHER_last") == "1") & ~pl.col("MOTHER").eq_missing(pl.col("MOTHER_last"))
    )
    return flag("Header", bad)


@rule("208", years=ALL_YEARS)
def upn_differs(ctx: RuleContext) -> Flags:
    """UPN disagrees with last year's (an unknown code becoming known or more specific is fine)."""
    if missing(ctx, "Header") or not ctx.has_previous("Header"):
        return {}
    both = _header_both_years(ctx)
    now, before = pl.col("UPN").str.to_uppercase(), pl.col("UPN_last").str.to_uppercase()
    null_now, null_before = now.is_null(), before.is_null()
    different = ~now.eq_missing(before) & ~(null_now & null_before)
    more_specific = ((before == "UN1").fill_null(False) | null_before) & now.is_in(UN_CODES[1:])
    now_known = (before.is_in(UN_CODES).fill_null(False) | null_before) & ~(
        now.is_in(UN_CODES).fill_null(False) | null_now
    )
    bad = both.filter(different & ~more_specific.fill_null(False) & ~now_known)
    return flag("Header", bad)


@rule("209", years=ALL_YEARS)
def school_age_with_un1(ctx: RuleContext) -> Flags:
    """Child of school age should not have the unknown UPN code UN1."""
    # School age: 4 or over on 31 August before the collection year began.
    reference = date(ctx.start.year - 1, 8, 31)
    header = typed(ctx, "Header")
    return flag(
        "Header", header.filter((plus_years("DOB", 4) <= reference) & (pl.col("UPN") == "UN1"))
    )


@rule("210", years=ALL_YEARS)
def un4_for_child_in_care_over_a_week(ctx: RuleContext) -> Flags:
    """Child looked after for more than a week at 31 March should not have the UPN code UN4."""
    if missing(ctx, "Header", "Episodes"):
        return {}
    reference = date(ctx.end.year, 3, 24)
    header = raw(ctx, "Header").select("CHILD", "UPN", pl.col("_line").alias("_hline"))
    eps = by_child(typed(ctx, "Episodes"), header)
    bad = eps.filter((pl.col("UPN") == "UN4") & (pl.col("DECOM") >= reference))
    return {"Episodes": bad.select("_line"), "Header": bad.select(pl.col("_hline").alias("_line"))}


def _provider_not_required(places: tuple[str, ...]) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        eps = raw(ctx, "Episodes")
        return flag(
            "Episodes", eps.filter(isin("PLACE", places) & pl.col("PLACE_PROVIDER").is_not_null())
        )

    check.__doc__ = "Placement provider information is not required for this placement type."
    return check


rule("213", years=range(2023, 2026))(_provider_not_required(T_PLACES))
rule("213", years=(2026, 2027))(_provider_not_required((*T_PLACES, "Z11", "Z12", "Z13", "Z14")))


@rule("214", years=ALL_YEARS)
def location_for_short_break(ctx: RuleContext) -> Flags:
    """Placement location (postcode, URN) is not required for short breaks (LS V3/V4)."""
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter(isin("LS", ("V3", "V4")) & any_present(("PL_POST", "URN"))))


@rule("215", years=ALL_YEARS)
def care_leaver_with_12_month_items(ctx: RuleContext) -> Flags:
    """Child has care leaver information and also items for children looked after 12 months."""
    if missing(ctx, "OC3", "OC2"):
        return {}
    oc3 = raw(ctx, "OC3").filter(any_present(("IN_TOUCH", "ACTIV", "ACCOM")))
    oc2 = (
        raw(ctx, "OC2")
        .filter(any_present(OC2_FIELDS))
        .select("CHILD", pl.col("_line").alias("_l2"))
    )
    both = by_child(oc3, oc2)
    return {"OC3": both.select("_line"), "OC2": both.select(pl.col("_l2").alias("_line"))}


@rule("217", years=ALL_YEARS)
def fostering_for_adoption_rne(ctx: RuleContext) -> Flags:
    """Placed for adoption with current foster carers (A3/A5) needs new-episode reason S, T or U."""
    eps = typed(ctx, "Episodes")
    bad = eps.filter(
        isin("PLACE", ("A3", "A5"))
        & (pl.col("DECOM") >= date(2015, 4, 1))
        & ~isin("RNE", ("S", "T", "U"))
    )
    return flag("Episodes", bad)


@rule("217t", years=(2024,))
def p2_after_october_2023(ctx: RuleContext) -> Flags:
    """Placement type P2 is not valid from 28 October 2023."""
    eps = typed(ctx, "Episodes")
    still_open = (pl.col("DEC") > date(2023, 10, 28)) | pl.col("DEC").is_null()
    return flag("Episodes", eps.filter((pl.col("PLACE") == "P2") & still_open))


def _urn_not_for_place(places: tuple[str, ...]) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        eps = raw(ctx, "Episodes")
        real_urn = pl.col("URN").is_not_null() & (pl.col("URN") != "XXXXXXX")
        return flag("Episodes", eps.filter(isin("PLACE", places) & real_urn))

    check.__doc__ = "An Ofsted URN should not be recorded for this placement type."
    return check


_URN_FREE = ("P1", "P3", "R1", "R2", "R5", *T_PLACES)
rule("222", years=(2023,))(_urn_not_for_place(("H5", "P2", *_URN_FREE, "Z1")))
rule("222", years=(2024,))(_urn_not_for_place(("P2", *_URN_FREE, "Z1")))
rule("222", years=(2025,))(_urn_not_for_place((*_URN_FREE, "Z1")))
rule("222", years=(2026, 2027))(_urn_not_for_place((*_URN_FREE, "Z11", "Z12", "Z13", "Z14")))


def _with_next_episode(ctx: RuleContext) -> pl.DataFrame:
    """Each episode with the child's next episode (by start date) as ``*_next`` columns."""
    eps = typed(ctx, "Episodes").sort(["CHILD", "DECOM"], nulls_last=True, maintain_order=True)
    nxt = [pl.col(c).shift(-1).alias(f"{c}_next") for c in ("CHILD", "RNE", "PLACE")]
    return eps.with_columns(nxt).filter(pl.col("CHILD") == pl.col("CHILD_next"))


@rule("225", years=ALL_YEARS)
def placement_change_reason_missing(ctx: RuleContext) -> Flags:
    """Reason for placement change must be recorded when the child moves placement (REC X1)."""
    pairs = _with_next_episode(ctx)
    bad = pairs.filter(
        (pl.col("REC") == "X1")
        & pl.col("REASON_PLACE_CHANGE").is_null()
        & ~isin("PLACE", T_PLACES)
        & isin("RNE_next", ("P", "B", "T", "U"))
        & ~isin("PLACE_next", T_PLACES)
    )
    return flag("Episodes", bad)


@rule("226", years=ALL_YEARS)
def placement_change_reason_for_temporary(ctx: RuleContext) -> Flags:
    """Reason for placement change is not required for temporary placements (T0–T4)."""
    eps = typed(ctx, "Episodes").sort(["CHILD", "DECOM"], nulls_last=True, maintain_order=True)
    previous = pl.col("REASON_PLACE_CHANGE").shift(1).over("CHILD")
    eps = eps.with_columns(
        pl.when(pl.col("CHILD").is_not_null()).then(previous).alias("_previous_reason")
    )
    bad = eps.filter(
        isin("PLACE", T_PLACES) & any_present(("REASON_PLACE_CHANGE", "_previous_reason"))
    )
    return flag("Episodes", bad)


@rule("232", years=range(2025, 2028))
def sex_unknown(ctx: RuleContext) -> Flags:
    """Sex of the child or young person has been reported as unknown (U)."""
    header = raw(ctx, "Header")
    return flag("Header", header.filter(pl.col("SEX").str.to_uppercase() == "U"))


@rule("234", years=(2026, 2027))
def custody_under_10(ctx: RuleContext) -> Flags:
    """A child aged under 10 cannot change placement because of being admitted to custody."""
    if missing(ctx, "Episodes", "Header"):
        return {}
    dob = typed(ctx, "Header").select(
        "CHILD", pl.col("DOB").alias("_dob"), pl.col("_line").alias("_h")
    )
    eps = by_child(typed(ctx, "Episodes"), dob)
    bad = eps.filter(
        (pl.col("_dob").dt.offset_by("10y") > pl.col("DECOM"))
        & (pl.col("REASON_PLACE_CHANGE") == "CUSTOD")
    )
    return {"Episodes": bad.select("_line"), "Header": bad.select(pl.col("_h").alias("_line"))}


@rule("242", years=(2026, 2027))
def placeholder_urn_outside_adoption(ctx: RuleContext) -> Flags:
    """URN 'XXXXXXX' can only be used for regional adoption agencies (adoption placements)."""
    adoption = ("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6")
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter((pl.col("URN") == "XXXXXXX") & ~isin("PLACE", adoption)))
