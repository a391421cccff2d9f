"""Shapes of wording found in the twenty-second to twenty-fourth blind sets' errors, pinned with
wording of their own (docs/quality-checks.md, "After blind22–24").

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it.
"""

from casequality import check, split_actions


def _oversight(text: str) -> bool:
    return any(f.code == "OVERSIGHT_NO_RATIONALE" for f in check("oversight", text))


def _owner(kind: str, text: str) -> set[int | None]:
    return {f.action_index for f in check(kind, text) if f.code == "ACTION_NO_OWNER"}


def test_a_date_stamp_before_the_managers_own_words_is_no_history():
    text = (
        "TM oversight, Priya Shah, 04/06/2025: I have read the viability report and I agree "
        "that Leo should stay with his aunt because the assessment is positive and Leo says "
        "he feels safe there, which is the outcome the plan has been working towards for "
        "several months, and the SW will update the care plan by 20/06/2025."
    )
    assert not _oversight(text)


def test_a_reason_box_labelled_reason_and_signed_underneath_is_judged_by_its_contents():
    text = "Management decision: Approved.\nReason: As per panel.\nSam Okoro 12/02/2025"
    assert _oversight(text)
    text = (
        "Management decision: Approved.\nReason: Mia's carers need a break before the "
        "summer and Mia asked for it.\nSam Okoro 12/02/2025"
    )
    assert not _oversight(text)


def test_an_empty_management_decision_box_records_no_decision():
    text = "Reason: Kai is 17 and out of education since March.\nManagement decision:\n"
    assert _oversight(text)


def test_work_done_status_and_a_passive_order_are_no_reasons():
    assert _oversight("DM oversight: 6 return home interviews reviewed. Decision - plan to stay.")
    assert _oversight(
        "Oversight 02/05\nI have read the file. Case remains open to the 16+ team. Agreed."
    )
    assert _oversight(
        "01/04 PS: Agreed for Jo to stay with her nan. Reg 24 extension to be sought."
    )
    assert _oversight(
        "Request for an extra respite weekend for the Adeyemi children (carers' request). "
        "Not agreed. To be looked at again in July."
    )


def test_we_names_the_team_as_owner_and_we_agreed_names_who_was_agreed_on():
    assert not _owner("action", "We will book Tom's dental check by 30 June.")
    assert not _owner("action", "We agreed that Priya will take Tom to the dentist by 30 June.")
    assert _owner("action", "We agreed that a dental check will be booked by 30 June.")
    assert _owner("action", "Everyone to keep Tom safe.")


def test_a_number_alone_on_its_line_over_a_who_what_when_block_is_no_action():
    text = (
        "Actions\n1.\nWho: Dee Marsh (SW)\nWhat: Refer Ana to the Virtual School for tuition\n"
        "When: by 12/05/25\n\n2.\nWho: Carer (Liz)\nWhat: Take Ana to the optician\n"
        "When: by 30/05/25\n"
    )
    actions = split_actions(text)
    assert len(actions) == 2
    assert all(a.text.strip() != "1." and a.text.strip() != "2." for a in actions)
    assert not _owner("care_plan", text)


def _measurable(kind: str, text: str) -> set[int | None]:
    return {f.action_index for f in check(kind, text) if f.code == "ACTION_NOT_MEASURABLE"}


def test_numbered_items_without_an_action_label_beside_items_with_one_are_actions():
    text = (
        "Supervision 03/06\n"
        "1. GREEN - Leo: PEP held. Action: RT to send the PEP to the IRO by 10/06.\n"
        "2. AMBER - Sara: RT to book Sara's health assessment by 20/06.\n"
        "3. RED - Tom: his placement stability to be kept an eye on.\n"
    )
    actions = [a.text for a in split_actions(text)]
    assert len(actions) == 3
    assert _measurable("supervision", text) == {2}


def test_a_numbered_target_over_who_and_by_when_lines_is_one_record_with_its_criteria():
    text = (
        "Target 1: Spelling.\nWho: TA (Mr Rao) - Nessy programme, 3 x 20 mins a week.\n"
        "By when: Easter (11/04/25).\n"
        "Success criteria: Zoe spells 8 of the 10 Year 3 common words correctly.\n"
    )
    assert len(split_actions(text)) == 1
    assert not {f.code for f in check("pep", text)} & {
        "ACTION_NO_OWNER",
        "ACTION_NO_TIMESCALE",
        "ACTION_NOT_MEASURABLE",
    }


def test_adding_a_contingency_plan_to_the_care_plan_is_a_task_in_an_action_table():
    text = (
        "Action | Update\n"
        "Jo to add the contingency plan to Theo's care plan by 02/05 | c/f\n"
        "Jo to book the family meeting by 09/05 | New\n"
    )
    assert len(split_actions(text)) == 2


def test_a_status_cell_is_no_outcome_of_a_vague_action():
    text = (
        "Action | Update\nPA to support Kayla with her debts | c/f - the council have not replied\n"
    )
    assert _measurable("supervision", text) == {0}


def test_an_observation_and_a_result_confirmed_to_someone_by_a_date_are_checkable():
    assert not _measurable("action", "Practice educator to observe Ola's home visit by 30/05.")
    assert not _measurable(
        "action",
        "DSL to ensure Ali's photo is removed from the website, confirmed to SW by 14/03.",
    )
    assert not _measurable(
        "action", "PA to liaise with the college and get confirmation of Reza's start date."
    )


def test_a_topic_label_inside_a_numbered_target_list_is_no_new_section():
    text = (
        "Targets\n"
        "1. Reading: reach the Gold book band by the end of the spring term.\n"
        "2. Mr Dale to run a weekly reading group from 06/01.\n"
    )
    assert len(split_actions(text)) == 2


def _codes(kind: str, text: str) -> set[str]:
    return {f.code for f in check(kind, text)}


def test_what_adults_report_and_what_is_planned_are_not_the_childs_voice():
    plan = "Plan: stay put.\nContingency: supported lodgings.\n"
    assert "NO_CHILD_VOICE" in _codes(
        "pathway_plan", plan + "Health: vapes daily according to Harbour House staff."
    )
    assert "NO_CHILD_VOICE" in _codes(
        "pathway_plan", plan + "PA to take Lee to the GP by 01/05 and stay with him if he wants."
    )
    assert "NO_CHILD_VOICE" in _codes(
        "care_plan", plan + "SW to set up letterbox contact, with Amy's letter sent by 30/04."
    )


def test_a_baby_observed_by_named_adults_speaks_through_what_she_does():
    text = (
        "Care plan - baby Isla (5 months)\nPlan: return to dad. Contingency: adoption.\n"
        "Isla's experience (observed by SW and carer): Isla smiles and reaches for dad when he "
        "arrives at contact.\n"
    )
    assert "NO_CHILD_VOICE" not in _codes("care_plan", text)


def test_an_empty_bracketed_contingency_box_and_a_condition_in_the_childs_views():
    assert "NO_CONTINGENCY" in _codes(
        "care_plan", "[Plan]: LTF\n[Contingency]: \n[Child's views]: \n[Actions]:\n1. SW to visit\n"
    )
    text = (
        "Kai's wishes: Kai says he wants to go home and would go to counselling if it is not "
        "at school.\nPlan: return home by June.\n"
    )
    assert "NO_CONTINGENCY" in _codes("care_plan", text)


def test_a_bracket_naming_where_an_item_goes_is_no_owner():
    assert _owner(
        "action", "Referral to be made to the young carers service (Compass, Eastleigh) by 3/6."
    )
    assert not _owner("action", "Referral to be made to the young carers service (SW) by 3/6.")


def test_the_child_an_item_is_about_and_the_child_who_receives_help_are_no_owners():
    text = "Action | Update\nMaya - respite review to be looked into | New\n"
    assert _owner("supervision", text) == {0}
    assert not _owner("supervision", "Action | Update\nSW - respite review to be booked | New\n")
    assert _owner("action", "Kayden will continue to receive counselling.")
    assert not _owner("action", "Kayden will go to counselling every Tuesday.")


def test_evidence_and_aims_after_a_comma_or_semicolon_stay_with_their_action():
    text = (
        "Actions\n"
        "1. SW to complete the viability assessment by 04/05, with a written recommendation "
        "to panel.\n"
        "2. Carer to attend the Secure Base course from 10/05; certificate to be placed on file.\n"
        "3. Tutor to teach maths twice a week from 06/01; aim: a secure grade 4 in the mock.\n"
    )
    assert len(split_actions(text)) == 3
    assert not _owner("care_plan", text)
