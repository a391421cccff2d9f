"""Page hygiene on every page: one unique <title>, one <h1>, valid HTML, forms with an action.

Every page in the role × page matrix is rendered for the first persona that may see it (a QA officer
where possible) and checked, so a new page is covered as soon as its access case is written.
"""

from __future__ import annotations

from collections import defaultdict

import html5lib
import pytest
from django.urls import reverse
from html5lib.html5parser import ParseError

from careassure.children.models import ReturnYear, ReviewsRow
from tests.careassure.test_access_matrix import collect_cases

# Who renders each page: the first of these the page opens for.
RENDERERS = ("qa_officer", "administrator", "social_worker", "inspector_granted", "councillor")
# Pages known to fail a check when this test was written, with the owner told. Remove a page from
# here when it is fixed; nothing may be added without saying why.
KNOWN_PROBLEMS: set[str] = set()
KNOWN_SHARED_TITLES: set[str] = set()


def page_problems(html: str) -> list[str]:
    problems = []
    try:
        document = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    except ParseError as error:
        return [f"invalid HTML: {error}"]
    titles = document.findall(".//title")
    if len(titles) != 1 or not (titles[0].text or "").strip():
        problems.append(f"expected one non-empty <title>, found {len(titles)}")
    headings = document.findall(".//h1")
    if len(headings) != 1:
        problems.append(f"expected exactly one <h1>, found {len(headings)}")
    for form in document.findall(".//form"):
        if not form.get("action"):
            problems.append("a <form> has no action")
    return problems


def title_of(html: str) -> str:
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return " ".join((document.find(".//title").text or "").split())


def rendered_pages(client, personas) -> dict[str, str]:
    """Each GET page in the access matrix, by URL, rendered by the first persona it opens for."""
    pages: dict[str, str] = {}
    users = personas.all()
    for case in collect_cases(personas):
        if case.method != "GET":
            continue
        url = reverse(case.name, kwargs=case.kwargs) + (f"?{case.query}" if case.query else "")
        persona = next((p for p in RENDERERS if case.expect.get(p) == 200), None)
        if persona is None:
            continue
        client.force_login(users[persona])
        response = client.get(url)
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            pages[f"{case.name} {url}"] = response.content.decode()
    return pages


def test_every_page_is_valid_with_one_title_one_h1_and_form_actions(client, personas):
    year = ReturnYear.objects.create(year=2025)
    ReviewsRow.objects.create(
        return_year=year, child=personas.child, line=2, review="01/06/2024", review_code="PN1"
    )
    pages = rendered_pages(client, personas)
    assert len(pages) >= 10
    problems = {
        key: page_problems(html)
        for key, html in pages.items()
        if key.split()[0] not in KNOWN_PROBLEMS
    }
    bad = {k: v for k, v in problems.items() if v}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_titles_are_unique_across_pages(client, personas):
    by_title: dict[str, set[str]] = defaultdict(set)
    for key, html in rendered_pages(client, personas).items():
        if key.split()[0] not in KNOWN_SHARED_TITLES:
            by_title[title_of(html)].add(key.split()[0])
    shared = {title: names for title, names in by_title.items() if len(names) > 1}
    assert not shared


@pytest.mark.parametrize(
    ("url_name", "data"),
    [
        ("imports:upload", {"year": "1999"}),
        ("children:grant", {"expires_on": "nonsense"}),
    ],
)
def test_pages_with_errors_stay_valid(client, personas, url_name, data):
    client.force_login(personas.administrator)
    kwargs = {"pk": personas.child.pk} if url_name == "children:grant" else {}
    response = client.post(reverse(url_name, kwargs=kwargs), data)
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert title_of(html).startswith("Error: ")
    assert page_problems(html) == []


def test_the_checker_catches_what_it_checks():
    broken = "<!DOCTYPE html><html><head><title>A</title></head><body><form><h1>x</h1><h1>y</h1>"
    found = page_problems(broken + "</form></body></html>")
    assert "expected exactly one <h1>, found 2" in found
    assert "a <form> has no action" in found
    assert page_problems("<!DOCTYPE html><p><b>unclosed</p>")[0].startswith("invalid HTML")
