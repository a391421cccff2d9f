"""Shapes found when the thirty-eighth and fortieth blind sets' errors were read (children's
homes' records; records migrated from an old system), pinned with wording of their own
(docs/quality-checks.md, "Thirty-eighth to fortieth blind sets").
"""

import pytest

from casequality import check, split_actions
from casequality.checker import prepared


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def test_old_form_labels_and_html_left_by_a_migration():
    text = (
        "CARE PLAN [import]\nACTIONS:\n"
        "ACTION_1: SW to book the dentist.&nbsp;RESP_OFFICER: SW (A. Khan) TARGET_DT: 2026-03-14"
        "<br>ACTION_2: Continue to monitor sleep.&nbsp;RESP_OFFICER:&nbsp;TARGET_DT: ongoing\n"
    )
    flags = _flags("care_plan", text)
    # counted on the text check() reads, where "<br>" is a line break (on the raw text the two
    # actions share a line and "(A. Khan) TARGET_DT:" reads as the first one's fields)
    assert len(split_actions(prepared(text))) == 2
    assert not {f for f in flags if f[1] == 0}
    # an empty RESP_OFFICER is no owner; "ongoing" no timescale; "monitor" no measure
    assert {
        ("ACTION_NO_OWNER", 1),
        ("ACTION_NO_TIMESCALE", 1),
        ("ACTION_NOT_MEASURABLE", 1),
    } <= flags


def test_a_delivered_thing_is_a_measurable_headline():
    for text in (
        "Letterbox agreement with birth dad signed.",
        "SGO support plan drafted and shared.",
    ):
        assert ("ACTION_NOT_MEASURABLE", 0) not in _flags("action", text), text


def test_a_support_service_named_as_owner():
    text = "Life story book finished. RESP_OFFICER: Adoption Support. TARGET_DT: 2026-05-01"
    assert ("ACTION_NO_OWNER", 0) not in _flags("action", text)


def test_a_homes_needs_grid():
    text = (
        "Care Plan - Oak House\n"
        "Kian Lowe, 15 | s.20 | Placed 01/09/25\n"
        "Kian Lowe (15) | SW Ann Reed | KW Tom Hale | RM Jo Pike\n\n"
        'Ruby\'s voice\nShe wrote: "I want my phone at night."\n\n'
        "Need | What staff will do | Who | Review\n"
        "Money | Keep an eye on his spending | All staff | Ongoing\n"
        "ID | Apply for his provisional licence with him | Ann Reed (SW) | By 31/05/26\n"
    )
    assert [a.text.split(" |")[0] for a in split_actions(text)] == [
        "Keep an eye on his spending",
        "Apply for his provisional licence with him",
    ]


def test_a_team_name_in_capitals_is_not_a_next_steps_heading():
    text = (
        "OAK VALLEY NEXT STEPS TEAM\nPathway Plan - review\n\nPresent: Jo, Sam.\n\n"
        "Plan going forward\nHousing. Sam will submit the housing application by 30/06/2026.\n"
    )
    assert [a.text[:9] for a in split_actions(text)] == ["Sam will "]


@pytest.mark.parametrize(
    "text",
    [
        # the manager's entry is what follows the label, not the incident record above it
        "Incident record\nYoung person: Jo | Type: refused school; threw shoes at staff.\n\n"
        "Manager's oversight:\nRead and noted. Staff to continue with current plan.",
        "KEY-WORK SESSION\nSummary: Amy said she is worried about turning 18 and asked for a PA "
        "to explain what happens.\nAgreed: KW to ask for a PA visit.\n\nManager's comments:\n"
        "Seen - DP 12/3",
        # a signature with an initial; a title naming the form
        "Head of Service - Management Decision Record\nRequest: agreement for Nathan to stay "
        "after 18.\nDecision: Approved for up to six months.\nSigned: P. Marsh",
        # "in line with the house agreement" points at a rule, not a reason about this child
        "RM oversight: Removal of phone for 48 hours agreed, in line with the house agreement. "
        "D. Pryce 15/05/24",
    ],
)
def test_no_decision_or_no_reason(text):
    assert ("OVERSIGHT_NO_RATIONALE", None) in _flags("oversight", text)


def test_a_decision_form_with_manager_comments_below_keeps_its_reasons():
    text = (
        "MANAGEMENT OVERSIGHT - FORM\nDecision: Approved for 12 weeks.\n"
        "Reasons for decision: the siblings were placed apart only because no joint placement "
        "was free, and their wishes are clear.\nManager's comments: SW to book the sessions."
    )
    assert ("OVERSIGHT_NO_RATIONALE", None) not in _flags("oversight", text)


def test_a_carers_sentence_under_the_childs_views_is_not_their_voice():
    text = (
        "CHILD_VIEWS: Liam is a quiet boy who presents as settled. Carer says he enjoys football. "
        "SW to gather views at next visit."
    )
    assert ("NO_CHILD_VOICE", None) in _flags("care_plan", text)


def test_a_child_with_profound_disabilities_observed_responding():
    text = (
        "Care Plan - Tariq (16), PMLD\nTariq's views: Tariq vocalises and smiles when staff put "
        "on his music.\nContingency: if the placement ends, another home nearby."
    )
    assert ("NO_CHILD_VOICE", None) not in _flags("care_plan", text)


# --- the thirty-ninth set (strengths-based plans) ------------------------------------------


def test_an_aspiration_barrier_help_block_is_one_action():
    text = (
        "PEP\n\nAspiration: A place on an apprenticeship in September.\n"
        "Barrier: CV not started.\n"
        "What will help: Two CV sessions with the careers adviser.\n"
        "Who: Ms Dunn\nWhen: 10 and 17 October 2026\n\n"
        "Aspiration: Pass maths.\nBarrier: Misses mornings.\n"
        "What will help: Morning check-ins.\nWho:\nWhen: ongoing\n"
    )
    flags = _flags("pep", text)
    assert len(split_actions(text)) == 2
    assert not {f for f in flags if f[1] == 0}
    assert {("ACTION_NO_OWNER", 1), ("ACTION_NO_TIMESCALE", 1)} <= flags


def test_numbered_question_titles_head_their_sections():
    text = (
        "Care plan\n\n3. What are we worried about (now)\n- Nan is 70 and has arthritis.\n\n"
        "4. What's working well\n- Amy is settled at school.\n\n"
        "6. Support plan — what needs to happen\n1. SW to write to dad by 28/03/2026.\n"
    )
    assert [a.text[:9] for a in split_actions(text)] == ["SW to wri"]


def test_me_in_the_young_persons_own_list_is_the_owner():
    text = "Pathway plan\n\nMy list\n- me — get my provisional licence by summer\n"
    assert ("ACTION_NO_OWNER", 0) not in _flags("pathway_plan", text)
