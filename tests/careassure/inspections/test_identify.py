"""The identification check: children's full names and 903 ids, as whole words."""

from __future__ import annotations

from careassure.reports.identify import Person, identifying_mentions

PEOPLE = [Person("Amelia Hart", "104233"), Person("Noah Price", "98")]


def found(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.found) for m in identifying_mentions([("3.1", text)], PEOPLE)]


def test_full_name_is_found_whatever_the_case_and_spacing():
    assert found("We met amelia  HART at the review.") == [("name", "amelia  HART")]


def test_given_or_family_name_alone_is_not_a_warning():
    assert found("Amelia said the plan was clear; the Hart family agreed.") == []


def test_child_id_is_found_only_as_a_whole_token():
    assert found("Case 104233 was tracked.") == [("903 CHILD id", "104233")]
    assert found("Reference 1042331 and 104233-A are other things.") == []


def test_short_ids_match_only_alone():
    assert found("98 cases were read") == [("903 CHILD id", "98")]
    assert found("In 1998 and 98.5% of cases") == []


def test_where_is_reported_and_duplicates_collapse():
    mentions = identifying_mentions(
        [("3.1", "Noah Price"), ("3.1", "Noah Price"), ("4.1.1", "Noah Price")], PEOPLE
    )
    assert [(m.where, m.found) for m in mentions] == [
        ("3.1", "Noah Price"),
        ("4.1.1", "Noah Price"),
    ]


def test_no_people_means_no_warnings():
    assert identifying_mentions([("1", "Anything 123")], []) == []
