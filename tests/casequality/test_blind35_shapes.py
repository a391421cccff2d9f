"""Outcome blocks found when the thirty-fifth blind set's errors were read: steps listed under an
outcome, then "Who:" and "By when:" written once for the block (docs/quality-checks.md,
"Thirty-second to thirty-seventh blind sets"). Pinned with wording of their own.
"""

from casequality import check, split_actions

_PLAN = (
    "Short breaks plan - Zac (12)\n\n"
    "Outcome we want: 1. Zac sleeps well at Oak Lodge.\n"
    "Steps to get there:\n"
    "   a) Offer a weighted blanket at bedtime, every stay.\n"
    "   b) Share Zac's sleep routine with all night staff.\n"
    "   c) Refer Zac to the sleep clinic.\n"
    "Who: Oak Lodge manager (Ann Bird); c) Dr Shah\n"
    "By when: a) from his next stay on 04/04/2026; b) by 31/03/2026\n"
    "How we'll know it's working: asleep by 10pm on 5 of 6 stays.\n\n"
    "Outcome we want: 2. Mum keeps her job.\n"
    "Steps:\n"
    "  1. Jo to confirm the nights for 2026/27 by letter.\n"
    "  2. Help the family recruit a personal assistant.\n"
    "Who: Jo Hart (step 1)\n"
    "By when: all steps by 30/04/2026\n"
)


def _flags() -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check("care_plan", _PLAN)}


def test_each_step_is_an_action_and_the_outcome_and_fields_are_not():
    assert [a.text[:10] for a in split_actions(_PLAN)] == [
        "Offer a we",
        "Share Zac'",
        "Refer Zac ",
        "Jo to conf",
        "Help the f",
    ]


def test_the_blocks_who_owns_every_step_it_does_not_narrow():
    flags = _flags()
    for step in (0, 1, 2):
        assert ("ACTION_NO_OWNER", step) not in flags
    # "Who: Jo Hart (step 1)" owns step 1 only
    assert ("ACTION_NO_OWNER", 3) not in flags
    assert ("ACTION_NO_OWNER", 4) in flags


def test_the_blocks_by_when_times_the_steps_it_names():
    flags = _flags()
    assert ("ACTION_NO_TIMESCALE", 0) not in flags
    assert ("ACTION_NO_TIMESCALE", 1) not in flags
    assert ("ACTION_NO_TIMESCALE", 2) in flags  # c) has no date in the block
    assert ("ACTION_NO_TIMESCALE", 4) not in flags  # "all steps by 30/04/2026"


def test_a_progress_heading_over_a_list_still_heads_actions():
    text = (
        "Supervision 02/02/2026\nProgress: mum has moved out.\n"
        "1. Kim to get the children's views by 10/02.\n2. Kim to ring the police by 06/02.\n"
    )
    assert len(split_actions(text)) == 2


def test_a_numbered_section_title_heads_its_section():
    text = (
        "CARE PLAN\n\nSECTION 15 - AMY'S WISHES AND FEELINGS\nShe said:\n"
        '- "I want to stay here."\n- She wants to see her nan at Easter.\n\n'
        "SECTION 18 - ACTIONS\n1. SW to book the dentist by 30/04/2026.\n"
    )
    assert [a.text[:10] for a in split_actions(text)] == ["SW to book"]


def test_part_a_plan_states_the_plan_and_part_b_lists_the_services():
    text = (
        "PART A — PLAN\nA1. The plan is for Jo to go home to mum.\n\n"
        "PART B — SERVICES\n1. Mum to attend the parenting group weekly.\n"
        "2. SW to book the transport by 07/03/2026.\n"
    )
    assert [a.text[:10] for a in split_actions(text)] == ["Mum to att", "SW to book"]


def test_a_paragraph_about_the_child_under_a_wishes_heading_is_not_their_voice():
    text = (
        "Section 7 - Child's wishes and feelings:\n"
        "Reece is a polite boy who is settled. Carers report he is doing well.\n"
    )
    assert any(f.code == "NO_CHILD_VOICE" for f in check("review", text))


def test_what_we_will_do_nothing_is_no_action():
    text = "Money\nYou get £40 a week.\nWhat we will do: Nothing. We respect that.\n"
    assert split_actions(text) == []


def test_initials_inside_a_sentence_do_not_end_it():
    text = (
        "Actions\n1. Nadia to help A.J. write to his uncle about work experience by 30/04/2026.\n"
    )
    assert len(split_actions(text)) == 1


def test_being_able_to_do_something_is_an_outcome_that_can_be_seen():
    text = "By the end of Year 8, Ruby will be able to travel to school on the bus on her own."
    assert ("ACTION_NOT_MEASURABLE", 0) not in {
        (f.code, f.action_index) for f in check("action", text)
    }
