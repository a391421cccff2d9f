"""Rules 600–699: adoption returns, motherhood and previous permanence."""

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
    not_in,
    permanence_date,
    plus_years,
    present,
    raw,
    typed,
    years,
)

AD1_FIELDS = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")

# Local authority codes (DfE "old" three-digit LA numbers) and non-England codes valid in LA_PERM,
# from DfE's 903 guidance, code set for LA_PERM.
LA_PERM_CODES = frozenset(
    [
        "800",
        "889",
        "822",
        "301",
        "304",
        "303",
        "330",
        "825",
        "837",
        "302",
        "846",
        "370",
        "350",
        "890",
        "867",
        "380",
        "305",
        "801",
        "351",
        "873",
        "823",
        "895",
        "896",
        "381",
        "909",
        "202",
        "908",
        "331",
        "306",
        "841",
        "830",
        "831",
        "878",
        "371",
        "835",
        "332",
        "840",
        "307",
        "308",
        "811",
        "881",
        "845",
        "390",
        "916",
        "203",
        "876",
        "850",
        "311",
        "204",
        "884",
        "312",
        "205",
        "313",
        "805",
        "919",
        "310",
        "309",
        "420",
        "921",
        "206",
        "207",
        "886",
        "810",
        "382",
        "314",
        "340",
        "888",
        "208",
        "856",
        "383",
        "855",
        "209",
        "925",
        "341",
        "201",
        "821",
        "352",
        "806",
        "887",
        "826",
        "315",
        "929",
        "812",
        "391",
        "926",
        "892",
        "813",
        "802",
        "928",
        "891",
        "392",
        "316",
        "815",
        "353",
        "931",
        "879",
        "836",
        "851",
        "874",
        "807",
        "354",
        "317",
        "870",
        "318",
        "372",
        "857",
        "333",
        "935",
        "343",
        "803",
        "373",
        "342",
        "893",
        "356",
        "355",
        "871",
        "394",
        "334",
        "933",
        "882",
        "936",
        "861",
        "852",
        "319",
        "860",
        "808",
        "393",
        "866",
        "210",
        "357",
        "894",
        "883",
        "880",
        "358",
        "211",
        "937",
        "869",
        "320",
        "359",
        "865",
        "384",
        "335",
        "336",
        "212",
        "868",
        "872",
        "885",
        "344",
        "877",
        "213",
        "938",
        "816",
        "999",
        "WAL",
        "SCO",
        "NUK",
        "NIR",
    ]
)


def _adopted_in_year(ctx: RuleContext) -> pl.DataFrame:
    epi = typed(ctx, "Episodes")
    in_year = ((pl.col("DEC") >= ctx.start) & (pl.col("DEC") <= ctx.end)).fill_null(False)
    return epi.filter(in_year & isin("REC", ["E11", "E12"]))


@rule("601", years=years("601"))
def adopted_without_ad1_fields(ctx: RuleContext) -> Flags:
    """Adopted during the year (REC E11/E12) but some AD1 adoption fields are blank."""
    ad1 = raw(ctx, "AD1").filter(pl.any_horizontal(pl.col(c).is_null() for c in AD1_FIELDS))
    bad = _adopted_in_year(ctx).join(ad1.select("CHILD", pl.col(LINE).alias("_ad1")), on="CHILD")
    return flags(Episodes=bad, AD1=bad.select(pl.col("_ad1").alias(LINE)))


@rule("602", years=years("602"))
def ad1_without_adoption(ctx: RuleContext) -> Flags:
    """AD1 adoption data given, but the child was not adopted during the year."""
    if not present(ctx, "Episodes", "AD1"):
        return {}
    ad1 = raw(ctx, "AD1").filter(pl.any_horizontal(pl.col(c).is_not_null() for c in AD1_FIELDS))
    return flag("AD1", ad1.join(_adopted_in_year(ctx), on="CHILD", how="anti"))


def _mother_missing(ctx: RuleContext, female: str) -> Flags:
    epi = typed(ctx, "Episodes")
    ceased = pl.col("DEC").is_not_null() & pl.col("REC").is_not_null() & (pl.col("REC") != "X1")
    in_year = ((pl.col("DEC") >= ctx.start) & (pl.col("DEC") <= ctx.end)).fill_null(False)
    epi = epi.filter(ceased.fill_null(False) & not_in("LS", ["V3", "V4"]) & in_year)
    head = raw(ctx, "Header").filter(eq("SEX", female) & pl.col("MOTHER").is_null())
    bad = epi.join(head.select("CHILD", pl.col(LINE).alias("_h")), on="CHILD")
    return flags(Episodes=bad, Header=bad.select(pl.col("_h").alias(LINE)))


@rule("607", years=years("607", until=2024))
def mother_missing_on_leaving_care(ctx: RuleContext) -> Flags:
    """A girl (SEX 2) who left care this year must have MOTHER completed."""
    return _mother_missing(ctx, "2")


@rule("607", years=years("607", since=2025))
def mother_missing_on_leaving_care_from_2025(ctx: RuleContext) -> Flags:
    """A girl (SEX F, from 2024/25) who left care this year must have MOTHER completed."""
    return _mother_missing(ctx, "F")


@rule("611", years=years("611"))
def mother_without_child_dob(ctx: RuleContext) -> Flags:
    """MOTHER is 1 but the child's date of birth (MC_DOB) is blank."""
    head = raw(ctx, "Header")
    return flag("Header", head.filter(eq("MOTHER", "1") & pl.col("MC_DOB").is_null()))


def _child_dob_but_not_mother(ctx: RuleContext, female: str) -> Flags:
    head = raw(ctx, "Header")
    not_mother = eq("MOTHER", "0") | pl.col("MOTHER").is_null()
    return flag(
        "Header", head.filter(not_mother & eq("SEX", female) & pl.col("MC_DOB").is_not_null())
    )


@rule("612", years=years("612", until=2024))
def child_dob_but_not_mother(ctx: RuleContext) -> Flags:
    """MC_DOB is given for a girl (SEX 2) who is not recorded as a mother."""
    return _child_dob_but_not_mother(ctx, "2")


@rule("612", years=years("612", since=2025))
def child_dob_but_not_mother_from_2025(ctx: RuleContext) -> Flags:
    """MC_DOB is given for a girl (SEX F, from 2024/25) who is not recorded as a mother."""
    return _child_dob_but_not_mother(ctx, "F")


@rule("620", years=years("620"))
def mother_under_11(ctx: RuleContext) -> Flags:
    """Recorded as a mother but under 11 at the start of the year."""
    head = typed(ctx, "Header")
    young = (plus_years(pl.col("DOB"), 11) > ctx.start).fill_null(False)
    return flag("Header", head.filter(eq("MOTHER", "1") & young))


@rule("621", years=years("621"))
def mother_younger_than_child(ctx: RuleContext) -> Flags:
    """The mother's own date of birth is not before her child's (MC_DOB)."""
    head = typed(ctx, "Header")
    older = (pl.col("MC_DOB") > pl.col("DOB")).fill_null(False)
    return flag("Header", head.filter(pl.col("MC_DOB").is_not_null() & ~older))


@rule("624", years=years("624"))
def child_dob_differs_from_last_year(ctx: RuleContext) -> Flags:
    """MC_DOB differs from the one recorded last year."""
    if not ctx.has_previous("Header"):
        return {}
    last = raw(ctx, "Header", previous=True).filter(pl.col("MC_DOB").is_not_null())
    both = raw(ctx, "Header").join(last.select("CHILD", pl.col("MC_DOB").alias("PRE")), on="CHILD")
    return flag("Header", both.filter((pl.col("MC_DOB") != pl.col("PRE")).fill_null(True)))


@rule("625", years=years("625"))
def child_born_after_year_or_care_ended(ctx: RuleContext) -> Flags:
    """MC_DOB is after the end of the year or after the child's latest episode ended."""
    latest = last_per_child(typed(ctx, "Episodes").filter(pl.col("CHILD").is_not_null()), "DEC")
    head = typed(ctx, "Header").select("CHILD", "MC_DOB", pl.col(LINE).alias("_h"))
    both = latest.join(head, on="CHILD")
    late = (pl.col("MC_DOB") > ctx.end) | (pl.col("MC_DOB") > pl.col("DEC"))
    bad = both.filter(late.fill_null(False))
    return flags(Episodes=bad, Header=bad.select(pl.col("_h").alias(LINE)))


@rule("626", years=years("626"))
def became_mother_before_year_but_not_last_year(ctx: RuleContext) -> Flags:
    """MOTHER is 1 with a child born before this year, yet last year MOTHER was 0."""
    if not ctx.has_previous("Header"):
        return {}
    last = raw(ctx, "Header", previous=True).select("CHILD", pl.col("MOTHER").alias("PRE"))
    head = typed(ctx, "Header").filter(pl.col("MC_DOB").is_not_null()).join(last, on="CHILD")
    as_number = pl.Float64
    bad = head.filter(
        (pl.col("MOTHER").cast(as_number, strict=False) == 1)
        & (pl.col("PRE").cast(as_number, strict=False) == 0)
        & (pl.col("MC_DOB") < ctx.start)
    )
    return flag("Header", bad)


@rule("628", years=years("628"))
def motherhood_for_care_leaver_not_looked_after(ctx: RuleContext) -> Flags:
    """Care leavers not looked after this year (OC3 only) need no motherhood details."""
    if not present(ctx, "Episodes", "Header", "OC3"):
        return {}
    oc3 = raw(ctx, "OC3").filter(
        pl.any_horizontal(pl.col(c).is_not_null() for c in ("IN_TOUCH", "ACTIV", "ACCOM"))
    )
    head = raw(ctx, "Header").join(raw(ctx, "Episodes"), on="CHILD", how="anti")
    head = head.join(oc3, on="CHILD", how="semi")
    return flag("Header", head.filter(pl.col("MOTHER").is_not_null()))


@rule("630", years=years("630"))
def previous_permanence_missing(ctx: RuleContext) -> Flags:
    """A child starting care this year (RNE S) needs previous permanence information."""
    if not present(ctx, "Episodes", "PrevPerm"):
        return {}
    epi = typed(ctx, "Episodes").filter(
        eq("RNE", "S") & (pl.col("DECOM") >= ctx.start).fill_null(False)
    )
    pp = raw(ctx, "PrevPerm").select(
        "CHILD", "PREV_PERM", "LA_PERM", "DATE_PERM", pl.lit(True).alias("_pp")
    )
    both = epi.join(pp, on="CHILD", how="left")
    bad = both.filter(
        pl.col("_pp").is_null()
        | (
            (pl.col("PREV_PERM") != "Z1").fill_null(True)
            & (pl.col("LA_PERM").is_null() | pl.col("DATE_PERM").is_null())
        )
        | (pl.col("_pp").is_not_null() & pl.col("PREV_PERM").is_null())
    )
    return flag("Episodes", bad)


@rule("631", years=years("631"))
def previous_permanence_invalid(ctx: RuleContext) -> Flags:
    """PREV_PERM, where given, must be P1, P2, P3, P4 or Z1."""
    pp = raw(ctx, "PrevPerm")
    valid = ["P1", "P2", "P3", "P4", "Z1"]
    return flag(
        "PrevPerm", pp.filter(pl.col("PREV_PERM").is_not_null() & not_in("PREV_PERM", valid))
    )


@rule("632", years=years("632"))
def previous_permanence_date_invalid(ctx: RuleContext) -> Flags:
    """DATE_PERM must be a valid date (ZZ allowed for unknown parts) before the first episode."""
    first = first_per_child(typed(ctx, "Episodes").filter(pl.col("CHILD").is_not_null()), "DECOM")
    pp = raw(ctx, "PrevPerm").select(
        "CHILD",
        "DATE_PERM",
        permanence_date(pl.col("DATE_PERM")).alias("_perm"),
        pl.col(LINE).alias("_pp"),
    )
    both = first.select("CHILD", "DECOM", LINE).join(pp, on="CHILD")
    bad = both.filter(
        (pl.col("_perm") >= pl.col("DECOM")).fill_null(False)
        | (pl.col("DATE_PERM").is_not_null() & pl.col("_perm").is_null())
    )
    return flags(Episodes=bad, PrevPerm=bad.select(pl.col("_pp").alias(LINE)))


@rule("633", years=years("633"))
def previous_permanence_la_invalid(ctx: RuleContext) -> Flags:
    """LA_PERM, where given, must be a valid local authority code (or WAL, SCO, NUK, NIR)."""
    pp = raw(ctx, "PrevPerm")
    return flag(
        "PrevPerm", pp.filter(pl.col("LA_PERM").is_not_null() & not_in("LA_PERM", LA_PERM_CODES))
    )


@rule("634", years=years("634"))
def previous_permanence_without_recent_start(ctx: RuleContext) -> Flags:
    """Previous permanence data given, but every episode started before this collection year."""
    fields = ("PREV_PERM", "DATE_PERM", "LA_PERM")
    pp = raw(ctx, "PrevPerm").filter(pl.any_horizontal(pl.col(c).is_not_null() for c in fields))
    epi = typed(ctx, "Episodes").with_columns(pl.col("DECOM").max().over("CHILD").alias("_last"))
    epi = epi.filter((pl.col("_last") < ctx.start).fill_null(False))
    both = pp.select("CHILD", pl.col(LINE).alias("_pp")).join(epi.select("CHILD", LINE), on="CHILD")
    return flags(Episodes=both, PrevPerm=both.select(pl.col("_pp").alias(LINE)))


@rule("635", years=years("635"))
def previous_permanence_code_missing(ctx: RuleContext) -> Flags:
    """LA_PERM or DATE_PERM given, but PREV_PERM is blank."""
    pp = raw(ctx, "PrevPerm")
    given = pl.col("LA_PERM").is_not_null() | pl.col("DATE_PERM").is_not_null()
    return flag("PrevPerm", pp.filter(given & pl.col("PREV_PERM").is_null()))
