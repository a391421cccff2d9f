"""Shapes of wording found in the ninth and tenth blind sets' errors, pinned with wording of
their own (docs/quality-checks.md, "After the ninth and tenth blind sets").

As in test_wording_shapes.py, each test writes the shape in new words, so it checks the general
rule, not the sentence that prompted it.
"""

import pytest

from casequality import check, split_actions


def _codes(kind: str, text: str, previous: str | None = None) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text, previous)}


def _action(text: str) -> set[str]:
    return {code for code, _ in _codes("action", text)}


def test_a_colon_and_dash_after_a_heading_is_no_action():
    text = (
        "Actions:-\n"
        "- SW (Jo) to visit Kane every 4 weeks, next visit 9/3.\n"
        "- IRO to chair the review on 2 April.\n"
    )
    assert [a.text for a in split_actions(text)] == [
        "SW (Jo) to visit Kane every 4 weeks, next visit 9/3.",
        "IRO to chair the review on 2 April.",
    ]


def test_a_bullet_typed_without_a_space_still_marks_an_item():
    text = (
        "Actions:\n"
        "*Carer (Mrs Obi) to take Ezra to the dentist on 4 May; tell SW the outcome.\n"
        "*Life story work.\n"
        "-PA to book the housing appointment by 1/6.\n"
    )
    items = [a.text for a in split_actions(text)]
    assert len(items) == 3
    assert items[0].startswith("Carer (Mrs Obi)") and items[0].endswith("the outcome.")


def test_markdown_bold_is_not_a_bullet():
    items = [a.text for a in split_actions("**Actions**\n1. SW to visit by 3/3.\n")]
    assert items == ["SW to visit by 3/3."]


@pytest.mark.parametrize(
    "text",
    [
        "Referral to the dietician re weight - by next review.",
        "Parenting assessment of dad - Kinship team - by 2/5 - outcome letter to grandad.",
        "Designated teacher to order a sloped desk and a wobble cushion by half term.",
        "SW to let the nursery know about the new contact days by Friday.",
        "PA to help Jordan fill in his student finance form by 30 May.",
        "Mum to attend the recovery group weekly & give a monthly hair-strand test to SW.",
        "Whether Kim can hold her own bank card to be decided by 12/12.",
    ],
)
def test_checkable_actions_in_new_shapes(text):
    assert "ACTION_NOT_MEASURABLE" not in _action(text)


@pytest.mark.parametrize(
    "text",
    [
        "PA to keep in contact with Leon, fortnightly.",
        "SW to maintain regular contact with Gran - monthly.",
        "Key worker to build trust with Mia - weekly sessions.",
        "SW to keep Tia safe in the community - weekly visits.",
        "Fostering SSW to provide the carers with additional support over the summer.",
        "Ryan to have maths support as often as possible this term.",
        "SW to undertake life story work with Ava - as and when.",
        "Dad to attend family time consistently.",
        "Continued advice to be given to the carers.",
        "Key worker to continue offering the family support by next review.",
    ],
)
def test_open_ended_actions_in_new_shapes(text):
    assert "ACTION_NOT_MEASURABLE" in _action(text)


def test_dated_direct_work_and_set_contact_stay_checkable():
    assert "ACTION_NOT_MEASURABLE" not in _action("SW to undertake direct work with Ava by 4/4.")
    assert "ACTION_NOT_MEASURABLE" not in _action(
        "Carers to facilitate contact with Nan every other Saturday."
    )


def test_a_header_row_naming_the_childs_column_is_not_an_action():
    text = (
        "Topic | What will happen | Who | By when | Kian's view\n"
        'Health | Book the dentist | Carer | 3/5 | "I hate the dentist."\n'
    )
    items = [a.text for a in split_actions(text)]
    assert len(items) == 1 and items[0].startswith("Health")


def test_a_who_and_when_cell_names_its_owner_before_the_comma():
    text = (
        "Goal | Action | Who / when | Comments\n"
        "Savings | Open a savings account at the bank | Tia with her PA, by 31 May | fine\n"
    )
    assert ("ACTION_NO_OWNER", 0) not in _codes("pathway_plan", text)


@pytest.mark.parametrize(
    "text",
    [
        "Access to the youth club to be looked into.",
        "Pocket money to the end of term to be agreed.",
        "EET – mentoring to be offered.",
        "Encourage Jade to keep away from older peers.",
    ],
)
def test_no_owner_in_new_shapes(text):
    assert "ACTION_NO_OWNER" in _action(text)


def test_a_service_named_as_agent_before_a_frequency_is_the_owner():
    text = "Contact with mum to be supervised by the contact centre twice a month."
    assert "ACTION_NO_OWNER" not in _action(text)


def test_contingency_planning_in_an_action_list_is_a_task():
    text = (
        "Actions:\n"
        "1. Contingency planning re: return home\n"
        "2. SW to visit Jo every 6 weeks, next visit 3/3.\n"
    )
    items = [a.text for a in split_actions(text)]
    assert items == [
        "Contingency planning re: return home",
        "SW to visit Jo every 6 weeks, next visit 3/3.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "PA to pay the setting-up grant in two parts (September, December).",
        "Tutor to run the revision sessions (6 sessions, Jan/Feb).",
        "Designated teacher to meet Kyra at the start of each semester.",
    ],
)
def test_timescales_in_new_shapes(text):
    assert "ACTION_NO_TIMESCALE" not in _action(text)


def test_a_day_out_is_not_a_frequency():
    assert "ACTION_NO_TIMESCALE" in _action(
        "SW to take Rio and his sister on a day out to the zoo."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Key worker to support Ali to bake two cakes for the house by the summer.",
        "Carer to teach Mo three simple recipes before he moves on.",
        "Pocket money arrangements to be discussed and agreed by 30/9.",
    ],
)
def test_counted_purposes_and_a_decision_after_a_discussion_are_checkable(text):
    assert "ACTION_NOT_MEASURABLE" not in _action(text)


def test_a_light_verb_with_a_count_of_days_stays_vague():
    assert "ACTION_NOT_MEASURABLE" in _action("Carer to encourage Mo to feel one day at a time.")


@pytest.mark.parametrize(
    "row",
    [
        "Present the viability report to Legal Gateway | SW | 2 May panel",
        "Referral to speech and language therapy | SW | 14/06",
        "Kinship assessment of uncle | | 30/05 | Assessment completed and presented to panel",
    ],
)
def test_a_table_row_is_judged_by_its_action_and_measure_cells(row):
    text = f"Action | Who | When | Success\n{row}\n"
    assert ("ACTION_NOT_MEASURABLE", 0) not in _codes("care_plan", text)


def test_a_state_in_the_measure_column_does_not_make_a_vague_row_checkable():
    text = "Action | Who | When | Success\nValue Zara's heritage | | 30/06 | Zara feels valued\n"
    assert ("ACTION_NOT_MEASURABLE", 0) in _codes("care_plan", text)


def _oversight(text: str) -> bool:
    return ("OVERSIGHT_NO_RATIONALE", None) in _codes("oversight", text)


@pytest.mark.parametrize(
    "reason",
    ["", "As per panel.", "In line with policy and procedure.", "Decision made to extend."],
)
def test_an_empty_reason_box_is_no_rationale(reason):
    text = (
        f"Manager's decision: Agree to extend the placement to 18.\nReason for decision: {reason}"
    )
    assert _oversight(text)


def test_a_filled_reason_box_is_a_rationale():
    text = (
        "Manager's decision: Agree to extend the placement to 18.\n"
        "Reason for decision: Tom is settled, in year 13, and wants to stay until his exams end."
    )
    assert not _oversight(text)


def test_decision_words_in_case_history_are_not_the_managers_decision():
    text = (
        "TM oversight. Leah (12). Respite was declined by the panel in 2023. Mum's health has "
        "worsened and school report that Leah is often late and tired. The guardian's view is "
        "that the respite should be reconsidered. Current package 1 night a month at Elm House "
        "and 4 hours a week of direct payments. Carers assessment completed in the spring. School "
        "nurse has been asked about night-time toileting support."
    )
    assert _oversight(text)


def test_a_table_header_row_heads_actions_even_after_a_views_box():
    text = (
        "MY VIEWS\n"
        '"I want to learn the guitar."\n'
        "Target | Action | Who | By when\n"
        "Music | Book guitar lessons | Carer | 1 May\n"
        "Reading | Read with carer | Carer | nightly\n"
    )
    assert len(split_actions(text)) == 2


def test_numbered_topic_labels_are_items_not_headings():
    text = (
        "1. Virtual School to find Mo a school place by 1/5.\n"
        "2. Interim: Mo to attend the PRU 5 mornings a week from 3/3.\n"
        "3. Referral to the mentoring scheme.\n"
    )
    assert len(split_actions(text)) == 3


def test_a_targets_heading_in_the_first_person_is_a_targets_heading():
    text = (
        "What I'll put forward as targets:\n"
        "1. Mr Dee to add Ola to chess club from 3 May.\n"
        "2. Maths - look at extra help.\n"
    )
    assert len(split_actions(text)) == 2


def test_carried_forward_actions_are_this_sessions_actions():
    text = (
        "Actions c/f from last month:\n1. Jo to chase the GP letter by 3/3.\n2. Jo to visit Ali.\n"
    )
    previous = "Actions:\n1. Jo to chase the GP letter by 3/3.\n2. Jo to visit Ali.\n"
    codes = _codes("supervision", text, previous)
    assert ("SUPERVISION_REPEATED_ACTIONS", 0) in codes


def test_we_agreed_that_opens_an_action_in_prose():
    text = (
        "Supervision with the carers. We agreed that the carers will send the school form "
        "by 3 June. Sam is doing well."
    )
    assert len(split_actions(text)) == 1


def test_careers_is_a_topic_not_an_owner():
    assert "ACTION_NO_OWNER" in _action("Careers: careers interview to be booked by 1 May.")


@pytest.mark.parametrize(
    "text",
    [
        "Night staff to do hourly checks on Kye between 11pm and 6am.",
        "Dad to give the carers Ola's inhaler before each overnight.",
        "PA to finish the CV with Sam before the interview date.",
        "OT to send the report to sw by EOM.",
        "sw to ring the GP by thurs",
        "ring housing nxt wk",
        "PA to check the rent account at visits.",
        "Carer to keep a sleep diary for the next 10 nights.",
    ],
)
def test_shorthand_and_event_deadlines_are_timescales(text):
    assert "ACTION_NO_TIMESCALE" not in _action(text)


@pytest.mark.parametrize(
    "text",
    [
        "TA to support Zain's reading 3 times a week.",
        "SW to see the children as often as possible.",
        "To make sure Ava stays safe and her needs continue to be met.",
        "Police and YOS to disrupt the group exploiting Mo.",
    ],
)
def test_frequency_without_an_outcome_is_not_a_measure(text):
    assert "ACTION_NOT_MEASURABLE" in _action(text)


def test_a_concrete_activity_at_a_counted_frequency_is_checkable():
    assert "ACTION_NOT_MEASURABLE" not in _action("Carer to hear Ola read 4 times a week.")


@pytest.mark.parametrize(
    "trigger",
    [
        "If Kai goes missing overnight, staff call the police and a strategy meeting is held.",
        "If things go wrong: if mum has a positive test, the children stay with Gran.",
        "If the risk remains high at the next MACE, a move out of area will be considered.",
    ],
)
def test_a_risk_plans_trigger_is_a_contingency(trigger):
    text = f"Plan: Kai to remain at Elm House.\nActions:\n1. SW to visit Kai weekly.\n{trigger}"
    assert ("NO_CONTINGENCY", None) not in _codes("care_plan", text)


def _voice(kind: str, text: str) -> bool:
    return ("NO_CHILD_VOICE", None) not in _codes(kind, text)


def test_what_a_baby_did_told_with_the_baby_as_subject_is_voice():
    text = (
        "Review of Ivy (8 months). Ivy was present. She crawled to her carer when the IRO spoke "
        "and settled when picked up."
    )
    assert _voice("review", text)


def test_a_babys_state_is_not_voice():
    text = "Review of Ivy (8 months). Ivy is settled with her carers and feeding well."
    assert not _voice("review", text)


def test_first_person_wishes_typed_in_lower_case_are_voice():
    text = (
        "MY BIT\ni dont want to move and i want to finish my course.\nActions: PA to visit by 1/5."
    )
    assert _voice("pathway_plan", text)


def test_a_plan_written_to_the_child_carries_their_wishes():
    text = "Your plan, Ty\nYou'll stay with Sue until 18, then move to Leeds, where you want to be."
    assert _voice("care_plan", text)
    assert not _voice("care_plan", "Your plan, Ty\nIf you want, you can call your PA any time.")


def test_an_action_reported_complete_this_session_is_not_a_repeat():
    text = (
        "Action | Owner | Due | Status\n"
        "Respite referral for Kim | Jo | 01/07 | complete\n"
        "Book the dentist for Kim | Jo | 01/07 | carried forward\n"
    )
    previous = (
        "Action | Owner | Due | Status\n"
        "Respite referral for Kim | Jo | 01/07 | new\n"
        "Book the dentist for Kim | Jo | 01/07 | new\n"
    )
    codes = _codes("supervision", text, previous)
    assert ("SUPERVISION_REPEATED_ACTIONS", 0) not in codes
    assert ("SUPERVISION_REPEATED_ACTIONS", 1) in codes


@pytest.mark.parametrize(
    "text",
    [
        "(c/f) Jo to send the PEP to the school by 3/5.",
        "hv to weigh Alfie at home every fortnight",
        "Leaving care to pay the driving test fee by 1/6.",
        "Action: viability assessment to be completed\n"
        "Responsible person: Kinship assessor - Ann Roe\nTarget date: 30/4",
        "Contact at the park | FSW Jo Bell | monthly | Sessions recorded",
    ],
)
def test_owners_in_new_shapes(text):
    assert "ACTION_NO_OWNER" not in _action(text)


def test_a_leaving_care_grant_is_not_an_owner():
    assert "ACTION_NO_OWNER" in _action("Leaving care grant to pay for the course by 1/6.")


def test_a_timed_review_of_a_named_document_is_checkable_and_a_review_of_nothing_is_not():
    assert "ACTION_NOT_MEASURABLE" not in _action("SENCo to review the EHCP in the spring term.")
    assert "ACTION_NOT_MEASURABLE" in _action("TM to review in four weeks.")
    assert "ACTION_NOT_MEASURABLE" in _action("DT to review friendships at the next PEP.")
    assert "ACTION_NOT_MEASURABLE" in _action("SW to review the plan.")


@pytest.mark.parametrize(
    "text",
    [
        "Night staff to phone Kai at 10pm on any night he is late back.",
        "PA to ring Leah before every visit.",
        "Annual review to be brought forward to before half term.",
        "Carer to hear Sol read 4x a week.",
        "PA to remind Jo the day before.",
    ],
)
def test_calls_tied_to_a_time_and_single_acts_are_checkable(text):
    assert "ACTION_NOT_MEASURABLE" not in _action(text)


def test_a_weekly_ring_and_a_heard_voice_stay_open_ended():
    assert "ACTION_NOT_MEASURABLE" in _action("SW will ring school.")
    assert "ACTION_NOT_MEASURABLE" in _action("IRO to make sure Ali's voice is heard.")


def test_an_attainment_grid_is_not_a_list_of_actions():
    text = (
        "Targets:\nSubject | Baseline | Now | Target\nEnglish | 3 | 4 | 5\n"
        "Maths | Gr 2 | Gr 3 | Gr 4\n"
        "1. Tutor to run two maths sessions a week from 3/3.\n"
    )
    assert [a.text for a in split_actions(text)] == [
        "Tutor to run two maths sessions a week from 3/3."
    ]


def test_a_family_time_header_row_is_not_an_action():
    text = (
        "Who | How often | Where | Supervised by | Transport\n"
        "Mum | weekly | Elm Centre | FSW | taxi\n"
    )
    assert len(split_actions(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Letterbox coordinator to send the letter to Nan each July.",
        "Gran to take Ty to every dental and hospital appointment.",
        "Ty to attend college 4 days/week",
        "Carer to hand over the red book on move day.",
    ],
)
def test_timescales_of_family_and_health_plans(text):
    assert "ACTION_NO_TIMESCALE" not in _action(text)


def test_attending_all_appointments_has_no_timescale():
    assert "ACTION_NO_TIMESCALE" in _action("Mum to attend all contact sessions.")


@pytest.mark.parametrize(
    "text",
    [
        "SW to provide the updated care plan to legal by 20/4.",
        "Nan to be present for all night feeds Monday to Friday until 17/12.",
        "Key worker to support Ali to cook his own tea three nights a week.",
        "TM to raise the case at MACE on 18/12.",
        "IRO to raise formal DRP stage 1 with the TM if the PEP is late.",
        "SM to reallocate the case to a female SW by 1 April.",
        "Grandad will pop in every day after school.",
        "Staff to be briefed on the new safety plan by Friday.",
        "ASYE portfolio review 20/06 with the TM.",
    ],
)
def test_checkable_actions_in_the_fourteenth_and_fifteenth_sets_shapes(text):
    assert "ACTION_NOT_MEASURABLE" not in _action(text)


def test_initials_as_a_field_label_name_the_owner():
    assert "ACTION_NO_OWNER" not in _action("KO: visit every care leaver monthly.")


def test_more_contingency_shapes():
    assert ("NO_CONTINGENCY", None) not in _codes(
        "care_plan", "Plan: adoption. Parallel: long-term fostering with Gran if no match by May."
    )
    assert ("NO_CONTINGENCY", None) not in _codes(
        "care_plan",
        "Plan: stay with adopters.\nIf things get worse: a support meeting within 5 days.",
    )
    assert ("NO_CONTINGENCY", None) not in _codes(
        "care_plan", "Permanence: SGO. Contingency: adoption (parallel plan), agreed at the PPM."
    )
    assert ("NO_CONTINGENCY", None) in _codes(
        "care_plan", "Contingency plan: Contingency - N/A.\n1. SW to visit by 1/5."
    )


def test_more_voice_shapes():
    assert _voice("care_plan", "What Zoe wants: her own room, more time with Nan.")
    assert _voice("pep", "Kai's voice: using PECS, Kai picked swimming and the sensory room.")
    assert not _voice("review", "Ali's views: Ali was invited but chose not to attend.")


def test_oversight_form_boxes_empty_or_restated():
    assert _oversight("Decision:\nRationale: Worried about cannabis use.\nActions: panel.")
    assert _oversight(
        "Decision: Placement to continue.\nRationale: The decision is that it continues."
    )


def test_a_reason_before_the_managers_own_clause_does_not_hide_the_decision():
    text = (
        "Given that Ty has been found twice with older males, I am directing that a strategy "
        "meeting be held within 5 days. The risk is escalating."
    )
    assert not _oversight(text)


def test_an_action_done_or_reallocated_this_session_is_not_a_repeat():
    previous = "Actions:\n1. JO - Kai: intro visit by 28/02.\n2. JO - Ben: EAL support reviewed.\n"
    text = (
        "Actions:\n1. JO - Kai: intro visit done 28/02 - closed.\n"
        "2. AB (reallocated from JO) - Ben: EAL support reviewed.\n"
    )
    codes = _codes("supervision", text, previous)
    assert not any(code == "SUPERVISION_REPEATED_ACTIONS" for code, _ in codes)


@pytest.mark.parametrize(
    "text",
    [
        "SW (KO) – look at Nan's contact, by next review.",
        "PA (RB) – help Sol think about college.",
    ],
)
def test_an_owner_in_initials_before_a_dash_leaves_a_vague_task_vague(text):
    assert "ACTION_NOT_MEASURABLE" in _action(text)


def test_keeping_a_memory_box_is_checkable_and_new_is_a_status_not_a_subject():
    assert "ACTION_NOT_MEASURABLE" not in _action("Carers (Mrs Obi) – keep a daily memory box.")
    assert "ACTION_NO_OWNER" not in _action("New: JB – transition meeting with the SENCO by 20/7.")


def test_a_numbered_topic_then_an_owner_is_an_item():
    text = (
        "Targets:\n1. Maths: Mrs Grant (DT) – weekly 1:1, practice paper score 60% by 31/03.\n"
        "2. SALT assessment.\n"
    )
    assert len(split_actions(text)) == 2


def test_a_you_told_us_list_is_views_and_what_we_will_do_heads_the_actions():
    text = (
        "Hi Kai! This is your plan. You told us:\n- you want to stay at Oak School\n"
        "What we will do:\n1. Your SW will apply to Oak School by 31 Oct.\n"
    )
    assert [a.text for a in split_actions(text)] == ["Your SW will apply to Oak School by 31 Oct."]


def test_numbers_in_brackets_inside_a_sentence_are_not_a_list():
    text = (
        "Amy asked for help with (1) childcare costs and (2) a reference for a new flat.\n"
        "1. PA to help Amy apply for childcare funding by 20/3.\n"
    )
    assert len(split_actions(text)) == 1


def test_a_capitalised_title_with_a_dash_is_not_an_action():
    text = (
        "HEALTH ASSESSMENT RECOMMENDATIONS – added to Care Plan\n"
        "| Recommendation | By whom | By when |\n| Dental check | Carer | 31/01 |\n"
    )
    assert [a.text for a in split_actions(text)] == ["Dental check | Carer | 31/01"]


@pytest.mark.parametrize(
    "text",
    [
        "Post-adoption social worker to make the ASGSF referral by 1/5.",
        "ASD assessment for Ruben: SW to chase CAMHS by 15/11.",
    ],
)
def test_owners_behind_a_compound_or_a_long_label(text):
    assert "ACTION_NO_OWNER" not in _action(text)


def test_calls_noted_in_a_log_and_set_visits_with_a_hedge_are_checkable():
    assert "ACTION_NOT_MEASURABLE" not in _action(
        "Carer to support Jo to ring her nan every Sunday, with calls noted in the log."
    )
    assert "ACTION_NOT_MEASURABLE" not in _action(
        "SW to visit every 6 weeks, on Saturdays where possible."
    )
    assert "ACTION_NOT_MEASURABLE" in _action("SW to monitor as needed.")


def test_part_two_of_a_care_plan_holds_its_actions():
    text = (
        "Part 1\nPermanence: Special Guardianship Order to Gran.\n"
        "Part 2\nHealth – LAC nurse to review asthma by 15/11.\n"
        "Identity – SW to explore heritage.\n"
    )
    assert len(split_actions(text)) == 2


def test_by_easter_in_a_when_cell_is_no_owner():
    text = "Area | Action | Who | When\nEducation | Get Kai back into school | | By Easter\n"
    assert ("ACTION_NO_OWNER", 0) in _codes("care_plan", text)


def test_a_decision_box_filled_on_the_next_line_and_a_reason_given_above():
    text = (
        "Decision:\nPlacement to continue as Sam is settled and wants to stay.\nRationale: as above"
    )
    assert not _oversight(text)
    assert _oversight("Decision: Placement to continue.\nRationale: as above")
