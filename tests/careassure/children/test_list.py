"""The children list: search, filters, sorting, paging and exports of exactly what is filtered."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from careassure.audit.models import AuditEvent
from careassure.children.forms import SEARCH_SESSION_KEY, years_before
from tests.factories import ChildFactory, TeamFactory


def born_aged(years: int) -> date:
    """A date of birth that makes a child `years` old today (birthday a month ago)."""
    today = timezone.localdate()
    return (
        years_before(today, years).replace(day=1) if today.day > 1 else years_before(today, years)
    )


@pytest.fixture
def caseload(personas):
    """Children of several kinds in the persona's team, and one child in another team."""
    team = personas.child.team
    other = TeamFactory(code="CLA2")
    return {
        "baby": ChildFactory(team=team, given_name="Ada", family_name="Brook", dob=born_aged(0)),
        "teen": ChildFactory(
            team=team,
            given_name="Ben",
            family_name="Cole",
            dob=born_aged(16),
            current_legal_status="V2",
            current_placement="K2",
        ),
        "leaver": ChildFactory(
            team=team,
            given_name="Cara",
            family_name="Dale",
            dob=born_aged(19),
            in_care=False,
            care_leaver=True,
            current_legal_status="",
            current_placement="",
        ),
        "elsewhere": ChildFactory(team=other, given_name="Dan", family_name="Eve", code="999001"),
    }


def listed(client, query: str = "") -> list[str]:
    response = client.get(reverse("children:list") + (f"?{query}" if query else ""))
    assert response.status_code == 200
    return [child.code for child in response.context["page"].object_list]


def test_a_social_worker_lists_only_their_teams_children(client, personas, caseload):
    client.force_login(personas.social_worker)
    codes = listed(client)
    assert caseload["elsewhere"].code not in codes
    assert {caseload["baby"].code, caseload["teen"].code, personas.child.code} <= set(codes)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("legal_status=V2", {"teen"}),
        ("placement=K2", {"teen"}),
        ("age=under-1", {"baby"}),
        ("age=16-17", {"teen"}),
        ("age=18-plus", {"leaver"}),
        ("status=care-leaver", {"leaver"}),
    ],
)
def test_each_filter_narrows_the_list(client, personas, caseload, query, expected):
    client.force_login(personas.qa_officer)
    assert set(listed(client, query)) == {caseload[k].code for k in expected}


def test_team_filter_and_in_care_filter(client, personas, caseload):
    client.force_login(personas.qa_officer)
    codes = listed(client, f"team={caseload['elsewhere'].team_id}")
    assert codes == [caseload["elsewhere"].code]
    assert caseload["leaver"].code not in listed(client, "status=in-care")


def test_sorting_by_age_puts_the_youngest_first(client, personas, caseload):
    client.force_login(personas.qa_officer)
    codes = listed(client, "sort=age")
    assert codes[0] == caseload["baby"].code
    assert codes[-1] == caseload["leaver"].code


def test_search_keeps_the_term_out_of_every_url(client, personas, caseload):
    client.force_login(personas.qa_officer)
    response = client.post(reverse("children:search"), {"q": "ben col", "status": "in-care"})
    assert response.status_code == 302
    assert "ben" not in response["Location"].lower()
    assert response["Location"].endswith("?status=in-care")
    assert client.session[SEARCH_SESSION_KEY] == "ben col"
    assert listed(client, "status=in-care") == [caseload["teen"].code]
    page = client.get(reverse("children:list")).content.decode()
    assert "ben col" in page  # shown in the page, for the person searching
    client.post(reverse("children:search"), {"q": ""})
    assert len(listed(client)) == 5


def test_search_by_903_child_id(client, personas, caseload):
    client.force_login(personas.qa_officer)
    client.post(reverse("children:search"), {"q": "999001"})
    assert listed(client) == ["999001"]


def test_the_list_pages_in_25s(client, personas):
    ChildFactory.create_batch(30, team=personas.child.team)
    client.force_login(personas.social_worker)
    assert len(listed(client)) == 25
    assert len(listed(client, "page=2")) == 6
    page = client.get(reverse("children:list")).content.decode()
    assert 'class="govuk-pagination"' in page and "page=2" in page


def test_csv_export_is_exactly_the_filtered_list_and_is_logged(client, personas, caseload):
    client.force_login(personas.qa_officer)
    client.post(reverse("children:search"), {"q": "e"})  # Ben Cole, Cara Dale, Dan Eve, …
    on_screen = listed(client, "status=in-care&sort=id")
    response = client.get(reverse("children:export", args=["csv"]) + "?status=in-care&sort=id")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="children-')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["careassure id", "903 CHILD id"]
    assert [r[1] for r in rows[1:]] == on_screen
    event = AuditEvent.objects.get(action="export_children")
    assert event.actor == personas.qa_officer
    assert event.detail == {
        "format": "csv",
        "rows": len(on_screen),
        "filter": {"status": "in-care", "sort": "id"},
        "search": "e",
    }


def test_xlsx_export_has_the_same_rows(client, personas, caseload):
    client.force_login(personas.social_worker)
    response = client.get(reverse("children:export", args=["xlsx"]) + "?age=16-17")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert [row[1] for row in values[1:]] == [caseload["teen"].code]
    assert values[1][9:11] == ("V2", "Single period of accommodation under section 20")
    assert AuditEvent.objects.get(action="export_children").detail["rows"] == 1


def test_an_export_never_includes_hidden_children(client, personas, caseload):
    client.force_login(personas.other_team_worker)
    response = client.get(reverse("children:export", args=["csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r[1] for r in rows[1:]] == ["999001"]


def test_unknown_export_format_is_404(client, personas):
    client.force_login(personas.qa_officer)
    assert client.get(reverse("children:export", args=["pdf"])).status_code == 404


def test_a_name_that_looks_like_a_formula_is_neutralised(client, personas):
    ChildFactory(team=personas.child.team, given_name="=HYPERLINK(1)", code="555")
    client.force_login(personas.qa_officer)
    response = client.get(reverse("children:export", args=["csv"]) + "?sort=id")
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")
