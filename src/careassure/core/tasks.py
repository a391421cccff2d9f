"""What a person has to do, for the home page. Each capability registers a provider here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Task:
    text: str
    url: str


TaskProvider = Callable[[Any], list[Task]]
_PROVIDERS: list[TaskProvider] = []


def register(provider: TaskProvider) -> TaskProvider:
    _PROVIDERS.append(provider)
    return provider


def tasks_for(user: Any) -> list[Task]:
    return [task for provider in _PROVIDERS for task in provider(user)]
