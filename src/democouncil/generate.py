"""`generate`: a whole synthetic council, reproducible from a seed."""

from __future__ import annotations

from datetime import date

import numpy as np
import polars as pl

from democouncil import events, identity, outcomes
from democouncil.episodes import build_episodes
from democouncil.geography import ONS_CODE, home_postcodes
from democouncil.model import ChildInfo, Council
from democouncil.names import ETHNIC_GROUP, council_name, person_names
from democouncil.population import care_leavers, draw_population
from democouncil.returns import History, build_returns
from democouncil.timeline import add_years, age_years, collection_year, day
from democouncil.workforce import (
    Workforce,
    allocations,
    assign_social_workers,
    build_workforce,
    to_allocations,
)
from ssda903.tables import check_year

# Independent random streams, so that (for example) skipping the case file leaves the 903
# returns byte-for-byte the same for a given seed.
STREAMS = (
    "council",
    "population",
    "episodes",
    "events",
    "returns",
    "workforce",
    "names",
    "casefile",
    "leavers",
)


def generate(
    children: int, years: int, seed: int, as_at: date = date(2026, 3, 31), casefile: bool = True
) -> Council:
    """A synthetic council with `children` distinct children (looked after, or care leavers
    aged 17–21, at some point in the `years` collection years ending with as_at's year)."""
    if children < 1 or years < 1:
        raise ValueError("children and years must be at least 1")
    rng = _streams(seed)
    at = day(as_at)
    year_list = _collection_years(at, years)
    window_start = day(date(year_list[0] - 1, 4, 1))
    name, la_code = council_name(rng["council"])
    la_urn = f"SC{int(rng['council'].integers(100_000, 1_000_000)):06d}"

    history, wf = _simulate(rng, children, window_start, at, la_code, la_urn)
    returns = build_returns(rng["returns"], history, year_list, at, la_code)
    child_of = dict(zip(history.children["cid"], history.children["child"], strict=True))
    alloc = allocations(
        rng["workforce"], history.sw, history.periods, history.leavers, wf, window_start, at
    ).with_columns(child=pl.col("cid").replace_strict(child_of, return_dtype=pl.String))
    council = Council(
        name=name,
        la_code=la_code,
        ons_code=ONS_CODE,
        as_at=as_at,
        returns=returns,
        teams=wf.teams,
        workers=wf.workers,
        allocations=to_allocations(alloc),
        children=_child_info(rng["names"], history.children, history.periods),
        documents=[],
        visits=[],
        health_assessments=[],
    )
    if casefile:
        from democouncil.casefile import build_casefile

        build_casefile(rng["casefile"], council, history, wf, alloc, window_start, at)
    return council


def _streams(seed: int) -> dict[str, np.random.Generator]:
    seeds = np.random.SeedSequence(seed).spawn(len(STREAMS))
    return {name: np.random.default_rng(s) for name, s in zip(STREAMS, seeds, strict=True)}


def _collection_years(at: np.datetime64, years: int) -> list[int]:
    """The `years` collection (end) years up to the one containing `at`, checked as supported."""
    last = int(collection_year(np.array([at]))[0])
    year_list = list(range(last - years + 1, last + 1))
    for y in year_list:
        check_year(y)
    return year_list


def _simulate(
    rng: dict[str, np.random.Generator],
    n: int,
    window_start: np.datetime64,
    at: np.datetime64,
    la_code: str,
    la_urn: str,
) -> tuple[History, Workforce]:
    """Everything that happened to the children, and the workforce sized to hold it."""
    pop = draw_population(rng["population"], n, window_start, at)
    kids = _identities(rng["population"], pop.children, la_code)
    # Joins do not promise row order and draws are made row by row, so sort after each join.
    periods = pop.periods.join(kids.select("cid", "dob", "uasc", "unstable"), on="cid").sort(
        "cid", "seq"
    )
    episodes = build_episodes(rng["episodes"], pop.periods, kids, la_urn)
    episodes = episodes.join(kids.select("cid", "dob"), on="cid").sort("cid", "decom")
    episodes = episodes.with_columns(
        age=pl.Series(age_years(episodes["dob"].to_numpy(), episodes["decom"].to_numpy()))
    )
    leavers = _leavers(rng["leavers"], pop.children, pop.periods, episodes)
    ev = rng["events"]
    sw = events.social_worker_changes(ev, periods)
    wf = build_workforce(
        rng["workforce"],
        cla=_open_at(periods, "start", at),
        adoption=_open_at(periods.filter(pl.col("adm") <= at), "start", at),
        leavers=_leavers_open(leavers, at),
    )
    history = History(
        children=kids,
        periods=periods,
        episodes=episodes,
        reviews=events.reviews(ev, periods, at),
        missing=events.end_by_next_episode(events.missing(ev, periods, at), episodes, at),
        sw=assign_social_workers(rng["workforce"], sw, wf),
        leavers=leavers,
        dolo=events.deprivation_of_liberty(ev, episodes),
    )
    return history, wf


def _leavers(
    rng: np.random.Generator, children: pl.DataFrame, periods: pl.DataFrame, episodes: pl.DataFrame
) -> pl.DataFrame:
    """Care leavers with when they first came in, when and how they last left, and the rare
    death after leaving (drawn once per young person)."""
    leavers = (
        care_leavers(children, periods)
        .join(
            periods.group_by("cid").agg(
                first_start=pl.col("start").min(), last_end=pl.col("end").max()
            ),
            on="cid",
        )
        # How care last ended, as the returns record it (episodes.py may turn E17 into E5).
        .join(
            episodes.group_by("cid").agg(last_rec=pl.col("rec").sort_by("decom").last()),
            on="cid",
        )
        .sort("cid")
    )
    return leavers.with_columns(died_age=outcomes.leaver_deaths(rng, leavers.height))


def _identities(rng: np.random.Generator, children: pl.DataFrame, la_code: str) -> pl.DataFrame:
    n = children.height
    return children.with_columns(
        child=pl.Series(identity.child_ids(rng, n), dtype=pl.String),
        upn=pl.Series(identity.upns(rng, n, la_code), dtype=pl.String),
        # Unaccompanied children have no home in England to record (rules 392b, 406).
        home_post=pl.Series(home_postcodes(rng, n), dtype=pl.String).zip_with(
            ~children["uasc"], pl.Series([None] * n, dtype=pl.String)
        ),
        mc_dob=identity.mothers(rng, children),
        # A third of unaccompanied children never attended a school in England (UPN UN2).
        no_school=pl.Series(children["uasc"].to_numpy() & (rng.random(n) < 0.3)),
    )


def _open_at(periods: pl.DataFrame, start: str, at: np.datetime64) -> int:
    return periods.filter((pl.col(start) <= at) & (pl.col("end") > at)).height


def _leavers_open(leavers: pl.DataFrame, at: np.datetime64) -> int:
    dob = leavers["dob"].to_numpy()
    return int(((add_years(dob, 16) <= at) & (add_years(dob, 21) > at)).sum())


def _child_info(
    rng: np.random.Generator, kids: pl.DataFrame, periods: pl.DataFrame
) -> list[ChildInfo]:
    groups = [ETHNIC_GROUP[e] for e in kids["ethnic"].to_list()]
    names = person_names(rng, kids["sex"].to_list(), groups)
    adoption = set(periods.filter(pl.col("adm").is_not_null())["cid"].to_list())
    # A few records are restricted: some adopted or adoption-track children (whose new identity
    # must be protected) and the odd child for other safety reasons.
    u = rng.random(kids.height)
    return [
        ChildInfo(
            child=c,
            given_name=g,
            family_name=f,
            restricted=bool((cid in adoption and x < 0.3) or x < 0.005),
        )
        for c, cid, (g, f), x in zip(
            kids["child"].to_list(), kids["cid"].to_list(), names, u, strict=True
        )
    ]
