"""Rules 700–799: deprivation of liberty orders (the DoLo table, from 2026/27)."""

import polars as pl

from ssda903.tables import LINE
from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import (
    Flags,
    flag,
    flags,
    isin,
    outside_every_period,
    raw,
    same,
    typed,
    with_prev,
    years,
)


def _dolo(ctx: RuleContext) -> pl.DataFrame:
    return typed(ctx, "DoLo")


@rule("700", years=years("700"))
def dolo_start_not_a_date(ctx: RuleContext) -> Flags:
    """DOLO_START is blank or not a valid DD/MM/YYYY date."""
    return flag("DoLo", _dolo(ctx).filter(pl.col("DOLO_START").is_null()))


@rule("701", years=years("701"))
def dolo_end_not_a_date(ctx: RuleContext) -> Flags:
    """DOLO_END is given but is not a valid DD/MM/YYYY date."""
    dolo = _dolo(ctx)
    return flag(
        "DoLo", dolo.filter(pl.col("DOLO_END_raw").is_not_null() & pl.col("DOLO_END").is_null())
    )


@rule("702", years=years("702"))
def dolo_ends_before_start(ctx: RuleContext) -> Flags:
    """DOLO_END must be after DOLO_START."""
    bad = (pl.col("DOLO_END") <= pl.col("DOLO_START")).fill_null(False)
    return flag("DoLo", _dolo(ctx).filter(bad))


@rule("703", years=years("703"))
def dolo_starts_after_year(ctx: RuleContext) -> Flags:
    """DOLO_START is after the end of the collection year."""
    return flag("DoLo", _dolo(ctx).filter((pl.col("DOLO_START") > ctx.end).fill_null(False)))


@rule("704", years=years("704"))
def dolo_ends_outside_year(ctx: RuleContext) -> Flags:
    """DOLO_END is before the start or after the end of the collection year."""
    outside = (pl.col("DOLO_END") > ctx.end) | (pl.col("DOLO_END") < ctx.start)
    return flag("DoLo", _dolo(ctx).filter(outside.fill_null(False)))


@rule("705", years=years("705"))
def dolo_overlaps_previous(ctx: RuleContext) -> Flags:
    """A DoLO cannot start while the previous one is still open or before it ended."""
    dolo = _dolo(ctx).with_columns(pl.coalesce("DOLO_END", "DOLO_START").alias("_end_or_start"))
    dolo = dolo.sort(["CHILD", "_end_or_start", "DOLO_START"], nulls_last=True, maintain_order=True)
    dolo = with_prev(dolo, ["DOLO_END"])
    overlaps = pl.col("DOLO_END_PREV").is_null() | (
        pl.col("DOLO_START") < pl.col("DOLO_END_PREV")
    ).fill_null(False)
    return flag("DoLo", dolo.filter(same("CHILD", "CHILD_PREV") & overlaps))


@rule("706", years=years("706"))
def open_dolo_last_year_not_continued(ctx: RuleContext) -> Flags:
    """Last year ended with an open DoLO, but no DoLO this year starts on the same date.

    The child's DoLo rows this year are flagged; a child with none has its Header row flagged,
    as there is no DoLo row to point to.
    """
    if not ctx.has_previous("DoLo"):
        return {}
    open_last = raw(ctx, "DoLo", previous=True).filter(pl.col("DOLO_END").is_null())
    unmatched = open_last.join(raw(ctx, "DoLo"), on=["CHILD", "DOLO_START"], how="anti")
    children = unmatched.select("CHILD").drop_nulls().unique()
    dolo = raw(ctx, "DoLo").join(children, on="CHILD", how="semi")
    without_dolo = children.join(raw(ctx, "DoLo"), on="CHILD", how="anti")
    return flags(DoLo=dolo, Header=raw(ctx, "Header").join(without_dolo, on="CHILD", how="semi"))


@rule("707", years=years("707"))
def dolo_outside_period_of_care(ctx: RuleContext) -> Flags:
    """A DoLO must fall within a period of care: not open once care has ended, nor ending
    outside it."""
    start, end = pl.col("DOLO_START"), pl.col("DOLO_END")
    poc_start, poc_end = pl.col("POC_START"), pl.col("POC_END")
    outside = (
        (end.is_null() & poc_end.is_not_null())
        | (end.is_null() & (start < poc_start).fill_null(False))
        | (end > poc_end).fill_null(False)
        | (end < poc_start).fill_null(False)
    )
    dolo = _dolo(ctx).filter(start.is_not_null())
    return flag("DoLo", outside_every_period(ctx, dolo, outside))


@rule("708", years=years("708"))
def dolo_before_birth(ctx: RuleContext) -> Flags:
    """DOLO_START is on or before the child's date of birth."""
    return flag("DoLo", _dolo(ctx).filter((pl.col("DOLO_START") <= pl.col("DOB")).fill_null(False)))


def _episodes_during_dolo(ctx: RuleContext) -> pl.DataFrame:
    dolo = _dolo(ctx).filter(
        pl.col("DOLO_START_raw").is_not_null() & pl.col("DOLO_END_raw").is_not_null()
    )
    dolo = dolo.select("CHILD", "DOLO_START", "DOLO_END", pl.col(LINE).alias("_dolo"))
    both = typed(ctx, "Episodes").join(dolo, on="CHILD")
    overlaps = (
        (pl.col("DOLO_START") <= pl.col("DEC")).fill_null(False) | pl.col("DEC").is_null()
    ) & (pl.col("DOLO_END") >= pl.col("DECOM")).fill_null(False)
    return both.filter(overlaps)


def _both_lines(bad: pl.DataFrame) -> Flags:
    return flags(Episodes=bad, DoLo=bad.select(pl.col("_dolo").alias(LINE)))


@rule("709", years=years("709"))
def dolo_in_unexpected_placement(ctx: RuleContext) -> Flags:
    """During a DoLO the child's placement (PLACE) is expected to be K2, Z12 or Z13."""
    bad = _episodes_during_dolo(ctx).filter(~isin("PLACE", ["K2", "Z12", "Z13"]))
    return _both_lines(bad)


@rule("710", years=years("710"))
def dolo_in_forbidden_placement(ctx: RuleContext) -> Flags:
    """During a DoLO the child cannot be in a secure children's home (K1), with parents (P1),
    a young offender institution (R5) or supported accommodation (K3)."""
    bad = _episodes_during_dolo(ctx).filter(isin("PLACE", ["K1", "P1", "R5", "K3"]))
    return _both_lines(bad)
