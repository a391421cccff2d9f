"""Journeys through the case record in a real browser, each page checked by axe (WCAG 2.2 AA).

Sign in, find a child, open the record; filter the list and download it; import a 903 return; read
the access log. These are the few end-to-end tests; the rules are tested without a browser.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from careassure.audit.models import AuditEvent
from careassure.children.models import EpisodesRow, ReturnYear, ReviewsRow
from careassure.imports.models import ImportRun
from tests.browser.conftest import assert_accessible, assert_styled, sign_in
from tests.factories import ActionFactory, CaseDocumentFactory, ChildFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
    pytest.mark.xdist_group("browser"),
]

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n800001,1,01/02/2010,WBRI,UN1,,\n"
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
    "800001,01/06/2017,S,C2,N1,U4,PR1,,,,,,\n"
)


def test_a_social_worker_signs_in_finds_a_child_and_opens_the_record(page, personas):
    child = personas.child
    year = ReturnYear.objects.create(year=2025)
    EpisodesRow.objects.create(
        return_year=year, child=child, line=2, decom="01/05/2024", rne="S", ls="C2", place="U6"
    )
    ReviewsRow.objects.create(
        return_year=year, child=child, line=2, review="20/05/2024", review_code="PN1"
    )
    plan = CaseDocumentFactory(child=child, date=date(2025, 3, 1))
    ActionFactory(document=plan)
    ChildFactory(team=child.team, given_name="Someone", family_name="Else")

    sign_in(page, personas.social_worker.username)
    assert_styled(page)
    assert_accessible(page)

    page.get_by_label("Find a child").fill(child.family_name)
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/children/")
    assert child.family_name.lower() not in page.url.lower()
    assert_accessible(page)

    page.get_by_role("link", name=child.display_name).click()
    page.get_by_role("heading", level=1, name=child.display_name).wait_for()
    assert page.get_by_role("cell", name="Started to be looked after").is_visible()
    assert page.get_by_text(
        "No placement moves recorded in careassure. The 903 return"
    ).is_visible()
    assert page.get_by_text("PN1: Attended and spoke").is_visible()
    assert_accessible(page)
    assert AuditEvent.objects.filter(action="view_child", child_pk=child.pk).count() == 1


def test_a_qa_officer_filters_the_list_and_downloads_exactly_that(page, personas):
    team = personas.child.team
    ChildFactory.create_batch(3, team=team, current_legal_status="V2")
    ChildFactory.create_batch(2, team=team, current_legal_status="C2")

    sign_in(page, personas.qa_officer.username)
    page.goto("/children/")
    page.get_by_label("Legal status").select_option("V2")
    page.get_by_role("button", name="Apply filters").click()
    page.get_by_role("heading", name="3 children").wait_for()
    assert "legal_status=V2" in page.url
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV file of these children").click()
    body = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 3 and {r["Legal status"] for r in rows} == {"V2"}
    assert AuditEvent.objects.get(action="export_children").detail["rows"] == 3


def test_a_qa_officer_imports_a_903_return(page, personas, tmp_path, settings):
    settings.UPLOAD_DIR = tmp_path / "uploads"
    (tmp_path / "header.csv").write_text(HEADER)
    (tmp_path / "episodes.csv").write_text(EPISODES)

    sign_in(page, personas.qa_officer.username)
    page.goto("/imports/new/")
    assert_accessible(page)
    page.get_by_role("button", name="Import").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
    assert_accessible(page)

    page.get_by_label("Collection year").select_option("2018")
    page.get_by_label("903 files").set_input_files(
        [tmp_path / "header.csv", tmp_path / "episodes.csv"]
    )
    page.get_by_role("button", name="Import").click()
    page.get_by_role("heading", name="Return imported").wait_for()
    assert ImportRun.objects.get().row_counts == {"Header": 1, "Episodes": 1}
    assert_accessible(page)


def test_an_administrator_searches_the_access_log(page, personas):
    sign_in(page, personas.administrator.username)
    page.goto("/access-log/")
    page.get_by_label("Action").select_option("sign_in")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("heading", name="1 event").wait_for()
    assert_accessible(page)
