"""A record exported with its tracked changes: read as it stands once every change is accepted
(docs/quality-checks.md, "Session 10"). Wording of our own, in the shapes the eightieth blind
set met."""

import pytest

from casequality.checker import prepared
from casequality.tracked import current_wording
from tests.casequality.shapes import flags


@pytest.mark.parametrize(
    "text",
    [
        "[deleted: SW to] request the CAMHS letter and send it to the carer by 07/03/2025.",
        "~~Social worker to~~ Send the medical consent form to the GP by 14/05/2025.",
        "{-IRO to-}Chase the school report by 30/06/2025.",
        "<del>PA to</del> Book the housing appointment by 12/04/2025.",
    ],
)
def test_an_owner_left_only_in_deleted_text_is_no_owner(text):
    assert ("ACTION_NO_OWNER", 0) in flags("action", text)


@pytest.mark.parametrize(
    "text",
    [
        "[deleted: Someone to] [inserted: IRO (Jo Bell) to] chair the review on 30/04/2025.",
        "Dental check to be booked {+by the carer+} by 30/04/2025.",
        "<ins>Virtual School to</ins> fund a maths tutor weekly from 01/03/2025.",
        "~~Somebody~~ The SW to send the referral by 12/04/2025.",
    ],
)
def test_an_owner_supplied_by_an_insertion_is_an_owner(text):
    assert ("ACTION_NO_OWNER", 0) not in flags("action", text)


def test_a_date_only_in_the_amendment_note_or_the_history_is_no_timescale():
    text = (
        "Foster carer to book the eye test [AMENDED 02/03/2025 by J.Patel: was 'by 07/03/2025']\n"
        "Document history: created 01/02/2025 by J.Patel; last edited 02/03/2025."
    )
    assert ("ACTION_NO_TIMESCALE", 0) in flags("action", text)
    inserted = "SW to send the letter [deleted: asap] [inserted: by 04/04/2025]."
    assert ("ACTION_NO_TIMESCALE", 0) not in flags("action", inserted)


def test_a_reviewers_comment_and_a_superseded_draft_are_not_the_record():
    plan = (
        "Wishes and feelings: carers report he is settled.\n"
        "<<Comment JT: where are Sam's own words?>>\n\n"
        "Contingency: none identified yet.\n\n"
        "Previous version:\n"
        "Wishes and feelings: Sam told me he wants to stay with Jo and Pete.\n"
        "Contingency: if the placement ends, a long-term match with in-house carers.\n"
    )
    found = flags("care_plan", plan)
    assert ("NO_CHILD_VOICE", None) in found
    assert ("NO_CONTINGENCY", None) in found


def test_accepting_the_changes_keeps_every_offset():
    text = "A [deleted: x] b {+c+} <ins>d</ins> ~~e~~\nv2 — updated after review\nf"
    out = current_wording(text)
    assert len(out) == len(text)
    assert out.split() == ["A", "b", "c", "d", "f"]
    assert out.count("\n") == text.count("\n")
    untouched = "SW to visit ~monthly~ and send notes {weekly}"
    assert current_wording(untouched) == untouched


def test_a_single_actions_title_line_names_whom_it_is_for_not_who_does_it():
    text = "Action — Tyler BIRCH (15)\nReferral to the youth offer to be completed by 11/04/2025."
    assert ("ACTION_NO_OWNER", 0) in flags("action", text)
    assert prepared(text) == text
