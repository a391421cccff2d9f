"""The reference data page, and what validation does with and without each kind of it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import ssda903
from careassure.audit.models import AuditEvent
from careassure.imports.services import return_save
from careassure.validation.models import ProviderList
from careassure.validation.reference import not_run_labels, reference_data
from careassure.validation.services import validation_run_for_year
from ssda903.validation.engine import rules_not_run
from tests.careassure.fake_return import FAKE
from tests.ssda903.validation.conftest import make_tables

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=XLSX)


def test_page_says_what_is_held_and_what_is_not(client, personas, settings):
    settings.LA_CODE = ""
    client.force_login(personas.team_manager)
    html = client.get(reverse("validation:reference")).content.decode()
    assert "Not set. An administrator sets CAREASSURE_LA_CODE" in html
    assert "None uploaded" in html
    assert "Upload Ofsted" not in html  # a team manager sees, but does not upload
    settings.LA_CODE = "E08000035"
    client.force_login(personas.qa_officer)
    html = client.get(reverse("validation:reference")).content.decode()
    assert "E08000035" in html
    assert "Upload Ofsted" in html


def test_a_file_that_is_not_xlsx_is_refused_and_nothing_changes(client, personas):
    client.force_login(personas.qa_officer)
    response = client.post(
        reverse("validation:reference"), {"lists": upload("providers.csv", b"URN\n1\n")}
    )
    assert response.status_code == 400
    assert "providers.csv is not an Excel (.xlsx) file" in response.content.decode()
    assert not ProviderList.objects.exists()


def test_a_workbook_that_is_not_an_ofsted_list_is_refused_naming_it(client, personas):
    openpyxl = pytest.importorskip("openpyxl")
    import io

    book = openpyxl.Workbook()
    book.active.append(["Name", "Favourite colour"])
    book.active.append(["A", "blue"])
    buffer = io.BytesIO()
    book.save(buffer)
    client.force_login(personas.qa_officer)
    response = client.post(
        reverse("validation:reference"), {"lists": upload("colours.xlsx", buffer.getvalue())}
    )
    assert response.status_code == 400
    assert "colours.xlsx" in response.content.decode()
    assert not ProviderList.objects.exists()


def test_uploading_the_lists_replaces_them_and_the_rules_then_run(client, personas):
    client.force_login(personas.qa_officer)
    first = upload("ch_fake.xlsx", (FAKE / "ch_fake.xlsx").read_bytes())
    response = client.post(reverse("validation:reference"), {"lists": first})
    assert response.status_code == 302
    assert list(ProviderList.objects.values_list("name", flat=True)) == ["ch_fake.xlsx"]
    second = upload("combined_scp_ch_fake.xlsx", (FAKE / "combined_scp_ch_fake.xlsx").read_bytes())
    client.post(reverse("validation:reference"), {"lists": second})
    stored = list(ProviderList.objects.all())
    assert [p.name for p in stored] == ["combined_scp_ch_fake.xlsx"]
    assert stored[0].providers > 0
    assert AuditEvent.objects.filter(action="upload_provider_lists").count() == 2
    reference = reference_data()
    assert reference.providers is not None and reference.providers.height > 0
    assert all("providers" not in needs for _, needs in rules_not_run(2025, reference))


def test_a_run_stores_the_rules_not_run_and_the_year_page_lists_them(client, personas, settings):
    settings.LA_CODE = ""
    tables = make_tables(Header=[{"CHILD": personas.child.code, "SEX": "1", "DOB": "01/01/2015"}])
    return_save(ret=ssda903.Return(year=2025, tables=tables), actor=None, files=[])
    vrun = validation_run_for_year(year=2025, actor=None)
    expected = [
        {"rule": code, "needs": list(needs)}
        for code, needs in rules_not_run(2025, reference_data(tables))
    ]
    assert vrun.not_run == expected
    assert any("la_code" in item["needs"] for item in vrun.not_run)
    client.force_login(personas.qa_officer)
    html = client.get(reverse("validation:year", kwargs={"year": 2025})).content.decode()
    assert "Some DfE rules did not run" in html
    for sentence in not_run_labels(vrun.not_run):
        assert sentence.replace("'", "&#x27;") in html

    settings.LA_CODE = "E08000035"
    vrun = validation_run_for_year(year=2025, actor=None)
    assert not any("la_code" in item["needs"] for item in vrun.not_run)


def test_not_run_sentences_group_rules_by_what_they_lack():
    sentences = not_run_labels(
        [
            {"rule": "241", "needs": ["la_code"]},
            {"rule": "243", "needs": ["la_code"]},
            {"rule": "1008", "needs": ["providers"]},
        ]
    )
    assert sentences[0].startswith("Rules 241, 243 need the council's local-authority code")
    assert sentences[1].startswith("Rule 1008 needs Ofsted's provider lists")


def test_runs_read_the_postcode_directory_for_the_return_and_the_distance_rules_run(db, settings):
    """The product validates with ONS's directory, read for the return's postcodes: an invented
    placement postcode has no local authority (rule 169); a real one has."""
    settings.LA_CODE = "E09000027"
    placed = {"DECOM": "01/05/2024", "RNE": "S", "LS": "C2", "PLACE": "U1", "PLACE_PROVIDER": "PR1"}
    tables = make_tables(
        Header=[{"CHILD": c, "SEX": "1", "DOB": "01/01/2015"} for c in ("1", "2")],
        Episodes=[
            placed | {"CHILD": "1", "HOME_POST": "TW9 1DN", "PL_POST": "QX1 1AA"},
            placed | {"CHILD": "2", "HOME_POST": "TW9 1DN", "PL_POST": "CB2 1TN"},
        ],
    )
    return_save(ret=ssda903.Return(year=2025, tables=tables), actor=None, files=[])
    vrun = validation_run_for_year(year=2025, actor=None)
    assert not any("postcodes" in item["needs"] for item in vrun.not_run)
    assert [(f["child"], f["line"]) for f in vrun.findings if f["rule"] == "169"] == [("1", 2)]
    assert reference_data().postcodes is None  # without a return there is nothing to look up
