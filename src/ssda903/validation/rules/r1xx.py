"""Rules 100–199."""

import polars as pl

from ssda903.tables import LINE
from ssda903.validation.engine import RuleContext, rule

ALL_YEARS = range(2023, 2028)


@rule("101", years=range(2025, 2028))
def sex_code_valid(ctx: RuleContext) -> dict[str, pl.DataFrame]:
    """Gender code is not valid: from 2024/25, SEX must be M, F or U."""
    header = ctx.raw("Header")
    bad = header.filter(~pl.col("SEX").is_in(["M", "F", "U"]) | pl.col("SEX").is_null())
    return {"Header": bad.select(LINE)}
