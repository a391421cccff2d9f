"""In a real browser: record an assessment with findings, draft the Scrutiny Board report, edit a
paragraph (htmx), download the Word file, and check every page with axe for WCAG 2.2 AA.

Runs Debian's chromium through Playwright against pytest-django's live server; the shared fixtures
in tests/browser/conftest.py launch it (and skip, or fail under CI=true, when it is missing).
"""

from __future__ import annotations

import importlib
import io
import re

import pytest
from django.apps import apps
from docx import Document as open_docx

from careassure.accounts.models import Role
from tests.browser.conftest import assert_accessible
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.xdist_group("browser"),
]


@pytest.fixture
def qa_user(transactional_db):
    lilac_standards()
    return UserFactory(role=Role.QA_OFFICER, username="qa-browser")


def lilac_standards() -> None:
    # A transactional test starts from a flushed database: put back the migration's data.
    migration = importlib.import_module("careassure.inspections.migrations.0002_lilac_standards")
    migration.add_standards(apps, None)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_record_findings_edit_report_and_download_docx(qa_user, page, tmp_path):
    """`page` (tests/browser/conftest.py) opens on the live server with the styles served."""
    url = ""
    page.goto(f"{url}/accounts/sign-in/")
    page.fill("#id_username", "qa-browser")
    page.fill("#id_password", "correct horse battery")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/$"))

    assert page.goto(f"{url}/static/vendor/careassure.css").ok, "GOV.UK styles not served"
    page.goto(f"{url}/inspections/new")
    assert_accessible(page)
    page.select_option("#id_kind", "focused_visit")
    page.fill("#id_title", "Focused visit: care planning")
    page.fill("#id_body", "Ofsted")
    page.fill("#id_start", "2025-05-06")
    page.fill("#id_end", "2025-05-07")
    page.fill("#id_cases_examined", "14")
    page.fill("#id_inspectors", "2")
    page.click("button:has-text('Save')")
    page.wait_for_selector("h1:has-text('Focused visit: care planning')")
    assert_accessible(page)

    for kind, text in [
        ("strength", "Children's views are recorded at every review."),
        ("improvement", "Contingency plans are missing from some care plans."),
    ]:
        page.click("text=Add a finding")
        page.check(f"input[name=kind][value={kind}]")
        page.fill("#id_text", text)
        page.check("input[name=themes][value=care_planning]")
        if kind == "improvement":
            page.check("#id_already_identified")
        assert_accessible(page)
        page.click("button:has-text('Save')")
        page.wait_for_url(re.compile(r"/inspections/\d+/$"))
        page.wait_for_selector(f"text={text}")
    assert_accessible(page)

    page.goto(f"{url}/inspections/reports/new")
    page.fill("#id_period_from", "2025-04-01")
    page.fill("#id_period_to", "2025-06-30")
    page.fill("#id_report_date", "2025-07-10")
    page.check("input[name=assessments]")
    assert_accessible(page)
    page.click("button:has-text('Save')")
    page.wait_for_selector("h1:has-text('Edit')")
    assert_accessible(page)

    # htmx swaps the paragraph for its form in place, and the saved paragraph back again.
    page.click("#para-p1 a:has-text('Edit')")
    page.wait_for_selector("#para-p1 textarea[name=text]")
    assert "Edit paragraph" not in page.title()  # still the editor page, not the fallback page
    page.fill("#para-p1 textarea[name=text]", "An edited opening for the Board.")
    page.click("#para-p1 button:has-text('Save paragraph 1')")
    page.wait_for_selector("#para-p1 >> text=An edited opening for the Board.")
    assert_accessible(page)

    # Wait for the report page to land: axe run mid-navigation finds no document.
    page.click("text=Back to the report")
    page.wait_for_url(re.compile(r"/inspections/reports/\d+/$"))
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.click("text=Download as Word (.docx)")
    path = tmp_path / "report.docx"
    download_info.value.save_as(path)
    docx = open_docx(io.BytesIO(path.read_bytes()))
    text = "\n".join(p.text for p in docx.paragraphs)
    assert "An edited opening for the Board." in text
    assert "Contingency plans are missing from some care plans." in text

    page.click("text=Version history")
    page.wait_for_url(re.compile(r"/inspections/reports/\d+/history$"))
    page.wait_for_selector("text=Version 2")
    assert_accessible(page)
    for path_ in [
        "/inspections/",
        "/inspections/actions/",
        "/inspections/lilac/",
        "/inspections/themes/?theme=care_planning",
        "/inspections/reports/",
    ]:
        page.goto(f"{url}{path_}")
        assert_accessible(page)
