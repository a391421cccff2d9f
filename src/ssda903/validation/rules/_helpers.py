"""Small building blocks shared by the rule modules.

Kept deliberately stable: rule modules for every code range import from here. Everything is
vectorised Polars; nothing loops over rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import polars as pl

from ssda903.tables import FILE, LINE
from ssda903.validation.engine import RuleContext, parse_dates, rule_info

Flags = dict[str, pl.DataFrame]

# The collection years DfE publishes rules for (see ../data/).
PUBLISHED_YEARS = (2023, 2024, 2025, 2026, 2027)


@cache
def published_in(code: str) -> frozenset[int]:
    """The collection years whose published DfE rule list contains `code`."""
    return frozenset(y for y in PUBLISHED_YEARS if code in rule_info(y))


def years(code: str, *, since: int | None = None, until: int | None = None) -> frozenset[int]:
    """`published_in(code)`, optionally cut to ``since <= year <= until``.

    Used where DfE changed a rule: each version is registered for its own span of years.
    """
    lo = since if since is not None else min(PUBLISHED_YEARS)
    hi = until if until is not None else max(PUBLISHED_YEARS)
    return frozenset(y for y in published_in(code) if lo <= y <= hi)


def raw(ctx: RuleContext, table: str, *, previous: bool = False) -> pl.DataFrame:
    """The table as submitted, every value upper-cased (the `_file` name apart).

    DfE codes are upper case; the published validator upper-cases every value it reads, so a
    code sent as "e1" counts as E1 there. Rules compare on these values so that careassure finds
    what that tool finds; findings still show the values as submitted (the engine reads them
    from the original table).
    """
    key = (f"{table} upper-cased", previous)
    if key not in ctx._typed:
        frame = ctx.previous_raw(table) if previous else ctx.raw(table)
        text = [c for c, t in frame.schema.items() if t == pl.String and c != FILE]
        ctx._typed[key] = frame.with_columns(pl.col(text).str.to_uppercase())
    return ctx._typed[key]


def typed(ctx: RuleContext, table: str, *, previous: bool = False) -> pl.DataFrame:
    """`raw(ctx, table)` with DD/MM/YYYY columns parsed (submitted text kept as ``<COL>_raw``)."""
    key = (f"{table} upper-cased, dates parsed", previous)
    if key not in ctx._typed:
        ctx._typed[key] = parse_dates(raw(ctx, table, previous=previous))
    return ctx._typed[key]


def present(ctx: RuleContext, *tables: str) -> bool:
    """All of `tables` were submitted. A rule that reports rows *missing* from another table
    checks this first, so that a return sent without that file is not flagged row by row (the
    published tool skips such rules too)."""
    return all(ctx.has(t) for t in tables)


def flag(table: str, frame: pl.DataFrame) -> Flags:
    """The rule's answer for one table: the distinct `_line`s of `frame`."""
    return {table: frame.select(pl.col(LINE)).unique()}


def flags(**tables: pl.DataFrame) -> Flags:
    out: Flags = {}
    for table, frame in tables.items():
        out.update(flag(table, frame))
    return out


def plus_years(expr: pl.Expr, n: int) -> pl.Expr:
    """`expr` (a Date) plus `n` calendar years; 29 February falls back to 28 February."""
    return expr.dt.offset_by(f"{n}y")


def plus_days(expr: pl.Expr, n: int) -> pl.Expr:
    return expr + pl.duration(days=n)


def isin(col: str, codes: Iterable[str]) -> pl.Expr:
    """`col` is one of `codes` (a null is not)."""
    return pl.col(col).is_in(list(codes)).fill_null(False)


def not_in(col: str, codes: Iterable[str]) -> pl.Expr:
    """`col` is not one of `codes`; a null counts as "not in" (as a blank is not a valid code)."""
    return ~isin(col, codes)


def eq(col: str, value: str) -> pl.Expr:
    """`col == value`, a null being unequal."""
    return (pl.col(col) == value).fill_null(False)


def ne(col: str, value: str) -> pl.Expr:
    """`col != value`, a null counting as different."""
    return (pl.col(col) != value).fill_null(True)


def differs(a: str, b: str) -> pl.Expr:
    """`a` and `b` differ, two nulls counting as different (as a blank matches nothing)."""
    return (pl.col(a) != pl.col(b)).fill_null(True)


def same(a: str, b: str) -> pl.Expr:
    """`a` equals `b`, a null matching nothing."""
    return (pl.col(a) == pl.col(b)).fill_null(False)


def as_of(expr: pl.Expr) -> pl.Expr:
    """Wrap a boolean expression so that null means False."""
    return expr.fill_null(False)


def episodes_in_order(ctx: RuleContext, *, previous: bool = False) -> pl.DataFrame:
    """Typed Episodes sorted by CHILD then DECOM (unparseable/blank DECOM last, file order kept)."""
    # Many rules need this order; keep it beside the context's own typed-table cache.
    key = ("Episodes in DECOM order", previous)
    if key not in ctx._typed:
        epi = typed(ctx, "Episodes", previous=True) if previous else typed(ctx, "Episodes")
        ctx._typed[key] = epi.sort(["CHILD", "DECOM"], nulls_last=True, maintain_order=True)
    return ctx._typed[key]


def with_prev(frame: pl.DataFrame, cols: Iterable[str], suffix: str = "_PREV") -> pl.DataFrame:
    """Add the previous row's `cols` (and CHILD) as ``<col><suffix>``; the frame must be sorted.

    A rule then keeps rows where ``CHILD == CHILD<suffix>``, i.e. it has an earlier row for the
    same child.
    """
    wanted = list(dict.fromkeys(["CHILD", *cols]))
    return frame.with_columns(pl.col(c).shift(1).alias(f"{c}{suffix}") for c in wanted)


def with_next(frame: pl.DataFrame, cols: Iterable[str], suffix: str = "_NEXT") -> pl.DataFrame:
    """Add the next row's `cols` (and CHILD) as ``<col><suffix>``; the frame must be sorted."""
    wanted = list(dict.fromkeys(["CHILD", *cols]))
    return frame.with_columns(pl.col(c).shift(-1).alias(f"{c}{suffix}") for c in wanted)


def first_per_child(frame: pl.DataFrame, by: str) -> pl.DataFrame:
    """Each child's row with the smallest `by` (earliest in file order on ties; nulls ignored)."""
    return (
        frame.filter(pl.col(by).is_not_null())
        .sort(by, maintain_order=True)
        .unique("CHILD", keep="first", maintain_order=True)
    )


def last_per_child(frame: pl.DataFrame, by: str) -> pl.DataFrame:
    """Each child's row with the largest `by` (earliest in file order on ties; nulls ignored)."""
    return (
        frame.filter(pl.col(by).is_not_null())
        .sort(by, descending=True, maintain_order=True)
        .unique("CHILD", keep="first", maintain_order=True)
    )


def header_dob(ctx: RuleContext) -> pl.DataFrame:
    """CHILD and parsed DOB from the Header (one row per Header row)."""
    return typed(ctx, "Header").select("CHILD", pl.col("DOB").alias("DOB_HEADER"))


def continuously_looked_after(ctx: RuleContext) -> pl.DataFrame:
    """CHILDs looked after continuously through the collection year (one column, CHILD).

    DfE's definition (903 validation rules, "CONTINUOUSLY_LOOKED_AFTER"): the child has an
    episode during the year and none that shows a break — starting a new period of care (RNE S)
    after 1 April, leaving care (REC other than X1) before 31 March, or respite (LS V3/V4).
    """
    start, end = ctx.start, ctx.end
    decom, dec = pl.col("DECOM"), pl.col("DEC")
    during = (decom <= end).fill_null(False) & ((dec >= start).fill_null(False) | dec.is_null())
    enters = eq("RNE", "S") & ((decom > start) & (decom <= end)).fill_null(False)
    leaves = ne("REC", "X1") & ((dec >= start) & (dec < end)).fill_null(False)
    respite = isin("LS", ["V3", "V4"]) & during
    per_child = (
        typed(ctx, "Episodes")
        .filter(pl.col("CHILD").is_not_null())
        .group_by("CHILD")
        .agg(during.any().alias("in_care"), (enters | leaves | respite).any().alias("broken"))
    )
    return per_child.filter(pl.col("in_care") & ~pl.col("broken")).select("CHILD")


def periods_of_care(ctx: RuleContext) -> pl.DataFrame:
    """Each child's periods of care: CHILD, POC_START (first DECOM) and POC_END (the DEC of the
    period's last episode, blank if it is still open).

    Episodes (with a valid DECOM, in date order) belong to one period until an episode starts
    after the previous one ended.
    """
    epi = episodes_in_order(ctx).filter(pl.col("DECOM").is_not_null())
    epi = with_prev(epi, ["DEC"])
    new_period = (pl.col("DECOM") > pl.col("DEC_PREV")).fill_null(False) | (
        pl.col("CHILD") != pl.col("CHILD_PREV")
    ).fill_null(True)
    return (
        epi.with_columns(new_period.cast(pl.Int64).cum_sum().alias("_period"))
        .group_by("_period", maintain_order=True)
        .agg(
            pl.col("CHILD").first(),
            pl.col("DECOM").first().alias("POC_START"),
            pl.col("DEC").last().alias("POC_END"),
        )
        .drop("_period")
    )


def outside_every_period(ctx: RuleContext, frame: pl.DataFrame, outside: pl.Expr) -> pl.DataFrame:
    """The `_line`s of `frame` rows for which `outside` holds against every one of the child's
    periods of care (`outside` may use POC_START and POC_END; null counts as False).

    Rows of children with no episodes are not returned: there is no period to compare with.
    """
    both = frame.join(periods_of_care(ctx), on="CHILD")
    per_row = both.group_by(LINE).agg(outside.fill_null(False).all().alias("_outside"))
    return per_row.filter(pl.col("_outside")).select(LINE)


def permanence_date(raw: pl.Expr) -> pl.Expr:
    """DATE_PERM as a date, where DfE allows unknown parts as ZZ (day, month) or ZZZZ (year).

    An unknown day becomes the month's last day and an unknown month the year's end, so a
    partly-known date is never judged too early (the published tool's convention); an unknown year
    becomes 2000.
    """
    parts = raw.str.to_uppercase().str.split("/")
    day, month, year = (parts.list.get(i, null_on_oob=True) for i in range(3))
    day_z, month_z = day == "ZZ", month == "ZZ"
    text = pl.concat_str(
        pl.when(day_z).then(pl.lit("01")).otherwise(day),
        pl.when(month_z).then(pl.lit("01")).otherwise(month),
        pl.when(year == "ZZZZ").then(pl.lit("2000")).otherwise(year),
        separator="/",
    )
    parsed = pl.when(parts.list.len() == 3).then(
        text.str.strptime(pl.Date, "%d/%m/%Y", strict=False)
    )
    one_day = pl.duration(days=1)
    return (
        pl.when(month_z.fill_null(False))
        .then(parsed.dt.offset_by("1y") - one_day)
        .when(day_z.fill_null(False))
        .then(parsed.dt.offset_by("1mo") - one_day)
        .otherwise(parsed)
    )
