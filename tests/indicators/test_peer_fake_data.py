"""Run every indicator over the public D2I fake 903 return (2017/18, deliberately error-laden),
read by ssda903's reader: nothing may raise, and the headline count must match a direct count."""

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from indicators import REGISTRY, Context, Unit, evaluate_all
from ssda903.read import read_return

FAKE = Path("/work/shared/peers/d2i-903-fake-data")
# Tables the 2017/18 return did not collect, and a second copy of PlacedAdoption with errors.
NOT_IN_2018 = {"DoLo.csv", "sw_episodes.csv", "placed_for_adoption_errors.csv"}
AT = date(2018, 3, 31)


@pytest.fixture(scope="module")
def fake_return():
    if not FAKE.exists():
        pytest.skip("peer fake data not present")
    paths = [p for p in sorted(FAKE.glob("*.csv")) if p.name not in NOT_IN_2018]
    return read_return(paths, 2018)


def test_every_indicator_runs_on_the_fake_return(fake_return):
    results = evaluate_all(Context.from_return(fake_return), AT)
    assert set(results) == set(REGISTRY)
    for result in results.values():
        if result.unit is Unit.PERCENT and result.value is not None:
            assert set(result.numerator) <= set(result.denominator), result.id
    # The return's own OC2/OC3 belong to 2017/18, so the outcome indicators are available.
    assert results["health_assessments"].available
    assert results["care_leavers_in_touch_19_21"].available
    assert not results["social_workers_3_plus"].available  # SWEpisodes began in 2023/24


def test_looked_after_count_matches_a_direct_count(fake_return):
    episodes = fake_return.tables["Episodes"].with_columns(
        pl.col("DECOM", "DEC").str.strptime(pl.Date, "%d/%m/%Y", strict=False)
    )
    direct = episodes.filter(
        (pl.col("DECOM") <= AT)
        & (pl.col("DEC").is_null() | (pl.col("DEC") > AT))
        & ~pl.col("LS").is_in(["V3", "V4"])
    )["CHILD"].n_unique()
    assert REGISTRY["cla_at_date"].at(Context.from_return(fake_return), AT).value == direct
