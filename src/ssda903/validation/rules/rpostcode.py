"""Rules on the fields DfE derives from postcodes: placement distance, LA and location.

PL_DISTANCE, PL_LA and PL_LOCATION are not in the return; `ssda903.reference.placement` derives
them from HOME_POST and PL_POST with the ONS postcode directory (``Reference.postcodes``) and the
council's LA code (``Reference.la_code``). Each rule is registered with what it `needs`, so a run
without the directory or the LA code skips it and `rules_not_run` names it.

This module holds the rules on one year's episodes; `rpostcode_last.py` those that compare with
last year's return (452, 453, 503G, 503H, 503J).
"""

from __future__ import annotations

from datetime import date

import polars as pl

from ssda903.reference.placement import placement_fields
from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import Flags, flag, isin, not_in, typed, years
from ssda903.validation.rules._helpers_100_399 import uasc_status

POSTCODES = ("postcodes",)
POSTCODES_LA = ("postcodes", "la_code")
SHORT_BREAKS = ("V3", "V4")
# DfE's PL_LA codes for placements outside England (Channel Islands, Northern Ireland, Scotland,
# Wales, outside the UK); the directory gives the middle three.
OUTSIDE_ENGLAND = ("CON", "NIR", "SCO", "WAL", "NUK")


def placed(ctx: RuleContext, *, previous: bool = False) -> pl.DataFrame:
    """Typed Episodes (this year's or last year's) with PL_LA, PL_LOCATION, PL_DISTANCE and
    HOME_POST_FOUND / PL_POST_FOUND; computed once per run."""
    key = ("Episodes with placement fields", previous)
    if key not in ctx._typed:
        directory = ctx.reference.postcodes
        assert directory is not None  # rules here need "postcodes"
        episodes = typed(ctx, "Episodes", previous=previous)
        ctx._typed[key] = placement_fields(episodes, directory, ctx.reference.la_code)
    return ctx._typed[key]


def uasc_children(ctx: RuleContext) -> pl.DataFrame | None:
    """CHILDs who are UASC this year or were last year (one column); None when the return cannot
    say (a Header sent without a UASC table, in both years), as DfE's rules then cannot run."""
    fields = ("SEX", "DOB", "DUC")
    found = [
        status.filter(pl.col("UASC") == "1").select("CHILD")
        for status in (
            uasc_status(ctx, previous=False, uasc_fields=fields),
            uasc_status(ctx, previous=True, uasc_fields=fields),
        )
        if status is not None
    ]
    if not found:
        return None
    return pl.concat(found).unique()


def _not_uasc(ctx: RuleContext) -> pl.DataFrame | None:
    children = uasc_children(ctx)
    if children is None:
        return None
    return placed(ctx).join(children, on="CHILD", how="anti", nulls_equal=True)


@rule("164", years=years("164"), needs=POSTCODES)
def distance_not_valid(ctx: RuleContext) -> Flags:
    """Unless the child is or was UASC, or on a short break (V3/V4), PL_DISTANCE must be between
    0.0 and 999.9 miles."""
    epi = _not_uasc(ctx)
    if epi is None:
        return {}
    distance = pl.col("PL_DISTANCE")
    bad = (distance < 0.0) | (distance > 999.9)
    return flag("Episodes", epi.filter(not_in("LS", SHORT_BREAKS) & bad))


@rule("169", years=years("169"), needs=POSTCODES)
def placement_la_missing(ctx: RuleContext) -> Flags:
    """Outside short breaks (V3/V4), PL_LA must be known: a valid placement postcode."""
    epi = placed(ctx)
    return flag("Episodes", epi.filter(not_in("LS", SHORT_BREAKS) & pl.col("PL_LA").is_null()))


@rule("179", years=years("179"), needs=POSTCODES_LA)
def placement_location_missing(ctx: RuleContext) -> Flags:
    """Outside short breaks (V3/V4), PL_LOCATION (IN or OUT of the council's area) must be known."""
    epi = placed(ctx)
    missing = pl.col("PL_LOCATION").is_null()
    return flag("Episodes", epi.filter(not_in("LS", SHORT_BREAKS) & missing))


def _urn_required(ctx: RuleContext, exempt: tuple[str, ...], *, blank_la_exempt: bool) -> Flags:
    epi = placed(ctx)
    ends_in_year = (pl.col("DEC") >= ctx.start) | pl.col("DEC_raw").is_null()
    outside = isin("PL_LA", OUTSIDE_ENGLAND)
    if blank_la_exempt:
        # Up to 2024/25 the councils' tool reads a blank PL_LA as outside England (it tests the
        # text "nan" for a first letter N); a blank PL_LA is reported by 169 instead.
        outside = outside | pl.col("PL_LA").is_null()
    bad = ends_in_year & pl.col("URN").is_null() & not_in("PLACE", exempt) & ~outside
    return flag("Episodes", epi.filter(bad))


_URN_EXEMPT = ("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4")


@rule("218", years=years("218", until=2024), needs=POSTCODES)
def urn_required_to_2024(ctx: RuleContext) -> Flags:
    """An English placement open during the year needs a URN, unless it is a placement type
    Ofsted does not register (H5, P1–P3, R1, R2, R5, T0–T4, Z1)."""
    return _urn_required(ctx, ("H5", "P2", "Z1", *_URN_EXEMPT), blank_la_exempt=True)


@rule("218", years=years("218", since=2025, until=2025), needs=POSTCODES)
def urn_required_2025(ctx: RuleContext) -> Flags:
    """As before 2024/25, but H5 and P2 placements now need a URN too."""
    return _urn_required(ctx, ("Z1", *_URN_EXEMPT), blank_la_exempt=True)


@rule("218", years=years("218", since=2026), needs=POSTCODES)
def urn_required_from_2026(ctx: RuleContext) -> Flags:
    """From 2025/26 Z1 is split into Z11–Z14; exempt outside England means PL_LA CON, NIR, SCO,
    WAL or NUK (DfE's text), so a placement whose LA is unknown needs a URN."""
    return _urn_required(ctx, ("Z11", "Z12", "Z13", "Z14", *_URN_EXEMPT), blank_la_exempt=False)


H5_URN_FROM = date(2023, 10, 29)


@rule("230", years=years("230"), needs=POSTCODES)
def urn_required_for_english_h5(ctx: RuleContext) -> Flags:
    """An English H5 placement open on or after 29 October 2023 needs a URN (not XXXXXXX)."""
    epi = placed(ctx)
    open_after = (pl.col("DEC") >= H5_URN_FROM) | pl.col("DEC").is_null()
    no_urn = pl.col("URN").is_null() | (pl.col("URN") == "XXXXXXX")
    # As for 218 before 2025/26: a blank PL_LA is not counted as English (169 reports it).
    english = pl.col("PL_LA").is_not_null() & not_in("PL_LA", OUTSIDE_ENGLAND)
    return flag("Episodes", epi.filter(isin("PLACE", ("H5",)) & open_after & no_urn & english))


@rule("241", years=years("241"), needs=POSTCODES_LA)
def k3_urn_outside_own_la(ctx: RuleContext) -> Flags:
    """A K3 placement with a URN must be in the LA where the provider has premises; read, as the
    councils' tool reads it, as the council's own LA."""
    epi = placed(ctx)
    with_urn = pl.col("URN").is_not_null() & (pl.col("URN") != "XXXXXXX")
    elsewhere = pl.col("PL_LA").ne_missing(pl.lit(ctx.reference.la_code))
    return flag("Episodes", epi.filter(with_urn & isin("PLACE", ("K3",)) & elsewhere))


@rule("243", years=years("243"), needs=POSTCODES)
def urn_outside_england(ctx: RuleContext) -> Flags:
    """Placements outside England (PL_LA CON, NIR, SCO, WAL, NUK) have no Ofsted URN."""
    epi = placed(ctx)
    return flag(
        "Episodes", epi.filter(isin("PL_LA", OUTSIDE_ENGLAND) & pl.col("URN").is_not_null())
    )


@rule("392a", years=years("392a"), needs=POSTCODES)
def distance_missing(ctx: RuleContext) -> Flags:
    """Unless the child is or was UASC, or on a short break (V3/V4), PL_DISTANCE must be known:
    both postcodes given and in the directory."""
    epi = _not_uasc(ctx)
    if epi is None:
        return {}
    missing = pl.col("PL_DISTANCE").is_null()
    return flag("Episodes", epi.filter(not_in("LS", SHORT_BREAKS) & missing))


@rule("392c", years=years("392c"), needs=POSTCODES)
def postcode_not_valid(ctx: RuleContext) -> Flags:
    """A HOME_POST or PL_POST that is given must be in the ONS postcode directory."""
    epi = placed(ctx)
    home = pl.col("HOME_POST").is_not_null() & ~pl.col("HOME_POST_FOUND")
    place = pl.col("PL_POST").is_not_null() & ~pl.col("PL_POST_FOUND")
    return flag("Episodes", epi.filter(home | place))


@rule("406", years=years("406"), needs=POSTCODES)
def uasc_distance_given(ctx: RuleContext) -> Flags:
    """A child who is or was UASC has no PL_DISTANCE (their home postcode is not recorded)."""
    children = uasc_children(ctx)
    if children is None:
        return {}
    epi = placed(ctx).join(children, on="CHILD", how="semi", nulls_equal=True)
    return flag("Episodes", epi.filter(pl.col("PL_DISTANCE").is_not_null()))


@rule("411", years=years("411"), needs=POSTCODES_LA)
def location_disagrees_with_la(ctx: RuleContext) -> Flags:
    """PL_LOCATION IN means PL_LA is the council's own LA."""
    epi = placed(ctx)
    elsewhere = pl.col("PL_LA").ne_missing(pl.lit(ctx.reference.la_code))
    return flag("Episodes", epi.filter((pl.col("PL_LOCATION") == "IN") & elsewhere))


@rule("420", years=years("420"), needs=POSTCODES)
def short_break_with_la(ctx: RuleContext) -> Flags:
    """No PL_LA for a short break (V3/V4): its placement postcode is not recorded."""
    epi = placed(ctx)
    return flag("Episodes", epi.filter(isin("LS", SHORT_BREAKS) & pl.col("PL_LA").is_not_null()))


@rule("454", years=years("454"), needs=POSTCODES)
def distance_over_350_miles(ctx: RuleContext) -> Flags:
    """PL_DISTANCE over 350 miles (999.9, DfE's "not known", apart) is reported for checking."""
    distance = pl.col("PL_DISTANCE")
    return flag("Episodes", placed(ctx).filter((distance > 350) & (distance != 999.9)))


_FOSTER_ADOPT = ("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6")


def _own_provision_elsewhere(ctx: RuleContext, exempt: tuple[str, ...]) -> Flags:
    epi = placed(ctx)
    checked = (
        (pl.col("PLACE_PROVIDER") == "PR1")
        & pl.col("LS").is_not_null()
        & pl.col("PLACE").is_not_null()
        & not_in("LS", SHORT_BREAKS)
        & not_in("PLACE", exempt)
    )
    elsewhere = pl.col("PL_LA").ne_missing(pl.lit(ctx.reference.la_code))
    return flag("Episodes", epi.filter(checked & elsewhere))


@rule("1015", years=years("1015", until=2025), needs=POSTCODES_LA)
def own_provision_outside_own_la(ctx: RuleContext) -> Flags:
    """Own provision (PR1), other than foster care and adoption (A3–A6, U1–U6) or short breaks,
    is in the council's own LA."""
    return _own_provision_elsewhere(ctx, _FOSTER_ADOPT)


@rule("1015", years=years("1015", since=2026), needs=POSTCODES_LA)
def own_provision_outside_own_la_from_2026(ctx: RuleContext) -> Flags:
    """As before, K3 (from 2025/26) being exempt too."""
    return _own_provision_elsewhere(ctx, (*_FOSTER_ADOPT, "K3"))
