"""The placement fields DfE derives from an episode's postcodes: PL_LA, PL_LOCATION, PL_DISTANCE.

Councils send HOME_POST (the child's home postcode) and PL_POST (the placement's); DfE derives
the rest with the ONS postcode directory (docs/validation.md, "Reference data"):

- ``PL_DISTANCE``: the straight-line distance between the two postcodes' grid references, in
  miles to one decimal place: ``sqrt(Δeasting² + Δnorthing²) / 1000 / 1.6093``, rounded half to
  even (as the councils' tool rounds). Blank when either postcode is blank, not in the directory,
  or has no grid reference.
- ``PL_LA``: the upper-tier local authority of PL_POST's district (ONS code), or ``SCO``, ``WAL``
  or ``NIR`` for a placement in Scotland, Wales or Northern Ireland. Blank when PL_POST is blank
  or not in the directory, or its district has no English upper tier (Channel Islands, Isle of Man).
- ``PL_LOCATION``: ``IN`` when PL_LA is the council's own LA, otherwise ``OUT``; blank when the
  postcode's district is unknown.

`placement_fields` also says whether each postcode was found (``HOME_POST_FOUND``,
``PL_POST_FOUND``), for rule 392c.
"""

from __future__ import annotations

import polars as pl

from ssda903.reference.authorities import SINGLE_TIER, upper_tier_lookup
from ssda903.reference.postcodes import normalise

# DfE's figure. Metres to km, then km to miles, in that order, so that values on a rounding
# boundary round as DfE's and the councils' tool's do.
KM_PER_MILE = 1.6093
COUNTRIES = {"S": "SCO", "W": "WAL", "N": "NIR"}
DERIVED = ("PL_LA", "PL_LOCATION", "PL_DISTANCE", "HOME_POST_FOUND", "PL_POST_FOUND")


def placement_fields(
    episodes: pl.DataFrame, directory: pl.DataFrame, la_code: str | None
) -> pl.DataFrame:
    """`episodes` with the DERIVED columns added (row order and every other column kept).

    `directory` is a postcode directory frame (`ssda903.reference.postcodes`); `la_code` the
    council's ONS code (PL_LOCATION is blank for every row without it).
    """
    episodes = episodes.with_columns(
        normalise(pl.col("HOME_POST")).alias("_home_key"),
        normalise(pl.col("PL_POST")).alias("_pl_key"),
    )
    # Only the directory rows the return uses: joining all 2.7 million postcodes would copy them.
    used = pl.concat([episodes.get_column("_home_key"), episodes.get_column("_pl_key")])
    keyed = directory.filter(pl.col("pcd").is_in(used.drop_nulls().unique().implode())).unique(
        "pcd", keep="first"
    )
    home = keyed.select(
        pl.col("pcd").alias("_home_key"),
        pl.lit(True).alias("HOME_POST_FOUND"),
        pl.col("oseast1m").cast(pl.Float64).alias("_home_e"),
        pl.col("osnrth1m").cast(pl.Float64).alias("_home_n"),
    )
    place = keyed.select(
        pl.col("pcd").alias("_pl_key"),
        pl.lit(True).alias("PL_POST_FOUND"),
        pl.col("laua").alias("_pl_laua"),
        pl.col("oseast1m").cast(pl.Float64).alias("_pl_e"),
        pl.col("osnrth1m").cast(pl.Float64).alias("_pl_n"),
    )
    tiers = upper_tier_lookup().rename({"laua": "_pl_laua", "utla": "_pl_utla"})
    frame = (
        episodes.join(home, on="_home_key", how="left", maintain_order="left")
        .join(place, on="_pl_key", how="left", maintain_order="left")
        .join(tiers, on="_pl_laua", how="left", maintain_order="left")
    )
    laua = pl.col("_pl_laua")
    country = laua.str.slice(0, 1).replace_strict(COUNTRIES, default=None)
    pl_la = pl.coalesce(country, pl.col("_pl_utla"), _single_tier(laua))
    distance = (
        (
            (pl.col("_home_e") - pl.col("_pl_e")) ** 2 + (pl.col("_home_n") - pl.col("_pl_n")) ** 2
        ).sqrt()
        / 1000
        / KM_PER_MILE
    ).round(1)
    location = (
        pl.when(laua.is_null() | pl.lit(la_code is None))
        .then(None)
        .when(pl_la.eq_missing(pl.lit(la_code, dtype=pl.String)))
        .then(pl.lit("IN"))
        .otherwise(pl.lit("OUT"))
    )
    return frame.with_columns(
        pl_la.alias("PL_LA"),
        location.alias("PL_LOCATION"),
        distance.alias("PL_DISTANCE"),
        pl.col("HOME_POST_FOUND").fill_null(False),
        pl.col("PL_POST_FOUND").fill_null(False),
    ).drop("_home_key", "_pl_key", "_home_e", "_home_n", "_pl_e", "_pl_n", "_pl_laua", "_pl_utla")


def _single_tier(laua: pl.Expr) -> pl.Expr:
    """A unitary, metropolitan or London code is its own upper tier (for those ONS's 2021 lookup
    predates, e.g. North Yorkshire, E06000065)."""
    single = pl.lit(False)
    for prefix in SINGLE_TIER:
        single = single | laua.str.starts_with(prefix)
    return pl.when(single).then(laua)
