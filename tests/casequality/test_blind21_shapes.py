"""Shapes of wording found in the twenty-first blind set's errors, pinned with wording of their
own (docs/quality-checks.md, "After blind21").

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it.
"""

from casequality import check, split_actions


def _action(text: str) -> set[str]:
    return {f.code for f in check("action", text)}


M = "ACTION_NOT_MEASURABLE"


def test_telling_someone_about_any_worries_is_no_checkable_later_task():
    assert M in _action("Aunt Rose to watch Toby's sleep and tell the SW about any worries.")
    assert M in _action("Carers to monitor his mood and inform school of any changes.")
    # A response time makes the telling itself checkable.
    assert M not in _action("School to inform SW of any exclusion within one working day.")


def test_a_name_kept_on_a_list_or_register_is_checkable():
    assert M not in _action("Youth worker to keep Aaliyah on the Duke of Edinburgh waiting list.")
    assert M in _action("Youth worker to keep Aaliyah motivated.")


def test_something_agreed_in_writing_is_a_measure():
    assert M not in _action(
        "Respite to be sorted for the half-term week, with the dates agreed in writing."
    )
    assert M in _action("Respite to be sorted.")


def test_a_follow_up_check_on_whether_it_worked_does_not_make_the_action_vague():
    assert M not in _action(
        "Carer to give Mo a visual morning timetable, checking at the next visit whether he "
        "gets to school on time."
    )
    assert M not in _action(
        "TM to book a team audit slot every Monday from 4 May; we'll review in supervision "
        "whether it is being used."
    )
    # The follow-up does not rescue an action that is vague on its own.
    assert M in _action("Carer to support Mo, checking at the next visit whether he is happier.")


def test_blocking_out_diary_time_is_a_concrete_verb():
    assert M not in _action("IRO to block out Thursday mornings for midway reviews from 1 June.")


def test_a_transport_service_carrying_on_at_a_frequency_is_checkable():
    assert M not in _action("School transport to continue daily from the new placement.")
    assert M in _action("Support to continue daily.")


def test_keeping_contact_going_is_keeping_in_touch():
    text = "Area | Action | Who | When\nSiblings | Keep contact going | SW | fortnightly\n"
    assert (M, 0) in {(f.code, f.action_index) for f in check("care_plan", text)}


def test_a_fragment_sent_to_a_named_person_stays_with_its_action():
    text = (
        "Housing: PA to send the council tax exemption form by 3 May; copy to Kemi.\n"
        "Health: Kemi to register with the Quayside GP by 10 May.\n"
    )
    assert [a.text for a in split_actions(text)] == [
        "PA to send the council tax exemption form by 3 May; copy to Kemi.",
        "Kemi to register with the Quayside GP by 10 May.",
    ]


def test_a_task_on_the_actions_heading_line_is_the_first_item():
    text = (
        "Mia is settled.\n"
        "Actions - review respite\n"
        "- SW Dan Orr to complete the SGO support plan by 1/7\n"
    )
    assert [a.text for a in split_actions(text)] == [
        "review respite",
        "SW Dan Orr to complete the SGO support plan by 1/7",
    ]
