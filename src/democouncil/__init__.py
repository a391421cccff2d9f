"""democouncil: a reproducible synthetic council for demonstrations, tests and benchmarks.

`generate(children, years, seed)` returns a `Council`: 903 returns for each collection year (in
the frame contract of docs/decisions/0001-layout.md), teams, workers, allocations and case-file
records of varied quality. Everything is invented; see docs/demo-data.md for every distribution.
Pure Python + numpy + Polars: never imports Django or careassure.
"""

from democouncil.generate import generate
from democouncil.model import (
    Action,
    Allocation,
    ChildInfo,
    Council,
    Document,
    HealthAssessment,
    Team,
    Visit,
    Worker,
)

__all__ = [
    "Action",
    "Allocation",
    "ChildInfo",
    "Council",
    "Document",
    "HealthAssessment",
    "Team",
    "Visit",
    "Worker",
    "generate",
]
