"""Rules that look the placement's URN up in Ofsted's provider lists (219, 221, 224, 227, 228,
229, 1008).

The lists are the council's upload (``Reference.providers``, read by `ssda903.reference.ofsted`);
without them these rules are skipped and `rules_not_run` names them. Every rule looks only at
episodes with a URN other than DfE's ``XXXXXXX`` (placements Ofsted does not register).

A URN missing from the lists has no placement types, provider codes, postcode or LA, so rules
219, 221, 224 and 229 flag it as well as 1008 (as DfE's wording reads and the councils' current
validator does). Where a URN is in more than one list (children's homes and social care
providers), a code or postcode in any of its entries is accepted.
"""

from __future__ import annotations

import polars as pl

from ssda903.reference import postcodes
from ssda903.reference.authorities import SINGLE_TIER, upper_tier_lookup
from ssda903.reference.postcodes import normalise
from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import Flags, flag, isin, not_in, typed, years

PROVIDERS = ("providers",)
# 229 infers the provider's LA from its postcode and compares it with the council's.
PROVIDERS_POSTCODES_LA = ("providers", "postcodes", "la_code")
NOT_REGISTERED = "XXXXXXX"
SHORT_BREAKS = ("V3", "V4")
# 221: the placement types whose postcode must be the provider's, as DfE changed them by year.
POSTCODE_PLACES = {
    2023: ("K1", "K2", "R3", "S1"),
    2024: ("H5", "K1", "K2", "R3", "S1"),
    2025: ("K1", "K2", "K3", "R3", "S1"),
}
# 229 from 2025/26: placement types whose provider need not be registered in the LA it serves.
LA_EXEMPT_PLACES = (
    *("K3", "P1", "P3", "R1", "R2", "R5"),
    *("T0", "T1", "T2", "T3", "T4"),
    *("Z11", "Z12", "Z13", "Z14"),
)


def _with_urn(ctx: RuleContext) -> pl.DataFrame:
    """Typed Episodes (upper-cased) that give a URN other than XXXXXXX."""
    epi = typed(ctx, "Episodes")
    return epi.filter(pl.col("URN").is_not_null() & (pl.col("URN") != NOT_REGISTERED))


def _providers(ctx: RuleContext) -> pl.DataFrame:
    providers = ctx.reference.providers
    assert providers is not None  # rules here need "providers"
    return providers


def _by_urn(ctx: RuleContext) -> pl.DataFrame:
    """One row per URN: every placement type, provider code and postcode its entries give."""
    key = ("Ofsted providers by URN", False)
    if key not in ctx._typed:
        ctx._typed[key] = (
            _providers(ctx)
            .group_by("URN")
            .agg(
                pl.col("place_codes").explode().drop_nulls().unique().alias("_places"),
                pl.col("provider_codes").explode().drop_nulls().unique().alias("_provider_codes"),
                pl.col("postcode").drop_nulls().unique().alias("_postcodes"),
            )
        )
    return ctx._typed[key]


def _looked_up(ctx: RuleContext, frame: pl.DataFrame) -> pl.DataFrame:
    return frame.join(_by_urn(ctx), on="URN", how="left", maintain_order="left")


def _listed(values: str, col: str) -> pl.Expr:
    """`col` is among the list column `values` (a null, or an unknown URN, is not)."""
    return pl.col(values).list.contains(pl.col(col)).fill_null(False)


@rule("219", years=years("219"), needs=PROVIDERS)
def urn_place_mismatch(ctx: RuleContext) -> Flags:
    """PLACE must be one of the placement types Ofsted lists for the URN."""
    epi = _looked_up(ctx, _with_urn(ctx))
    return flag("Episodes", epi.filter(~_listed("_places", "PLACE")))


def _postcode_mismatch(ctx: RuleContext, places: tuple[str, ...]) -> Flags:
    epi = _with_urn(ctx).filter(
        not_in("LS", SHORT_BREAKS) & isin("PLACE", places) & pl.col("PL_POST").is_not_null()
    )
    epi = _looked_up(ctx, epi.with_columns(normalise(pl.col("PL_POST")).alias("_pl_key")))
    return flag("Episodes", epi.filter(~_listed("_postcodes", "_pl_key")))


@rule("221", years=years("221", until=2023), needs=PROVIDERS)
def urn_postcode_mismatch_2023(ctx: RuleContext) -> Flags:
    """Unless on a short break (V3/V4), a placement of type K1, K2, R3 or S1 with a PL_POST must
    be at the postcode Ofsted lists for the URN."""
    return _postcode_mismatch(ctx, POSTCODE_PLACES[2023])


@rule("221", years=years("221", since=2024, until=2024), needs=PROVIDERS)
def urn_postcode_mismatch_2024(ctx: RuleContext) -> Flags:
    """As 2022/23, for placement types H5, K1, K2, R3 and S1."""
    return _postcode_mismatch(ctx, POSTCODE_PLACES[2024])


@rule("221", years=years("221", since=2025), needs=PROVIDERS)
def urn_postcode_mismatch(ctx: RuleContext) -> Flags:
    """As 2022/23, for placement types K1, K2, K3 (supported accommodation), R3 and S1."""
    return _postcode_mismatch(ctx, POSTCODE_PLACES[2025])


@rule("224", years=years("224"), needs=PROVIDERS)
def urn_provider_mismatch(ctx: RuleContext) -> Flags:
    """PLACE_PROVIDER must be one of the provider codes Ofsted lists for the URN."""
    epi = _looked_up(ctx, _with_urn(ctx))
    return flag("Episodes", epi.filter(~_listed("_provider_codes", "PLACE_PROVIDER")))


def _closed(ctx: RuleContext) -> pl.DataFrame:
    """The list entries with a closure (deregistration) date."""
    return (
        _providers(ctx)
        .filter(pl.col("closed").is_not_null())
        .select("URN", pl.col("closed").alias("_closed"))
    )


@rule("227", years=years("227"), needs=PROVIDERS)
def urn_closed_at_start(ctx: RuleContext) -> Flags:
    """An episode must start (DECOM) before the date Ofsted gives for the provider's closure."""
    epi = _with_urn(ctx).join(_closed(ctx), on="URN", how="inner")
    return flag("Episodes", epi.filter((pl.col("DECOM") >= pl.col("_closed")).fill_null(False)))


@rule("228", years=years("228"), needs=PROVIDERS)
def urn_closed_at_end(ctx: RuleContext) -> Flags:
    """An episode must end (DEC) by the provider's closure date; an open episode (no valid DEC)
    means the provider must still have been open at the end of the collection year."""
    epi = _with_urn(ctx).join(_closed(ctx), on="URN", how="inner")
    ended_after = (pl.col("DEC") > pl.col("_closed")).fill_null(False)
    open_after = pl.col("DEC").is_null() & (pl.lit(ctx.end) > pl.col("_closed"))
    return flag("Episodes", epi.filter(ended_after | open_after))


def _provider_la(ctx: RuleContext) -> pl.DataFrame:
    """Each list entry of a URN the return uses, with the upper-tier LA of its postcode (null if
    not in the directory). Ofsted's lists name the LA in words; DfE compares ONS codes, so the LA
    is inferred from the postcode, as DfE's note on rule 229 says.

    Callers load the directory only for the first letters of the return's postcodes (memory); a
    provider's postcode may start with another letter, so those letters are added here, from the
    same package (each letter is read once per process).
    """
    directory = ctx.reference.postcodes
    assert directory is not None  # 229 needs "postcodes"
    used = _with_urn(ctx).select("URN").unique()
    entries = (
        _providers(ctx)
        .join(used, on="URN", how="semi")
        .select("URN", pl.col("postcode").alias("pcd"))
    )
    wanted = entries["pcd"].drop_nulls().unique()
    have = set(directory["pcd"].str.slice(0, 1).unique().drop_nulls().to_list())
    missing = postcodes.letters_of(wanted) - have
    if missing:
        directory = pl.concat([directory, postcodes.load(missing)], how="vertical_relaxed")
    keyed = directory.filter(pl.col("pcd").is_in(wanted.implode())).select("pcd", "laua")
    laua = pl.col("laua")
    # A unitary, metropolitan or London district is its own upper tier (ONS's 2021 lookup
    # predates the newest unitaries).
    own_tier = pl.when(pl.any_horizontal(laua.str.starts_with(p) for p in SINGLE_TIER)).then(laua)
    return (
        entries.join(keyed.unique("pcd"), on="pcd", how="left")
        .join(upper_tier_lookup(), on="laua", how="left")
        .select("URN", pl.coalesce(pl.col("utla"), own_tier).alias("_provider_la"))
    )


def _provider_la_mismatch(ctx: RuleContext, epi: pl.DataFrame) -> Flags:
    la = ctx.reference.la_code
    epi = epi.join(_provider_la(ctx), on="URN", how="left")
    same_la = (pl.col("_provider_la") == la).fill_null(False)
    # PR1: the council's own provision, so the provider must be in its area; PR2: another LA's.
    bad = (pl.col("PLACE_PROVIDER").eq_missing("PR1") & ~same_la) | (
        pl.col("PLACE_PROVIDER").eq_missing("PR2") & same_la
    )
    return flag("Episodes", epi.filter(bad))


@rule("229", years=years("229", until=2025), needs=PROVIDERS_POSTCODES_LA)
def provider_la_mismatch_2025(ctx: RuleContext) -> Flags:
    """PLACE_PROVIDER PR1 (own LA) needs a provider whose postcode is in the council's area; PR2
    (another LA) one whose postcode is not."""
    return _provider_la_mismatch(ctx, _with_urn(ctx))


@rule("229", years=years("229", since=2026), needs=PROVIDERS_POSTCODES_LA)
def provider_la_mismatch(ctx: RuleContext) -> Flags:
    """As 2024/25, except for placements (supported accommodation, placed for adoption,
    residential schools and settings, temporary and other placements) not tied to an LA."""
    epi = _with_urn(ctx).filter(not_in("PLACE", LA_EXEMPT_PLACES))
    return _provider_la_mismatch(ctx, epi)


@rule("1008", years=years("1008"), needs=PROVIDERS)
def urn_not_listed(ctx: RuleContext) -> Flags:
    """The URN must be in Ofsted's lists."""
    known = _providers(ctx).select("URN").unique()
    return flag("Episodes", _with_urn(ctx).join(known, on="URN", how="anti"))
