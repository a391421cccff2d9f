"""The synthetic council: what `democouncil.generate` returns.

Field names are a contract with the Django loader (careassure's demo-data command), so keep them.
Every value is invented: no real child, worker or council.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import polars as pl


@dataclass
class Team:
    code: str
    name: str
    kind: str  # "cla" | "leaving_care" | "iro" | "adoption"


@dataclass
class Worker:
    id: str  # 903 SW_ID form, e.g. "SW1234567"
    name: str
    role: str  # "social_worker" | "team_manager" | "iro" | "personal_adviser" | "iro_manager"
    team: str  # Team.code


@dataclass
class Allocation:
    child: str
    worker: str
    role: str  # "social_worker" | "iro" | "personal_adviser"
    start: date
    end: date | None


@dataclass
class ChildInfo:
    child: str
    given_name: str
    family_name: str
    restricted: bool  # adoption-sensitive: shown only to people with a reason to see it


@dataclass
class Action:
    text: str
    owner: str | None
    due: date | None
    measure: str | None


@dataclass
class Document:
    id: str
    child: str
    kind: str  # "care_plan" | "pathway_plan" | "pep" | "review" | "oversight" | "supervision"
    date: date
    author: str  # Worker.id
    text: str
    previous_text: str | None = None  # supervision only: the previous session's actions
    contingency: str | None = None  # care_plan: the contingency plan text, None if absent
    permanence: str | None = None  # care_plan: the permanence plan text
    actions: list[Action] = field(default_factory=list)


@dataclass
class Visit:
    child: str
    date: date
    worker: str
    seen_alone: bool


@dataclass
class HealthAssessment:
    child: str
    date: date
    kind: str  # "initial" | "review" | "dental"


@dataclass
class Council:
    name: str
    la_code: str  # the invented 3-digit DfE code (in UPNs)
    ons_code: str  # the ONS code of the real county whose postcodes it borrows (geography.py)
    as_at: date
    # collection END year (2026 = 2025/26) -> 903 table name -> frame in the frame contract
    returns: dict[int, dict[str, pl.DataFrame]]
    teams: list[Team]
    workers: list[Worker]
    allocations: list[Allocation]
    children: list[ChildInfo]
    documents: list[Document]
    visits: list[Visit]
    health_assessments: list[HealthAssessment]
