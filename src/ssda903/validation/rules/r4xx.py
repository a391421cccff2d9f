"""Rules 400–499: legal status, reasons for new episodes, reviews and UPN.

Rules on each placement's local authority or distance from home (406, 411, 420, 452, 453, 454)
are in `rpostcode.py` and `rpostcode_last.py`, with the postcode directory they need.
"""

from datetime import date

import polars as pl

from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import (
    Flags,
    episodes_in_order,
    eq,
    flag,
    flags,
    isin,
    ne,
    not_in,
    plus_years,
    raw,
    same,
    typed,
    with_next,
    with_prev,
    years,
)

# Reasons an episode ends that mean the child left care (DfE REC codes other than X1).
LEFT_CARE_REC = (
    "E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11", "E12", "E13", "E14", "E15",
    "E16", "E17", "E41", "E45", "E46", "E47", "E48",
)  # fmt: skip
PLACEMENT_COLS = ("PLACE", "PL_POST", "URN", "PLACE_PROVIDER")


def _same_child(suffix: str) -> pl.Expr:
    return same("CHILD", f"CHILD{suffix}")


@rule("407", years=years("407"))
def sgo_after_18(ctx: RuleContext) -> Flags:
    """Episode ended with a special guardianship order (E45–E48) but the child was already 18."""
    epi = typed(ctx, "Episodes").filter(isin("REC", ["E45", "E46", "E47", "E48"]))
    head = typed(ctx, "Header").select("CHILD", pl.col("DOB"), pl.col("_line").alias("_hline"))
    both = epi.join(head, on="CHILD", how="inner")
    bad = both.filter((plus_years(pl.col("DOB"), 18) < pl.col("DEC")).fill_null(False))
    return flags(Episodes=bad, Header=bad.select(pl.col("_hline").alias("_line")))


@rule("408", years=years("408"))
def placed_for_adoption_without_order(ctx: RuleContext) -> Flags:
    """Placed for adoption with a placement order (A5/A6) but legal status is not E1."""
    epi = raw(ctx, "Episodes")
    return flag("Episodes", epi.filter(isin("PLACE", ["A5", "A6"]) & ne("LS", "E1")))


@rule("426", years=years("426"))
def respite_v3_and_v4(ctx: RuleContext) -> Flags:
    """A child in respite care cannot have both V3 and V4 legal statuses in the same year."""
    epi = raw(ctx, "Episodes").filter(isin("LS", ["V3", "V4"]))
    both = (pl.col("LS") == "V3").any().over("CHILD") & (pl.col("LS") == "V4").any().over("CHILD")
    return flag("Episodes", epi.filter(both & pl.col("CHILD").is_not_null()))


@rule("431", years=years("431"))
def new_period_starts_before_last_ended(ctx: RuleContext) -> Flags:
    """RNE is S (started to be looked after) but the previous episode ended on or after DECOM."""
    epi = with_prev(episodes_in_order(ctx), ["DEC"])
    bad = epi.filter(
        _same_child("_PREV") & eq("RNE", "S") & (pl.col("DECOM") <= pl.col("DEC_PREV"))
    )
    return flag("Episodes", bad)


@rule("432", years=years("432"))
def new_episode_after_leaving_care_not_s(ctx: RuleContext) -> Flags:
    """The previous episode ended with the child leaving care, but this episode's RNE is not S."""
    epi = with_prev(episodes_in_order(ctx), ["REC"])
    bad = epi.filter(_same_child("_PREV") & isin("REC_PREV", LEFT_CARE_REC) & ne("RNE", "S"))
    return flag("Episodes", bad)


@rule("433", years=years("433"))
def continuation_episode_not_contiguous(ctx: RuleContext) -> Flags:
    """A continuation episode (RNE P, L, T, U or B) must start the day the previous one ended.

    Dates are compared as submitted text, so a blank on either side is flagged.
    """
    epi = typed(ctx, "Episodes").sort(
        ["CHILD", "DECOM", "DEC"], nulls_last=True, maintain_order=True
    )
    epi = with_prev(epi, ["DEC_raw"])
    mismatch = (pl.col("DEC_raw_PREV") != pl.col("DECOM_raw")).fill_null(True)
    bad = epi.filter(_same_child("_PREV") & isin("RNE", "PLTUB") & mismatch)
    return flag("Episodes", bad)


@rule("434", years=years("434"))
def legal_status_change_not_shown(ctx: RuleContext) -> Flags:
    """RNE is L (legal status changed, placement did not) but LS is unchanged or placement moved."""
    epi = with_prev(episodes_in_order(ctx), ["LS", *PLACEMENT_COLS])
    placement_moved = pl.any_horizontal(
        pl.col(c).fill_null("") != pl.col(f"{c}_PREV").fill_null("") for c in PLACEMENT_COLS
    )
    bad = epi.filter(
        _same_child("_PREV") & eq("RNE", "L") & (same("LS", "LS_PREV") | placement_moved)
    )
    return flag("Episodes", bad)


@rule("435", years=years("435"))
def placement_change_not_shown(ctx: RuleContext) -> Flags:
    """RNE is P or T (placement changed, legal status did not) but LS changed or placement did not.

    A blank in any field counts as a change.
    """
    epi = with_prev(episodes_in_order(ctx), ["LS", *PLACEMENT_COLS])
    ls_changed = (pl.col("LS") != pl.col("LS_PREV")).fill_null(True)
    placement_kept = pl.all_horizontal(same(c, f"{c}_PREV") for c in PLACEMENT_COLS)
    bad = epi.filter(_same_child("_PREV") & isin("RNE", ["P", "T"]) & (ls_changed | placement_kept))
    return flag("Episodes", bad)


@rule("436", years=years("436"))
def both_changed_not_shown(ctx: RuleContext) -> Flags:
    """RNE is U or B (placement and legal status changed) but LS or the whole placement is the same.

    Two blanks count as the same value.
    """
    cols = ["LS", *PLACEMENT_COLS]
    epi = with_prev(episodes_in_order(ctx), cols)

    def kept(c: str) -> pl.Expr:
        return pl.col(c).fill_null("*") == pl.col(f"{c}_PREV").fill_null("*")

    bad = epi.filter(
        _same_child("_PREV")
        & isin("RNE", ["U", "B"])
        & (kept("LS") | pl.all_horizontal(kept(c) for c in PLACEMENT_COLS))
    )
    return flag("Episodes", bad)


@rule("437", years=years("437"))
def episodes_after_death_or_18(ctx: RuleContext) -> Flags:
    """Episode ended because the child died (E2) or turned 18 (E15), yet a later episode follows."""
    epi = with_next(episodes_in_order(ctx), [])
    bad = epi.filter(
        pl.col("DECOM").is_not_null() & isin("REC", ["E2", "E15"]) & _same_child("_NEXT")
    )
    return flag("Episodes", bad)


@rule("440", years=years("440"))
def pn0_review_at_4_or_over(ctx: RuleContext) -> Flags:
    """Participation code PN0 (child under 4) but the child was 4 or over at the review."""
    rev = typed(ctx, "Reviews")
    bad = rev.filter(
        eq("REVIEW_CODE", "PN0")
        & (pl.col("REVIEW") > plus_years(pl.col("DOB"), 4)).fill_null(False)
    )
    return flag("Reviews", bad)


@rule("441", years=years("441"))
def pn1_to_7_review_under_4(ctx: RuleContext) -> Flags:
    """Participation code PN1–PN7 (child 4 or over) but the child was under 4 at the review."""
    rev = typed(ctx, "Reviews")
    codes = [f"PN{i}" for i in range(1, 8)]
    under_4 = (pl.col("REVIEW") < plus_years(pl.col("DOB"), 4)).fill_null(False)
    return flag("Reviews", rev.filter(isin("REVIEW_CODE", codes) & under_4))


@rule("442", years=years("442"))
def upn_missing(ctx: RuleContext) -> Flags:
    """A child with any episode under a legal status other than V3/V4 must have a UPN."""
    needs_upn = raw(ctx, "Episodes").filter(not_in("LS", ["V3", "V4"])).select("CHILD").unique()
    head = raw(ctx, "Header").filter(pl.col("UPN").is_null())
    return flag("Header", head.join(needs_upn, on="CHILD", how="semi"))


@rule("444", years=years("444"))
def upn_duplicated(ctx: RuleContext) -> Flags:
    """A UPN (other than the UN1–UN5 reasons for no UPN) must be unique within the return."""
    head = raw(ctx, "Header")
    counted = head.filter(
        not_in("UPN", [f"UN{i}" for i in range(1, 6)]) & pl.col("UPN").is_not_null()
    )
    dupes = counted.group_by("UPN").len().filter(pl.col("len") > 1).select("UPN")
    return flag("Header", head.join(dupes, on="UPN", how="semi"))


@rule("445", years=years("445"))
def d1_after_2005(ctx: RuleContext) -> Flags:
    """D1 (freeing order granted) is not a valid legal status for episodes from 1 January 2006."""
    epi = typed(ctx, "Episodes")
    late = (pl.col("DECOM") > date(2005, 12, 31)).fill_null(False)
    return flag("Episodes", epi.filter(eq("LS", "D1") & late))


@rule("446", years=years("446"))
def e1_before_december_2005(ctx: RuleContext) -> Flags:
    """E1 (placement order) is not a valid legal status for an episode starting before 12/2005."""
    epi = typed(ctx, "Episodes")
    early = (pl.col("DECOM") < date(2005, 12, 1)).fill_null(False)
    return flag("Episodes", epi.filter(eq("LS", "E1") & early))


@rule("451", years=years("451"))
def d1_episode_open(ctx: RuleContext) -> Flags:
    """A child under a freeing order (D1) must have left care: DEC and REC cannot both be blank."""
    epi = raw(ctx, "Episodes")
    return flag(
        "Episodes",
        epi.filter(pl.col("DEC").is_null() & pl.col("REC").is_null() & eq("LS", "D1")),
    )


@rule("460", years=years("460"))
def staying_put_under_18(ctx: RuleContext) -> Flags:
    """Episode ended with the child staying with current carers at 18 (E17), but the child is under
    18 on the date the episode ended."""
    epi = typed(ctx, "Episodes").filter(eq("REC", "E17"))
    head = typed(ctx, "Header").select("CHILD", "DOB")
    both = epi.join(head, on="CHILD", how="inner")
    bad = both.filter((plus_years(pl.col("DOB"), 18) > pl.col("DEC")).fill_null(False))
    return flag("Episodes", bad)
