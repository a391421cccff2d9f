"""Field-per-line action records, and adults' accounts of a child's wishes (second blind set).

The wording here is this file's own; it tests the general shapes, not the blind set's sentences.
"""

from casequality import check, split_actions
from casequality.checker import rules_read
from casequality.voice import find_voice

RECORDS = """Care plan for Zara (10). Zara said "I want to stay with Auntie Pat."
Agreed actions
Action: Book Zara's annual health assessment with the looked after children's nurse
Responsible: Social worker (Ola Mensah)
Target date: 15/06/27
Action: Apply for a school place nearer the placement
Responsible:
Target date: before September 2027
Task: Open a junior ISA for Zara and give her the details
Who: Aunt Pat
By when:
Contingency: if the kinship placement ends, an in-house foster placement near school."""


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def test_each_record_is_one_action_with_its_fields():
    actions = split_actions(RECORDS)
    assert len(actions) == 3
    assert "Book Zara" in actions[0].text and "15/06/27" in actions[0].text
    assert "Aunt Pat" in actions[2].text


def test_an_empty_field_flags_what_it_leaves_out_and_nothing_else():
    assert _flags("care_plan", RECORDS) == {("ACTION_NO_OWNER", 1), ("ACTION_NO_TIMESCALE", 2)}


def test_fields_only_join_the_action_right_above_them():
    text = "Action: Visit Zara at school by 1/5/27 - SW\n\nNotes: Zara is settled.\nStatus: open"
    assert [a.text for a in split_actions(text)] == ["Visit Zara at school by 1/5/27 - SW"]


def test_an_adults_account_of_what_the_child_wants_is_not_the_childs_voice():
    for sentence in [
        "Grandad reports she wants more time with her brother.",
        "The keyworker feels that Omar would like to move nearer his college.",
        "Mr Hussain says Omar is keen to start college.",
    ]:
        assert find_voice(sentence) is None, sentence


def test_what_the_child_said_relayed_by_an_adult_still_counts():
    assert find_voice("The teacher reported that Omar told her he is scared of the bus.")
    assert find_voice("Omar said he wants more time with his brother.")


def test_a_views_section_that_opens_with_an_adults_account_is_not_voice():
    plan = (
        "Child's views: Nan says Zara loves her new bedroom.\n1. SW to visit monthly, seeing "
        "Zara alone, recorded on file.\nContingency: placement with a connected carer."
    )
    assert ("NO_CHILD_VOICE", None) in _flags("care_plan", plan)


def test_a_question_to_explore_is_not_the_childs_answer():
    assert find_voice("PA to ask Jordan what he wants to study next year.") is None


def test_an_adults_words_under_their_own_heading_are_theirs():
    text = 'Foster carer\'s update: "I am so proud of how she has settled."'
    assert find_voice(text) is None


def test_a_later_clause_with_its_own_subject_names_the_owner():
    assert ("ACTION_NO_OWNER", 0) not in _flags(
        "action", "Eye test booked at the optician for 3/6/27, carer to drive him there"
    )
    assert ("ACTION_NO_OWNER", 0) not in _flags(
        "action", "Zak is keen to swim. Uncle Ray to take him to lessons every Sunday."
    )
    assert ("ACTION_NO_OWNER", 0) in _flags("action", "Swimming lessons every Sunday, to be paid")


def test_a_named_service_or_department_is_an_owner():
    for text in [
        "Youth offending service to arrange reparation sessions by 1/7/27.",
        "Geography department to set weekly catch-up work until Easter.",
    ]:
        assert ("ACTION_NO_OWNER", 0) not in _flags("action", text), text


def test_more_ways_of_writing_time():
    for text in [
        "FC to ring the orthodontist next wk.",
        "Zak to attend gym club 3x wk.",
        "Zak to go to college Tues–Thurs.",
        "PA to meet Zak at the bank on thurs 14th.",
        "SW to offer a debrief after every missed contact.",
    ]:
        assert ("ACTION_NO_TIMESCALE", 0) not in _flags("action", text), text


def test_a_title_row_above_a_table_is_not_an_action():
    text = (
        "Pathway Plan | Kofi Owusu | 18 | PA: Jo Bell\n"
        "Kofi said he wants to stay in Hull.\n"
        "Need | Action | Who | When\n"
        "Money | Set up a budget sheet with Kofi | PA | by 30/06/27"
    )
    # the "Need" column sets the scene for the action column after it
    assert [a.text for a in split_actions(text)] == [
        "Set up a budget sheet with Kofi | PA | by 30/06/27"
    ]


def test_cont_plan_is_a_contingency_heading():
    text = (
        "Plan: remain with IFA carers.\nKofi said he likes it there.\nActions:\n"
        "SW - visit every 6 weeks - from 1/5/27\nCont. plan: in-house foster placement if this ends"
    )
    assert len(split_actions(text)) == 1
    assert ("NO_CONTINGENCY", None) not in _flags("care_plan", text)


def test_records_whose_first_field_is_not_the_action():
    text = (
        "Kofi said he wants to learn to drive.\n"
        "Responsible: PA\nAction: Keep an eye on how Kofi is doing\nTarget date: 1/9/27\n"
        "Responsible: Kofi\nAction: Pass the theory test\nTarget date: 30/11/27"
    )
    assert len(split_actions(text)) == 2
    assert _flags("pathway_plan", text) == {("ACTION_NOT_MEASURABLE", 0)}


def test_an_outcome_field_does_not_name_the_owner():
    text = "Outcome: Kofi will feel settled.\nAction: Everyone to keep working together."
    assert ("ACTION_NO_OWNER", 0) in _flags("pathway_plan", "Kofi said hi.\n" + text)


def test_a_carried_over_action_in_another_grammatical_form_is_a_repeat():
    previous = (
        "Actions:\n1. SW to apply for Omar's provisional licence by 1/3/27\n2. Book the optician"
    )
    for now in [
        "Actions:\n1. Provisional licence application – SW – 1/3/27",
        "Actions:\n1. Omar's provisional licence application – SW – 1/3/27",
    ]:
        flags = check("supervision", now, previous)
        assert [(f.code, f.action_index) for f in flags if f.code.startswith("SUPER")] == [
            ("SUPERVISION_REPEATED_ACTIONS", 0)
        ], now


def test_keeping_on_with_the_same_activity_is_a_repeat_but_moving_it_on_is_not():
    previous = "1. Carer to attend the kinship carers' group monthly."
    kept = check(
        "supervision", "1. Carer to keep attending the kinship carers' group monthly.", previous
    )
    assert any(f.code == "SUPERVISION_REPEATED_ACTIONS" for f in kept)
    moved = check("supervision", "1. Carer to start the kinship carers' course monthly.", previous)
    assert not any(f.code == "SUPERVISION_REPEATED_ACTIONS" for f in moved)


def test_contact_set_at_a_frequency_is_measurable_but_contacting_someone_is_not():
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "Family time with Gran every other Saturday at the centre, SW to arrange"
    )
    assert ("ACTION_NOT_MEASURABLE", 0) in _flags("action", "PA to contact Kofi weekly")


def test_a_subject_with_nothing_to_do_is_not_measurable():
    for text in ["spelling", "Science – Ms Obi – by half term"]:
        assert ("ACTION_NOT_MEASURABLE", 0) in _flags("action", text), text
    for text in [
        "Dentist – book check-up – FC – by 1/6/27",
        "Kofi and Dan – take Zak to judo weekly",
    ]:
        assert ("ACTION_NOT_MEASURABLE", 0) not in _flags("action", text), text


def test_owner_shapes_a_checker_can_trip_on():
    for text in [
        "SW to get Ellen's wishes written up for panel by 1/6/27",  # 'get Ellen' is no passive
        "Life story sessions weekly from 1/5/27, delivered by the adoption support service",
        "Induction day | Head of Year + SENCo + DT | 3/9/27",  # a long owner cell
    ]:
        assert ("ACTION_NO_OWNER", 0) not in _flags("action", text), text


def test_carrying_on_is_judged_by_the_verb_carried_on_whichever_way_it_is_spelt():
    for text in [
        "Nan to keep taking Zak to cubs on Tuesdays.",
        "Nan to continue taking Zak to cubs on Tuesdays.",
        "Nan to continue to take Zak to cubs on Tuesdays.",
    ]:
        assert ("ACTION_NOT_MEASURABLE", 0) not in _flags("action", text), text
    for text in ["Nan to keep encouraging Zak on Tuesdays.", "Nan to continue to encourage Zak"]:
        assert ("ACTION_NOT_MEASURABLE", 0) in _flags("action", text), text
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "Sibling contact to be weekly, supervised by the contact team on Fridays"
    )


def test_a_reason_label_with_nothing_behind_it_is_no_reason():
    for text in [
        "Agreed to the s20 request. Reason: to follow.",
        "Authorised, rationale as discussed in supervision.",
        "Endorse the plan. Reasons - see notes.",
    ]:
        assert ("OVERSIGHT_NO_RATIONALE", None) in _flags("oversight", text), text
    ok = "Endorse the plan. Reasons: Zak is settled and school attendance is now 98%."
    assert _flags("oversight", ok) == set()


def test_no_to_a_request_is_a_decision():
    text = "No to unsupervised contact yet - the risk assessment is due."
    assert _flags("oversight", text) == set()


def test_a_comma_list_of_owned_actions_is_split():
    text = "Actions - PA to ring Kofi weekly, Kofi to pay his rent on the 1st, college to report."
    assert [a.text for a in split_actions(text)] == [
        "PA to ring Kofi weekly",
        "Kofi to pay his rent on the 1st",
        "college to report.",
    ]
    # a list of objects after one subject is one action
    assert len(split_actions("Actions - PA to ring Kofi, his nan, and the college by Friday.")) == 1


def test_roman_numeral_lists_are_lists():
    text = "Targets\ni. Zak to read to his carer 4 nights a week.\nii. Spelling test to be passed."
    assert [a.text for a in split_actions(text)] == [
        "Zak to read to his carer 4 nights a week.",
        "Spelling test to be passed.",
    ]


def test_plans_by_domain_under_capital_headings():
    text = (
        "HEALTH\nMy views: I want braces.\nAction: FC to book the orthodontist by 1/6/27.\n"
        "MONEY MATTERS\nAt college three days a week.\nAction: PA to open a bank account with Zak."
    )
    assert [a.text for a in split_actions(text)] == [
        "FC to book the orthodontist by 1/6/27.",
        "PA to open a bank account with Zak.",
    ]


def test_tab_separated_tables_read_as_tables_and_evidence_keeps_the_original():
    text = (
        "Zak said he wants to stay.\nContingency: kinship carer.\n\nAction\tWho\tWhen\n"
        "Book the dentist\tFC (Mrs J. Ray)\tby 1/6/27\nBuild his confidence\tAll\tongoing"
    )
    flags = check("care_plan", text)
    assert {(f.code, f.action_index) for f in flags} == {
        ("ACTION_NO_OWNER", 1),
        ("ACTION_NO_TIMESCALE", 1),
        ("ACTION_NOT_MEASURABLE", 1),
    }
    assert all(text[f.start : f.end] == f.evidence for f in flags)


def test_owners_inside_brackets_cells_and_after_a_dash_with_more_detail():
    for text in [
        "Adoption panel for the match on 2/7/27 (family finder to present the report).",
        "Join the Scouts | Carer to fill in the form and pay the subs | by 1/6/27",
        "Life story book to start w/c 3/5/27 — SW Kemi Ade, 6 sessions, finished by July.",
    ]:
        assert ("ACTION_NO_OWNER", 0) not in _flags("action", text), text


def test_months_weeks_and_days_named_relative_to_something():
    for text in [
        "PA to help Zak open an account in the second week of June.",
        "Family finder to show Zak's profile at the May exchange day.",
        "PA to text Zak the day before.",
    ]:
        assert ("ACTION_NO_TIMESCALE", 0) not in _flags("action", text), text


def test_decisions_written_with_other_verb_forms():
    for text in [
        "Extending the placement to 31/8 as Zak is settled.",
        "Closing the case: the family have moved to Leeds.",
    ]:
        assert _flags("oversight", text) == set(), text
    assert ("OVERSIGHT_NO_RATIONALE", None) in _flags("oversight", "Closing the case.")


def test_a_header_row_asking_how_we_will_measure_it():
    text = "Zak said he likes school.\nTarget | Who | By when | How we will measure it\n" + (
        "Read daily | Carer | from 1/5/27 | reading log signed"
    )
    assert len(split_actions(text)) == 1


def test_documents_made_to_a_plan_are_outputs():
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "PA to help Zak draw up a weekly budget by 1/6/27."
    )


def test_records_typed_in_capitals_keep_their_names():
    text = (
        "PATHWAY PLAN\nJOEL SAID HE WANTS HIS OWN FLAT.\n1. JOEL TO BID FOR A FLAT EVERY WEEK\n"
        "2. PLACEMENT TO KEEP HIM SAFE\n3. PA TO VISIT MONTHLY AND CHECK HIS BUDGET SHEET"
    )
    flags = _flags("pathway_plan", text)
    assert ("ACTION_NO_OWNER", 0) not in flags and ("ACTION_NO_OWNER", 2) not in flags
    # a placement is not a person, by the rules (the learned second opinion, trained on
    # blind1-135, leans just past its bar to withdraw this one: -1.06 against -1.0)
    assert "ACTION_NO_OWNER" in {f.code for f in rules_read("pathway_plan", text)[3][1]}
    assert ("NO_CHILD_VOICE", None) not in flags


def test_plans_written_to_the_young_person_name_who_does_what():
    text = (
        "Pathway plan - Femi (18)\nYou said you want your own flat. We agreed you will:\n"
        "1. Register with the housing team by 1/6/27.\n2. Keep a budget sheet every week.\n"
        "3. I'll chase the setting-up-home grant by 15/6/27.\n"
        "4. You'll bring your bank statements when we meet on 20/6/27."
    )
    assert not any(f[0] == "ACTION_NO_OWNER" for f in _flags("pathway_plan", text))
    unowned = text.replace("We agreed you will:", "Agreed actions:")
    assert {f for f in _flags("pathway_plan", unowned) if f[0] == "ACTION_NO_OWNER"} == {
        ("ACTION_NO_OWNER", 0),
        ("ACTION_NO_OWNER", 1),
    }


def test_present_tense_owners_after_a_dash_and_long_brackets():
    for text in [
        "Sibling contact every other Saturday - Nan arranges, PA pays the bus fare.",
        "Panel by 1/7/27 (the family finder Ms Okoro to send the paperwork by 15/6/27).",
    ]:
        assert ("ACTION_NO_OWNER", 0) not in _flags("action", text), text


def test_an_agency_template_with_desired_outcome_and_intervention_columns():
    text = (
        "Zak said he wants to stay at his school.\n"
        "Desired outcome | Intervention | Lead professional | Review by\n"
        "Zak attends 95% | Daily check-in with mentor | Head of Year | 1/7/27"
    )
    assert len(split_actions(text)) == 1
    assert not any(f[0] == "ACTION_NO_OWNER" for f in _flags("pep", text))


def test_how_the_work_was_done_is_not_a_reason_for_the_decision():
    for text in [
        "I have reviewed the file and the latest visit notes. The SW has visited within "
        "timescales. Case to stay open to CIN.",
        "TM: I note the SW's request to close the case early. Agree.",
    ]:
        assert ("OVERSIGHT_NO_RATIONALE", None) in _flags("oversight", text), text
    facts = "Authorised s47 enquiry. Disclosure by Zak to his teacher of being hit with a belt."
    assert _flags("oversight", facts) == set()


def test_relationship_verbs_and_skills_after_with_name_no_end_point():
    for text in [
        "PA to check in with Kofi every so often.",
        "New SW to get to know the family by 1/6/27.",
        "Class teacher to support Zak with writing this term.",
    ]:
        assert ("ACTION_NOT_MEASURABLE", 0) in _flags("action", text), text
    done = "Class teacher to support Zak by writing a spelling list each week."
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags("action", done)
