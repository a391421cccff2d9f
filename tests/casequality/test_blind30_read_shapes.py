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
