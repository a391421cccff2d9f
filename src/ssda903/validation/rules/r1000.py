"""Rules 1000 and above: care leavers (OC3), missing-episode dates and cross-table checks.

1008 (URN must be on Ofsted's provider lists) needs Ofsted's spreadsheets (docs/validation.md,
"Rules not implemented, and why"); 1015 (own provision outside own LA) is in `rpostcode.py`.
"""

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
    plus_years,
    present,
    raw,
    typed,
    years,
)

CARE_LEAVER_FIELDS = ("IN_TOUCH", "ACTIV", "ACCOM")
# numpy's calendar-year unit, which the published tool uses for ages in 1016.
DAYS_PER_YEAR = 365.2425


def _oc3_given() -> pl.Expr:
    return pl.any_horizontal(pl.col(c).is_not_null() for c in CARE_LEAVER_FIELDS)


def _children(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select("CHILD").drop_nulls().unique()


@rule("1000", years=years("1000"))
def care_leaver_died_in_care(ctx: RuleContext) -> Flags:
    """The child died in care (REC E2), so no care leaver (OC3) information is expected."""
    died = raw(ctx, "Episodes").filter(eq("REC", "E2"))
    if ctx.has_previous("Episodes"):
        died_last = raw(ctx, "Episodes", previous=True).filter(eq("REC", "E2"))
        died = pl.concat([died.select("CHILD"), died_last.select("CHILD")])
    return flag("OC3", raw(ctx, "OC3").join(_children(died), on="CHILD", how="semi"))


@rule("1002", years=years("1002"))
def care_leaver_without_episodes(ctx: RuleContext) -> Flags:
    """Care leaver information for a child with no episodes this year or last year."""
    if not present(ctx, "Episodes", "OC3"):
        return {}
    if not ctx.has_previous("Episodes"):
        return {}
    oc3 = raw(ctx, "OC3").join(raw(ctx, "Episodes"), on="CHILD", how="anti")
    return flag("OC3", oc3.join(raw(ctx, "Episodes", previous=True), on="CHILD", how="anti"))


@rule("1003", years=years("1003"))
def decision_before_care_began(ctx: RuleContext) -> Flags:
    """DATE_PLACED is before the start of the child's first period of care (RNE S)."""
    first = first_per_child(typed(ctx, "Episodes").filter(eq("RNE", "S")), "DECOM")
    pa = typed(ctx, "PlacedAdoption").select("CHILD", "DATE_PLACED", pl.col(LINE).alias("_pa"))
    bad = first.join(pa, on="CHILD").filter(pl.col("DATE_PLACED") < pl.col("DECOM"))
    return flags(Episodes=bad, PlacedAdoption=bad.select(pl.col("_pa").alias(LINE)))


@rule("1004", years=years("1004"))
def missing_start_not_a_date(ctx: RuleContext) -> Flags:
    """MIS_START is blank or not a valid DD/MM/YYYY date."""
    return flag("Missing", typed(ctx, "Missing").filter(pl.col("MIS_START").is_null()))


@rule("1005", years=years("1005"))
def missing_end_not_a_date(ctx: RuleContext) -> Flags:
    """MIS_END is given but is not a valid DD/MM/YYYY date."""
    mis = typed(ctx, "Missing")
    return flag(
        "Missing", mis.filter(pl.col("MIS_END_raw").is_not_null() & pl.col("MIS_END").is_null())
    )


@rule("1006", years=years("1006"))
def missing_type_invalid(ctx: RuleContext) -> Flags:
    """MISSING, where given, must be M (missing) or A (away without authorisation)."""
    mis = raw(ctx, "Missing")
    return flag(
        "Missing", mis.filter(pl.col("MISSING").is_not_null() & ~isin("MISSING", ["M", "A"]))
    )


def _last_birthday(dob: pl.Expr, end: pl.Expr) -> pl.Expr:
    """The child's most recent birthday on or before `end` (29 February falls to 1 March)."""
    this_year = pl.date(end.dt.year(), dob.dt.month(), 1) + pl.duration(days=dob.dt.day() - 1)
    return pl.when(this_year > end).then(this_year.dt.offset_by("-1y")).otherwise(this_year)


@rule("1007", years=years("1007"))
def care_leaver_still_looked_after(ctx: RuleContext) -> Flags:
    """A 17- or 18-year-old still looked after on their latest birthday needs no care leaver
    information.

    Looked after on the birthday: an episode started on or before it and ended after it, or has
    not ended.
    """
    end = pl.lit(ctx.end)
    oc3 = (
        typed(ctx, "OC3")
        .filter(_oc3_given())
        .with_columns(_last_birthday(pl.col("DOB"), end).alias("_bday"))
    )
    aged_17_or_18 = (plus_years(pl.col("DOB"), 17) <= end) & (plus_years(pl.col("DOB"), 19) > end)
    epi = typed(ctx, "Episodes").select("CHILD", "DECOM", "DEC")
    both = oc3.filter(aged_17_or_18.fill_null(False)).join(epi, on="CHILD")
    on_birthday = (pl.col("DECOM") <= pl.col("_bday")) & (
        (pl.col("DEC") > pl.col("_bday")) | pl.col("DEC").is_null()
    )
    return flag("OC3", both.filter(on_birthday.fill_null(False)))


# DfE code set for REASON_PLACE_CHANGE.
PLACE_CHANGE_REASONS = ("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD",
                        "LAREQ", "PLACE", "CUSTOD", "OTHER")  # fmt: skip


@rule("1009", years=years("1009"))
def place_change_reason_invalid(ctx: RuleContext) -> Flags:
    """REASON_PLACE_CHANGE, where given, must be a valid code."""
    epi = raw(ctx, "Episodes")
    col = "REASON_PLACE_CHANGE"
    return flag(
        "Episodes", epi.filter(pl.col(col).is_not_null() & ~isin(col, PLACE_CHANGE_REASONS))
    )


@rule("1010", years=years("1010"))
def care_leaver_open_last_year_without_episodes(ctx: RuleContext) -> Flags:
    """Last year ended with an open episode, yet there are no episodes this year (only OC3)."""
    if not present(ctx, "Episodes", "OC3"):
        return {}
    if not ctx.has_previous("Episodes"):
        return {}
    last = last_per_child(typed(ctx, "Episodes", previous=True), "DECOM")
    still_open = last.filter(pl.col("DEC_raw").is_null())
    oc3 = raw(ctx, "OC3").join(raw(ctx, "Episodes"), on="CHILD", how="anti")
    return flag("OC3", oc3.join(_children(still_open), on="CHILD", how="semi"))


@rule("1011", years=years("1011"))
def care_leaver_transferred(ctx: RuleContext) -> Flags:
    """The final episode ended with care transferred to another LA (E3): no OC3 expected."""
    last = last_per_child(typed(ctx, "Episodes"), "DECOM").filter(eq("REC", "E3"))
    oc3 = raw(ctx, "OC3").filter(_oc3_given())
    return flag("OC3", oc3.join(_children(last), on="CHILD", how="semi"))


@rule("1012", years=years("1012"))
def data_without_episodes(ctx: RuleContext) -> Flags:
    """Only OC3 is expected for a child with no episodes this year: rows in other tables are not."""
    if not ctx.has("Episodes"):
        return {}
    epi = raw(ctx, "Episodes")
    out: Flags = {}
    for table in ("PlacedAdoption", "Missing", "Reviews", "AD1", "PrevPerm", "OC2"):
        if ctx.has(table):
            out.update(flag(table, raw(ctx, table).join(epi, on="CHILD", how="anti")))
    return out


@rule("1014", years=years("1014"))
def uasc_for_care_leaver(ctx: RuleContext) -> Flags:
    """UASC information is not required for a care leaver not looked after during the year."""
    decom, dec = pl.col("DECOM"), pl.col("DEC")
    during = ((dec >= ctx.start) & (decom <= ctx.end)).fill_null(False) | (
        (decom <= ctx.end).fill_null(False) & dec.is_null()
    )
    per_child = typed(ctx, "Episodes").group_by("CHILD").agg(during.any().alias("_in_year"))
    not_in_year = per_child.filter(~pl.col("_in_year")).select("CHILD")
    oc3 = raw(ctx, "OC3").filter(_oc3_given()).select("CHILD", pl.col(LINE).alias("_oc3"))
    uasc = raw(ctx, "UASC").join(not_in_year, on="CHILD", how="semi").join(oc3, on="CHILD")
    return flags(UASC=uasc, OC3=uasc.select(pl.col("_oc3").alias(LINE)))


@rule("1016", years=years("1016"))
def care_leaver_left_after_birthday(ctx: RuleContext) -> Flags:
    """A 17- or 18-year-old who left care after their 17th (or 18th) birthday needs no care
    leaver information."""
    oc3 = typed(ctx, "OC3").filter(_oc3_given())
    age = (pl.lit(ctx.end) - pl.col("DOB")).dt.total_days() / DAYS_PER_YEAR
    both = oc3.with_columns(age.alias("_age")).join(
        typed(ctx, "Episodes").select("CHILD", "DEC"), on="CHILD"
    )
    left_after = (
        (pl.col("_age") >= 17)
        & (pl.col("_age") < 18)
        & (pl.col("DEC") >= plus_years(pl.col("DOB"), 17))
    ) | (
        (pl.col("_age") >= 18)
        & (pl.col("_age") < 19)
        & (pl.col("DEC") >= plus_years(pl.col("DOB"), 18))
    )
    return flag("OC3", both.filter(left_after.fill_null(False)))


@rule("3001", years=years("3001"))
def care_leaver_with_former_foster_carers_at_17(ctx: RuleContext) -> Flags:
    """A young person turning 17 this year cannot be recorded as living with former foster
    carers (ACCOM Z1/Z2)."""
    head = typed(ctx, "Header").select("CHILD", plus_years(pl.col("DOB"), 17).alias("_dob17"))
    oc3 = raw(ctx, "OC3").filter(isin("ACCOM", ["Z1", "Z2"]))
    both = oc3.join(head, on="CHILD")
    turns_17 = (pl.col("_dob17") >= ctx.start) & (pl.col("_dob17") <= ctx.end)
    return flag("OC3", both.filter(turns_17.fill_null(False)))


@rule("1001", years=years("1001"))
def care_leaver_not_relevant(ctx: RuleContext) -> Flags:
    """Care leaver information for a young person who is not a relevant or former relevant child:
    looked after for under 13 weeks (91 days) since their 14th birthday or not at all since their
    16th, or adopted at the end of their last episode.

    Uses this year's and last year's episodes (so it needs last year's return, as the published
    tool does); an open final episode counts to 31 March; V3/V4 respite episodes do not count.
    Only episodes of young people under 20 at 31 March are counted, as in the councils' tool, so
    an OC3 row for anyone older is flagged too (docs/demo-data.md: most of the demo's 1001s).
    """
    tables = ("Episodes", "OC3", "Header")
    if not ctx.has_previous("Episodes") or any(raw(ctx, t).height == 0 for t in tables):
        return {}
    both_years = pl.concat(
        [typed(ctx, "Episodes"), typed(ctx, "Episodes", previous=True)], how="diagonal_relaxed"
    )
    # An episode in both returns appears once, preferring the copy that records its end.
    epi = both_years.sort("DEC", nulls_last=True, maintain_order=True).unique(
        ["CHILD", "DECOM"], keep="first", maintain_order=True
    )
    latest = pl.col("DECOM") == pl.col("DECOM").max().over("CHILD")
    epi = epi.with_columns(
        pl.when(latest & pl.col("DEC").is_null()).then(pl.lit(ctx.end)).otherwise(pl.col("DEC"))
        .alias("DEC")
    )  # fmt: skip
    head = typed(ctx, "Header").filter(
        pl.col("DOB").is_not_null() & (plus_years(pl.col("DOB"), 20) > ctx.end)
    )
    counted = epi.filter(~isin("LS", ["V3", "V4"]))
    counted = counted.join(head.select("CHILD", "DOB"), on="CHILD")

    def days_since(age: int) -> pl.Expr:
        since = pl.max_horizontal(pl.col("DECOM"), plus_years(pl.col("DOB"), age))
        return (pl.col("DEC") - since).dt.total_days().clip(lower_bound=0).sum()

    totals = counted.group_by("CHILD").agg(days_since(14).alias("_14"), days_since(16).alias("_16"))
    relevant = totals.filter((pl.col("_14") >= 91) & (pl.col("_16") >= 1)).select("CHILD")
    adopted = last_per_child(epi, "DECOM").filter(isin("REC", ["E11", "E12"]))
    oc3 = raw(ctx, "OC3")
    not_relevant = oc3.join(relevant, on="CHILD", how="anti")
    return flag(
        "OC3", pl.concat([not_relevant, oc3.join(_children(adopted), on="CHILD", how="semi")])
    )
