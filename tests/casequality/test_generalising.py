"""General rules added for unseen wording (issue #6): each test uses wording no word list names."""

import pytest

from casequality import check, split_actions
from casequality.lexicon import correct_verb, lemma
from casequality.names import restore_names


def _codes(kind: str, text: str, previous: str | None = None) -> set[str]:
    return {f.code for f in check(kind, text, previous)}


def test_lower_case_names_are_restored_without_moving_offsets():
    text = "pathway plan. zed said he wants to stay.\n1. zed to open a bank account by 1/5/27."
    restored = restore_names(text)
    assert len(restored) == len(text)
    assert "Zed said" in restored and "Zed to open" in restored
    assert restore_names("sw to visit weekly.") == "sw to visit weekly."  # roles stay as typed


def test_lower_case_name_seen_capitalised_elsewhere_is_a_name():
    assert "Quin said" in restore_names("Present: SW, Quin. quin said he is fine.")


def test_lower_case_plan_has_owner_and_voice_and_evidence_quotes_the_original():
    text = "pathway plan. zed said he wants his own flat.\n1. zed to bid for a flat by 1/5/27."
    flags = check("pathway_plan", text)
    assert flags == []
    flags = check("action", "zed to keep in touch with sw.")
    assert {f.code for f in flags} == {"ACTION_NO_TIMESCALE", "ACTION_NOT_MEASURABLE"}
    assert all(f.evidence == "zed to keep in touch with sw." for f in flags)
    assert all("Zed" not in f.explanation for f in flags)


@pytest.mark.parametrize(
    "text",
    [
        "Farrier to fit the pony's shoes by 3 May.",  # agent noun not in any role list
        "Ella's rabbi to meet her monthly.",
        "Hillside Fostering to send the matching report by 1 June.",
        "Ward sister to book the follow-up appointment by 4 June.",
    ],
)
def test_role_shaped_and_organisation_subjects_are_owners(text):
    assert "ACTION_NO_OWNER" not in _codes("action", text)


@pytest.mark.parametrize(
    "text", ["Timetable to be agreed.", "Letter to be sent by Friday.", "Order to be varied."]
)
def test_non_person_nouns_are_not_owners(text):
    assert "ACTION_NO_OWNER" in _codes("action", text)


@pytest.mark.parametrize(
    "text",
    [
        "Carer to galvanise Noah's self-belief by Friday.",  # verbs no list knows
        "Staff to embed a culture of praise weekly.",
    ],
)
def test_unknown_verb_without_an_observable_output_is_not_measurable(text):
    assert "ACTION_NOT_MEASURABLE" in _codes("action", text)


def test_unknown_verb_with_an_observable_output_is_measurable():
    assert "ACTION_NOT_MEASURABLE" not in _codes(
        "action", "SW to courier the 2 passports by 3 May."
    )


def test_misspelt_verbs_are_read_as_the_verb_meant():
    assert correct_verb("discus") == "discuss"
    assert correct_verb("arange") == "arrange"
    assert "ACTION_NOT_MEASURABLE" in _codes("action", "SW to discus college by 1 May.")


@pytest.mark.parametrize(
    "entry",
    ["Approved; Jack is safe now.", "Agreed, mum has engaged with every session."],
)
def test_short_reason_about_the_child_or_family_counts(entry):
    assert "OVERSIGHT_NO_RATIONALE" not in _codes("oversight", entry)


@pytest.mark.parametrize(
    "entry", ["Endorsed. Risk assessment completed and reviewed.", "Agreed. Ongoing."]
)
def test_record_of_work_done_is_not_a_reason(entry):
    assert "OVERSIGHT_NO_RATIONALE" in _codes("oversight", entry)


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: remain with Pat. If things don't work out, Asha will move to a new carer.",
        "Plan: SGO. Should the assessment not be positive, Jo stays under a care order.",
    ],
)
def test_conditional_with_any_negation_is_a_contingency(plan):
    assert "NO_CONTINGENCY" not in _codes("care_plan", plan + " Asha said she likes it.")


def test_reworded_supervision_action_is_still_a_repeat():
    assert "SUPERVISION_REPEATED_ACTIONS" in _codes(
        "supervision",
        "Actions: SW to refer Ryan to CAMHS by 10/05.",
        "Actions: SW to complete CAMHS referral for Ryan by 10/05.",
    )


def test_an_action_re_set_with_only_a_new_date_is_carried_over_but_one_given_a_date_is_not():
    current = "Actions: SW to refer Ryan to CAMHS by 10/05."
    # the same referral, its deadline pushed back: drift
    assert "SUPERVISION_REPEATED_ACTIONS" in _codes(
        "supervision", current, "Actions: SW to complete CAMHS referral for Ryan by 26/04."
    )
    # given a date it lacked: the action was made time-bound
    assert "SUPERVISION_REPEATED_ACTIONS" not in _codes(
        "supervision", current, "Actions: SW to complete CAMHS referral for Ryan."
    )
    # re-set with the reason written beside it: re-planned, not left to drift
    for why in ["(delayed: CAMHS closed their list in April)", "- new date because Ryan was ill"]:
        assert "SUPERVISION_REPEATED_ACTIONS" not in _codes(
            "supervision",
            f"Actions: SW to refer Ryan to CAMHS by 10/05 {why}.",
            "Actions: SW to complete CAMHS referral for Ryan by 26/04.",
        )


def test_report_of_past_event_with_to_is_not_an_action():
    flags = check("care_plan", "Evie wrote a letter to the panel to say she wants to stay.")
    assert not any(f.action_index is not None for f in flags)


def test_table_header_with_by_whom_is_not_an_action():
    plan = "Actions\nAction | By whom | By when\nBook dental check | Keyworker | 28/02/2027"
    assert {
        (f.code, f.action_index) for f in check("care_plan", plan + "\nJo said she wants to stay.")
    } == {("NO_CONTINGENCY", None)}


def test_verb_like_word_inside_a_role_subject_is_not_an_imperative():
    assert "ACTION_NO_OWNER" not in _codes("action", "Nurture group staff to book a taxi by 1 May.")
    assert "ACTION_NO_OWNER" in _codes("action", "Support foster carers to book respite by 1 May.")


def test_no_to_a_request_is_a_decision_that_can_carry_its_reason():
    entry = "No to the request for a laptop; Amir was given one in September."
    assert "OVERSIGHT_NO_RATIONALE" not in _codes("oversight", entry)
    assert "OVERSIGHT_NO_RATIONALE" in _codes("oversight", "No to the request.")


@pytest.mark.parametrize("text", ["Galvanise Mo's confidence.", "Solidify the placement."])
def test_unknown_imperative_verb_without_output_is_not_measurable(text):
    assert {"ACTION_NO_OWNER", "ACTION_NOT_MEASURABLE"} <= _codes("action", text)


def test_words_under_a_first_person_heading_are_the_childs_voice():
    plan = "my plan\nwhat I want: a flat of my own.\nActions: PA to book a viewing by 1 May."
    assert "NO_CHILD_VOICE" not in _codes("pathway_plan", plan)


def test_header_row_with_an_unlisted_column_name_is_not_an_action():
    pep = (
        "Pupil voice: Sam said he likes art.\nTarget | Approach | Who | When\n"
        "Read 20 books | Library | TA | By July"
    )
    assert check("pep", pep) == []


def test_metadata_row_of_a_table_export_is_not_an_action():
    pep = (
        "School system export | Period: Spring 2027 | Learner: Tia Moss | Class 5B\n"
        "| Target | Who | By when |\n"
        "| Learn the 6 and 7 times tables | Class teacher | 01/04/27 |\n"
        "| Improve focus in class | | |\n"
        "Pupil voice: Tia said she likes maths."
    )
    flags = {(f.code, f.action_index) for f in check("pep", pep)}
    assert flags == {
        ("ACTION_NO_OWNER", 1),
        ("ACTION_NO_TIMESCALE", 1),
        ("ACTION_NOT_MEASURABLE", 1),
    }


def test_row_of_labelled_action_fields_is_still_an_action():
    plan = "Actions\nAction: book a dental check-up | Who: carer | When: 3 March 2027"
    assert [a.text for a in split_actions(plan)] == [
        "book a dental check-up | Who: carer | When: 3 March 2027"
    ]


def test_tilde_bullets_are_list_items():
    plan = "Plan\n~ Carer to book swimming lessons by 1 May\n~ Oscar to walk the dog, carer to help"
    assert [a.text for a in split_actions(plan)] == [
        "Carer to book swimming lessons by 1 May",
        "Oscar to walk the dog, carer to help",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "PCSO to call at the house by 4 June.",  # initials no role list holds
        "Respite visits each Saturday, escorted by TSW.",
        "Art club – LSA to walk Noor there each Tuesday.",
    ],
)
def test_unknown_initials_as_subject_or_agent_are_owners(text):
    assert "ACTION_NO_OWNER" not in _codes("action", text)


@pytest.mark.parametrize(
    "text",
    [
        "GCSE results to be shared by 1 Sept.",  # initials naming a thing, passive: no owner
        "TBC",
        "FGC by 3 May.",  # a verbless fragment's first word is its topic
    ],
)
def test_initials_naming_things_or_topics_are_not_owners(text):
    assert "ACTION_NO_OWNER" in _codes("action", text)


def test_title_and_surname_in_a_record_typed_in_capitals_is_an_owner():
    assert "ACTION_NO_OWNER" not in _codes("action", "MS PATEL TO COLLECT THE BIKE BY 2 MAY.")


def test_all_before_a_role_names_each_holder_but_all_professionals_is_diffuse():
    assert "ACTION_NO_OWNER" not in _codes("action", "All carers to complete first aid by May.")
    assert "ACTION_NO_OWNER" in _codes("action", "All professionals to attend on 3 May.")


def test_label_ending_in_a_role_names_the_owner_but_a_topic_label_does_not():
    assert "ACTION_NO_OWNER" not in _codes("action", "Swimming coach: two lessons weekly.")
    assert "ACTION_NO_OWNER" in _codes("action", "Time with grandad: weekly.")


def test_with_clause_after_a_comma_names_the_owner():
    text = "Football training to carry on each Sunday, with Uncle Dev taking him."
    assert "ACTION_NO_OWNER" not in _codes("action", text)


def test_child_who_will_continue_to_be_helped_is_not_the_owner():
    assert "ACTION_NO_OWNER" in _codes("action", "Kit to continue to be helped with reading.")


@pytest.mark.parametrize(
    "text",
    [
        "Carer to pack a memory box before overnight stays begin.",  # an event starts or ends
        "PA to collect the deposit after the tenancy course finishes.",
        "PA to help Jo apply for a provisional licence by her 17th.",  # birthday by ordinal
        "Grandad to take Ravi fishing every school holiday.",  # holidays as a frequency
    ],
)
def test_event_deadlines_and_holiday_frequencies_are_timescales(text):
    assert "ACTION_NO_TIMESCALE" not in _codes("action", text)


def test_a_holiday_that_is_not_a_frequency_is_not_a_timescale():
    assert "ACTION_NO_TIMESCALE" in _codes("action", "Carer to book a holiday for the family.")


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # an effort is no deliverable: the verb it serves is judged
        ("Every effort to be made to improve Kai's punctuality.", False),
        ("Carer to make every effort to encourage Kai to read.", False),
        # "ensure"/"make sure" judged by the outcome stated as a fact
        ("Ensure Kai has a library card.", True),
        ("Make sure Tia attends her eye appointment.", True),
        ("Ensure Kai has a sense of belonging.", False),
        # "keep doing X" is "continue doing X"
        ("Ali to keep going to his physio sessions every Monday.", True),
        ("Carer to keep chatting with Ali about school.", False),
        # teaching is judged by what is learnt
        ("Gran to teach baking.", False),
        ("Uncle Sid to teach Ali to mend his bicycle.", True),
        # "begin X" is a start that can be seen; "begin to X" is judged by X
        ("Tutor to begin the catch-up programme by 4 May.", True),
        ("Begin to build trust with Ali.", False),
        # a noun "check" before a month is not the phrasal verb "check in"
        ("GP to complete his asthma check in June.", True),
        ("SW to check in with Ali.", False),
        # money is judged by what it is spent on
        ("Pupil premium to be spent on a laptop.", True),
        ("Funding to be spent on support.", False),
        # a passive verb no list knows: judged by the thing it changes
        ("His bike to be repaired by Friday.", True),
        ("Hair strand testing to be commissioned by 4 May.", True),
        ("SW to upload the court bundle by 3 May.", True),  # an unknown verb on a document
        ("Carer to drop Jo off at the contact centre every Saturday.", True),
        # only verbs like "help" take a bare verb after their object
        ("Jo to reduce cannabis use.", False),
        ("Carer to help me open a savings account.", True),
        ("Placement to be stabilised.", False),
        # the result stated as done after a comma
        ("PA to help Ali with his college application, completed and posted by 3 May.", True),
        # a vague aim spelt out after a dash as a concrete task
        ("Carer to keep Ali safe near roads - walk him to the crossing each morning.", True),
        ("Carer to keep Ali safe near roads - be vigilant.", False),
        # keeping a thing up to date, not a person
        ("Carer to keep Ali's photo album up to date each month.", True),
        ("Keep dad up to date.", False),
        # an event as subject, carried on at a frequency
        ("Piano lessons to carry on every Tuesday.", True),
        ("Contact to continue.", False),
        ("Contact with his sister every Sunday.", True),
    ],
)
def test_measurability_judged_by_the_outcome_the_wording_names(text, measurable):
    assert ("ACTION_NOT_MEASURABLE" not in _codes("action", text)) is measurable


def test_irregular_participles_are_read_as_their_verbs():
    assert lemma("sought") == "seek"
    assert lemma("spent") == "spend"


@pytest.mark.parametrize(
    "entry",
    [
        "Extension agreed - dad's hair strand test isn't back.",  # reason after a dash
        "Fine to go ahead with the school trip, his carers have signed the consent form.",
        "Content to fund the bike; Zara is saving half the cost herself.",
        "Yes - the children need the extra sessions.",  # a bare answer with its reason
    ],
)
def test_informal_decisions_with_a_reason_are_not_flagged(entry):
    assert "OVERSIGHT_NO_RATIONALE" not in _codes("oversight", entry)


@pytest.mark.parametrize("entry", ["Yes.", "Happy to discuss.", "Fine to go ahead."])
def test_informal_decisions_without_a_reason_are_flagged(entry):
    assert "OVERSIGHT_NO_RATIONALE" in _codes("oversight", entry)


def test_one_splitter_gives_clause_offsets():
    from casequality.oversight import _CLAUSE_RE
    from casequality.segment import Span
    from casequality.spans import split_span

    text = "Agreed; mum is sober - review in May"
    parts = split_span(Span(text, 10, 10 + len(text)), _CLAUSE_RE)
    assert [p.text for p in parts] == ["Agreed", "mum is sober", "review in May"]
    assert all(text[p.start - 10 : p.end - 10] == p.text for p in parts)


@pytest.mark.parametrize(
    "record",
    [
        'Review: Noor (3) was seen at nursery. Dad\'s views: "I want more contact at weekends".',
        "Review: Noor (3) played with bricks. Her carer's words were 'I'm so proud of her'.",
    ],
)
def test_first_person_words_under_an_adults_views_label_are_not_the_childs(record):
    assert "NO_CHILD_VOICE" in _codes("review", record)


@pytest.mark.parametrize(
    "record",
    [
        'Review: Noor (9). Noor\'s views: "I want to live with Nana".',
        "Review. Parents' views: Noor told them she wants to stay at her school.",
    ],
)
def test_the_childs_words_under_a_views_label_still_count(record):
    assert "NO_CHILD_VOICE" not in _codes("review", record)


def test_a_clause_naming_what_is_missing_is_a_reason():
    entry = "Sleepover declined - no checks on the adults."
    assert "OVERSIGHT_NO_RATIONALE" not in _codes("oversight", entry)
    assert "OVERSIGHT_NO_RATIONALE" in _codes("oversight", "Agreed - no further action.")


def test_words_carried_by_an_advocate_are_the_childs_voice():
    record = "Review. Omar (14) chose not to come; his interpreter relayed his wishes to the IRO."
    assert "NO_CHILD_VOICE" not in _codes("review", record)
    assert "NO_CHILD_VOICE" in _codes("review", "Review. Mum shared her views about school.")


def test_markdown_rule_row_under_a_header_is_not_an_action():
    pep = (
        "Child's views: Ola said she likes drama.\n| Target | Who | When |\n|---|:---:|---|\n"
        "| Learn 20 spellings | TA | 01/05/27 |"
    )
    assert [a.text for a in split_actions(pep)] == ["Learn 20 spellings | TA | 01/05/27"]


def test_comparative_adjective_is_not_a_job():
    row = "Actions\nWellbeing | Feel calmer at break | |"
    assert ("ACTION_NO_OWNER", 0) in {(f.code, f.action_index) for f in check("pep", row)}
    assert "ACTION_NO_OWNER" in _codes("action", "Be healthier by June.")


def test_first_person_label_names_the_writer_as_owner():
    text = "Me and Kerry: go to the bank to open an account by 2 May."
    assert "ACTION_NO_OWNER" not in _codes("action", text)


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: home to dad. If dad relapses, Kim will stay with her aunt long term.",
        "Plan: stay at Oak House. Should the home become unsafe, Kim moves to foster care.",
    ],
)
def test_conditional_on_the_risk_returning_is_a_contingency(plan):
    assert "NO_CONTINGENCY" not in _codes("care_plan", plan + " Kim said she wants this.")


@pytest.mark.parametrize(
    "entry",
    [
        "Short break approved - foster carers overwhelmed.",  # two words: who, and a state
        "Agree to pay the bus fare – Sami begins college in September.",  # a named subject's verb
        "Extension agreed - psychiatric assessment delayed.",  # the evidence it waits on
    ],
)
def test_terse_reasons_after_the_decision_count(entry):
    assert "OVERSIGHT_NO_RATIONALE" not in _codes("oversight", entry)


@pytest.mark.parametrize("entry", ["Agreed – fine.", "Approved - file updated."])
def test_a_single_word_or_a_paperwork_note_is_not_a_reason(entry):
    assert "OVERSIGHT_NO_RATIONALE" in _codes("oversight", entry)


@pytest.mark.parametrize(
    "record",
    [
        "Review. Amira (14) sent a video to her IRO saying she likes her new room.",
        "Review. According to Callum, contact is 'too short'.",
    ],
)
def test_more_ways_the_childs_own_words_reach_the_record(record):
    assert "NO_CHILD_VOICE" not in _codes("review", record)


def test_pronoun_after_a_parents_report_is_the_parent():
    assert "NO_CHILD_VOICE" in _codes("review", "Review. Dad said he wants the boys home.")
