"""Shapes of wording found in the twenty-seventh blind set's errors, pinned with wording of
their own (docs/quality-checks.md, "After blind25-27").

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it.
"""

from casequality import check, split_actions


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def test_decimal_numbered_items_and_a_heading_over_them():
    text = (
        "5. ACTIONS\n"
        "5.1 SW to refer Mo to CAMHS by 01/06; referral copied to the IRO.\n"
        "5.2 Carers to take Mo to the dentist by 15/06.\n"
    )
    assert len(split_actions(text)) == 2
    text = (
        "Plan\n7. Support plan\n7.1 The council will pay the SGO allowance from the order.\n"
        "7.2 SW to arrange life story work by 01/09.\n"
    )
    assert [a.text[:7] for a in split_actions(text)] == ["The cou", "SW to a"]


def test_a_numbered_update_is_no_task():
    text = (
        "Actions\n"
        "1. Housing officer visited 04/11 - repairs booked.\n"
        "2. PA to book the tenancy sign-up by 20/11.\n"
        "3. Lee got his passport on 01/11.\n"
    )
    assert [a.text for a in split_actions(text)] == ["PA to book the tenancy sign-up by 20/11."]


def test_an_email_signature_in_columns_is_no_action():
    text = (
        "Actions: SW to book the review by 3/12.\n\n"
        "Jo Bell | Social Worker | Children in Care Team 1\n"
        "Eastvale Borough Council | Town Hall, Eastvale\n"
    )
    assert [a.text for a in split_actions(text)] == ["SW to book the review by 3/12."]


def test_timescales_named_by_a_months_visit_a_week_number_or_the_next_contact():
    for action in (
        "PA to check the bill is paid at their March visit.",
        "Employer to book the safety test in week 3 of the placement.",
        "Carers to keep a contact diary, starting from the next contact.",
    ):
        assert ("ACTION_NO_TIMESCALE", 0) not in _flags("action", action), action


def test_owners_written_as_both_sets_of_a_role_or_a_numbered_team():
    assert ("ACTION_NO_OWNER", 0) not in _flags(
        "action", "Both sets of carers to swap photos by 1/5."
    )
    assert ("ACTION_NO_OWNER", 0) not in _flags("action", "18+ Team to allocate a PA by 01/08.")


def test_who_what_questions_as_labels():
    # "What?" labels the action, so its question mark does not end a sentence there.
    text = "Actions\nWho? Carer. What? Take Ali to the optician by 3/4; tell SW the result.\n"
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags("care_plan", text)


def test_oversight_that_names_a_decision_maker_or_muses_decides_nothing():
    assert ("OVERSIGHT_NO_RATIONALE", None) in _flags(
        "oversight",
        "AGENCY DECISION MAKER - Re: Mr and Mrs Hale - review of approval\n"
        "The carers have looked after Amy for 3 years. Training up to date. Checks renewed.",
    )
    assert ("OVERSIGHT_NO_RATIONALE", None) in _flags(
        "oversight",
        "PS oversight. I wonder what Leo makes of the plan to move him. Something to reflect on.",
    )


def test_a_result_after_a_semicolon_measures_a_supported_application():
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "Tutor to support Sam's college application; application submitted by 10/01."
    )
