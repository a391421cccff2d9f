"""Shapes of wording found in the twenty-sixth blind set's errors, pinned with wording of their
own (docs/quality-checks.md, "After blind26").

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it.
"""

from casequality import check, split_actions


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def test_whats_happening_whos_doing_it_when_blocks_are_records():
    text = (
        "Housing\n"
        "What's happening: Tenancy sign-up at Oak Court.\n"
        "Who's doing it: Jade signs; PA pays the rent in advance.\n"
        "When: 12/12/2026.\n\n"
        "Money\n"
        "What's happening: Setting-up-home grant list.\n"
        "Who's doing it: tbc\n"
        "When: tbc\n"
    )
    assert len(split_actions(text)) == 2
    flags = _flags("pathway_plan", text)
    assert ("ACTION_NO_OWNER", 0) not in flags
    assert ("ACTION_NO_TIMESCALE", 0) not in flags
    assert {("ACTION_NO_OWNER", 1), ("ACTION_NO_TIMESCALE", 1)} <= flags


def test_an_empty_who_cell_and_header_fields_name_no_owner_and_are_no_action():
    assert ("ACTION_NO_OWNER", 0) in _flags(
        "pep", "TARGET 1 | Maths: times tables to 12 | Who: | By: 01/03/2027"
    )
    text = "Young person: Zak Ali   Age: 17   PA: to be allocated\nPlan: SW to visit by 1/12.\n"
    assert [a.text for a in split_actions(text)] == ["SW to visit by 1/12."]


def test_a_summary_then_a_bare_decision_gives_no_managers_reason():
    text = (
        "SM oversight 02/11/2026 - Leo Hart\n"
        "Leo moved to new carers on 12/10 after his placement ended. He is settling and goes "
        "to school every day. The SW is asking for a further 6 weeks of taxi funding so that "
        "he can stay at his school while a local bus pass is arranged.\n"
        "Decision: Agreed.\n"
    )
    assert ("OVERSIGHT_NO_RATIONALE", None) in _flags("oversight", text)
    reasoned = text.replace(
        "Decision: Agreed.", "Decision: Agreed - a school move now would undo his progress."
    )
    assert ("OVERSIGHT_NO_RATIONALE", None) not in _flags("oversight", reasoned)
    assert ("OVERSIGHT_NO_RATIONALE", None) not in _flags(
        "oversight", "Complaint from Mia re missed visits upheld - SW off sick, no cover arranged."
    )


def test_tasks_buried_at_the_end_of_narrative_sentences_are_actions():
    text = (
        "Notes of 20/10. School said Kai has been late most days, and the DT will ring Kai's "
        "carer every Monday from 3/11. Kai wants a bike, so a grant application will be made "
        "by the PA. Mum asked about contact and this will be looked into. I said I'd ring "
        "the housing officer by Friday."
    )
    units = [a.text for a in split_actions(text)]
    assert units == [
        "the DT will ring Kai's carer every Monday from 3/11.",
        "a grant application will be made by the PA.",
        "this will be looked into.",
        "I'd ring the housing officer by Friday.",
    ]
    assert ("ACTION_NO_OWNER", 3) not in _flags("care_plan", text)


def test_nouns_that_look_like_verbs_and_concrete_verbs_met_here():
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "Work experience at the garage on Mill Road from 3 March, arranged by the PA."
    )
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "PA to add Jo's housing preference to the referral by 2/12."
    )
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "NQSW to shadow a child protection conference by 30/01."
    )
    assert ("ACTION_NOT_MEASURABLE", 0) not in _flags(
        "action", "Young carers leaflet to be given to Sam by Friday."
    )
    assert ("ACTION_NOT_MEASURABLE", 0) in _flags(
        "action", "SENCo to attend to Ali's SEN issues by Easter."
    )
    assert ("ACTION_NOT_MEASURABLE", 0) in _flags(
        "action", "PA to keep in touch with Ruby over the summer, at least monthly."
    )
