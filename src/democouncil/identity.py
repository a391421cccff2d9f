"""Identifiers and personal details: child IDs, UPNs, home postcodes, young mothers."""

from __future__ import annotations

import numpy as np
import polars as pl

from democouncil.timeline import add_years

UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
YOUNG_MOTHERS = 0.04  # of girls in care from 14; illustrative (no national figure found)


def child_ids(rng: np.random.Generator, n: int) -> list[str]:
    """Unique numeric IDs in no meaningful order, like a case-management system's."""
    ids = 100_000 + np.cumsum(rng.integers(1, 40, n))
    return [str(x) for x in rng.permutation(ids)]


def upns(rng: np.random.Generator, n: int, la_code: str) -> list[str]:
    """13-character UPNs: check letter + LA code + school number + year + serial.

    The check letter is the weighted sum of the 12 digits (weights 2–13) modulo 23, mapped onto
    the 23 letters DfE uses (no I, O or S), as in DfE's UPN guidance."""
    # Distinct numbers: a UPN identifies one pupil (rule 444 flags duplicates).
    k = rng.choice(5000 * 21 * 1000, size=n, replace=False)
    school, rest = 2000 + k // 21_000, k % 21_000
    yy, serial = 5 + rest // 1000, rest % 1000
    out = []
    for s, y, r in zip(school, yy, serial, strict=True):
        digits = f"{la_code}{s:04d}{y:02d}{r:03d}"
        check = sum(int(d) * w for d, w in zip(digits, range(2, 14), strict=True)) % 23
        out.append(UPN_CHECK_LETTERS[check] + digits)
    return out


def mothers(rng: np.random.Generator, children: pl.DataFrame) -> pl.Series:
    """Date of the first child's birth for the few girls who become mothers in care."""
    dob = children["dob"].to_numpy()
    girl = (children["sex"] == "F").to_numpy() & ~children["uasc"].to_numpy()
    is_mother = girl & (rng.random(children.height) < YOUNG_MOTHERS)
    birth = add_years(dob, 15) + rng.integers(0, 900, children.height)
    return pl.Series("mc_dob", np.where(is_mother, birth, np.datetime64("NaT", "D")))
