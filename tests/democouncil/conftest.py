"""Councils shared by the democouncil tests: generated once per session to keep tests fast."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from democouncil import Council, generate


@pytest.fixture(scope="session")
def council() -> Council:
    """200 children over five collection years (2021/22–2025/26), with a case file."""
    return generate(children=200, years=5, seed=7)


@pytest.fixture(scope="session")
def big() -> Council:
    """1,000 children without a case file, for distribution checks that need numbers."""
    return generate(children=1000, years=5, seed=3, casefile=False)


@pytest.fixture(scope="session")
def in_year() -> Council:
    """As at a date inside 2026/27, the first year with deprivation of liberty orders."""
    return generate(children=200, years=2, seed=5, as_at=date(2026, 11, 28), casefile=False)


def all_episodes(c: Council) -> pl.DataFrame:
    """Every episode across the years, latest knowledge first (so open ones later closed win)."""
    frames = [c.returns[y]["Episodes"].with_columns(year=pl.lit(y)) for y in sorted(c.returns)]
    return (
        pl.concat(frames)
        .sort("year", descending=True)
        .unique(["CHILD", "DECOM"], keep="first", maintain_order=True)
        .with_columns(
            pl.col("DECOM").str.to_date("%d/%m/%Y"), pl.col("DEC").str.to_date("%d/%m/%Y")
        )
        .sort("CHILD", "DECOM")
    )


def dobs(c: Council) -> pl.DataFrame:
    frames = [c.returns[y]["Header"].select("CHILD", "DOB") for y in c.returns]
    return pl.concat(frames).unique("CHILD").with_columns(pl.col("DOB").str.to_date("%d/%m/%Y"))
