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
    # A named plan at a set event is measurable too since the eleventh to thirteenth blind sets
    # (test_later_shapes.py); with no time at all it is not.
    assert "ACTION_NOT_MEASURABLE" not in _action("IRO to review the plan at the next review.")
    assert "ACTION_NOT_MEASURABLE" in _action("IRO to review the plan.")


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


# Shapes from the seventh blind set's errors (docs/quality-checks.md, "After the seventh").


def test_a_plural_noun_or_the_writer_agreeing_is_not_the_child_speaking():
    assert ("NO_CHILD_VOICE", None) in _codes("review", "Review 2. Outcomes agreed. Next in May.")
    record = "I have chaired Mia's reviews since 2024 and I remain worried about drift."
    assert ("NO_CHILD_VOICE", None) in _codes("review", record)


def test_an_account_credited_to_an_adult_is_not_voice_but_one_through_an_advocate_is():
    assert ("NO_CHILD_VOICE", None) in _codes("review", "Zac's wish is to stay (per FC).")
    assert _codes("review", "Zac sent a letter via his advocate asking to see his dad.") == set()


def test_first_person_words_under_the_childs_views_heading_are_voice():
    text = "Plan: stay put. Contingency: lodgings.\nTia's view: \"I'm not moving. Done.\""
    assert ("NO_CHILD_VOICE", None) not in _codes("care_plan", text)


def test_an_observed_response_of_a_child_without_speech_is_voice_but_development_is_not():
    seen = "Baby Lola (3 months). I observed her at contact: she smiled and reached for dad."
    assert ("NO_CHILD_VOICE", None) not in _codes("review", seen)
    growth = "Baby Lola (3 months) is observed to be meeting her milestones and gaining weight."
    assert ("NO_CHILD_VOICE", None) in _codes("review", growth)
    aided = "Sam uses symbols. Using his symbol board Sam selected 'park' and 'no school bus'."
    assert ("NO_CHILD_VOICE", None) not in _codes("review", aided)


@pytest.mark.parametrize(
    "text, present",
    [
        ("Plan: LTFC.\nContingency plan:\nActions:\n1. SW to visit by 2 May.", False),
        ("Plan: LTFC.\n7. Contingency\nIf the match fails, Zac stays with his carers.", True),
        ("Plan: LTFC. We are not twin-track planning as the placement is secure.", False),
    ],
)
def test_an_empty_field_a_heading_above_its_content_and_a_stated_absence(text, present):
    flagged = ("NO_CONTINGENCY", None) in _codes("care_plan", text + '\nZac said "ok".')
    assert flagged is not present


def test_an_empty_reason_field_and_a_list_of_checks_give_no_reason():
    assert _codes("oversight", "Decision: Approved.\nReason for the decision:") == {
        ("OVERSIGHT_NO_RATIONALE", None)
    }
    checks = "QA & audit: case summary updated, visits in timescale. Continue as planned."
    assert _codes("oversight", checks) == {("OVERSIGHT_NO_RATIONALE", None)}


def test_over_next_n_weeks_is_a_timescale_and_weekend_work_is_not():
    assert "ACTION_NO_TIMESCALE" not in _action("PA to text Zac twice over next 3 wks.")
    assert "ACTION_NO_TIMESCALE" in _action("PA to help Zac find weekend work.")


def test_numbers_with_dashes_and_bullets_run_onto_one_line_are_list_items():
    numbered = "Actions:\n1 – SW to book the optician by 2 May\n2 – Carer to take Zac to it"
    assert len(split_actions(numbered)) == 2
    run_on = "Actions: - build up cooking skills - help with his CV - keep him safe online"
    assert len(split_actions(run_on)) == 3
    fields = "Actions:\n- Book dental check - FC - by Friday"
    assert len(split_actions(fields)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "SW to support the carers with Zac's worries until a match is identified.",
        "Ongoing support re: sibling contact, fortnightly.",
        "Transition planning.",
    ],
)
def test_support_until_an_event_ongoing_support_and_planning_are_not_measurable(text):
    assert "ACTION_NOT_MEASURABLE" in _action(text)


# Shapes from the sixth blind set's errors (docs/quality-checks.md, "After the sixth").


def test_a_heading_with_a_note_in_brackets_and_narrative_and_questions_are_not_actions():
    text = (
        "Targets (agreed at the PEP - TARGET: lines kept)\nThe meeting discussed reading.\n"
        "Q: What will help?\nA: TA to hear Mo read daily."
    )
    assert [a.text for a in split_actions(text)] == ["A: TA to hear Mo read daily."]


def test_a_permanence_plan_line_is_not_an_action():
    text = "Permanence plan: Mo to stay with his aunt until 18.\nActions\n1. SW to visit by 2 May."
    assert len(split_actions(text)) == 1


def test_owners_involved_in_brackets_and_in_a_lead_in():
    assert "ACTION_NO_OWNER" not in _action("School nurse to be involved in the review by 1 May.")
    paren = "We (the Fostering Team, SSW Ann Lee) will visit Mo by 3 June."
    assert "ACTION_NO_OWNER" not in _action(paren)
    text = "Mo said he is happy.\nThe fostering service will:\n1. Book respite by 3 June."
    assert ("ACTION_NO_OWNER", 0) not in _codes("pep", text)


def test_at_least_a_frequency_is_no_measure():
    assert "ACTION_NOT_MEASURABLE" in _action(
        "Nan to encourage Mo with reading at least once a day."
    )


def test_a_quotation_of_several_sentences_under_his_words_is_voice_and_joining_a_club_is_not():
    quoted = 'Mo (his own words): "Leave me be. I am fine here."\n1. SW to visit by 2 May.'
    assert ("NO_CHILD_VOICE", None) not in _codes("pep", quoted)
    club = "Mo has settled and he has joined Cubs.\n1. SW to visit Mo by 2 May."
    assert ("NO_CHILD_VOICE", None) in _codes("pep", club)


def test_more_observed_responses_of_a_baby_are_voice():
    text = (
        "Ada is 10 months old. I observed her at contact: she crawls towards mum and is comforted."
    )
    assert ("NO_CHILD_VOICE", None) not in _codes("review", text)


def test_a_list_item_that_runs_onto_the_next_line_is_one_action():
    text = (
        "Targets:\n- Tutor to run a spelling group weekly, with Mo's\n  spellings tested Fridays."
    )
    assert len(split_actions(text)) == 1
    assert ("ACTION_NOT_MEASURABLE", 0) not in _codes("pep", text + '\nMo said "ok".')


@pytest.mark.parametrize(
    "text",
    [
        "Kinship team to ring Nan, with a visit in the first month.",
        "Kinship team to allocate a support worker from the date of the order.",
    ],
)
def test_the_first_month_and_the_date_of_the_order_are_timescales(text):
    assert "ACTION_NO_TIMESCALE" not in _action(text)


def test_preparing_someone_for_an_event_is_measurable_for_a_process_it_is_not():
    assert "ACTION_NOT_MEASURABLE" not in _action("Advocate to prepare Mo for his court hearing.")
    assert "ACTION_NOT_MEASURABLE" in _action("Carer to prepare Mo for growing up.")


@pytest.mark.parametrize(
    "text",
    [
        "PA to help Mo get ready for college by doing a mock interview on 3 May.",
        "Key adult to use Mo's love of Lego in a daily social group; progress assessed against "
        "his Boxall profile.",
    ],
)
def test_a_practice_event_and_a_stated_assessment_are_measures(text):
    assert "ACTION_NOT_MEASURABLE" not in _action(text)


def test_a_passive_activity_verb_is_not_measurable():
    assert "ACTION_NOT_MEASURABLE" in _action("Placement to be sustained.")


def test_a_progress_note_in_brackets_does_not_hide_a_repeat():
    previous = "1. SW to finish the viability assessment by 30 June."
    current = "1. SW to finish the viability assessment by 30 June (on track - visit done 3 May)."
    assert ("SUPERVISION_REPEATED_ACTIONS", 0) in _codes("supervision", current, previous)


# Shapes from the eighth blind set's errors (docs/quality-checks.md, "After the eighth").


def test_an_action_marked_not_done_is_a_repeat_even_with_a_new_date():
    previous = "Case | Action | Owner | Due | Progress\nMo | Book the optician | SW | 3/05 | new"
    current = (
        "Case | Action | Owner | Due | Progress\nMo | Book the optician | SW | 17/05 | not done"
    )
    assert ("SUPERVISION_REPEATED_ACTIONS", 0) in _codes("supervision", current, previous)
    moved = "Case | Action | Owner | Due | Progress\nMo | Book the optician | SW | 17/05 | booked"
    assert ("SUPERVISION_REPEATED_ACTIONS", 0) not in _codes("supervision", moved, previous)


def test_an_agent_after_run_by_is_an_owner_and_a_helped_you_is_not():
    assert "ACTION_NO_OWNER" not in _action(
        "Respite to start on 3 May, run by the short breaks centre."
    )
    assert "ACTION_NO_OWNER" in _action("You will be helped with your anger, by the summer.")


@pytest.mark.parametrize(
    "text",
    [
        "Tutor to teach Mo weekly and measure his progress each half term.",
        "By July Mo's reading age will be within 6 months of his age.",
        "Life story sessions (x3) from 3 May, each session's notes to go on file.",
        "Nan to be added to the school contact list.",
        "SW to raise a formal complaint with the provider by 3 May.",
    ],
)
def test_measures_and_outputs_in_new_shapes(text):
    assert "ACTION_NOT_MEASURABLE" not in _action(text)


def test_a_subject_after_a_possessive_is_a_noun_not_a_purpose():
    assert "ACTION_NOT_MEASURABLE" in _action("Tutor to support Mo with his reading, by July.")


def test_each_of_his_stays_is_a_frequency():
    assert "ACTION_NO_TIMESCALE" not in _action(
        "Jo will note his moods on each of his weekend stays."
    )


def test_records_of_work_done_are_no_reason():
    entry = "Manager comment: I have read the file. The SW is visiting monthly. Happy with plan."
    assert _codes("oversight", entry) == {("OVERSIGHT_NO_RATIONALE", None)}


@pytest.mark.parametrize(
    "text, voice",
    [
        ("IRO note: Spoke to the carer by phone. Plan on track.", False),
        ('Carer to fill in the "All about me" booklet with Mo by 3 May.', False),
        ('Summer said "my room" when asked where she wants to live.', True),
        ("What Mo wants: to stay at his school.", True),
    ],
)
def test_voice_in_new_shapes(text, voice):
    assert (("NO_CHILD_VOICE", None) not in _codes("review", text)) is voice


def test_an_initial_after_a_field_label_is_not_a_list_marker():
    text = "Pupil: D. Okoro. Year 4.\n1. TA to read with D. daily.\n2. DT to book the EP by 3 May."
    assert len(split_actions(text)) == 2


def test_a_lead_in_owner_covers_every_kind_of_list_marker():
    text = 'Mo said "yes".\nMo will:\ni. Book the optician by 2 May.\nii. Ring nan every Sunday.'
    assert not any(code == "ACTION_NO_OWNER" for code, _ in _codes("pathway_plan", text))
