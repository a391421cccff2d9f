"""Teams, staff, and who is allocated to which child.

Sized from the caseload at the as-at date so that social workers hold around 15–20 children,
IROs 50–70 and personal advisers around 20 (local caseload standards; docs/demo-data.md), with
about nine social workers and a manager per team.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import polars as pl

from democouncil.model import Allocation, Team, Worker
from democouncil.names import worker_names
from democouncil.timeline import add_years

SW_CASELOAD, IRO_CASELOAD, PA_CASELOAD = 17, 60, 20
TEAM_SIZE = 9
AREAS = ("North", "South", "East", "West", "Central", "Riverside", "Hillside", "Valley")


@dataclass
class Workforce:
    teams: list[Team]
    workers: list[Worker]
    pools: dict[str, list[str]]  # "cla" | "adoption" | "iro" | "pa" -> worker ids
    managers: dict[str, str]  # team code -> manager id


def build_workforce(rng: np.random.Generator, cla: int, adoption: int, leavers: int) -> Workforce:
    n_sw = max(3, round(cla / SW_CASELOAD))
    n_teams = max(1, -(-n_sw // TEAM_SIZE))
    plan: list[tuple[str, str, str, int, str]] = []  # code, name, kind, staff, staff role
    for i in range(n_teams):
        area = AREAS[i] if i < len(AREAS) else f"Area {i + 1}"
        size = n_sw // n_teams + (1 if i < n_sw % n_teams else 0)
        plan.append(
            (f"CLA{i + 1}", f"Children in Care Team – {area}", "cla", size, "social_worker")
        )
    plan.append(
        (
            "ADOPT",
            "Adoption and Permanence Team",
            "adoption",
            max(1, round(adoption / 12)),
            "social_worker",
        )
    )
    plan.append(
        (
            "LC",
            "Leaving Care Team",
            "leaving_care",
            max(1, round(leavers / PA_CASELOAD)),
            "personal_adviser",
        )
    )
    plan.append(
        ("IRO", "Independent Reviewing Service", "iro", max(1, round(cla / IRO_CASELOAD)), "iro")
    )
    total = sum(size + 1 for *_, size, _ in plan)
    ids = _worker_ids(rng, total)
    names = worker_names(rng, total)
    teams, workers = [], []
    pools: dict[str, list[str]] = {"cla": [], "adoption": [], "iro": [], "pa": []}
    managers: dict[str, str] = {}
    pool_of = {"cla": "cla", "adoption": "adoption", "leaving_care": "pa", "iro": "iro"}
    k = 0
    for code, name, kind, size, role in plan:
        teams.append(Team(code=code, name=name, kind=kind))
        manager_role = "iro_manager" if kind == "iro" else "team_manager"
        workers.append(Worker(id=ids[k], name=names[k], role=manager_role, team=code))
        managers[code] = ids[k]
        k += 1
        for _ in range(size):
            workers.append(Worker(id=ids[k], name=names[k], role=role, team=code))
            pools[pool_of[kind]].append(ids[k])
            k += 1
    return Workforce(teams, workers, pools, managers)


def _worker_ids(rng: np.random.Generator, n: int) -> list[str]:
    # SW_ID must start "SW" (SWEpisodes); seven digits like a Social Work England number.
    return [f"SW{x:07d}" for x in rng.choice(9_000_000, n, replace=False) + 1_000_000]


def assign_social_workers(
    rng: np.random.Generator, sw: pl.DataFrame, wf: Workforce
) -> pl.DataFrame:
    cla, adopt = np.array(wf.pools["cla"]), np.array(wf.pools["adoption"])
    pick_cla = cla[rng.integers(0, len(cla), sw.height)]
    pick_adopt = adopt[rng.integers(0, len(adopt), sw.height)]
    return sw.with_columns(
        sw_id=pl.Series(np.where(sw["adoption"].to_numpy(), pick_adopt, pick_cla), dtype=pl.String)
    )


def allocations(
    rng: np.random.Generator,
    sw: pl.DataFrame,
    periods: pl.DataFrame,
    leavers: pl.DataFrame,
    wf: Workforce,
    window_start: np.datetime64,
    as_at: np.datetime64,
) -> pl.DataFrame:
    """(child, worker, role, start, end) for social workers, IROs and personal advisers."""
    sws = sw.select("cid", worker="sw_id", role=pl.lit("social_worker"), start="start", end="end")
    iro = _changing(rng, periods.select("cid", "start", "end"), wf.pools["iro"], 0.2, "iro")
    b16 = add_years(leavers["dob"].to_numpy(), 16)
    pa_start = np.maximum(b16, leavers["first_start"].to_numpy()) + rng.integers(
        0, 90, leavers.height
    )
    pa_span = pl.DataFrame(
        {"cid": leavers["cid"], "start": pa_start, "end": add_years(leavers["dob"].to_numpy(), 21)}
    )
    pa = _changing(rng, pa_span, wf.pools["pa"], 0.3, "personal_adviser")
    out = pl.concat([sws, iro, pa]).filter(
        (pl.col("start") <= as_at) & (pl.col("end") >= window_start)
    )
    return out.with_columns(end=pl.when(pl.col("end") <= as_at).then("end")).sort(
        "cid", "start", "role", "worker"
    )


def _changing(
    rng: np.random.Generator, spans: pl.DataFrame, pool: list[str], p_change: float, role: str
) -> pl.DataFrame:
    """One worker per span, replaced part-way through with probability `p_change`."""
    n = spans.height
    start, end = spans["start"].to_numpy(), spans["end"].to_numpy()
    length = np.maximum((end - start).astype(np.int64), 2)
    mid = start + 1 + (rng.random(n) * (length - 1)).astype(np.int64)
    change = rng.random(n) < p_change
    ids = np.array(pool)
    first = ids[rng.integers(0, len(ids), n)]
    second = ids[rng.integers(0, len(ids), n)]
    a = pl.DataFrame(
        {"cid": spans["cid"], "worker": first, "start": start, "end": np.where(change, mid, end)}
    )
    b = pl.DataFrame({"cid": spans["cid"], "worker": second, "start": mid, "end": end}).filter(
        pl.Series(change)
    )
    return (
        pl.concat([a, b])
        .with_columns(role=pl.lit(role))
        .select("cid", "worker", "role", "start", "end")
    )


def to_allocations(frame: pl.DataFrame) -> list[Allocation]:
    return [
        Allocation(child=c, worker=w, role=r, start=s, end=e)
        for c, w, r, s, e in frame.select("child", "worker", "role", "start", "end").iter_rows()
    ]


def as_date(d: np.datetime64) -> date:
    return d.astype("datetime64[D]").item()
