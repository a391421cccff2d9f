"""Shapes found when the eighty-first to eighty-fifth blind sets' errors were read (overseas
recruits' formal English, older kinship carers, form exports), pinned with wording of their
own (docs/quality-checks.md, "Session 10")."""

import pytest

from tests.casequality.shapes import actions, flags


@pytest.mark.parametrize(
    "action",
    [
        "The undersigned shall visit every six weeks and see the child alone, next by 17/04/2025.",
        "The undersigned will send the referral to CAMHS by 21 March 2025.",
    ],
)
def test_the_undersigned_is_the_writer_and_owns_the_action(action):
    assert ("ACTION_NO_OWNER", 0) not in flags("action", action)


def test_a_forms_roman_numbered_sections_are_headings_not_actions():
    plan = (
        "I. VIEWS OF THE YOUNG PERSON\n"
        'Mia said she wants "my own flat near my nan".\n\n'
        "II. PLAN\n"
        "1. PA to register Mia on the housing register by 20/03/2025.\n"
        "2. Mia to attend college with at least 90% attendance this term.\n"
    )
    assert actions("pathway_plan", plan) == [
        "PA to register Mia on the housing register by 20/03/2025.",
        "Mia to attend college with at least 90% attendance this term.",
    ]


def test_the_company_kept_is_not_counted_in_the_subject():
    action = (
        "Lacey, together with her Personal Adviser Mr Dean Hart, will visit the housing "
        "office on 20/03/2025 to register for a flat."
    )
    assert ("ACTION_NO_OWNER", 0) not in flags("action", action)


@pytest.mark.parametrize(
    "action",
    [
        "Prison visit for Kai to see his dad (Dean Ash, HMP Brackenmoor) to be arranged by 3/3.",
        "A DBS check for Mrs Sheila Birt (Grandad Tom's partner) to be done by 10/10/2025.",
    ],
)
def test_a_bracket_that_names_a_relative_is_not_who_acts(action):
    assert ("ACTION_NO_OWNER", 0) in flags("action", action)


def test_an_entrys_labels_over_its_action_are_not_its_subject():
    entry = (
        "Date of entry: 07/03/2025\n"
        "Recorded by: Anjali Desh, Social Worker\n\n"
        "Action: SW Anjali Desh to send the CAMHS referral by 14/03/2025."
    )
    assert ("ACTION_NO_OWNER", 0) not in flags("action", entry)
    owned = "Responsible: LAC nurse\nAction: Book the health assessment by 14/03/2025."
    assert ("ACTION_NO_OWNER", 0) not in flags("action", owned)
