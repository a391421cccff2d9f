"""Rules 360–399: runs of L1/L2/L3/J2, respite (V3/V4), ages for placements, episode chains.

Each rule follows DfE's published rule for its collection years (``data/903_rules_lac*.csv``);
edge cases match the tool councils use today, ``csc-validator-be-903`` 0.1.17. Rules that need
the ONS postcode directory are listed in docs/validation.md instead.
"""

from __future__ import annotations

from datetime import date, timedelta

import polars as pl

from ssda903.validation.engine import RuleContext, RuleFn, rule
from ssda903.validation.rules._helpers import raw, typed
from ssda903.validation.rules._helpers_100_399 import (
    ALL_YEARS,
    Flags,
    any_present,
    by_child,
    episodes_with_dob,
    flag,
    isin,
    missing,
    plus_years,
    uasc_status,
)

T_PLACES = ("T0", "T1", "T2", "T3", "T4")
SHORT_BREAK = ("V3", "V4")


def _status_too_long(status: str, max_days: int) -> RuleFn:
    """Runs of consecutive episodes with legal status `status` must not last over `max_days`.

    Episodes are taken in date order; a run continues while an episode ends on the day the
    child's next episode starts. Open episodes count to the end of the year.
    """

    def check(ctx: RuleContext) -> Flags:
        eps = typed(ctx, "Episodes").sort(["CHILD", "DECOM"], nulls_last=True, maintain_order=True)
        eps = eps.with_columns(pl.col("DEC").fill_null(ctx.end))
        flows = (pl.col("DEC") == pl.col("DECOM").shift(-1)) & (
            pl.col("CHILD") == pl.col("CHILD").shift(-1)
        )
        # A run carries on only from an episode of the same status that flows into this one.
        # (The councils' tool looks at whether the previous *L1* episode flowed into anything,
        # so two separate L1 spells either side of a C2 episode count as one run: see
        # docs/validation.md.)
        carries_on = (pl.col("LS").shift(1) == status) & flows.shift(1)
        eps = eps.with_columns(carries_on.fill_null(False).alias("_carries_on"))
        runs = eps.filter(pl.col("LS") == status).with_columns(
            (~pl.col("_carries_on")).cast(pl.Int64).cum_sum().alias("_run")
        )
        length = (pl.col("DEC").max() - pl.col("DECOM").min()).dt.total_days()
        long_runs = (
            runs.filter(pl.col("CHILD").is_not_null())
            .group_by("CHILD", "_run")
            .agg((length > max_days).alias("_long"))
        )
        bad = runs.join(long_runs.filter(pl.col("_long")), on=["CHILD", "_run"], how="semi")
        return flag("Episodes", bad)

    check.__doc__ = f"Legal status {status} lasted longer than the {max_days} days allowed."
    return check


rule("361", years=ALL_YEARS)(_status_too_long("L1", 3))
rule("362", years=ALL_YEARS)(_status_too_long("L2", 21))


def _status_periods_too_long(status: str, max_days: int) -> RuleFn:
    """Summed days of back-to-back `status` episodes (file order) must not exceed `max_days`."""

    def check(ctx: RuleContext) -> Flags:
        eps = typed(ctx, "Episodes").filter(pl.col("LS") == status)
        eps = eps.filter(pl.col("DECOM").is_not_null())
        dec = pl.when(pl.col("DEC_raw").is_null()).then(pl.lit(ctx.end)).otherwise(pl.col("DEC"))
        eps = eps.with_columns(dec.alias("_dec"))
        new_period = (pl.col("DECOM") > pl.col("_dec").shift(1)).fill_null(False) | (
            pl.col("CHILD") != pl.col("CHILD").shift(1)
        ).fill_null(True)
        eps = eps.with_columns(
            new_period.cast(pl.Int64).cum_sum().alias("_period"),
            (pl.col("_dec") - pl.col("DECOM")).dt.total_days().alias("_days"),
        )
        total = pl.col("_days").sum().over("_period")
        return flag("Episodes", eps.filter(total > max_days))

    check.__doc__ = f"Legal status {status} lasted longer than the {max_days} days allowed."
    return check


rule("363", years=ALL_YEARS)(_status_periods_too_long("L3", 7))
rule("364", years=ALL_YEARS)(_status_periods_too_long("J2", 21))


@rule("365", years=ALL_YEARS)
def respite_over_17_days(ctx: RuleContext) -> Flags:
    """Any individual short-term respite placement (V3) must not exceed 17 days."""
    eps = typed(ctx, "Episodes")
    dec = pl.when(pl.col("DEC_raw").is_null()).then(pl.lit(ctx.end)).otherwise(pl.col("DEC"))
    too_long = dec > pl.col("DECOM") + timedelta(days=17)
    return flag("Episodes", eps.filter((pl.col("LS") == "V3") & too_long))


@rule("366", years=ALL_YEARS)
def respite_not_new_period(ctx: RuleContext) -> Flags:
    """A child cannot change placement during a short-term respite break (V3 needs RNE S)."""
    eps = raw(ctx, "Episodes")
    return flag(
        "Episodes", eps.filter((pl.col("LS") == "V3") & (pl.col("RNE") != "S").fill_null(True))
    )


@rule("367", years=ALL_YEARS)
def respite_over_75_days(ctx: RuleContext) -> Flags:
    """Respite care (V3) totals more than 75 days in the year."""
    eps = typed(ctx, "Episodes").filter((pl.col("LS") == "V3") & pl.col("DECOM_raw").is_not_null())
    end = (
        pl.when(pl.col("DEC_raw").is_null() | (pl.col("DEC") > ctx.end))
        .then(pl.lit(ctx.end))
        .otherwise(pl.col("DEC"))
    )
    start = pl.when(pl.col("DECOM") < ctx.start).then(pl.lit(ctx.start)).otherwise(pl.col("DECOM"))
    eps = eps.with_columns((end - start).dt.total_days().alias("_days")).filter(pl.col("_days") > 0)
    total = pl.col("_days").sum().over("CHILD")
    return flag("Episodes", eps.filter(pl.col("CHILD").is_not_null() & (total > 75)))


def _too_young_for_place(place: str, years: int) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        eps = episodes_with_dob(ctx, how="inner").filter(
            (pl.col("PLACE") == place) & pl.col("DEC").is_not_null()
        )
        return flag("Episodes", eps.filter(pl.col("DECOM") < plus_years("_dob", years)))

    check.__doc__ = f"Child placed in {place} should be at least {years}."
    return check


def _temporary_too_long(place: str, days: int) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        eps = episodes_with_dob(ctx, how="inner").filter(
            (pl.col("PLACE") == place) & pl.col("_dob").is_not_null()
        )
        return flag("Episodes", eps.filter(pl.col("DEC") > pl.col("DECOM") + timedelta(days=days)))

    check.__doc__ = f"Temporary placement {place} exceeds {days} days."
    return check


rule("370", years=(2023,))(_too_young_for_place("P2", 15))
rule("370", years=(2024,))(_too_young_for_place("P2", 16))
rule("371", years=(2023,))(_too_young_for_place("H5", 14))
rule("371", years=(2024,))(_too_young_for_place("H5", 16))
rule("371", years=range(2025, 2028))(_too_young_for_place("K3", 16))
rule("372", years=ALL_YEARS)(_too_young_for_place("R5", 10))
rule("373", years=ALL_YEARS)(_too_young_for_place("S1", 4))
rule("374", years=ALL_YEARS)(_too_young_for_place("P3", 14))
rule("375", years=ALL_YEARS)(_temporary_too_long("T1", 42))
rule("376", years=ALL_YEARS)(_temporary_too_long("T3", 21))


@rule("377", years=ALL_YEARS)
def more_than_two_holiday_placements(ctx: RuleContext) -> Flags:
    """Only two temporary placements for a foster carer's holiday (T3) are allowed in a year."""
    t3 = raw(ctx, "Episodes").filter((pl.col("PLACE") == "T3") & pl.col("CHILD").is_not_null())
    return flag("Episodes", t3.filter(pl.len().over("CHILD") > 2))


@rule("378", years=ALL_YEARS)
def placed_with_parents_under_s20(ctx: RuleContext) -> Flags:
    """A child placed with parents (P1) cannot be accommodated under a single section 20 (V2)."""
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter((pl.col("PLACE") == "P1") & (pl.col("LS") == "V2")))


rule("379", years=ALL_YEARS)(_temporary_too_long("T4", 7))


@rule("380", years=ALL_YEARS)
def care_starts_temporary(ctx: RuleContext) -> Flags:
    """A period of care cannot start with a temporary placement (T0–T4 needs RNE P or B)."""
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter(isin("PLACE", T_PLACES) & ~isin("RNE", ("P", "B"))))


@rule("381", years=ALL_YEARS)
def care_ends_temporary(ctx: RuleContext) -> Flags:
    """A period of care cannot end with a temporary placement."""
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter(isin("PLACE", T_PLACES) & (pl.col("REC") != "X1")))


@rule("382", years=ALL_YEARS)
def respite_in_temporary_placement(ctx: RuleContext) -> Flags:
    """A child receiving respite care (V3/V4) cannot be in a temporary placement."""
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter(isin("LS", SHORT_BREAK) & isin("PLACE", T_PLACES)))


def _no_return_after_temporary(*, compare_postcode: bool) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        eps = typed(ctx, "Episodes").sort(["CHILD", "DECOM"], nulls_last=True, maintain_order=True)
        prev = {c: pl.col(c).shift(1) for c in ("CHILD", "PLACE")}
        prev2 = {c: pl.col(c).shift(2) for c in ("CHILD", "PLACE", "PL_POST")}
        same_child = (pl.col("CHILD") == prev["CHILD"]) & (pl.col("CHILD") == prev2["CHILD"])
        changed = (pl.col("RNE") != "P").fill_null(True) | (
            pl.col("PLACE") != prev2["PLACE"]
        ).fill_null(True)
        if compare_postcode:
            changed = changed | (pl.col("PL_POST") != prev2["PL_POST"]).fill_null(True)
        bad = eps.filter(same_child.fill_null(False) & prev["PLACE"].is_in(T_PLACES) & changed)
        return flag("Episodes", bad)

    check.__doc__ = "After a temporary placement the child must return to their usual placement."
    return check


rule("383", years=range(2023, 2026))(_no_return_after_temporary(compare_postcode=False))
rule("383", years=(2026, 2027))(_no_return_after_temporary(compare_postcode=True))


@rule("384", years=ALL_YEARS)
def respite_in_long_term_fostering(ctx: RuleContext) -> Flags:
    """A child receiving respite care cannot be in a long-term foster placement (U1/U4)."""
    eps = raw(ctx, "Episodes")
    return flag("Episodes", eps.filter(isin("LS", SHORT_BREAK) & isin("PLACE", ("U1", "U4"))))


@rule("385", years=ALL_YEARS)
def episode_ends_after_year_end(ctx: RuleContext) -> Flags:
    """Date episode ceased must be on or before the end of the collection year."""
    return flag("Episodes", typed(ctx, "Episodes").filter(pl.col("DEC") > ctx.end))


def _ceased_age(recs: tuple[str, ...], years: int, *, blank_is_error: bool) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        if missing(ctx, "Header", "Episodes"):
            return {}
        eps = episodes_with_dob(ctx)
        old_enough = (plus_years("_dob", years) <= pl.col("DEC")).fill_null(False)
        recs_match = pl.col("REC").str.to_uppercase().is_in(recs).fill_null(False)
        if blank_is_error:
            return flag("Episodes", eps.filter(recs_match & ~old_enough))
        return flag("Episodes", eps.filter(recs_match & ~old_enough & pl.col("DEC").is_not_null()))

    return check


@rule("386", years=ALL_YEARS)
def adopted_at_18(ctx: RuleContext) -> Flags:
    """Reason episode ceased is adopted, but the child had reached 18."""
    if missing(ctx, "Header", "Episodes"):
        return {}
    eps = episodes_with_dob(ctx)
    adopted = pl.col("REC").str.to_uppercase().is_in(("E11", "E12")).fill_null(False)
    return flag("Episodes", eps.filter(adopted & (plus_years("_dob", 18) <= pl.col("DEC"))))


_independent_under_14 = _ceased_age(("E5", "E6"), 14, blank_is_error=False)
_independent_under_14.__doc__ = "Ceased to move into independent living (E5/E6) aged under 14."
rule("387", years=ALL_YEARS)(_independent_under_14)
_adult_care_under_16 = _ceased_age(("E7",), 16, blank_is_error=True)
_adult_care_under_16.__doc__ = "Ceased on transfer to adult social care (E7) aged under 16."
rule("389", years=ALL_YEARS)(_adult_care_under_16)


@rule("388", years=ALL_YEARS)
def continuation_episode_mismatch(ctx: RuleContext) -> Flags:
    """REC X1 (new episode begins) needs a next episode starting that day, and vice versa."""
    eps = typed(ctx, "Episodes").with_columns(pl.col("DECOM").fill_null(date(1901, 1, 1)))
    eps = eps.sort(["CHILD", "DECOM"], nulls_last=True, maintain_order=True)
    eps = eps.with_columns(pl.col("DECOM").shift(-1).over("CHILD").alias("_next"))
    eps = eps.with_columns(
        pl.when(pl.col("CHILD").is_not_null()).then(pl.col("_next")).alias("_next")
    )
    last = pl.col("_next").is_null() & pl.col("CHILD").is_not_null()
    has_next = pl.col("_next").is_not_null() & pl.col("DEC").is_not_null()
    x1 = pl.col("REC") == "X1"
    case1 = ~last & has_next & x1 & (pl.col("DEC") != pl.col("_next"))
    case2 = ~last & has_next & ~x1 & (pl.col("DEC") == pl.col("_next"))
    case3 = last & pl.col("DEC").is_not_null() & x1
    return flag("Episodes", eps.filter((case1 | case2 | case3).fill_null(False)))


@rule("390", years=ALL_YEARS)
def adopted_not_placed_for_adoption(ctx: RuleContext) -> Flags:
    """Reason episode ceased is adopted, but the child was not placed for adoption (A3–A6)."""
    eps = raw(ctx, "Episodes")
    return flag(
        "Episodes",
        eps.filter(isin("REC", ("E11", "E12")) & ~isin("PLACE", ("A3", "A4", "A5", "A6"))),
    )


@rule("391", years=ALL_YEARS)
def care_leaver_wrong_age(ctx: RuleContext) -> Flags:
    """Young person was not 17 to 21 during the collection year, but has care leaver data."""
    oc3 = typed(ctx, "OC3")
    too_young = plus_years("DOB", 17) > ctx.end
    return flag("OC3", oc3.filter(too_young & any_present(("IN_TOUCH", "ACTIV", "ACCOM"))))


@rule("392b", years=ALL_YEARS)
def postcodes_missing(ctx: RuleContext) -> Flags:
    """Child is looked after but home or placement postcode is missing (UASC children exempt)."""
    uasc_fields = ("SEX", "DOB", "DUC")
    statuses = [uasc_status(ctx, previous=p, uasc_fields=uasc_fields) for p in (False, True)]
    uasc = [s.filter(pl.col("UASC") == "1").select("CHILD") for s in statuses if s is not None]
    eps = raw(ctx, "Episodes").filter(
        ~isin("LS", SHORT_BREAK) & ~pl.all_horizontal(pl.col("HOME_POST", "PL_POST").is_not_null())
    )
    if uasc:
        eps = eps.join(pl.concat(uasc).unique(), on="CHILD", how="anti", nulls_equal=True)
    return flag("Episodes", eps)


@rule("392d", years=ALL_YEARS)
def same_home_and_placement_postcode(ctx: RuleContext) -> Flags:
    """Home and placement postcodes should not be the same unless the placement is P1."""
    eps = raw(ctx, "Episodes")
    not_p1 = (pl.col("PLACE") != "P1").fill_null(True)
    return flag("Episodes", eps.filter(not_p1 & (pl.col("HOME_POST") == pl.col("PL_POST"))))


def _mother_missing(female: str) -> RuleFn:
    def check(ctx: RuleContext) -> Flags:
        if missing(ctx, "Header", "Episodes"):
            return {}
        looked_after = raw(ctx, "Episodes").filter(
            ~pl.col("LS").str.to_uppercase().is_in(SHORT_BREAK).fill_null(False)
        )
        header = raw(ctx, "Header").filter((pl.col("SEX") == female) & pl.col("MOTHER").is_null())
        return flag(
            "Header",
            header.join(
                looked_after.select("CHILD").unique(), on="CHILD", how="semi", nulls_equal=True
            ),
        )

    check.__doc__ = "Child is looked after but the mother field is not completed."
    return check


rule("393", years=(2023, 2024))(_mother_missing("2"))
rule("393", years=range(2025, 2028))(_mother_missing("F"))


@rule("398", years=ALL_YEARS)
def postcodes_for_short_break(ctx: RuleContext) -> Flags:
    """Postcodes (distance) completed, but the child is on a short break (V3/V4)."""
    eps = raw(ctx, "Episodes")
    return flag(
        "Episodes", eps.filter(isin("LS", SHORT_BREAK) & any_present(("HOME_POST", "PL_POST")))
    )


@rule("399", years=ALL_YEARS)
def mother_or_reviews_for_short_breaks(ctx: RuleContext) -> Flags:
    """Mother, review or participation completed, but the child is only on short breaks."""
    if missing(ctx, "Episodes", "Header", "Reviews"):
        return {}
    eps = raw(ctx, "Episodes").filter(pl.col("CHILD").is_not_null())
    eps = eps.filter(isin("LS", SHORT_BREAK).all().over("CHILD"))
    header = raw(ctx, "Header").select("CHILD", "MOTHER", pl.col("_line").alias("_h"))
    reviews = raw(ctx, "Reviews").select(
        "CHILD", "REVIEW", "REVIEW_CODE", pl.col("_line").alias("_r")
    )
    merged = by_child(by_child(eps, header, how="left"), reviews, how="left")
    bad = merged.filter(any_present(("MOTHER", "REVIEW", "REVIEW_CODE")))
    return {
        "Episodes": bad.select("_line"),
        "Header": bad.filter(pl.col("_h").is_not_null()).select(pl.col("_h").alias("_line")),
        "Reviews": bad.filter(pl.col("_r").is_not_null()).select(pl.col("_r").alias("_line")),
    }
