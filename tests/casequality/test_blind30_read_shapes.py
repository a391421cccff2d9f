"""Shapes of wording found when the thirtieth blind set's errors were read (session 7), pinned
with wording of its own (docs/quality-checks.md, "Reading the thirtieth set").

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it.
"""

from casequality import check, split_actions


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


_EPEP = (
    "ePEP record\nPupil: Noah B   Year: 8   School: Riverside Academy\n\n"
    'Pupil voice\nNoah said: "I like DT but I hate reading out loud."\n\n'
    "Target 1\n"
    "SMART target: Noah will read one graded reader a week and pass its quiz by half term.\n"
    "Strategy: library slot on Wednesdays.\n"
    "Responsible:\n"
    "Review date: 14/02/2026\n"
    "RAG: Amber\n\n"
    "Target 2\n"
    "SMART target: Improve organisation.\n"
    "Strategy: checklist taped inside his planner, checked every morning.\n"
    "Responsible: Learning mentor (Mr Dey)\n"
    "Review date: 14/02/2026\n"
    "RAG: Red\n\n"
    "Target 3\n"
    "SMART target: Typing speed to reach 25 words a minute.\n"
    "Strategy: typing club.\n"
    "Responsible: OT (Ms Farr)\n"
    "Review date: 20/03/2026\n"
    "RAG: Green\n"
)


def test_smart_target_records_are_read_as_one_action_each():
    assert len(split_actions(_EPEP)) == 3


def test_an_empty_responsible_field_leaves_the_target_without_an_owner():
    # the target names the pupil, but nobody is down to see that it happens
    assert ("ACTION_NO_OWNER", 0) in _flags("pep", _EPEP)


def test_a_filled_responsible_field_is_the_owner():
    flags = _flags("pep", _EPEP)
    assert ("ACTION_NO_OWNER", 1) not in flags
    assert ("ACTION_NO_OWNER", 2) not in flags  # "OT (Ms Farr)": a therapist's role


def test_the_strategy_does_not_make_a_vague_target_measurable():
    # "checked every morning" is how the school helps, not how anyone knows it improved
    assert ("ACTION_NOT_MEASURABLE", 1) in _flags("pep", _EPEP)


def test_columns_that_set_the_scene_are_not_part_of_the_action():
    text = (
        "PATHWAY PLAN\nYP: Leah G   PA: Omar Said\n\n"
        "| Area | Current position | Action | Who | When |\n"
        "| Money | Universal Credit, £40 a month repaid to DWP. | Look into the debt | PA | |\n"
        "| Health | Registered with GP. | Book an eye test | | by 30/04/2026 |\n"
        "| Family | Sees her nan on Sundays. | – | – | – |\n"
    )
    actions = split_actions(text)
    assert [a.text.split(" |")[0] for a in actions] == ["Look into the debt", "Book an eye test"]
    flags = _flags("pathway_plan", text)
    # the numbers in the current position do not measure "look into"
    assert ("ACTION_NOT_MEASURABLE", 0) in flags
    assert ("ACTION_NO_OWNER", 1) in flags


def test_an_aside_in_brackets_is_not_a_task():
    text = (
        "Pathway plan review\n\n"
        "Ryan has moved in with his aunt and works at a garage (paid weekly, so his benefit "
        "will drop).\n\n"
        "Housing: PA to add Ryan to the housing register by 12/05/2026.\n"
        "Ryan appears to be coping well with the move.\n"
    )
    assert [a.text[:15] for a in split_actions(text)] == ["PA to add Ryan "]


def test_an_acronym_in_a_bracketed_list_is_not_a_month():
    text = "SW to finish the panel papers (CPR, APR summary and chronology) and send them to panel."
    assert ("ACTION_NO_TIMESCALE", 0) in _flags("action", text)
    listed = "Carer and Jade to attend the cookery course together (6 sessions, June)."
    assert ("ACTION_NO_TIMESCALE", 0) not in _flags("action", listed)


def test_monitoring_contact_sets_no_arrangement():
    assert ("ACTION_NOT_MEASURABLE", 0) in _flags(
        "action", "IRO to monitor sibling contact monthly."
    )
    # contact set at a frequency is still an arrangement that can be checked
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "Contact with Nan to take place fortnightly at the family centre."
    )


# --- the thirty-first set's remaining errors ---------------------------------------------


def test_lettered_items_under_an_agreed_that_line_are_the_actions():
    text = (
        "CARE PLAN — PART C\nPrepared by: Ann Cole, SW\n\n"
        "It was agreed at the planning meeting on 02/03/2026 that:\n\n"
        "(a) Family time with Gran will be weekly at the family centre, booked from 09/03/2026.\n"
        "(b) The SW will tell Ellie about the new arrangement by 06/03/2026.\n"
        "(c) Letterbox contact with dad will be encouraged.\n"
    )
    assert [a.text[:16] for a in split_actions(text)] == [
        "Family time with",
        "The SW will tell",
        "Letterbox contac",
    ]


def test_the_person_contact_is_with_is_not_its_owner():
    text = "Contact with father (Mr Dean Foy) will be monthly at the family centre."
    assert ("ACTION_NO_OWNER", 0) in _flags("action", text)


def test_a_status_table_under_previous_actions_is_last_sessions_work():
    text = (
        "SUPERVISION\nSupervisee: Ben Ito\n\n"
        "Previous actions – status\n"
        "| # | Action | Status |\n"
        "| 1 | Chase the passport application | Done — passport arrived 02/02 |\n\n"
        "Actions\n"
        "1. BI to book the LAC health review by 20/02/2026.\n"
    )
    assert [a.text[:10] for a in split_actions(text)] == ["BI to book"]


def test_header_rows_with_joined_or_numbered_column_names_are_not_actions():
    text = (
        "SUPPORT PLAN\n\n"
        "# | Support | Detail | Who | When / how often\n"
        "1 | Money | Allowance paid by BACS | Finance officer | monthly\n"
    )
    assert [a.text[:9] for a in split_actions(text)] == ["1 | Money"]


def test_a_title_in_capitals_is_not_a_task_in_a_mixed_case_plan():
    text = (
        "Care plan\n\n"
        "PART B — SERVICES TO MEET THE CHILD'S NEEDS\n"
        "B.1 Health: the nurse will complete the health assessment by 30/05/2026.\n"
    )
    assert [a.text[:9] for a in split_actions(text)] == ["the nurse"]


def test_a_transcription_note_is_not_the_managers_reason():
    text = "[Typed by admin from the TM's note on file]\nTM 02/05: talked w/ SW. Case to close."
    assert ("OVERSIGHT_NO_RATIONALE", None) in _flags("oversight", text)


def test_what_was_proposed_is_not_why_it_was_approved():
    text = "Proposal to reduce Sunday family time with Grandad to monthly.\nApproved."
    assert ("OVERSIGHT_NO_RATIONALE", None) in _flags("oversight", text)


def test_an_iros_recommendation_is_not_the_managers_decision():
    text = (
        "Oversight\nI have read the file and the review minutes. Kian has been missing four "
        "times since 02/01/2026 and his school place is at risk. The IRO has recommended that a "
        "strategy meeting is convened and that a new risk assessment is completed. The case "
        "will be talked about again at supervision."
    )
    assert ("OVERSIGHT_NO_RATIONALE", None) in _flags("oversight", text)


def test_a_single_word_action_names_an_area_not_a_measure():
    for text in ["Orthodontist.", "Swimming", "- Budgeting"]:
        assert ("ACTION_NOT_MEASURABLE", 0) in _flags("action", text), text
    # a short task with a verb and a deliverable is still judged as a task
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags("action", "Passport application.")


# --- the thirty-fourth set (dictated notes) ------------------------------------------------


def test_a_lower_case_name_that_owns_something_is_a_person():
    text = (
        "Pathway plan - PA Jon Reeve\n\n"
        "Actions\n"
        "1. PA to ring the college about kayleigh's bursary by 10th Oct\n"
        "2. kayleigh to open a bank account with PA by end of Nov\n"
    )
    assert ("ACTION_NO_OWNER", 1) not in _flags("pathway_plan", text)
    # a lower-case thing never takes "'s", so it stays no owner
    assert ("ACTION_NO_OWNER", 0) in _flags("action", "transport to be sorted by friday")


def test_b4_is_before():
    assert ("ACTION_NO_TIMESCALE", 0) not in _flags(
        "action", "SW to do the genogram b4 next review"
    )


def test_letting_someone_know_if_there_are_concerns_is_no_outcome():
    text = "Carers to keep an eye on his phone use and let SW know if any concerns."
    assert ("ACTION_NOT_MEASURABLE", 0) in _flags("action", text)


def test_keeping_talking_about_something_is_no_outcome():
    text = "IRO to keep talking with Finn about what he wants from family time."
    assert ("ACTION_NOT_MEASURABLE", 0) in _flags("action", text)


def test_a_family_support_worker_is_an_owner():
    text = "Sibling contact fortnightly at the hub, supervised by FSW Dee Hart."
    assert ("ACTION_NO_OWNER", 0) not in _flags("action", text)
