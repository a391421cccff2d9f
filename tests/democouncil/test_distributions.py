"""The shape of the data is realistic, not uniform (docs/demo-data.md)."""

from __future__ import annotations

from datetime import date

import polars as pl

from clocks.calendar import add_months, add_working_days
from democouncil import Council
from tests.democouncil.conftest import all_episodes, dobs


def _periods(c: Council) -> pl.DataFrame:
    """One row per period of care that started inside the returns, with placements counted."""
    ep = (
        all_episodes(c)
        .join(dobs(c), on="CHILD")
        .with_columns(period=(pl.col("RNE") == "S").cast(pl.Int64).cum_sum().over("CHILD"))
    )
    first_year = min(c.returns)
    started = ep.filter((pl.col("RNE") == "S") & (pl.col("DECOM") >= date(first_year - 1, 4, 1)))
    return (
        ep.join(started.select("CHILD", "period"), on=["CHILD", "period"])
        .group_by("CHILD", "period")
        .agg(
            start=pl.col("DECOM").min(),
            dob=pl.col("DOB").first(),
            placements=pl.col("RNE").is_in(["S", "P", "B"]).sum(),
        )
        .with_columns(age=(pl.col("start") - pl.col("dob")).dt.total_days() / 365.25)
    )


def test_entry_ages_skew_to_infants_and_teenagers(big: Council) -> None:
    ages = _periods(big)["age"]
    under_1 = (ages < 1).mean()
    five_to_nine = ((ages >= 5) & (ages < 10)).mean() / 5  # per year of age
    teens = ((ages >= 10) & (ages < 18)).mean() / 8
    assert under_1 > 2 * five_to_nine
    assert teens > 1.5 * five_to_nine


def test_teenagers_move_placement_more_than_under_tens(big: Council) -> None:
    p = _periods(big).filter(pl.col("start") <= date(2024, 3, 31))  # a couple of years to move
    teen = p.filter(pl.col("age") >= 13)["placements"]
    young = p.filter(pl.col("age") < 10)["placements"]
    assert (teen >= 3).mean() > (young >= 3).mean()


def test_first_reviews_mostly_on_time_but_not_all(big: Council) -> None:
    reviews = pl.concat([t["Reviews"] for t in big.returns.values()]).unique(["CHILD", "REVIEW"])
    reviews = reviews.with_columns(pl.col("REVIEW").str.to_date("%d/%m/%Y"))
    p = _periods(big).filter(pl.col("start") <= date(2025, 12, 31))
    firsts = (
        p.join(reviews, on="CHILD")
        .filter(pl.col("REVIEW") > pl.col("start"))
        .group_by("CHILD", "period")
        .agg(pl.col("start").first(), first=pl.col("REVIEW").min())
    )
    on_time = [f <= add_working_days(s, 20) for s, f in firsts.select("start", "first").iter_rows()]
    share = sum(on_time) / len(on_time)
    assert 0.8 < share < 0.99


def test_later_reviews_mostly_within_three_then_six_months(big: Council) -> None:
    reviews = (
        big.returns[2026]["Reviews"]
        .with_columns(pl.col("REVIEW").str.to_date("%d/%m/%Y"))
        .with_columns(prev=pl.col("REVIEW").shift(1).over("CHILD"))
        .drop_nulls("prev")
    )
    within_six = [r <= add_months(p, 6) for r, p in reviews.select("REVIEW", "prev").iter_rows()]
    assert 0.8 < sum(within_six) / len(within_six) < 1


def test_missing_episodes_are_mostly_teenagers(big: Council) -> None:
    m = pl.concat([t["Missing"] for t in big.returns.values()]).with_columns(
        pl.col("MIS_START").str.to_date("%d/%m/%Y"), pl.col("DOB").str.to_date("%d/%m/%Y")
    )
    age = (m["MIS_START"] - m["DOB"]).dt.total_days() / 365.25
    assert m.height > 50
    assert (age >= 13).mean() > 0.7
    per_child = m.group_by("CHILD").len()["len"]
    assert per_child.max() > 5 * per_child.median()  # a few children go missing very often


def test_unaccompanied_children_are_mostly_older_boys(big: Council) -> None:
    u = pl.concat([t["UASC"] for t in big.returns.values()]).unique("CHILD")
    assert u.height > 20
    assert u["SEX"].is_in(["1", "M"]).mean() > 0.85


def test_adoptions_are_of_young_children_with_dates_in_order(big: Council) -> None:
    ad1 = pl.concat([t["AD1"] for t in big.returns.values()])
    assert ad1.height > 5
    d = ad1.with_columns(
        pl.col(c).str.to_date("%d/%m/%Y") for c in ("DOB", "DATE_INT", "DATE_MATCH")
    )
    assert (d["DATE_INT"] <= d["DATE_MATCH"]).all()
    ep = all_episodes(big).filter(pl.col("REC").is_in(["E11", "E12"]))
    adopted = d.join(ep.select("CHILD", "DEC"), on="CHILD")
    assert (adopted["DATE_MATCH"] < adopted["DEC"]).all()
    age = (adopted["DEC"] - adopted["DOB"]).dt.total_days() / 365.25
    assert age.median() < 5


def test_most_oc2_health_assessments_up_to_date(big: Council) -> None:
    oc2 = big.returns[2026]["OC2"]
    assert oc2.height > 100
    assert 0.8 < (oc2["HEALTH_ASSESSMENT"] == "1").mean() < 0.97


def test_care_leavers_are_17_to_21_and_in_touch_ones_have_outcomes(big: Council) -> None:
    for year, tables in big.returns.items():
        oc3 = tables["OC3"].with_columns(pl.col("DOB").str.to_date("%d/%m/%Y"))
        # A birthday in April–December falls in the first calendar year of the collection year.
        turning = year - oc3["DOB"].dt.year() - (oc3["DOB"].dt.month() >= 4).cast(pl.Int32)
        assert turning.is_between(17, 21).all()
        assert (oc3.filter(pl.col("IN_TOUCH") == "YES")["ACTIV"] != "0").all()
        assert (oc3.filter(pl.col("IN_TOUCH") != "YES")["ACCOM"] == "0").all()


def test_caseloads_are_realistic(council: Council) -> None:
    as_at = council.as_at
    open_now = [a for a in council.allocations if a.start <= as_at and a.end is None]
    roles = {w.id: w.role for w in council.workers}
    by_worker: dict[str, int] = {}
    for a in open_now:
        by_worker[a.worker] = by_worker.get(a.worker, 0) + 1
    sw = sorted(n for w, n in by_worker.items() if roles[w] == "social_worker")
    iro = sorted(n for w, n in by_worker.items() if roles[w] == "iro")
    assert 10 <= sw[len(sw) // 2] <= 24
    assert 35 <= iro[len(iro) // 2] <= 85
    kinds = {t.kind for t in council.teams}
    assert kinds == {"cla", "leaving_care", "iro", "adoption"}


def test_social_worker_ids_match_the_workforce(council: Council) -> None:
    ids = {w.id for w in council.workers}
    sw = pl.concat([council.returns[y]["SWEpisodes"] for y in (2024, 2025, 2026)])
    assert set(sw["SW_ID"]) <= ids
    assert all(i.startswith("SW") and len(i) == 9 for i in ids)


def test_care_leavers_accommodation_follows_how_they_left(big: Council) -> None:
    oc3 = pl.concat([t["OC3"] for t in big.returns.values()]).filter(pl.col("IN_TOUCH") == "YES")
    # How each young person last left care (a child may have come in twice).
    left = (
        all_episodes(big)
        .filter(pl.col("REC").is_not_null() & (pl.col("REC") != "X1"))
        .sort("CHILD", "DEC")
        .group_by("CHILD")
        .agg(pl.col("REC").last())
    )
    joined = oc3.join(left, on="CHILD")
    former_carers = joined.filter(pl.col("ACCOM").str.starts_with("Z"))
    assert former_carers.height > 10
    assert (former_carers["REC"] == "E17").all()  # only those who stayed put
    home = joined.filter(pl.col("REC").is_in(["E4A", "E13"]))
    assert home["ACCOM"].str.starts_with("B").mean() > 0.5
