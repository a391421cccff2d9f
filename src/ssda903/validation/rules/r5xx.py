"""Rules 500–549: episode continuity, adopters, placement providers and OC2 outcomes.

503G, 503H and 503J compare the placement's distance, local authority and location, derived from
postcodes: they are in `rpostcode_last.py`.
"""

import polars as pl

from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import (
    Flags,
    continuously_looked_after,
    episodes_in_order,
    eq,
    first_per_child,
    flag,
    flags,
    isin,
    last_per_child,
    ne,
    not_in,
    plus_years,
    raw,
    same,
    typed,
    with_prev,
    years,
)

ADOPTION_PLACEMENTS = ("A3", "A4", "A5", "A6")


@rule("501", years=years("501"))
def episode_starts_before_previous_ends(ctx: RuleContext) -> Flags:
    """A new episode has started before the end date of the previous episode."""
    epi = with_prev(episodes_in_order(ctx), ["DEC"])
    bad = epi.filter(same("CHILD", "CHILD_PREV") & (pl.col("DECOM") < pl.col("DEC_PREV")))
    return flag("Episodes", bad)


@rule("502", years=years("502"))
def first_decom_differs_from_last_years_open_episode(ctx: RuleContext) -> Flags:
    """Last year ended with an open episode that started on a date other than this year's first
    DECOM."""
    if not ctx.has_previous("Episodes"):
        return {}
    first = first_per_child(typed(ctx, "Episodes"), "DECOM")
    open_last = typed(ctx, "Episodes", previous=True).filter(pl.col("DEC_raw").is_null())
    both = first.join(open_last.select("CHILD", pl.col("DECOM").alias("DECOM_LAST")), on="CHILD")
    return flag("Episodes", both.filter((pl.col("DECOM") != pl.col("DECOM_LAST")).fill_null(True)))


def _first_differs_from_last_years_open(ctx: RuleContext, field: str) -> pl.DataFrame:
    """First episode this year whose `field` differs from last year's still-open last episode.

    Two blanks count as the same value.
    """
    first = first_per_child(typed(ctx, "Episodes"), "DECOM")
    last = last_per_child(typed(ctx, "Episodes", previous=True), "DECOM").select(
        "CHILD", pl.col(field).alias("PRE"), pl.col("DEC").alias("DEC_PRE")
    )
    both = first.join(last, on="CHILD")
    differs = pl.col(field).fill_null("\0") != pl.col("PRE").fill_null("\0")
    return both.filter(differs & pl.col("DEC_PRE").is_null())


def _field_rule(code: str, field: str) -> None:
    def check(ctx: RuleContext) -> Flags:
        if not ctx.has_previous("Episodes"):
            return {}
        return flag("Episodes", _first_differs_from_last_years_open(ctx, field))

    check.__name__ = f"first_{field.lower()}_matches_last_years_open_episode"
    check.__doc__ = f"The {field} of this year's first episode must match last year's open episode."
    rule(code, years=years(code))(check)


for _code, _field in {
    "503A": "RNE", "503B": "LS", "503C": "CIN", "503E": "PLACE_PROVIDER", "503F": "URN"
}.items():  # fmt: skip
    _field_rule(_code, _field)

# Placement-type recodings DfE allows across the year boundary (503D's exceptions):
# H5 (semi-independent) became K3 in 2023/24 and 2024/25; Z1 was split into Z11–Z14 in 2025/26.
PLACE_RECODED = {
    2024: ({"K3"}, "H5"),
    2025: ({"K3"}, "H5"),
    2026: ({"Z11", "Z12", "Z13", "Z14"}, "Z1"),
}


@rule("503D", years=years("503D"))
def first_place_matches_last_years_open_episode(ctx: RuleContext) -> Flags:
    """The placement type of this year's first episode must match last year's open episode,
    except where DfE recoded the placement type that year."""
    if not ctx.has_previous("Episodes"):
        return {}
    bad = _first_differs_from_last_years_open(ctx, "PLACE")
    if ctx.year in PLACE_RECODED:
        new, old = PLACE_RECODED[ctx.year]
        bad = bad.filter(~(isin("PLACE", new) & eq("PRE", old)))
    return flag("Episodes", bad)


@rule("504", years=years("504"))
def cin_changed_without_new_period(ctx: RuleContext) -> Flags:
    """CIN differs from the previous episode, although that episode did not end the period of
    care (REC X1)."""
    epi = with_prev(episodes_in_order(ctx), ["REC", "DEC", "CIN"])
    bad = epi.filter(
        same("CHILD", "CHILD_PREV")
        & eq("REC_PREV", "X1")
        & (pl.col("DEC_PREV") == pl.col("DECOM")).fill_null(False)
        & (pl.col("CIN") != pl.col("CIN_PREV")).fill_null(True)
    )
    return flag("Episodes", bad)


@rule("511", years=years("511"))
def two_adopters_single_sex_code(ctx: RuleContext) -> Flags:
    """Two adopters, but SEX_ADOPTR is a single adopter's code (M1/F1)."""
    ad1 = raw(ctx, "AD1")
    return flag("AD1", ad1.filter(eq("NB_ADOPTR", "2") & isin("SEX_ADOPTR", ["M1", "F1"])))


def _adopter_sex_rule(code: str, legal_status: str, allowed: tuple[str, ...], doc: str) -> None:
    def check(ctx: RuleContext) -> Flags:
        ad1 = raw(ctx, "AD1")
        return flag(
            "AD1", ad1.filter(eq("LS_ADOPTR", legal_status) & not_in("SEX_ADOPTR", allowed))
        )

    check.__name__ = f"adopters_{legal_status.lower()}_sex_codes"
    check.__doc__ = doc
    rule(code, years=years(code))(check)


_adopter_sex_rule(
    "514", "L0", ("M1", "F1"), "Single adopter (L0) but SEX_ADOPTR is a couple's code."
)
_adopter_sex_rule(
    "517", "L3", ("MF",), "Different-sex unmarried couple (L3): SEX_ADOPTR must be MF."
)
_adopter_sex_rule("518", "L4", ("MM", "FF"), "Same-sex unmarried couple (L4): SEX_ADOPTR MM or FF.")
_adopter_sex_rule(
    "519", "L2", ("MM", "FF", "MF"), "Civil partners (L2): SEX_ADOPTR must be a couple."
)
_adopter_sex_rule(
    "520", "L11", ("MF",), "Different-sex married couple (L11): SEX_ADOPTR must be MF."
)
_adopter_sex_rule("524", "L12", ("MM", "FF"), "Same-sex married couple (L12): SEX_ADOPTR MM or FF.")


@rule("516", years=years("516"))
def sgo_former_foster_carers_not_placed(ctx: RuleContext) -> Flags:
    """Episode ended with an SGO/CAO to former foster carers (E45/E46) but PLACE is not U1–U6."""
    epi = raw(ctx, "Episodes")
    fostering = [f"U{i}" for i in range(1, 7)]
    return flag("Episodes", epi.filter(isin("REC", ["E45", "E46"]) & not_in("PLACE", fostering)))


@rule("521", years=years("521"))
def adoption_decision_after_placement(ctx: RuleContext) -> Flags:
    """Date adoption judged in the child's interest (DATE_INT) is after the adoption placement."""
    epi = typed(ctx, "Episodes").filter(isin("PLACE", ADOPTION_PLACEMENTS))
    ad1 = typed(ctx, "AD1").select("CHILD", "DATE_INT", pl.col("_line").alias("_ad1"))
    bad = epi.join(ad1, on="CHILD").filter((pl.col("DATE_INT") > pl.col("DECOM")).fill_null(False))
    return flags(Episodes=bad, AD1=bad.select(pl.col("_ad1").alias("_line")))


@rule("522", years=years("522"))
def placement_decision_ceased_before_made(ctx: RuleContext) -> Flags:
    """DATE_PLACED_CEASED is before DATE_PLACED."""
    pa = typed(ctx, "PlacedAdoption")
    bad = pa.filter((pl.col("DATE_PLACED_CEASED") < pl.col("DATE_PLACED")).fill_null(False))
    return flag("PlacedAdoption", bad)


@rule("523", years=years("523"))
def placement_decision_differs_from_best_interest(ctx: RuleContext) -> Flags:
    """DATE_PLACED should equal DATE_INT (both decisions are made at once)."""
    pa = typed(ctx, "PlacedAdoption").filter(pl.col("DATE_PLACED").is_not_null())
    ad1 = typed(ctx, "AD1").filter(pl.col("DATE_INT").is_not_null())
    ad1 = ad1.select("CHILD", "DATE_INT", pl.col("_line").alias("_ad1"))
    bad = pa.join(ad1, on="CHILD").filter(pl.col("DATE_INT") != pl.col("DATE_PLACED"))
    return flags(PlacedAdoption=bad, AD1=bad.select(pl.col("_ad1").alias("_line")))


@rule("525", years=years("525"))
def reversed_decision_but_adopted(ctx: RuleContext) -> Flags:
    """The placement decision was reversed (DATE_PLACED_CEASED) yet AD1 adoption data is given."""
    ad1_cols = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
    pa = raw(ctx, "PlacedAdoption").filter(pl.col("DATE_PLACED_CEASED").is_not_null())
    ad1 = raw(ctx, "AD1").filter(pl.any_horizontal(pl.col(c).is_not_null() for c in ad1_cols))
    bad = pa.join(ad1.select("CHILD", pl.col("_line").alias("_ad1")), on="CHILD")
    return flags(PlacedAdoption=bad, AD1=bad.select(pl.col("_ad1").alias("_line")))


def _provider_missing(ctx: RuleContext, exempt: list[str]) -> Flags:
    epi = raw(ctx, "Episodes")
    return flag(
        "Episodes", epi.filter(not_in("PLACE", exempt) & pl.col("PLACE_PROVIDER").is_null())
    )


@rule("526", years=years("526", until=2025))
def provider_missing(ctx: RuleContext) -> Flags:
    """PLACE_PROVIDER is required except for T0–T4 and Z1 placements."""
    return _provider_missing(ctx, ["T0", "T1", "T2", "T3", "T4", "Z1"])


@rule("526", years=years("526", since=2026))
def provider_missing_from_2026(ctx: RuleContext) -> Flags:
    """PLACE_PROVIDER is required except for T0–T4 and Z11–Z14 placements (from 2025/26)."""
    return _provider_missing(ctx, ["T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"])


def _provider_forbidden(code: str, provider: str, places: tuple[str, ...], doc: str) -> None:
    def check(ctx: RuleContext) -> Flags:
        epi = raw(ctx, "Episodes")
        return flag("Episodes", epi.filter(isin("PLACE", places) & eq("PLACE_PROVIDER", provider)))

    check.__name__ = f"provider_{provider.lower()}_not_allowed"
    check.__doc__ = doc
    rule(code, years=years(code))(check)


_provider_forbidden("527", "PR1", ("P1", "R2", "R5"), "PR1 cannot go with placements P1, R2, R5.")
_provider_forbidden("528", "PR2", ("P1", "R2", "R5"), "PR2 cannot go with placements P1, R2, R5.")
_provider_forbidden(
    "529", "PR3",
    ("A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6"),
    "PR3 (other LA) cannot provide P1, A3–A6, K1, K2 or U1–U6 placements.",
)  # fmt: skip
_provider_forbidden("530", "PR4", ("P1",), "PR4 cannot go with placement P1.")
_provider_forbidden("531", "PR5", ("P1",), "PR5 cannot go with placement P1.")


@rule("542", years=years("542"))
def conviction_under_10(ctx: RuleContext) -> Flags:
    """A child aged under 10 at 31 March should not have conviction information."""
    oc2 = typed(ctx, "OC2")
    under_10 = (plus_years(pl.col("DOB"), 10) > ctx.end).fill_null(False)
    return flag("OC2", oc2.filter(under_10 & pl.col("CONVICTED").is_not_null()))


def _oc2_looked_after(ctx: RuleContext) -> pl.DataFrame:
    return typed(ctx, "OC2").join(continuously_looked_after(ctx), on="CHILD", how="semi")


@rule("543", years=years("543"))
def conviction_missing(ctx: RuleContext) -> Flags:
    """Aged 10 or over at 31 March and looked after for 12 months, but CONVICTED is blank."""
    oc2 = _oc2_looked_after(ctx)
    over_10 = (plus_years(pl.col("DOB"), 10) < ctx.end).fill_null(False)
    return flag("OC2", oc2.filter(over_10 & pl.col("CONVICTED").is_null()))


HEALTH_FIELDS = ("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE")


def _health_fields_missing() -> pl.Expr:
    return pl.any_horizontal(pl.col(c).is_null() for c in HEALTH_FIELDS)


@rule("544", years=years("544"))
def convicted_without_health_fields(ctx: RuleContext) -> Flags:
    """Conviction information given, so the four health fields must be given too."""
    oc2 = raw(ctx, "OC2")
    return flag("OC2", oc2.filter(eq("CONVICTED", "1") & _health_fields_missing()))


@rule("545", years=years("545"))
def health_check_missing_under_5(ctx: RuleContext) -> Flags:
    """Aged under 5 at 31 March and looked after for 12 months, but HEALTH_CHECK is blank."""
    oc2 = _oc2_looked_after(ctx)
    under_5 = (plus_years(pl.col("DOB"), 5) > ctx.end).fill_null(False)
    return flag("OC2", oc2.filter(under_5 & pl.col("HEALTH_CHECK").is_null()))


@rule("546", years=years("546"))
def health_check_given_over_5(ctx: RuleContext) -> Flags:
    """Aged 5 or over at 31 March and looked after for 12 months: no HEALTH_CHECK expected."""
    oc2 = _oc2_looked_after(ctx)
    over_5 = (plus_years(pl.col("DOB"), 5) <= ctx.end).fill_null(False)
    return flag("OC2", oc2.filter(over_5 & pl.col("HEALTH_CHECK").is_not_null()))


@rule("547", years=years("547"))
def health_check_without_health_fields(ctx: RuleContext) -> Flags:
    """Health promotion information given, so the four health fields must be given too."""
    oc2 = raw(ctx, "OC2")
    return flag("OC2", oc2.filter(eq("HEALTH_CHECK", "1") & _health_fields_missing()))


@rule("550", years=years("550"))
def pr0_only_with_p1(ctx: RuleContext) -> Flags:
    """Placement provider PR0 can only go with placement P1."""
    epi = raw(ctx, "Episodes")
    return flag("Episodes", epi.filter(ne("PLACE", "P1") & eq("PLACE_PROVIDER", "PR0")))
