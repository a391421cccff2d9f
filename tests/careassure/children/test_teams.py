"""Teams and caseloads: children allocated to each worker now, within what a person may see."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from careassure.children.models import Allocation
from tests.factories import AllocationFactory, ChildFactory, WorkerFactory


def test_caseloads_count_open_allocations_only(client, personas):
    worker = personas.social_worker.worker
    for child in ChildFactory.create_batch(3, team=worker.team):
        AllocationFactory(child=child, worker=worker)
    AllocationFactory(worker=worker, end=date(2024, 1, 1))  # ended: not counted
    idle = WorkerFactory(team=worker.team)
    client.force_login(personas.team_manager)
    response = client.get(reverse("children:team_detail", args=[worker.team_id]))
    caseloads = {w.pk: w.caseload for w in response.context["workers"]}
    assert caseloads[worker.pk] == 4  # three new children and personas.child
    assert caseloads[idle.pk] == 0


def test_a_social_worker_sees_only_their_own_team(client, personas):
    client.force_login(personas.social_worker)
    response = client.get(reverse("children:teams"))
    assert [t.pk for t in response.context["teams"]] == [personas.child.team_id]
    other_team = personas.other_team_worker.worker.team_id
    assert client.get(reverse("children:team_detail", args=[other_team])).status_code == 404


def test_a_senior_leader_sees_every_team_with_its_totals(client, personas):
    client.force_login(personas.senior_leader)
    teams = {t.name: t for t in client.get(reverse("children:teams")).context["teams"]}
    assert teams["Children in care team 1"].allocated == 1
    assert teams["Independent reviewing service"].allocated == 1
    assert Allocation.objects.count() == 2


def test_home_page_tells_a_worker_about_their_caseload(client, personas):
    client.force_login(personas.social_worker)
    html = client.get(reverse("core:home")).content.decode()
    assert "You have 1 child allocated to you" in html
