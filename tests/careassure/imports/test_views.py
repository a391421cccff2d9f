"""The 903 import pages: upload checks, the result page, progress polling and the history list."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from careassure.children.models import Child, ReturnYear
from careassure.imports.models import ImportRun

HEADER = (
    "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n"
    "700001,1,01/02/2010,WBRI,UN1,,\r\n"
    "700002,2,03/04/2012,WBRI,UN1,,\r\n"
)
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n"
    "700001,01/06/2017,S,C2,N1,U4,PR1,,,,,,\r\n"
    "700002,01/07/2017,S,V2,N1,QQ,PR1,,,,,,\r\n"
)


def upload(name: str, text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(), content_type="text/csv")


@pytest.fixture
def qa(client, personas, tmp_path, settings):
    settings.UPLOAD_DIR = tmp_path / "uploads"
    client.force_login(personas.qa_officer)
    return client


def post(client, year: str, *files: SimpleUploadedFile):
    return client.post(reverse("imports:upload"), {"year": year, "uploads": list(files)})


def test_a_good_return_imports_and_shows_counts_and_code_issues(qa, settings):
    response = post(qa, "2018", upload("header.csv", HEADER), upload("episodes.csv", EPISODES))
    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("imports:detail", args=[run.pk])
    assert run.status == ImportRun.Status.SUCCEEDED, run.error
    assert run.row_counts == {"Header": 2, "Episodes": 2}
    assert set(Child.objects.values_list("code", flat=True)) >= {"700001", "700002"}
    html = qa.get(response["Location"]).content.decode()
    assert "Return imported" in html
    assert "QQ" in html and "episodes.csv" in html  # the placement code not in the 2017/18 list
    assert "hx-trigger" not in html  # finished: nothing polls
    assert not (Path(settings.UPLOAD_DIR) / str(run.pk)).exists(), "uploads are removed"


def test_a_file_that_cannot_be_read_is_refused_with_file_and_line(qa):
    broken = HEADER + "700003,1,01/02/2010\r\n"
    post(qa, "2018", upload("header.csv", broken))
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    html = qa.get(reverse("imports:detail", args=[run.pk])).content.decode()
    assert "The return was not imported" in html
    assert "header.csv line 4" in html
    assert not ReturnYear.objects.exists()


@pytest.mark.parametrize(
    ("year", "files", "message"),
    [
        ("2018", [], "Choose the 903 files to import"),
        ("", [("header.csv", HEADER)], "Choose the collection year the files are for"),
        ("1999", [("header.csv", HEADER)], "Choose a collection year from the list"),
        ("2018", [("header.xlsx", HEADER)], "header.xlsx is not a CSV or XML file"),
    ],
)
def test_bad_uploads_get_an_error_summary_and_write_nothing(qa, year, files, message):
    response = post(qa, year, *[upload(n, t) for n, t in files])
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="govuk-error-summary"' in html and message in html
    assert "<title>Error: " in html
    assert not ImportRun.objects.exists()


def test_uploads_over_the_size_limit_are_refused(qa):
    with override_settings(IMPORT_MAX_BYTES=1024 * 1024):
        big = "x" * (1024 * 1024 + 1)
        response = post(qa, "2018", upload("header.csv", big))
    assert response.status_code == 400
    assert "smaller than 1 MB in total" in response.content.decode()
    assert not ImportRun.objects.exists()


def test_a_running_import_polls_every_second_and_a_finished_one_stops(qa, personas):
    run = ImportRun.objects.create(
        year=2025,
        started_by=personas.qa_officer,
        status="running",
        stage="Saving Episodes",
        progress=60,
    )
    url = reverse("imports:detail", args=[run.pk])
    partial = qa.get(url, headers={"HX-Request": "true"}).content.decode()
    assert 'hx-trigger="every 1s"' in partial and "60% done" in partial
    assert "<html" not in partial
    ImportRun.objects.filter(pk=run.pk).update(status="succeeded", row_counts={"Header": 3})
    partial = qa.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in partial and "Return imported" in partial


def test_the_history_lists_every_import_newest_first(qa, personas):
    older = ImportRun.objects.create(year=2024, status="failed")
    newer = ImportRun.objects.create(year=2025, status="succeeded")
    runs = list(qa.get(reverse("imports:list")).context["page"].object_list)
    assert runs == [newer, older]


def test_home_page_asks_a_qa_officer_to_import_when_nothing_is_loaded(qa):
    assert "Import your council" in qa.get(reverse("core:home")).content.decode()
