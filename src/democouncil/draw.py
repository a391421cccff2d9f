"""Seeded categorical draws over whole arrays."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

Table = Mapping[Any, tuple[Sequence[str], Sequence[float]]]


def choice(
    rng: np.random.Generator, n: int, codes: Sequence[str], weights: Sequence[float]
) -> npt.NDArray[np.str_]:
    """`n` codes drawn with the given relative weights."""
    p = np.asarray(weights, dtype=float)
    return np.asarray(codes)[rng.choice(len(codes), size=n, p=p / p.sum())]


def pick(rng: np.random.Generator, keys: npt.NDArray[Any], table: Table) -> npt.NDArray[np.str_]:
    """One code per element of `keys`, drawn from that key's row of `table`.

    Rows are visited in the table's order, so the draw sequence (and so the output) depends only
    on the seed and the inputs."""
    width = max(len(c) for codes, _ in table.values() for c in codes)
    out = np.full(len(keys), "", dtype=f"<U{width}")
    for key, (codes, weights) in table.items():
        mask = keys == key
        if mask.any():
            out[mask] = choice(rng, int(mask.sum()), codes, weights)
    return out


def lognormal_days(
    rng: np.random.Generator, n: int, median: float, sigma: float, lo: int, hi: int
) -> npt.NDArray[np.int64]:
    """Right-skewed durations (most short, a long tail), clipped to [lo, hi] days."""
    return np.clip(np.round(median * np.exp(sigma * rng.standard_normal(n))), lo, hi).astype(
        np.int64
    )
