"""Load a synthetic council (from the `democouncil` generator) into the database.

The 903 returns go through the same `return_save` service as a council's own files, so the demo
exercises the real import path. Everything else — teams, workers, allocations, case-file documents —
is written in one transaction. Demo sign-ins are created for each role, with one shared password
that is printed: this is for a local demonstration on synthetic data only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import polars as pl
from django.db import transaction
from django.utils import timezone

import ssda903
from careassure.accounts.models import InspectorGrant, Role, User
from careassure.audit.services import audit_event_record
from careassure.children import models as m
from careassure.dashboard.models import CouncilFigures
from careassure.imports.services import return_save
from careassure.inspections.founding import founding_register_load
from democouncil.model import Council

DEMO_PASSWORD = "careassure-demo"  # noqa: S105 - printed for a local demo on synthetic data


@dataclass
class DemoSummary:
    council: str
    children: int
    years: list[int]
    documents: int
    sign_ins: list[tuple[str, str]] = field(default_factory=list)


@transaction.atomic
def council_load(*, council: Council) -> DemoSummary:
    teams = {t.code: m.Team(code=t.code, name=t.name, kind=t.kind) for t in council.teams}
    m.Team.objects.bulk_create(teams.values())
    workers = {
        w.id: m.Worker(code=w.id, name=w.name, role=w.role, team=teams[w.team])
        for w in council.workers
    }
    m.Worker.objects.bulk_create(workers.values())
    for year, tables in sorted(council.returns.items()):
        ret = ssda903.Return(year=year, tables=tables)
        return_save(ret=ret, actor=None, files=[f"demo council {year}"])
    children = {c.code: c for c in m.Child.objects.all()}
    _name_children(council, children, workers)
    _allocations(council, children, workers)
    documents = _documents(council, children, workers)
    _visits_and_health(council, children, workers)
    sign_ins = _demo_users(workers, children)
    _population(council)
    # The founding report's three assessments, so the register and the Scrutiny Board report
    # have something real-shaped to show; the QA officer owns the improvement actions.
    founding_register_load(actor=None, action_owner=User.objects.get(username="qa"))
    audit_event_record(
        actor=None,
        action="demo_data_load",
        detail={
            "council": council.name,
            "children": len(children),
            "seed_years": len(council.returns),
        },
    )
    return DemoSummary(
        council=council.name,
        children=len(children),
        years=sorted(council.returns),
        documents=documents,
        sign_ins=sign_ins,
    )


def _name_children(council: Council, children: dict, workers: dict) -> None:
    current_sw = {
        a.child: a.worker
        for a in council.allocations
        if a.role == "social_worker" and a.end is None
    }
    latest_sw = {
        a.child: a.worker
        for a in sorted(council.allocations, key=lambda a: a.start)
        if a.role == "social_worker"
    }
    changed = []
    for info in council.children:
        child = children.get(info.child)
        if child is None:
            continue
        child.given_name = info.given_name
        child.family_name = info.family_name
        child.restricted = info.restricted
        worker_id = current_sw.get(info.child) or latest_sw.get(info.child)
        if worker_id:
            child.team_id = workers[worker_id].team_id
        changed.append(child)
    m.Child.objects.bulk_update(changed, ["given_name", "family_name", "restricted", "team"], 2000)


def _allocations(council: Council, children: dict, workers: dict) -> None:
    m.Allocation.objects.bulk_create(
        [
            m.Allocation(
                child=children[a.child],
                worker=workers[a.worker],
                role=a.role,
                start=a.start,
                end=a.end,
            )
            for a in council.allocations
            if a.child in children
        ],
        batch_size=5000,
    )


def _documents(council: Council, children: dict, workers: dict) -> int:
    docs = [d for d in council.documents if d.child in children]
    objs = [
        m.CaseDocument(
            child=children[d.child],
            kind=d.kind,
            date=d.date,
            author=workers.get(d.author),
            text=d.text,
            permanence=d.permanence or "",
            contingency=d.contingency or "",
            previous_text=d.previous_text or "",
            source_ref=d.id,
        )
        for d in docs
    ]
    m.CaseDocument.objects.bulk_create(objs, batch_size=2000)
    by_ref = dict(m.CaseDocument.objects.values_list("source_ref", "pk"))
    m.Action.objects.bulk_create(
        [
            m.Action(
                document_id=by_ref[d.id],
                index=i,
                text=a.text,
                owner=a.owner or "",
                due=a.due,
                measure=a.measure or "",
            )
            for d in docs
            for i, a in enumerate(d.actions)
        ],
        batch_size=5000,
    )
    return len(objs)


def _visits_and_health(council: Council, children: dict, workers: dict) -> None:
    m.Visit.objects.bulk_create(
        [
            m.Visit(
                child=children[v.child],
                date=v.date,
                worker=workers.get(v.worker),
                seen_alone=v.seen_alone,
            )
            for v in council.visits
            if v.child in children
        ],
        batch_size=5000,
    )
    m.HealthAssessment.objects.bulk_create(
        [
            m.HealthAssessment(child=children[h.child], date=h.date, kind=h.kind)
            for h in council.health_assessments
            if h.child in children
        ],
        batch_size=5000,
    )


def _population(council: Council) -> None:
    """A synthetic 0–17 population for rates per 10,000: sized so that the demo council's rate sits
    a little above England's (67 per 10,000 in 2025), as many councils' do."""
    latest = council.returns[max(council.returns)]
    open_episodes = latest["Episodes"].filter(pl.col("DEC").is_null())
    looked_after = open_episodes["CHILD"].n_unique()
    CouncilFigures.objects.create(
        council_name=council.name,
        population_0_17=max(1000, round(looked_after * 10_000 / 75)),
    )


def _busiest(workers: dict, role: str) -> m.Worker | None:
    candidates = [w for w in workers.values() if w.role == role]
    if not candidates:
        return None
    return max(candidates, key=lambda w: (w.allocations.filter(end__isnull=True).count(), w.code))


def _demo_users(workers: dict, children: dict) -> list[tuple[str, str]]:
    social_worker = _busiest(workers, "social_worker")
    manager = next(
        (
            w
            for w in workers.values()
            if w.role == "team_manager" and social_worker and w.team_id == social_worker.team_id
        ),
        None,
    )
    specs = [
        ("sw", Role.SOCIAL_WORKER, social_worker),
        ("manager", Role.TEAM_MANAGER, manager),
        ("iro", Role.IRO, _busiest(workers, "iro")),
        ("qa", Role.QA_OFFICER, None),
        ("leader", Role.SENIOR_LEADER, None),
        ("councillor", Role.COUNCILLOR, None),
        ("inspector", Role.INSPECTOR, None),
        ("admin", Role.ADMINISTRATOR, None),
    ]
    made = []
    for username, role, worker in specs:
        first, _, last = (worker.name if worker else f"Demo {role.label}").partition(" ")
        user = User(
            username=username,
            role=role,
            worker=worker,
            first_name=first,
            last_name=last,
            is_staff=role == Role.ADMINISTRATOR,
            is_superuser=role == Role.ADMINISTRATOR,
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
        made.append((username, role.label))
        if role == Role.INSPECTOR:
            expires = timezone.now() + timedelta(days=7)
            sample = m.Child.objects.filter(in_care=True, restricted=False).order_by("code")[:10]
            InspectorGrant.objects.bulk_create(
                [InspectorGrant(inspector=user, child=c, expires_at=expires) for c in sample]
            )
    return made
