"""The validation pages: a year's findings by child, exports, validating again, checking uploads."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

import ssda903
from careassure.audit.models import AuditEvent
from careassure.children.models import ReturnYear
from careassure.imports.services import return_save
from careassure.validation.models import ValidationRun
from tests.factories import ChildFactory
from tests.ssda903.validation.conftest import make_tables

HEADER_CSV = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n800001,X,01/02/2015,WBRI,UN1,,\r\n"


def header(code: str, sex: str) -> dict[str, str]:
    return {"CHILD": code, "SEX": sex, "DOB": "01/01/2015", "ETHNIC": "WBRI"}


@pytest.fixture
def stored(personas):
    """2024/25 held: the personas' child (team 1) and a team-2 child both break rule 101."""
    other = ChildFactory(
        code="900002", given_name="Hidden", family_name="Person",
        team=personas.other_team_worker.worker.team,
    )  # fmt: skip
    tables = make_tables(Header=[header(personas.child.code, "X"), header(other.code, "1")])
    return_save(ret=ssda903.Return(year=2025, tables=tables), actor=None, files=["header.csv"])
    return personas, other


def page(client, user, name="validation:year", **kwargs):
    client.force_login(user)
    if name == "validation:year":
        kwargs = {"year": 2025}
    return client.get(reverse(name, kwargs=kwargs))


def test_year_page_shows_rules_and_errors_by_child_with_links_and_help(client, stored):
    p, other = stored
    response = page(client, p.qa_officer)
    html = response.content.decode()
    assert response.status_code == 200
    assert "sex is not valid" in html
    assert reverse("children:detail", args=[p.child.pk]) in html
    assert reverse("children:detail", args=[other.pk]) in html
    assert "SEX: <code>X</code>" in html
    assert "Valid codes in 2024/25: M (" in html  # plain-English help names the valid codes
    assert ValidationRun.objects.filter(year=2025).count() == 1  # computed once, then stored
    page(client, p.qa_officer)
    assert ValidationRun.objects.filter(year=2025).count() == 1


def test_a_social_worker_sees_their_child_named_and_others_only_counted(client, stored):
    p, other = stored
    html = page(client, p.social_worker).content.decode()
    assert reverse("children:detail", args=[p.child.pk]) in html
    assert reverse("children:detail", args=[other.pk]) not in html
    assert other.code not in html and "Hidden Person" not in html
    assert "concern 1 child whose records you cannot see" in html


def test_summary_sorts_by_count_or_by_code(client, personas):
    # Three children with an invalid ETHNIC (rule 103), one with an invalid SEX too (rule 101).
    rows = [{**header(c, "M"), "ETHNIC": "ZZZZ"} for c in ("800001", "800002", "800003")]
    rows[0]["SEX"] = "X"
    return_save(
        ret=ssda903.Return(year=2025, tables=make_tables(Header=rows)), actor=None, files=[]
    )
    client.force_login(personas.qa_officer)
    url = reverse("validation:year", args=[2025])

    def order(query: str) -> list[str]:
        html = client.get(url + query).content.decode()
        cells = {c: html.index(f'<td class="govuk-table__cell">{c}</td>') for c in ("101", "103")}
        return sorted(cells, key=cells.__getitem__)

    assert order("") == ["103", "101"]  # most errors first
    assert order("?sort=code") == ["101", "103"]


def test_xlsx_export_has_every_error_and_is_audited(client, stored):
    p, _ = stored
    response = page(client, p.qa_officer, "validation:export", year=2025, fmt="xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    run = ValidationRun.objects.get(year=2025)
    assert rows[0][:3] == ("Rule", "Message", "903 CHILD id")
    assert len(rows) - 1 == run.finding_count
    assert (("101", p.child.code, "SEX=X")) in {(r[0], r[2], r[7]) for r in rows[1:]}
    event = AuditEvent.objects.get(action="export_903_validation")
    assert event.detail["rows"] == run.finding_count and event.detail["format"] == "xlsx"


def test_csv_export_for_a_social_worker_holds_only_their_children(client, stored):
    p, other = stored
    response = page(client, p.social_worker, "validation:export", year=2025, fmt="csv")
    text = response.content.decode("utf-8-sig")
    assert p.child.code in text and other.code not in text
    lines = text.strip().splitlines()
    assert AuditEvent.objects.get(action="export_903_validation").detail["rows"] == len(lines) - 1


def test_validate_again_recomputes_and_councillors_are_refused(client, stored):
    p, _ = stored
    page(client, p.qa_officer)
    first = ValidationRun.objects.get()
    response = client.post(reverse("validation:revalidate", args=[2025]))
    assert response.status_code == 302
    assert ValidationRun.objects.get().pk != first.pk
    assert page(client, p.councillor).status_code == 403
    assert page(client, p.inspector_granted).status_code == 403


def test_index_lists_the_stored_year_with_its_error_count(client, stored):
    p, _ = stored
    html = page(client, p.qa_officer, "validation:index").content.decode()
    assert "Not validated yet" in html
    page(client, p.qa_officer)
    html = page(client, p.qa_officer, "validation:index").content.decode()
    assert f">{ValidationRun.objects.get().finding_count}</td>" in html


@pytest.fixture
def checker(client, personas, tmp_path, settings):
    settings.UPLOAD_DIR = tmp_path / "uploads"
    client.force_login(personas.qa_officer)
    return client


def check(client, year: str, *files: tuple[str, str]):
    uploads = [SimpleUploadedFile(n, t.encode(), content_type="text/csv") for n, t in files]
    return client.post(reverse("validation:check"), {"year": year, "uploads": uploads})


def test_checking_files_shows_findings_imports_nothing_and_deletes_them(checker, settings):
    response = check(checker, "2025", ("header.csv", HEADER_CSV))
    html = response.content.decode()
    assert response.status_code == 200
    assert "sex is not valid" in html and "903 CHILD id 800001" in html
    assert not ReturnYear.objects.exists()
    assert list(Path(settings.UPLOAD_DIR).iterdir()) == []
    assert AuditEvent.objects.get(action="validate_903_upload").detail["files"] == ["header.csv"]


def test_an_unreadable_file_gets_an_error_summary_naming_file_and_line(checker, settings):
    broken = HEADER_CSV + "800002,M,01/02/2015\r\n"
    response = check(checker, "2025", ("header.csv", broken))
    html = response.content.decode()
    assert response.status_code == 400
    assert "govuk-error-summary" in html
    assert "header.csv line 3" in html
    assert list(Path(settings.UPLOAD_DIR).iterdir()) == []


def test_no_files_or_a_bad_year_get_error_messages(checker):
    html = checker.post(reverse("validation:check"), {"year": "2025"}).content.decode()
    assert "Choose the 903 files to check" in html
    response = check(checker, "1999", ("header.csv", HEADER_CSV))
    assert response.status_code == 400
    assert "Choose a collection year from the list" in response.content.decode()


def test_checked_errors_can_be_downloaded_instead(checker):
    uploads = [SimpleUploadedFile("header.csv", HEADER_CSV.encode(), content_type="text/csv")]
    data = {"year": "2025", "uploads": uploads, "output": "xlsx"}
    response = checker.post(reverse("validation:check"), data)
    assert response["Content-Disposition"].startswith('attachment; filename="903-errors-2025-')
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert ("101", "800001") in {(r[0], r[2]) for r in rows[1:]}
    event = AuditEvent.objects.get(action="export_903_validation")
    assert event.detail["rows"] == len(rows) - 1 and event.detail["files"] == ["header.csv"]
    assert not ReturnYear.objects.exists()


def test_a_check_with_many_children_shows_the_first_fifty(checker):
    lines = [f"8{n:05d},X,01/02/2015,WBRI,UN1,," for n in range(51)]
    text = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n" + "\r\n".join(lines) + "\r\n"
    html = check(checker, "2025", ("header.csv", text)).content.decode()
    assert "903 CHILD id 800049" in html and "903 CHILD id 800050" not in html
    assert "1 more child has errors" in html


def test_a_year_not_held_is_not_found(client, personas):
    assert page(client, personas.qa_officer, "validation:index").status_code == 200
    client.force_login(personas.qa_officer)
    assert client.get(reverse("validation:year", args=[2019])).status_code == 404
    assert client.get(reverse("validation:export", args=[2019, "csv"])).status_code == 404
    assert not ValidationRun.objects.exists()


def test_check_result_and_error_pages_are_valid_html(checker):
    # Only the GET form is in the role × page matrix's HTML check; these are POST results.
    from tests.careassure.test_html import page_problems

    assert page_problems(check(checker, "2025", ("header.csv", HEADER_CSV)).content.decode()) == []
    assert page_problems(checker.post(reverse("validation:check"), {}).content.decode()) == []
