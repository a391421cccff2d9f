"""Small building blocks shared by rules 100–399.

Kept apart from the rule modules so that each rule reads as its DfE definition. Where DfE's text
leaves a choice open (blank values, ties between episodes starting on the same day), these helpers
make the choice the tool councils use today makes (``csc-validator-be-903`` 0.1.17), so the same
return gives the same errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import polars as pl

from ssda903.tables import LINE
from ssda903.validation.engine import RuleContext, RuleFn
from ssda903.validation.rules._helpers import raw, typed

Flags = dict[str, pl.DataFrame]

# Collection years (named by their end year) for which DfE publishes rules we implement.
ALL_YEARS = range(2023, 2028)


def flag(table: str, offending: pl.DataFrame) -> Flags:
    """The rule's answer: the offending rows of `table`, by line."""
    return {table: offending.select(LINE)}


def by_child(
    left: pl.DataFrame, right: pl.DataFrame, how: Literal["inner", "left"] = "inner"
) -> pl.DataFrame:
    """Join on CHILD, blank matching blank as the tool councils use today does."""
    return left.join(right, on="CHILD", how=how, nulls_equal=True)


def missing(ctx: RuleContext, *tables: str) -> bool:
    """True if the return lacks any of `tables`: a rule that compares tables then reports nothing,
    rather than reporting every row of the tables it does have."""
    return not all(ctx.has(t) for t in tables)


def isin(col: str, codes: Iterable[str]) -> pl.Expr:
    """`col` is one of `codes`; a blank is never one of them (False, not null)."""
    return pl.col(col).is_in(list(codes)).fill_null(False)


def bad_date(col: str) -> pl.Expr:
    """On a typed frame: something was submitted in `col` but it is not a DD/MM/YYYY date."""
    return pl.col(f"{col}_raw").is_not_null() & pl.col(col).is_null()


def any_present(cols: Iterable[str]) -> pl.Expr:
    return pl.any_horizontal([pl.col(c).is_not_null() for c in cols])


def all_present(cols: Iterable[str]) -> pl.Expr:
    return pl.all_horizontal([pl.col(c).is_not_null() for c in cols])


def plus_years(col: str, years: int) -> pl.Expr:
    """The date `years` after `col` (29 February becomes 28 February, as DfE's age rules mean)."""
    return pl.col(col).dt.offset_by(f"{years}y")


def earliest_per_child(frame: pl.DataFrame, by: str) -> pl.DataFrame:
    """Each child's row with the smallest `by` (first in file order on a tie; blanks ignored)."""
    return _one_per_child(frame, by, descending=False)


def latest_per_child(frame: pl.DataFrame, by: str) -> pl.DataFrame:
    """Each child's row with the largest `by` (first in file order on a tie; blanks ignored)."""
    return _one_per_child(frame, by, descending=True)


def _one_per_child(frame: pl.DataFrame, by: str, *, descending: bool) -> pl.DataFrame:
    known = frame.filter(pl.col(by).is_not_null() & pl.col("CHILD").is_not_null())
    ordered = known.sort([by, LINE], descending=[descending, False])
    return ordered.unique("CHILD", keep="first", maintain_order=True)


def continuously_looked_after(ctx: RuleContext) -> pl.DataFrame:
    """Children looked after continuously throughout the year: columns CHILD and Boolean CLA.

    DfE's definition (903 validation guidance): in care during the year, and no episode shows the
    child starting care after 1 April (RNE S), leaving care before 31 March (REC not X1), or on a
    short-break legal status (V3/V4) during the year.
    """
    eps = typed(ctx, "Episodes")
    start, end = ctx.start, ctx.end
    during = (pl.col("DECOM") <= end) & ((pl.col("DEC") >= start) | pl.col("DEC").is_null())
    enters = (pl.col("RNE") == "S") & (pl.col("DECOM") > start) & (pl.col("DECOM") <= end)
    leaves = (
        (pl.col("REC") != "X1").fill_null(True) & (pl.col("DEC") >= start) & (pl.col("DEC") < end)
    )
    short_break = isin("LS", ("V3", "V4")) & during
    marks = eps.filter(pl.col("CHILD").is_not_null()).select(
        "CHILD",
        during.fill_null(False).alias("_during"),
        (enters.fill_null(False) | leaves.fill_null(False) | short_break.fill_null(False)).alias(
            "_broken"
        ),
    )
    per_child = marks.group_by("CHILD").agg(pl.col("_during").any(), pl.col("_broken").any())
    return per_child.select("CHILD", (pl.col("_during") & ~pl.col("_broken")).alias("CLA"))


def with_cla(ctx: RuleContext, frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` with a Boolean `CLA` column (see `continuously_looked_after`); unknown → False."""
    cla = continuously_looked_after(ctx)
    return frame.join(cla, on="CHILD", how="left", nulls_equal=True).with_columns(
        pl.col("CLA").fill_null(False)
    )


def uasc_status(
    ctx: RuleContext, *, previous: bool, uasc_fields: tuple[str, ...] = ("SEX", "DUC")
) -> pl.DataFrame | None:
    """Each child's UASC flag ("1"/"0") this year or last: columns CHILD, UASC and ``_line``.

    In the CSV set the flag is having a UASC row; with no Header table, a UASC row with a sex or a
    date ceased (`uasc_fields`) counts. None when it cannot be known (Header but no UASC table).
    """
    source = (ctx.previous or {}) if previous else ctx.tables
    if "Header" in source:
        if "UASC" not in source:
            return None
        uasc_children = raw(ctx, "UASC", previous=previous).select("CHILD").unique()
        header = raw(ctx, "Header", previous=previous).join(
            uasc_children.with_columns(pl.lit("1").alias("UASC")),
            on="CHILD",
            how="left",
            nulls_equal=True,
        )
        return header.select("CHILD", pl.col("UASC").fill_null("0"), LINE)
    if "UASC" in source:
        flagged = pl.when(any_present(uasc_fields)).then(pl.lit("1")).otherwise(pl.lit("0"))
        return raw(ctx, "UASC", previous=previous).select("CHILD", flagged.alias("UASC"), LINE)
    return None


def uasc_rows_both_years(ctx: RuleContext) -> pl.DataFrame | None:
    """This year's UASC rows with the child's UASC flags and last year's UASC row.

    Columns: this year's UASC columns (typed, with ``DUC_raw``), UASC, ``_hline`` (the child's
    Header line), and DUC_last, DOB_last, UASC_last. None unless both years have a UASC table.
    """
    if not (ctx.has("UASC") and ctx.has_previous("UASC")):
        return None
    now, before = uasc_status(ctx, previous=False), uasc_status(ctx, previous=True)
    if now is None or before is None:
        return None
    current = by_child(
        typed(ctx, "UASC"), now.rename({LINE: "_hline"}).unique("CHILD", keep="first"), how="left"
    )
    last_rows = typed(ctx, "UASC", previous=True).select(
        "CHILD", pl.col("DUC").alias("DUC_last"), pl.col("DOB").alias("DOB_last")
    )
    last = by_child(
        last_rows,
        before.select("CHILD", pl.col("UASC").alias("UASC_last")).unique("CHILD", keep="first"),
        how="left",
    )
    return by_child(current, last, how="left")


# Shared by the rule modules either side of 150 and of 360.
AD1_FIELDS = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
OC3_FIELDS = ("IN_TOUCH", "ACTIV", "ACCOM")


def invalid_code(table: str, col: str, codes: tuple[str, ...], *, blank_ok: bool = True) -> RuleFn:
    """Build a rule body: `col` must be one of `codes` (blank allowed unless not `blank_ok`)."""

    def check(ctx: RuleContext) -> Flags:
        bad = ~isin(col, codes)
        if blank_ok:
            bad = bad & pl.col(col).is_not_null()
        return flag(table, raw(ctx, table).filter(bad))

    return check


def invalid_date(table: str, col: str) -> RuleFn:
    """Build a rule body: `col`, where given, must be a real DD/MM/YYYY date."""

    def check(ctx: RuleContext) -> Flags:
        return flag(table, typed(ctx, table).filter(bad_date(col)))

    return check


def episodes_with_dob(ctx: RuleContext, how: Literal["inner", "left"] = "left") -> pl.DataFrame:
    """Typed episodes with the child's Header birth date as ``_dob`` (and Header line ``_h``)."""
    header = typed(ctx, "Header").select(
        "CHILD", pl.col("DOB").alias("_dob"), pl.col("_line").alias("_h")
    )
    return by_child(typed(ctx, "Episodes"), header, how=how)
