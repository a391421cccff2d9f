"""Shapes found when the ninety-first to ninety-fourth blind sets' errors were read (adoption
breakdowns, the IRO service, a rural team), pinned with wording of their own
(docs/quality-checks.md, "Session 10")."""

from tests.casequality.shapes import actions, flags


def test_a_clause_sharing_the_sentences_subject_is_not_a_task_of_its_own():
    plan = (
        "We agreed the following. Bella will confirm the Staying Put allowance by 16/05/2025, "
        "and will tell Maya directly. Lee will apply for the driving bursary by 31/05/2025."
    )
    assert len(actions("pathway_plan", plan)) == 2
    assert ("ACTION_NO_OWNER", 1) not in flags("pathway_plan", plan)


def test_a_childs_numbered_wishes_inside_a_quotation_are_not_actions():
    plan = (
        "SW: Kerry Dunne | PA: Nadia Karim\n\n"
        "My section (Kai wrote this himself and asked for it to go first)\n"
        '"Things I want: 1) to live in Kestermouth 2) to see my brother more 3) NOT to do '
        'therapy again."\n\n'
        "Accommodation\n1. PA to submit the housing application by 31 March 2025.\n"
    )
    assert actions("pathway_plan", plan) == [
        "PA to submit the housing application by 31 March 2025."
    ]


def test_a_numbered_team_in_lower_case_owns_its_action():
    action = "16+ team to allocate a Personal Adviser to Reece by 01/06/2025."
    assert ("ACTION_NO_OWNER", 0) not in flags("action", action)


def test_starting_with_a_named_terms_meeting_is_a_timescale():
    action = "DT to hold every PEP after school hours, starting with the summer PEP."
    assert ("ACTION_NO_TIMESCALE", 0) not in flags("action", action)
