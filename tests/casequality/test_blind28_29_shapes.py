"""Shapes of wording found in the twenty-eighth and twenty-ninth blind sets' errors, pinned with
wording of their own (docs/quality-checks.md, "After blind28-29").

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it.
"""

from casequality import check, split_actions


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def test_numbered_form_headings_over_prose_are_not_items():
    text = (
        "1. Background, Family and Current Situation\n"
        "Amir lives with his carer, Mrs Dunn.\n\n"
        "2. Education, Training and Employment\n"
        "2.1 Mr Cole will book Amir's catering taster day by 3 May 2025.\n"
        "2.2 The PA will apply for a bursary by 30 June 2025.\n\n"
        "3. Health\n"
        "Amir is well. No actions.\n"
    )
    assert [a.text[:10] for a in split_actions(text)] == ["Mr Cole wi", "The PA wil"]


def test_case_and_last_time_columns_are_not_part_of_the_action():
    text = (
        "Case | Actions from last supervision | New actions\n"
        "Leah Moss | done | Bursary application to be sent by 30/05\n"
        "Tom Hill | n/a | PA to book Tom's ID appointment by 12/05\n"
    )
    actions = [a.text for a in split_actions(text)]
    assert actions == [
        "Bursary application to be sent by 30/05",
        "PA to book Tom's ID appointment by 12/05",
    ]
    flags = _flags("supervision", text)
    assert ("ACTION_NO_OWNER", 0) in flags  # Leah is the case, not the owner
    assert ("ACTION_NO_OWNER", 1) not in flags


def test_an_attainment_grid_with_named_grade_columns_holds_no_actions():
    text = (
        "Subject | Predicted grade (Sept) | Current working grade (Dec) | Target grade\n"
        "English | 4-4 | 4-4 | 5-5\n"
        "Targets\n1. Mr Shah to run a weekly revision group from 13/01 until the mocks.\n"
    )
    assert [a.text for a in split_actions(text)] == [
        "Mr Shah to run a weekly revision group from 13/01 until the mocks."
    ]


def _measurable(kind: str, text: str) -> bool:
    return any(f.code == "ACTION_NOT_MEASURABLE" for f in check(kind, text))


def test_a_desired_outcome_is_the_aim_and_the_action_is_judged_on_its_own():
    text = (
        "Desired outcome: Kai feels settled and safe at home.\n"
        "Action: Referral to the Family Group Conference service.\n"
        "Responsible: SW (Ms Bell)\nTarget date: by 14/02/2025\n"
    )
    assert not _measurable("care_plan", text)
    vague = text.replace(
        "Referral to the Family Group Conference service.", "Continue to support Kai."
    )
    assert _measurable("care_plan", vague)


def test_shapes_of_measurable_actions_met_in_blind28_and_blind29():
    for action in (
        "Reading age to rise from 7y 2m to 8y 0m by the summer PEP.",
        "SW to start the SGO support plan with Gran and have a draft ready by 30/04.",
        "Legal to prepare the application for an extension of the order by 14/02.",
        "PA to support Lou to attend the young parents' group on Thursdays.",
    ):
        assert not _measurable("action", action), action


def _oversight(text: str) -> bool:
    return any(f.code == "OVERSIGHT_NO_RATIONALE" for f in check("oversight", text))


def test_a_signature_with_a_role_is_not_a_reason_and_a_long_restatement_is_none():
    assert _oversight("I have read the IRO's report. Agreed.\nMrs Jo Kane, Head of Service (CIC)")
    assert _oversight(
        "Decision: Agree the review's recommendations.\nRationale: As per IRO.\nSam Price"
    )
    assert _oversight(
        "Decision: Leo to stay in his flat with a door alarm fitted.\n"
        "Rationale: Decision made to keep Leo in his flat with a door alarm fitted.\n"
        "Jo Kane, TM (Leaving Care)"
    )
    assert not _oversight(
        "Decision: Leo to stay in his flat because he is settled and wants to stay.\n"
        "Jo Kane, TM (Leaving Care)"
    )


def test_bracketed_item_numbers_and_contracted_first_person_owners():
    text = (
        "Actions\n[1] Housing — PA to refer Jo to the housing panel by 28/02/25.\n"
        "[2] Health — Jo to register with the Riverside GP by 14/03/25.\n"
    )
    assert len(split_actions(text)) == 2
    assert ("ACTION_NO_OWNER", 0) not in _flags("action", "I'll ring the college by Friday.")
    assert ("ACTION_NO_OWNER", 0) not in _flags("action", "We'll book the tenancy sign-up by 3/6.")


def test_a_numbered_action_carried_over_in_a_case_table_is_a_repeat():
    previous = (
        "Case | Actions from last sup | New actions\n"
        "Jo Bell | started | 1. SW to chase the RHA.\n"
        "Jo Bell | - | 2. SW to book the sibling visit by 03/03.\n"
    )
    current = (
        "Case | Actions from last sup | New actions\n"
        "Jo Bell | not done | 1. SW to update the care plan by 10/03.\n"
        "Jo Bell | not done | 2. SW to chase the RHA.\n"
    )
    repeats = {
        f.action_index
        for f in check("supervision", current, previous)
        if f.code == "SUPERVISION_REPEATED_ACTIONS"
    }
    assert repeats == {1}
