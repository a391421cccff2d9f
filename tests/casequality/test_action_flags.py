"""ACTION_NO_OWNER, ACTION_NO_TIMESCALE and ACTION_NOT_MEASURABLE on single actions and plans."""

import pytest

from casequality import check

OWNER, TIME, MEASURE = "ACTION_NO_OWNER", "ACTION_NO_TIMESCALE", "ACTION_NOT_MEASURABLE"


def _codes(text: str, kind: str = "action") -> set[str]:
    return {f.code for f in check(kind, text)}


def test_continue_to_support_fails_all_three():
    assert _codes("Continue to support.") == {OWNER, TIME, MEASURE}


def test_smart_action_passes():
    assert _codes("Sarah (SW) to refer Jordan to CAMHS by 15/03/2026.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Foster carer to take Mia to the dentist by 30 June 2026.",
        "Mr Khan to complete the viability assessment by 12/05/2026.",
        "Mum to attend the parenting course every Tuesday.",
        "I will visit Kai fortnightly and see him alone.",
        "Referral to be made by the allocated SW within 5 working days.",
        "Book the RHA | LAC nurse | by 01/03/2027",
        "Designated teacher to arrange tutoring weekly.",
    ],
)
def test_owner_found(text):
    assert OWNER not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referral to be made to CAMHS within 4 weeks.",
        "IRO to be updated by Friday.",
        "All professionals to share information weekly.",
        "The team will look at options by March.",
        "Monitor school attendance weekly.",
        "Jordan's life story work to be completed by June.",
    ],
)
def test_owner_missing(text):
    assert OWNER in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "SW to visit by 14/02/2027.",
        "SW to visit on 3rd March.",
        "SW to visit within 10 working days.",
        "SW to visit every 6 weeks.",
        "SW to visit fortnightly.",
        "SW to visit before the next LAC review.",
        "SW to visit by end of term.",
        "SW to visit twice a week.",
        "SW to see Amy alone at each visit.",
    ],
)
def test_timescale_found(text):
    assert TIME not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "SW to visit.",
        "SW to visit - ongoing.",
        "SW to visit ASAP.",
        "SW to visit as and when needed.",
        "SW to visit at all times.",
    ],
)
def test_timescale_missing(text):
    assert TIME in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "SW to monitor as needed.",
        "Carers to encourage Ellie to eat healthily.",
        "PA to check in with Kai.",
        "Foster carers will continue to provide a safe and nurturing home.",
        "Explore options for college.",
        "SW will ensure Amir's needs are met.",
    ],
)
def test_vague_actions_are_not_measurable(text):
    assert MEASURE in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "PA to support Amy to register with a GP within 2 weeks.",
        "Carers to encourage Noah to use words so that hitting stops by the review.",
        "SW to complete the parenting assessment by 1 May.",
        "DT to arrange 3 tutoring sessions a week.",
        "Foster carer to keep a diary of missing episodes and send it weekly.",
    ],
)
def test_concrete_actions_are_measurable(text):
    assert MEASURE not in _codes(text)


def test_plan_flags_each_action_by_index_with_offsets():
    text = "Actions:\n1. SW to visit monthly.\n2. Continue to support.\n"
    flags = check("care_plan", text)
    action_flags = [f for f in flags if f.action_index is not None]
    assert {(f.code, f.action_index) for f in action_flags} == {(OWNER, 1), (TIME, 1), (MEASURE, 1)}
    for f in action_flags:
        assert f.start is not None and f.end is not None
        assert text[f.start : f.end] == "Continue to support."
        assert f.explanation.endswith(".")


def test_review_and_oversight_get_no_action_flags():
    assert not {OWNER, TIME, MEASURE} & _codes("Continue to support.", kind="review")
    assert not {OWNER, TIME, MEASURE} & _codes("Continue to support.", kind="oversight")


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown kind"):
        check("memo", "text")


def test_structured_action_fields_are_read():
    text = "Outcome: Kai feels safe. Action: SW to complete a safety plan. By when: 10/02/2027."
    assert _codes(text) == set()
    assert _codes("Outcome: better attendance. Action: to be agreed. Lead: TBC. By when: TBC.") == {
        OWNER,
        TIME,
        MEASURE,
    }


def test_be_aware_is_not_a_passive_so_the_subject_is_the_owner():
    assert _codes("School to be aware of Kai's triggers.") == {TIME, MEASURE}
    assert OWNER in _codes("IRO to be informed by Friday.")


def test_apply_for_is_concrete():
    assert _codes("PA to apply for the bursary by 30/09/2026.") == set()
