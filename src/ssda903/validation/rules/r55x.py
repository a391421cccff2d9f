"""Rules 551–599: placement for adoption decisions and missing/away-from-placement periods.

Kept apart from r5xx.py so that each module stays a readable size.
"""

from datetime import date
from typing import Literal

import polars as pl

from ssda903.tables import LINE
from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import (
    Flags,
    eq,
    first_per_child,
    flag,
    flags,
    isin,
    last_per_child,
    ne,
    outside_every_period,
    plus_years,
    present,
    raw,
    same,
    typed,
    with_prev,
    years,
)

ADOPTION_PLACEMENTS = ("A3", "A4", "A5", "A6")


def _pa_line(frame: pl.DataFrame, col: str = "_pa") -> pl.DataFrame:
    return frame.select(pl.col(col).alias(LINE)).drop_nulls()


@rule("551", years=years("551"))
def placed_for_adoption_without_decision(ctx: RuleContext) -> Flags:
    """Placed for adoption (A3–A6) but no DATE_PLACED recorded for the child."""
    if not present(ctx, "Episodes", "PlacedAdoption"):
        return {}
    epi = raw(ctx, "Episodes").filter(isin("PLACE", ADOPTION_PLACEMENTS))
    pa = raw(ctx, "PlacedAdoption").select("CHILD", "DATE_PLACED")
    both = epi.join(pa, on="CHILD", how="left")
    return flag("Episodes", both.filter(pl.col("DATE_PLACED").is_null()))


@rule("552", years=years("552"))
def decision_after_placement(ctx: RuleContext) -> Flags:
    """The latest decision to place for adoption is after the first adoption placement began."""
    pa = typed(ctx, "PlacedAdoption").select("CHILD", "DATE_PLACED", pl.col(LINE).alias("_pa"))
    latest = last_per_child(pa, "DATE_PLACED")
    epi = typed(ctx, "Episodes").filter(isin("PLACE", ADOPTION_PLACEMENTS))
    first = first_per_child(epi, "DECOM")
    bad = first.join(latest, on="CHILD").filter(pl.col("DECOM") < pl.col("DATE_PLACED"))
    return flags(Episodes=bad, PlacedAdoption=_pa_line(bad))


def _order_without_decision(ctx: RuleContext, legal_status: str) -> Flags:
    epi = raw(ctx, "Episodes").filter(eq("LS", legal_status))
    pa = raw(ctx, "PlacedAdoption")
    no_decision = epi.join(pa, on="CHILD", how="anti")
    open_children = epi.filter(pl.col("DEC").is_null()).select("CHILD").unique()
    ceased = pa.filter(
        pl.col("DATE_PLACED_CEASED").is_not_null() | pl.col("REASON_PLACED_CEASED").is_not_null()
    ).join(open_children, on="CHILD", how="semi")
    return flags(Episodes=no_decision, PlacedAdoption=ceased)


@rule("553", years=years("553"))
def placement_order_without_decision(ctx: RuleContext) -> Flags:
    """Placement order (LS E1) but no decision to place for adoption; or the order is still open
    yet the decision is recorded as ceased."""
    if not present(ctx, "Episodes", "PlacedAdoption"):
        return {}
    return _order_without_decision(ctx, "E1")


@rule("554", years=years("554"))
def decision_after_placement_order(ctx: RuleContext) -> Flags:
    """DATE_PLACED must be on or before the start of the first E1 (placement order) episode."""
    first = first_per_child(typed(ctx, "Episodes").filter(eq("LS", "E1")), "DECOM")
    pa = typed(ctx, "PlacedAdoption").select("CHILD", "DATE_PLACED", pl.col(LINE).alias("_pa"))
    bad = first.join(pa, on="CHILD").filter(pl.col("DATE_PLACED") > pl.col("DECOM"))
    return flags(Episodes=bad, PlacedAdoption=_pa_line(bad))


@rule("555", years=years("555"))
def freeing_order_without_decision(ctx: RuleContext) -> Flags:
    """Freeing order (LS D1) but no decision to place for adoption; or the order is still open
    yet the decision is recorded as ceased."""
    if not present(ctx, "Episodes", "PlacedAdoption"):
        return {}
    return _order_without_decision(ctx, "D1")


@rule("556", years=years("556"))
def decision_after_freeing_order(ctx: RuleContext) -> Flags:
    """DATE_PLACED must be on or before the start of each D1 (freeing order) episode."""
    epi = typed(ctx, "Episodes").filter(eq("LS", "D1"))
    pa = typed(ctx, "PlacedAdoption").select("CHILD", "DATE_PLACED")
    return flag(
        "Episodes", epi.join(pa, on="CHILD").filter(pl.col("DATE_PLACED") > pl.col("DECOM"))
    )


def _left_care_unadopted_without_cessation(ctx: RuleContext, orders: list[str]) -> Flags:
    epi = raw(ctx, "Episodes")
    not_adopted = ~isin("REC", ["E11", "E12"]) & pl.col("REC").is_not_null() & ne("REC", "X1")
    epi = epi.filter((isin("PLACE", ADOPTION_PLACEMENTS) | isin("LS", orders)) & not_adopted)
    pa = raw(ctx, "PlacedAdoption").select(
        "CHILD",
        pl.col(LINE).alias("_pa"),
        (pl.col("DATE_PLACED_CEASED").is_null() | pl.col("REASON_PLACED_CEASED").is_null()).alias(
            "incomplete"
        ),
    )
    both = epi.join(pa, on="CHILD", how="left")
    bad = both.filter(pl.col("_pa").is_null() | pl.col("incomplete"))
    return flags(Episodes=bad, PlacedAdoption=_pa_line(bad))


@rule("557", years=years("557", until=2024))
def left_care_unadopted_without_cessation(ctx: RuleContext) -> Flags:
    """Placed for adoption or under an order (D1/E1), left care other than by adoption, but the
    decision to place is not recorded as ceased (date and reason)."""
    if not present(ctx, "Episodes", "PlacedAdoption"):
        return {}
    return _left_care_unadopted_without_cessation(ctx, ["D1", "E1"])


@rule("557", years=years("557", since=2025))
def left_care_unadopted_without_cessation_from_2025(ctx: RuleContext) -> Flags:
    """Placed for adoption or under a placement order (E1), left care other than by adoption,
    but the decision to place is not recorded as ceased (date and reason)."""
    if not present(ctx, "Episodes", "PlacedAdoption"):
        return {}
    return _left_care_unadopted_without_cessation(ctx, ["E1"])


@rule("558", years=years("558"))
def adopted_but_decision_ceased(ctx: RuleContext) -> Flags:
    """Adopted (REC E11/E12), so the latest decision to place cannot have a DATE_PLACED_CEASED.

    As the published tool does: a child is flagged when none of its decisions is open and the
    episode/decision pairs number more than one.
    """
    epi = raw(ctx, "Episodes").filter(isin("REC", ["E11", "E12"]))
    pa = raw(ctx, "PlacedAdoption").select("CHILD", "DATE_PLACED_CEASED")
    both = epi.join(pa, on="CHILD", how="left")
    per_child = both.group_by("CHILD").agg(
        pl.col("DATE_PLACED_CEASED").is_null().any().alias("open"), pl.len().alias("n")
    )
    bad = per_child.filter(~pl.col("open") & (pl.col("n") > 1))
    return flag("Episodes", epi.join(bad, on="CHILD", how="semi"))


def _pa_with_last(ctx: RuleContext, how: Literal["left", "inner"]) -> pl.DataFrame:
    last = raw(ctx, "PlacedAdoption", previous=True).select(
        "CHILD", *[pl.col(c).alias(f"{c}_LAST") for c in
                   ("DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")]
    )  # fmt: skip
    return raw(ctx, "PlacedAdoption").join(last, on="CHILD", how=how)


@rule("559", years=years("559"))
def earlier_decision_missing_last_year(ctx: RuleContext) -> Flags:
    """DATE_PLACED is before this year, so it should be in last year's return."""
    if not ctx.has_previous("PlacedAdoption"):
        return {}
    both = _pa_with_last(ctx, "left").with_columns(
        pl.col("DATE_PLACED", "DATE_PLACED_LAST").str.strptime(pl.Date, "%d/%m/%Y", strict=False)
    )
    bad = both.filter(
        (pl.col("DATE_PLACED") < ctx.start).fill_null(False) & pl.col("DATE_PLACED_LAST").is_null()
    )
    return flag("PlacedAdoption", bad)


@rule("560", years=years("560"))
def decision_changed_while_open(ctx: RuleContext) -> Flags:
    """Last year's decision was still open, so this year's DATE_PLACED should be the same."""
    if not ctx.has_previous("PlacedAdoption"):
        return {}
    both = _pa_with_last(ctx, "inner")
    bad = both.filter(
        pl.col("DATE_PLACED_LAST").is_not_null()
        & pl.col("DATE_PLACED_CEASED_LAST").is_null()
        & (pl.col("DATE_PLACED") != pl.col("DATE_PLACED_LAST")).fill_null(True)
    )
    return flag("PlacedAdoption", bad)


@rule("561", years=years("561"))
def same_decision_but_ceased_last_year(ctx: RuleContext) -> Flags:
    """DATE_PLACED is last year's, but last year that decision was recorded as ceased."""
    if not ctx.has_previous("PlacedAdoption"):
        return {}
    both = _pa_with_last(ctx, "inner")
    ceased = (
        pl.col("REASON_PLACED_CEASED_LAST").is_not_null()
        | pl.col("DATE_PLACED_CEASED_LAST").is_not_null()
    )
    return flag("PlacedAdoption", both.filter(same("DATE_PLACED", "DATE_PLACED_LAST") & ceased))


@rule("562", years=years("562"))
def continuing_episode_missing_last_year(ctx: RuleContext) -> Flags:
    """The first episode began before this year but is not last year's last episode."""
    if not ctx.has_previous("Episodes"):
        return {}
    epi = typed(ctx, "Episodes").filter((pl.col("DECOM") < ctx.start).fill_null(False))
    first = first_per_child(epi, "DECOM")
    last = last_per_child(typed(ctx, "Episodes", previous=True), "DECOM").select("CHILD", "DECOM")
    return flag("Episodes", first.join(last, on=["CHILD", "DECOM"], how="anti"))


@rule("563", years=years("563"))
def ceased_without_decision_date(ctx: RuleContext) -> Flags:
    """The decision to place ceased (date and reason given) but DATE_PLACED is blank."""
    pa = raw(ctx, "PlacedAdoption")
    bad = pa.filter(
        pl.col("REASON_PLACED_CEASED").is_not_null()
        & pl.col("DATE_PLACED_CEASED").is_not_null()
        & pl.col("DATE_PLACED").is_null()
    )
    return flag("PlacedAdoption", bad)


@rule("564", years=years("564"))
def missing_without_start(ctx: RuleContext) -> Flags:
    """Child missing or away (M/A) but MIS_START is blank."""
    mis = raw(ctx, "Missing")
    return flag(
        "Missing", mis.filter(isin("MISSING", ["M", "A", "m", "a"]) & pl.col("MIS_START").is_null())
    )


@rule("565", years=years("565"))
def start_without_missing_type(ctx: RuleContext) -> Flags:
    """MIS_START given but MISSING (missing or away) is blank."""
    mis = raw(ctx, "Missing")
    return flag(
        "Missing", mis.filter(pl.col("MIS_START").is_not_null() & pl.col("MISSING").is_null())
    )


@rule("566", years=years("566"))
def end_without_missing_type(ctx: RuleContext) -> Flags:
    """MIS_END given but MISSING (missing or away) is blank."""
    mis = raw(ctx, "Missing")
    return flag(
        "Missing", mis.filter(pl.col("MISSING").is_null() & pl.col("MIS_END").is_not_null())
    )


@rule("567", years=years("567"))
def missing_ends_before_start(ctx: RuleContext) -> Flags:
    """MIS_END is before MIS_START."""
    mis = typed(ctx, "Missing")
    return flag("Missing", mis.filter((pl.col("MIS_START") > pl.col("MIS_END")).fill_null(False)))


@rule("570", years=years("570"))
def missing_starts_after_year(ctx: RuleContext) -> Flags:
    """MIS_START is after the end of the collection year."""
    mis = typed(ctx, "Missing")
    return flag("Missing", mis.filter((pl.col("MIS_START") > ctx.end).fill_null(False)))


@rule("571", years=years("571"))
def missing_ends_outside_year(ctx: RuleContext) -> Flags:
    """MIS_END is before the start or after the end of the collection year."""
    mis = typed(ctx, "Missing")
    outside = (pl.col("MIS_END") < ctx.start) | (pl.col("MIS_END") > ctx.end)
    return flag("Missing", mis.filter(outside.fill_null(False)))


@rule("574", years=years("574"))
def missing_overlaps_previous(ctx: RuleContext) -> Flags:
    """A missing/away period starts while the previous one is still open or before it ended."""
    mis = typed(ctx, "Missing").with_columns(
        pl.coalesce("MIS_END", "MIS_START").alias("_end_or_start")
    )
    mis = mis.sort(["CHILD", "_end_or_start", "MIS_START"], nulls_last=True, maintain_order=True)
    mis = with_prev(mis, ["MIS_START", "MIS_END"])
    overlaps = pl.col("MIS_END_PREV").is_null() | (
        pl.col("MIS_START") < pl.col("MIS_END_PREV")
    ).fill_null(False)
    return flag("Missing", mis.filter(same("CHILD", "CHILD_PREV") & overlaps))


@rule("575", years=years("575"))
def missing_open_after_placement_ended(ctx: RuleContext) -> Flags:
    """A missing period that began during an episode that has ended must itself have ended."""
    epi = typed(ctx, "Episodes").select("CHILD", "DECOM", "DEC").filter(pl.col("DEC").is_not_null())
    mis = typed(ctx, "Missing").filter(pl.col("MIS_END_raw").is_null())
    both = mis.join(epi, on="CHILD")
    inside = (pl.col("MIS_START") >= pl.col("DECOM")) & (pl.col("MIS_START") <= pl.col("DEC"))
    return flag("Missing", both.filter(inside.fill_null(False)))


@rule("576", years=years("576"))
def open_missing_last_year_not_continued(ctx: RuleContext) -> Flags:
    """Last year ended with an open missing period; this year's first must start on that date."""
    if not ctx.has_previous("Missing"):
        return {}
    mis = typed(ctx, "Missing").with_columns(pl.col("MIS_START").fill_null(date(2099, 1, 1)))
    first = first_per_child(mis, "MIS_START")
    last_open = typed(ctx, "Missing", previous=True).filter(pl.col("MIS_END_raw").is_null())
    last_open = last_open.select("CHILD", pl.col("MIS_START").alias("MIS_START_LAST"))
    bad = first.join(last_open, on="CHILD").filter(pl.col("MIS_START") != pl.col("MIS_START_LAST"))
    return flag("Missing", bad)


@rule("577", years=years("577"))
def missing_outside_period_of_care(ctx: RuleContext) -> Flags:
    """A missing period must fall within a period of care: not open once care has ended, nor
    ending outside it."""
    start, end = pl.col("MIS_START"), pl.col("MIS_END")
    poc_start, poc_end = pl.col("POC_START"), pl.col("POC_END")
    outside = (
        (start.is_not_null() & end.is_null() & poc_end.is_not_null())
        | (end.is_null() & (start < poc_start).fill_null(False))
        | (end > poc_end).fill_null(False)
        | (end < poc_start).fill_null(False)
    )
    mis = typed(ctx, "Missing").filter(pl.col("MIS_START").is_not_null())
    return flag("Missing", outside_every_period(ctx, mis, outside))


@rule("578", years=years("578"))
def missing_starts_outside_care(ctx: RuleContext) -> Flags:
    """The child went missing before care began or after it ended."""
    start, poc_end = pl.col("MIS_START"), pl.col("POC_END")
    outside = (start < pl.col("POC_START")).fill_null(False) | (
        (start > poc_end).fill_null(False) & poc_end.is_not_null()
    )
    return flag("Missing", outside_every_period(ctx, typed(ctx, "Missing"), outside))


@rule("579", years=years("579"))
def new_decision_while_previous_open(ctx: RuleContext) -> Flags:
    """A new decision to place for adoption starts while the previous one is open or before it
    ceased."""
    pa = typed(ctx, "PlacedAdoption").sort(
        ["CHILD", "DATE_PLACED"], nulls_last=True, maintain_order=True
    )
    pa = with_prev(pa, ["DATE_PLACED_CEASED"])
    overlaps = pl.col("DATE_PLACED_CEASED_PREV").is_null() | (
        pl.col("DATE_PLACED") < pl.col("DATE_PLACED_CEASED_PREV")
    ).fill_null(False)
    return flag("PlacedAdoption", pa.filter(same("CHILD", "CHILD_PREV") & overlaps))


@rule("580", years=years("580"))
def missing_at_18_not_e8(ctx: RuleContext) -> Flags:
    """Care ended on the 18th birthday while the child was missing, but REC is not E8."""
    mis = typed(ctx, "Missing").select("CHILD", "MIS_END", pl.col("DOB"))
    epi = typed(ctx, "Episodes").filter(pl.col("DEC").is_not_null())
    both = epi.join(mis, on="CHILD")
    bad = both.filter(
        (plus_years(pl.col("DOB"), 18) == pl.col("MIS_END")).fill_null(False)
        & (pl.col("MIS_END") == pl.col("DEC")).fill_null(False)
        & ne("REC", "E8")
    )
    return flag("Episodes", bad)


@rule("581", years=years("581"))
def missing_outside_any_episode(ctx: RuleContext) -> Flags:
    """MIS_START falls in none of the child's episodes (so the child was not yet looked after)."""
    epi = typed(ctx, "Episodes").select("CHILD", "DECOM", "DEC")
    both = typed(ctx, "Missing").join(epi, on="CHILD")
    start = pl.col("MIS_START")
    inside = (start >= pl.col("DECOM")).fill_null(False) & (
        (start <= pl.col("DEC")).fill_null(False) | pl.col("DEC").is_null()
    )
    per_row = both.group_by(LINE).agg(inside.any().alias("inside"))
    return flag("Missing", per_row.filter(~pl.col("inside")))


@rule("582", years=years("582"))
def adopted_on_match_date(ctx: RuleContext) -> Flags:
    """Adopted (REC E11/E12) on the same date the child was matched with adopters."""
    epi = raw(ctx, "Episodes").filter(isin("REC", ["E11", "E12"]))
    both = epi.join(raw(ctx, "AD1").select("CHILD", "DATE_MATCH"), on="CHILD")
    return flag("Episodes", both.filter(same("DEC", "DATE_MATCH")))


@rule("583", years=years("583"))
def earlier_decision_not_ceased(ctx: RuleContext) -> Flags:
    """Every decision to place except the latest must have a DATE_PLACED_CEASED."""
    pa = typed(ctx, "PlacedAdoption")
    latest = (
        pa.sort("DATE_PLACED", descending=True, nulls_last=True, maintain_order=True)
        .unique("CHILD", keep="first", maintain_order=True)
        .select(LINE)
    )
    earlier = pa.join(latest, on=LINE, how="anti")
    return flag("PlacedAdoption", earlier.filter(pl.col("DATE_PLACED_CEASED_raw").is_null()))


@rule("584", years=years("584"))
def new_decision_not_after_last_years_ceased(ctx: RuleContext) -> Flags:
    """Last year's decision ceased, so this year's DATE_PLACED must be later than last year's."""
    if not ctx.has_previous("PlacedAdoption"):
        return {}
    last = typed(ctx, "PlacedAdoption", previous=True).filter(
        pl.col("DATE_PLACED_CEASED_raw").is_not_null()
        | pl.col("REASON_PLACED_CEASED").is_not_null()
    )
    both = typed(ctx, "PlacedAdoption").join(
        last.select("CHILD", pl.col("DATE_PLACED").alias("DATE_PLACED_LAST")), on="CHILD"
    )
    bad = both.filter(
        pl.col("DATE_PLACED_raw").is_null()
        | (pl.col("DATE_PLACED") <= pl.col("DATE_PLACED_LAST")).fill_null(False)
    )
    return flag("PlacedAdoption", bad)


@rule("586", years=years("586"))
def missing_before_birth(ctx: RuleContext) -> Flags:
    """MIS_START is on or before the child's date of birth."""
    mis = typed(ctx, "Missing")
    return flag("Missing", mis.filter((pl.col("MIS_START") <= pl.col("DOB")).fill_null(False)))
