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
