"""Case-file records for a synthetic council: plans, reviews, PEPs, pathway plans, management
oversight, supervision, visits and health assessments over the last CASEFILE_MONTHS.

Timing follows the statutory timescales (shared/domain/README.md §2) with some slippage; the
quality of each record depends on its author (docs/demo-data.md).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

import numpy as np
import polars as pl

from democouncil.casefile import records
from democouncil.casefile.records import Writer
from democouncil.casefile.schedule import ChildCase, visits_and_health
from democouncil.model import Council, Document
from democouncil.names import FAMILY, place_names
from democouncil.returns import History
from democouncil.workforce import Workforce

CASEFILE_MONTHS = 24
PLACES = place_names()
SCHOOL_KINDS = {  # by age in the case-file window
    "primary": ("Primary School", "Church of England Primary", "Primary Academy", "Infant School"),
    "secondary": ("Academy", "High School", "Community College", "School"),
    "college": ("College", "Sixth Form College", "College of Further Education"),
}


def build_casefile(
    rng: np.random.Generator,
    council: Council,
    h: History,
    wf: Workforce,
    alloc: pl.DataFrame,
    window_start: np.datetime64,
    at: np.datetime64,
) -> None:
    """Fill council.documents, council.visits and council.health_assessments."""
    # Python's Random is used for the wording (many small draws); seeded from the numpy stream.
    r = random.Random(int(rng.integers(2**62)))  # noqa: S311 - synthetic data, not security
    as_at = at.item()
    start = max(window_start.item(), as_at - timedelta(days=CASEFILE_MONTHS * 365 // 12))
    quality = {w.id: r.betavariate(2.5, 1.8) for w in council.workers}
    team_of = {w.id: w.team for w in council.workers}
    name_of = {w.id: w.name for w in council.workers}
    info = {c.child: c for c in council.children}
    staff = _staff_by_child(alloc)
    reviews = _by_child(
        h.reviews.join(h.children.select("cid", "child"), on="cid").sort("child", "review"), "child"
    )
    kids = {row["cid"]: row for row in h.children.iter_rows(named=True)}
    counter = iter(range(1, 10**9))
    # Placement moves (for the visit within a week of any new placement, CPPCR reg 28).
    moves: dict[str, list[date]] = defaultdict(list)
    moved = h.episodes.filter(pl.col("rne").is_in(["P", "B"]) & (pl.col("decom") >= start))
    for cid, when in moved.select("cid", "decom").iter_rows():
        moves[kids[cid]["child"]].append(when)

    def new_id() -> str:
        return f"D{next(counter):07d}"

    periods = h.periods.filter((pl.col("start") <= as_at) & (pl.col("end") >= start))
    for p in periods.sort("cid", "seq").iter_rows(named=True):
        kid = kids[p["cid"]]
        child = kid["child"]
        case = ChildCase(
            child, kid["dob"], p["start"], min(p["end"], as_at), start, staff.get(child, {}), r
        )
        ctx = _context(r, info[child].given_name, kid["sex"], p["start"], council.name)
        ctx["school"] = _school(r, case.age(max(case.start, start)))
        w = Writer(r, ctx, uasc=kid["uasc"])
        docs = _period_documents(w, case, p["route"], reviews.get(child, []), quality, new_id)
        docs += _management(w, case, quality, team_of, wf.managers, name_of, new_id)
        council.documents.extend(docs)
        v, ha = visits_and_health(case, quality, moves.get(child, []))
        council.visits.extend(v)
        council.health_assessments.extend(ha)
    council.documents.extend(_leaver_plans(r, h, council, staff, start, as_at, quality, new_id))


def _staff_by_child(
    alloc: pl.DataFrame,
) -> dict[str, dict[str, list[tuple[date, date | None, str]]]]:
    out: dict[str, dict[str, list[tuple[date, date | None, str]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for child, worker, role, s, e in alloc.select(
        "child", "worker", "role", "start", "end"
    ).iter_rows():
        out[child][role].append((s, e, worker))
    return out


def _by_child(frame: pl.DataFrame, key: str) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in frame.iter_rows(named=True):
        out[row[key]].append(row)
    return out


def _context(r: random.Random, given: str, sex: str, entered: date, council: str) -> dict[str, str]:
    he, his, him = ("he", "his", "him") if sex == "M" else ("she", "her", "her")
    carer_family = r.choice(FAMILY[r.choice(("white", "white", "south_asian", "black", "mixed"))])
    carer = r.choice(
        (f"Mr and Mrs {carer_family}", f"Ms {carer_family}", f"the {carer_family} family")
    )
    return {
        "name": given,
        "he": he,
        "his": his,
        "him": him,
        "He": he.capitalize(),
        "His": his.capitalize(),
        "carer": carer,
        "school": "",  # set by the caller from the child's age
        "area": council.split()[0],
        "month": f"{entered:%B %Y}",
    }


def _school(r: random.Random, age: int) -> str:
    kind = "primary" if age < 11 else "secondary" if age < 16 else "college"
    return f"{r.choice(PLACES)} {r.choice(SCHOOL_KINDS[kind])}"


def _period_documents(
    w: Writer,
    case: ChildCase,
    route: str,
    reviews: list[dict[str, object]],
    quality: dict[str, float],
    new_id: Callable[[], str],
) -> list[Document]:
    make_id = new_id
    r, docs = w.r, []
    # (date, settled): a plan written after the second review should have a permanence plan.
    plan_days = [(case.start + timedelta(days=r.randint(2, 16)), False)]
    for rv in reviews:
        when = rv["review"]
        assert isinstance(when, date)
        if case.start <= when <= case.end:
            settled = int(str(rv["number"])) >= 1  # 0-based: 1 is the second review
            plan_days.append((when + timedelta(days=r.randint(1, 20)), settled))
            iro = case.worker("iro", when)
            if iro and when >= case.window:
                code = str(rv["code"])
                docs.append(
                    records.review_record(
                        w, make_id(), case.child, when, iro, quality[iro], code, case.age(when)
                    )
                )
    for when, settled in plan_days:
        sw = case.worker("social_worker", when)
        if sw and case.window <= when <= case.end:
            docs.append(
                records.care_plan(
                    w, make_id(), case.child, when, sw, quality[sw], route, case.age(when), settled
                )
            )
    for when in case.termly(case.start):
        sw = case.worker("social_worker", when)
        if sw and 4 <= case.age(when) <= 17:
            docs.append(
                records.pep(w, make_id(), case.child, when, sw, quality[sw], case.age(when))
            )
    for when in case.six_monthly(case.birthday(16)):
        sw = case.worker("social_worker", when)
        if sw:
            docs.append(
                records.pathway_plan(
                    w, make_id(), case.child, when, sw, quality[sw], case.age(when)
                )
            )
    return docs


def _management(
    w: Writer,
    case: ChildCase,
    quality: dict[str, float],
    team_of: dict[str, str],
    managers: dict[str, str],
    name_of: dict[str, str],
    new_id: Callable[[], str],
) -> list[Document]:
    r, docs = w.r, []
    day = case.start + timedelta(days=r.randint(5, 40))
    previous = None
    while day <= case.end:
        sw = case.worker("social_worker", day)
        if sw and day >= case.window:
            boss = managers[team_of[sw]]
            if r.random() < 0.45:
                docs.append(records.oversight(w, new_id(), case.child, day, boss, quality[boss]))
            rec = records.supervision(
                w,
                new_id(),
                case.child,
                day,
                boss,
                quality[boss],
                name_of[sw],
                previous,
                case.age(day),
            )
            docs.append(rec)
            previous = rec.actions
        day += timedelta(days=r.randint(28, 70))
    return docs


def _leaver_plans(
    r: random.Random,
    h: History,
    council: Council,
    staff: dict[str, dict[str, list[tuple[date, date | None, str]]]],
    start: date,
    as_at: date,
    quality: dict[str, float],
    new_id: Callable[[], str],
) -> list[Document]:
    """Pathway plans written by personal advisers for care leavers who have left care."""
    info = {c.child: c for c in council.children}
    left = h.leavers.join(h.children.select("cid", "child", "sex", "uasc"), on="cid")
    docs: list[Document] = []
    for row in left.sort("cid").iter_rows(named=True):
        child = row["child"]
        case = ChildCase(child, row["dob"], row["last_end"], as_at, start, staff.get(child, {}), r)
        ctx = _context(r, info[child].given_name, row["sex"], row["first_start"], council.name)
        ctx["school"] = _school(r, 17)
        w = Writer(r, ctx, uasc=row["uasc"])
        for when in case.six_monthly(row["last_end"]):
            pa = case.worker("personal_adviser", when)
            if pa and case.age(when) < 21:
                docs.append(
                    records.pathway_plan(w, new_id(), child, when, pa, quality[pa], case.age(when))
                )
    return docs
