"""Letter-coded integrity rules: EPI, INT01–INT36 (tables agree with the Header) and NoE.

These are the published tool's internal checks that DfE lists alongside its own; social worker
rules (SW…) are in rsw.py.
"""

import polars as pl

from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import Flags, flag, raw, typed, years

# INT code -> table whose CHILD must exist in the Header.
CHILD_IN_HEADER = {
    "INT01": "AD1", "INT02": "PlacedAdoption", "INT03": "Episodes", "INT04": "Missing",
    "INT05": "OC2", "INT06": "OC3", "INT07": "PrevPerm", "INT08": "Reviews", "INT09": "UASC",
}  # fmt: skip
# INT code -> table whose DOB must match the Header's.
DOB_AS_HEADER = {
    "INT11": "AD1", "INT12": "PlacedAdoption", "INT13": "Missing", "INT14": "OC2",
    "INT15": "OC3", "INT16": "PrevPerm", "INT17": "Reviews", "INT18": "UASC",
}  # fmt: skip
# INT code -> table where each CHILD may appear once.
CHILD_ONCE = {
    "INT31": "AD1", "INT32": "Header", "INT33": "OC2", "INT34": "OC3", "INT35": "PrevPerm",
    "INT36": "UASC",
}  # fmt: skip


def _child_in_header(code: str, table: str) -> None:
    def check(ctx: RuleContext) -> Flags:
        if not (ctx.has("Header") and ctx.has(table)):
            return {}
        head = raw(ctx, "Header").select("CHILD")
        return flag(table, raw(ctx, table).join(head, on="CHILD", how="anti", nulls_equal=True))

    check.__name__ = f"child_in_{table.lower()}_not_in_header"
    check.__doc__ = f"Every CHILD in {table} must also be in the Header."
    rule(code, years=years(code))(check)


def _same_field_as_header(code: str, table: str, field: str, typed_dates: bool) -> None:
    def check(ctx: RuleContext) -> Flags:
        if not (ctx.has("Header") and ctx.has(table)):
            return {}
        get = typed if typed_dates else raw
        head = get(ctx, "Header").select("CHILD", pl.col(field).alias("_head"))
        both = get(ctx, table).join(head, on="CHILD", nulls_equal=True)
        return flag(table, both.filter((pl.col(field) != pl.col("_head")).fill_null(False)))

    check.__name__ = f"{field.lower()}_in_{table.lower()}_differs_from_header"
    check.__doc__ = f"{field} in {table} must be the same as in the Header (where both are valid)."
    rule(code, years=years(code))(check)


def _child_once(code: str, table: str) -> None:
    def check(ctx: RuleContext) -> Flags:
        frame = raw(ctx, table).filter(pl.col("CHILD").is_not_null())
        return flag(table, frame.filter(pl.len().over("CHILD") > 1))

    check.__name__ = f"child_repeated_in_{table.lower()}"
    check.__doc__ = f"A CHILD may appear only once in {table}."
    rule(code, years=years(code))(check)


for _code, _table in CHILD_IN_HEADER.items():
    _child_in_header(_code, _table)
for _code, _table in DOB_AS_HEADER.items():
    _same_field_as_header(_code, _table, "DOB", typed_dates=True)
_same_field_as_header("INT21", "UASC", "SEX", typed_dates=False)
for _code, _table in CHILD_ONCE.items():
    _child_once(_code, _table)


@rule("EPI", years=years("EPI"))
def header_child_without_episodes(ctx: RuleContext) -> Flags:
    """A child in the Header has neither episodes nor care leaver (OC3) information."""
    if not ctx.has("Header"):
        return {}
    head = raw(ctx, "Header").join(raw(ctx, "Episodes"), on="CHILD", how="anti", nulls_equal=True)
    return flag("Header", head.join(raw(ctx, "OC3"), on="CHILD", how="anti", nulls_equal=True))


@rule("NoE", years=years("NoE"))
def started_before_year_but_no_episodes_last_year(ctx: RuleContext) -> Flags:
    """An episode began before this year, but last year's return has no episodes for the child."""
    if not ctx.has_previous("Episodes"):
        return {}
    epi = typed(ctx, "Episodes").filter((pl.col("DECOM") < ctx.start).fill_null(False))
    last = raw(ctx, "Episodes", previous=True).select("CHILD")
    return flag("Episodes", epi.join(last, on="CHILD", how="anti", nulls_equal=True))
