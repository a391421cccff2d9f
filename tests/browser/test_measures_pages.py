"""The indicator, validation and case-file quality pages in a real browser, each checked by axe."""

from __future__ import annotations

import pytest

from careassure.dashboard.services import indicator_values_refresh
from careassure.imports.services import return_import
from careassure.quality.services import document_check
from careassure.validation.services import validation_run_for_year
from tests.browser.conftest import assert_accessible, assert_styled, sign_in
from tests.careassure.fake_return import FAKE_2018_CSVS
from tests.factories import CaseDocumentFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
    pytest.mark.xdist_group("browser"),
]


def test_a_qa_officer_reads_indicators_validation_and_quality_pages(page, personas):
    # The fake return as 2022/23 (the first year DfE publishes rules for), with its numbers.
    run = return_import(paths=FAKE_2018_CSVS, year=2023, actor=None)
    assert run.status == "succeeded", run.error
    indicator_values_refresh(actor=None)
    validation_run_for_year(year=2023, actor=None)
    vague = CaseDocumentFactory(
        child=personas.child, text="1. Continue to support Amy.", contingency=""
    )
    document_check(document=vague, actor=None)

    sign_in(page, personas.qa_officer.username)
    for path, heading in [
        ("/dashboard/", "Performance indicators"),
        ("/dashboard/long_term_stability/", "Long-term placement stability"),
        ("/validation/", "903 validation"),
        ("/validation/2023/", None),
        ("/validation/reference-data/", "Reference data"),
        ("/quality/", None),
        (f"/quality/documents/{vague.pk}/", None),
    ]:
        response = page.goto(path)
        assert response.status == 200, path
        if heading:
            assert page.locator("h1").inner_text().strip() == heading
        assert_styled(page)
        assert_accessible(page)

    # The reference data page's error state: uploading nothing is refused, with the summary.
    page.goto("/validation/reference-data/")
    page.get_by_role("button", name="Upload lists").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
    assert page.title().startswith("Error:")
    assert_accessible(page)
