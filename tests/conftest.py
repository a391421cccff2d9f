"""Personas shared by every test: the people a child's record must open (or stay shut) for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
from django.utils import timezone

if TYPE_CHECKING:
    from careassure.accounts.models import User
    from careassure.children.models import Child

# Django models are imported inside the fixtures, so the pure libraries' tests run without Django
# (`pytest -p no:django tests/ssda903`).


@dataclass
class Personas:
    child: Child
    social_worker: User
    team_manager: User
    other_team_worker: User
    iro: User
    qa_officer: User
    senior_leader: User
    councillor: User
    administrator: User
    inspector_granted: User
    inspector_no_grant: User
    inspector_expired: User

    def all(self) -> dict[str, User]:
        from careassure.accounts.models import User

        return {k: v for k, v in vars(self).items() if isinstance(v, User)}


def _user_with_worker(role: str, worker_role: str, team: Any) -> User:
    from tests.factories import UserFactory, WorkerFactory

    worker = WorkerFactory(role=worker_role, team=team)
    return UserFactory(role=role, worker=worker, username=f"{role}-{worker.code}".lower())


@pytest.fixture
def personas(db: Any) -> Personas:
    from careassure.accounts.models import Role
    from careassure.children.models import Allocation, Worker
    from tests.factories import (
        AllocationFactory,
        ChildFactory,
        InspectorGrantFactory,
        TeamFactory,
        UserFactory,
    )

    team = TeamFactory(code="CLA1", name="Children in care team 1")
    other_team = TeamFactory(code="CLA2", name="Children in care team 2")
    iro_team = TeamFactory(code="IRO", name="Independent reviewing service", kind="iro")
    child = ChildFactory(team=team)
    social_worker = _user_with_worker(Role.SOCIAL_WORKER, Worker.Role.SOCIAL_WORKER, team)
    team_manager = _user_with_worker(Role.TEAM_MANAGER, Worker.Role.TEAM_MANAGER, team)
    other = _user_with_worker(Role.SOCIAL_WORKER, Worker.Role.SOCIAL_WORKER, other_team)
    iro = _user_with_worker(Role.IRO, Worker.Role.IRO, iro_team)
    AllocationFactory(child=child, worker=social_worker.worker, role=Allocation.Role.SOCIAL_WORKER)
    AllocationFactory(child=child, worker=iro.worker, role=Allocation.Role.IRO)
    granted = UserFactory(role=Role.INSPECTOR, username="inspector-granted")
    InspectorGrantFactory(inspector=granted, child=child)
    expired = UserFactory(role=Role.INSPECTOR, username="inspector-expired")
    InspectorGrantFactory(
        inspector=expired, child=child, expires_at=timezone.now() - timedelta(minutes=1)
    )
    return Personas(
        child=child,
        social_worker=social_worker,
        team_manager=team_manager,
        other_team_worker=other,
        iro=iro,
        qa_officer=UserFactory(role=Role.QA_OFFICER, username="qa"),
        senior_leader=UserFactory(role=Role.SENIOR_LEADER, username="senior"),
        councillor=UserFactory(role=Role.COUNCILLOR, username="councillor"),
        administrator=UserFactory(role=Role.ADMINISTRATOR, username="admin", is_staff=True),
        inspector_granted=granted,
        inspector_no_grant=UserFactory(role=Role.INSPECTOR, username="inspector-none"),
        inspector_expired=expired,
    )
