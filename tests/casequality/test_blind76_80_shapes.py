"""Shapes found when the seventy-sixth to eightieth blind sets' errors were read (young parents,
interpreted work, stale long-term plans, newly qualified workers), pinned with wording of their
own (docs/quality-checks.md, "Session 10")."""

import pytest

from casequality.people import declared_initials
from tests.casequality.shapes import actions, flags


def test_a_bracket_closing_after_a_number_does_not_number_an_item():
    plan = (
        "Actions\n"
        "1. Application to Brook College (Childcare Level 2) to be sent by 31/01/2025.\n"
        "2. PA to help Mia open a bank account by 28/02/2025.\n"
    )
    assert actions("pathway_plan", plan) == [
        "Application to Brook College (Childcare Level 2) to be sent by 31/01/2025.",
        "PA to help Mia open a bank account by 28/02/2025.",
    ]


def test_an_item_copied_forward_as_previous_is_an_action_not_a_heading():
    plan = "Contingency: none.\n\nActions:\n1. As previous plan.\n2. Carers to think about SGO.\n"
    assert actions("care_plan", plan) == ["As previous plan.", "Carers to think about SGO."]
    assert ("ACTION_NO_OWNER", 0) in flags("care_plan", plan)


def test_agreeing_a_contingency_plan_in_the_passive_is_still_a_task_in_the_list():
    notes = (
        "Actions\n"
        "1. Contingency plan to be agreed for Jo by next review.\n"
        "2. SW to start Jo's pathway plan by 08/01/2025.\n"
    )
    first = actions("supervision", notes)[0]
    assert first == "Contingency plan to be agreed for Jo by next review."
    assert ("ACTION_NO_OWNER", 0) in flags("supervision", notes)


def test_a_worker_named_in_full_may_then_go_by_their_initials():
    assert {"CP", "NB"} <= declared_initials("Chloe Pratt (SW) - Nadia Bashir (TM) - 11/06/2025")
    notes = (
        "Chloe Pratt (SW) - Nadia Bashir (TM) - 11/06/2025\n\n"
        "Actions\n1. CP to write the transfer summary by 20/06/2025.\n"
    )
    assert ("ACTION_NO_OWNER", 0) not in flags("supervision", notes)
    assert "CP" not in declared_initials("Child Protection plan ended in May.")


@pytest.mark.parametrize(
    "action",
    [
        "Viability assessment of Dean's sister (Kian's aunt, Rose Shaw) to be done by 31/05/2025.",
        "Translated copy of the care plan (Tigrinya) to be given to the family by 3/3.",
        "Letters to be sent in large print and braille (Braille) by 3/3.",
    ],
)
def test_a_bracket_naming_a_relative_or_a_language_is_not_who_acts(action):
    assert ("ACTION_NO_OWNER", 0) in flags("action", action)


def test_the_time_a_sentence_opens_with_is_not_part_of_its_subject():
    action = "By 30 May 2025 the fostering social worker, Tom Barr, will have agreed the rota."
    assert ("ACTION_NO_OWNER", 0) not in flags("action", action)
