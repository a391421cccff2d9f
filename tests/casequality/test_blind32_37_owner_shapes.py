"""Owner shapes found when the thirty-second to thirty-seventh blind sets' errors were read,
pinned with wording of their own (docs/quality-checks.md, "Thirty-second to thirty-seventh
blind sets").
"""

import pytest

from casequality import check


def _owned(kind: str, text: str, index: int = 0) -> bool:
    return ("ACTION_NO_OWNER", index) not in {(f.code, f.action_index) for f in check(kind, text)}


@pytest.mark.parametrize(
    "text",
    [
        "KLe to send the placement referral to commissioning by 03/03/2026.",  # minutes' initials
        "Actions\n→ Priya will book the Jobcentre appointment for 14/05/2026.",  # arrow bullets
        'My plan\n"I will go to ESOL every Tuesday and Thursday."',  # the young person's own words
        'In Omar\'s words: "I will go to football training every Wednesday."',
        "Jan to book the Makaton course by 31/01/2026.",  # a name, not the month
    ],
)
def test_owner_named(text):
    assert _owned("pathway_plan", text)


def test_initials_declared_after_a_name_are_that_person():
    text = (
        "CARE PLAN\nSW: Nina Ortiz (NO)     IRO: Ken Ode (KO)\n\n"
        "Actions\n1. NO to start the kinship assessment by 30/09/2026.\n"
    )
    assert _owned("care_plan", text)


def test_initials_declared_for_a_thing_are_not_a_person():
    text = (
        "Pathway plan\nA Human Rights Assessment (HRA) is under way.\n\n"
        "Actions:\n1. PA to book the solicitor by 14/02/2026.\n2. HRA to be concluded.\n"
    )
    assert not _owned("pathway_plan", text, 1)


def test_table_headers_written_as_questions_and_purposes_are_not_actions():
    from casequality import split_actions

    for header in (
        "What|Who|When|How we'll know it's done",
        "# | Target | Actions to achieve target | Who | By when | How we will measure success"
        " | PP+",
        "What we will do | Who | When | How we'll know",
    ):
        text = f"PEP\n\n{header}\nDaily reading | carer | every evening | reading log\n"
        assert [a.text[:13] for a in split_actions(text)] == ["Daily reading"], header


def test_a_grade_line_is_not_an_action():
    from casequality import split_actions

    text = (
        "Targets\n- Maths: 4 / 5\n- Science: 3 / 4 (EAL)\n"
        "- Maths dept to place Ali in the booster group from 10/03/2026.\n"
    )
    assert [a.text[:10] for a in split_actions(text)] == ["Maths dept"]


def test_a_question_heading_on_its_own_line_heads_the_plan():
    from casequality import split_actions

    text = (
        "What you told me\n\"It's good here.\"\n\nWhat we're going to do\n"
        "1. Money: I'll send £50 today.\n2. Health: I'll book the dentist by 4 October.\n"
    )
    assert len(split_actions(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Keep in touch with his sister | Owner: Dan | Due: — | Outcome: —",
        "Help with budgeting to be offered - Owner: — - Due: — - Outcome: —",
        "Manage her money better | Owner: Lee | By: ongoing | Measure: —",
    ],
)
def test_blank_fields_on_the_actions_line_do_not_measure_it(text):
    flags = {(f.code, f.action_index) for f in check("action", text)}
    assert ("ACTION_NOT_MEASURABLE", 0) in flags


def test_someone_is_nobody_in_particular():
    text = "Someone from the team will book swimming lessons for Jack before the summer."
    assert not _owned("action", text)
