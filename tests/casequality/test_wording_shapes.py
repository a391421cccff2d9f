"""Shapes of wording found in the fifth blind set's errors, pinned with wording of their own.

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it (docs/quality-checks.md, "After the fifth blind set").
"""

import pytest

from casequality import check, split_actions


def _codes(kind: str, text: str, previous: str | None = None) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text, previous)}


def _action(text: str) -> set[str]:
    return {code for code, _ in _codes("action", text)}


@pytest.mark.parametrize(
    "text",
    [
        "Adoption assessor Priti Nair to present the report to panel by 4 June.",
        "Respite coordinator Sam to book the weekend stay by 9 May.",
    ],
)
def test_a_job_title_before_a_name_is_an_owner(text):
    assert "ACTION_NO_OWNER" not in _action(text)


@pytest.mark.parametrize(
    "text",
    [
        "Auntie contact to move to Saturdays from 3 May.",
        "Optician appointment needed before the autumn term.",
        "Dentist registration by 1 June.",
    ],
)
def test_a_person_named_before_what_is_done_with_them_is_not_the_owner(text):
    assert "ACTION_NO_OWNER" in _action(text)


def test_a_bare_number_before_a_name_is_a_list_marker_but_not_before_a_month():
    text = "Actions\n1 Kofi to enrol at the gym by 2 May.\n2 Kofi to join the club by 9 May."
    assert [a.text[:4] for a in split_actions(text)] == ["Kofi", "Kofi"]
    assert ("ACTION_NO_OWNER", 0) not in _codes("pathway_plan", text + '\nKofi said "yes".')
    dated = "Actions\n3 March: carer to book the optician for Kofi."
    assert split_actions(dated)[0].text.startswith("3 March")


def test_an_email_sign_off_is_not_an_action():
    text = (
        "Hi all, the plan is below.\nActions: I will book the optician for 2 May. Nan will "
        "drive Rio to judo every Monday.\nKind regards, Pete"
    )
    assert len(split_actions(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Carer to note each seizure in the daily diary.",
        "Keyworker to file the incident form in the weekly records.",
    ],
)
def test_the_name_of_a_record_is_not_a_frequency(text):
    assert "ACTION_NO_TIMESCALE" in _action(text)


@pytest.mark.parametrize(
    "text",
    [
        "Key adult to meet Rio for ten minutes each morning, spring term.",
        "Nurse to visit Bea fortnightly throughout the placement.",
        "SW to text Jo after every update from the court.",
    ],
)
def test_terms_spans_and_event_frequencies_are_timescales(text):
    assert "ACTION_NO_TIMESCALE" not in _action(text)


@pytest.mark.parametrize(
    "text",
    [
        "SW to chat with nan about the holiday and get her signed consent by 3 June.",
        "Carer to help Rio with the route; Rio to catch the bus to college alone by 1 July.",
        "PA to check in fortnightly and visit Lou every 6 weeks.",
    ],
)
def test_a_later_checkable_task_makes_the_action_measurable(text):
    assert "ACTION_NOT_MEASURABLE" not in _action(text)


@pytest.mark.parametrize(
    "text",
    [
        "PA to help Lou generally and keep in touch.",  # the later task is soft as well
        "SW to discuss schooling and think about options.",
    ],
)
def test_a_later_soft_task_does_not(text):
    assert "ACTION_NOT_MEASURABLE" in _action(text)


def test_a_review_on_a_date_is_measurable_and_an_undated_one_is_not():
    assert "ACTION_NOT_MEASURABLE" not in _action("IRO to review the plan at the review on 2 May.")
    assert "ACTION_NOT_MEASURABLE" in _action("IRO to review the plan at the next review.")


@pytest.mark.parametrize(
    "text",
    [
        "Youth worker to do some work with Ben around his friendships.",
        "Mentor to do confidence work with Ivy.",
        "Health visitor to stay involved after the birth.",
        "Maths — improve maths in lessons.",
        "Head of Year to look at changing Ivy's timetable so she can see the nurse.",
        "SW to monitor Ivy's routine during visits, 4 weekly.",
    ],
)
def test_open_ended_work_and_purposes_of_deliberating_are_not_measurable(text):
    assert "ACTION_NOT_MEASURABLE" in _action(text)


def test_dated_direct_work_is_measurable():
    assert "ACTION_NOT_MEASURABLE" not in _action("SW to do life story work with Ivy on 3 May.")


def test_a_short_fragment_after_a_semicolon_stays_with_its_action():
    text = "Actions\n- Tutor to send Ivy's attendance to the PA monthly; target 92%."
    assert len(split_actions(text)) == 1


def test_an_action_label_mid_line_covers_that_line_only():
    text = (
        "Housing — You said you want a flat. Action: PA to submit the housing form by 1 May.\n"
        "College — You're on the Level 1 course. Action: Tutor to email the PA weekly."
    )
    assert [a.text[:4] for a in split_actions(text)] == ["PA t", "Tuto"]


def test_an_oversight_that_says_it_was_read_gives_no_reason():
    assert _codes(
        "oversight", "Team manager comment: I've looked over this. Happy to proceed."
    ) == {("OVERSIGHT_NO_RATIONALE", None)}


def test_a_conversation_with_someone_named_is_measurable_and_liaising_is_not():
    assert "ACTION_NOT_MEASURABLE" not in _action("PA to speak to the college nurse.")
    assert "ACTION_NOT_MEASURABLE" not in _action("Tutor to talk with Remi about sixth form.")
    assert "ACTION_NOT_MEASURABLE" in _action("PA to liaise with the college nurse.")


def test_a_section_number_is_not_read_as_part_of_the_action():
    text = (
        "Contingency: long-term fostering.\nRaya said she likes her school.\n4. Actions\n"
        "4.1 Dad to keep trying with his drinking, with help as required.\n"
        "4.2 SW to book the medical for 2 May."
    )
    assert _codes("care_plan", text) == {
        ("ACTION_NOT_MEASURABLE", 0),
        ("ACTION_NO_TIMESCALE", 0),
    }
