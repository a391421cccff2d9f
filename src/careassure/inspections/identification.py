"""Warn when a report names a child held in the database (name or 903 CHILD id)."""

from __future__ import annotations

from careassure.children.models import Child
from careassure.reports.document import Document
from careassure.reports.identify import Mention, Person, identifying_mentions


def report_mentions(document: Document) -> list[Mention]:
    people = (
        Person(name=f"{given} {family}", code=code)
        for given, family, code in Child.objects.values_list("given_name", "family_name", "code")
    )
    return identifying_mentions(document.texts(), people)
