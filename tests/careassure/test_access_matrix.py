"""The role × page matrix: every URL the project defines, for every persona.

Each app's tests hold an `access.py` with `cases(personas) -> list[AccessCase]`. This test collects
them all, requests each URL as each persona, and checks the status the access rules say. A URL name
with no case fails the test, so a new page cannot ship without its access rules written down.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import Personas

HERE = Path(__file__).parent
# Every persona's name, in the order the fixture declares them: each AccessCase gives all of them.
PERSONAS = [f.name for f in fields(Personas) if f.name != "child"]
# Django's own admin has its own staff-only access control; it is tested separately.
IGNORED_NAMESPACES = {"admin"}
PUBLIC = {"accounts:login", "core:healthz", "core:favicon"}


@dataclass
class AccessCase:
    name: str
    expect: dict[str, int]
    kwargs: dict[str, Any] = field(default_factory=dict)
    method: str = "GET"
    data: dict[str, Any] = field(default_factory=dict)
    query: str = ""


def all_url_names() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list[Any], namespace: str | None) -> None:
        for p in patterns:
            if isinstance(p, URLResolver):
                ns = p.namespace or namespace
                if ns in IGNORED_NAMESPACES:
                    continue
                walk(
                    p.url_patterns,
                    f"{namespace}:{p.namespace}" if namespace and p.namespace else ns,
                )
            elif isinstance(p, URLPattern) and p.name:
                names.add(f"{namespace}:{p.name}" if namespace else p.name)

    walk(get_resolver().url_patterns, None)
    return names


def collect_cases(personas) -> list[AccessCase]:
    cases: list[AccessCase] = []
    for path in sorted(HERE.glob("*/access.py")):
        module = importlib.import_module(f"tests.careassure.{path.parent.name}.access")
        cases.extend(module.cases(personas))
    return cases


def test_every_url_has_an_access_case(personas):
    covered = {c.name for c in collect_cases(personas)} | PUBLIC
    missing = all_url_names() - covered
    assert not missing, f"URLs with no entry in the access matrix: {sorted(missing)}"


def test_role_page_matrix(client, personas):
    results = []
    for case in collect_cases(personas):
        assert set(case.expect) == set(personas.all()), f"{case.name}: give every persona a status"
        url = reverse(case.name, kwargs=case.kwargs) + (f"?{case.query}" if case.query else "")
        for persona, expected in case.expect.items():
            client.force_login(personas.all()[persona])
            response = client.post(url, case.data) if case.method == "POST" else client.get(url)
            results.append((case.name, persona, expected, response.status_code))
            client.logout()
    wrong = [r for r in results if r[2] != r[3]]
    assert not wrong, "name, persona, expected, got:\n" + "\n".join(map(str, wrong))
    assert len(results) >= len(personas.all())


def test_signed_out_visitors_are_sent_to_sign_in(client, personas):
    for case in collect_cases(personas):
        if case.name in PUBLIC:
            continue
        response = client.get(reverse(case.name, kwargs=case.kwargs))
        assert response.status_code == 302, case.name
        assert response["Location"].startswith(reverse("accounts:login")), case.name
