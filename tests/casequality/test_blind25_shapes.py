"""Shapes of wording found in the twenty-fifth blind set's errors, pinned with wording of their
own (docs/quality-checks.md, "After blind25-27").

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it.
"""

from casequality import check


def _codes(kind: str, text: str) -> set[str]:
    return {f.code for f in check(kind, text)}


def test_form_boxes_left_blank_or_na_give_no_owner_date_or_measure():
    text = (
        "Action required: Keep an eye on Jo's school attendance.\n"
        "Person responsible: N/A\n"
        "Target date: \n"
        "Measure of success: N/A\n"
    )
    assert {"ACTION_NO_OWNER", "ACTION_NO_TIMESCALE", "ACTION_NOT_MEASURABLE"} <= _codes(
        "action", text
    )
    filled = (
        "Action required: Book Jo's dental check.\n"
        "Person responsible: Carer (Mrs Lee)\n"
        "Target date: 30/06/2025\n"
        "Measure of success: Check attended; dentist's letter on file.\n"
    )
    assert not _codes("action", filled)


def test_an_option_ruled_out_beside_the_contingency_is_not_a_missing_contingency():
    text = (
        "Plan: long-term fostering with Mrs Ray.\n"
        "Contingency: if the placement ends, a matched IFA placement near his school; return to "
        "dad is not the contingency because of his drinking.\n"
        "Sam said he wants to stay with Mrs Ray.\n"
    )
    assert "NO_CONTINGENCY" not in _codes("care_plan", text)
    assert "NO_CONTINGENCY" in _codes(
        "care_plan", "Plan: return home.\nContingency: there is no alternative plan at present.\n"
    )


def test_a_form_header_and_plan_remains_the_same_are_no_reasons():
    text = (
        "Case note type: Management Oversight\n"
        "Date: 03/03/2025  Author: Sam Reid (TM)\n"
        "Case discussed in supervision. Plan remains the same. SW to carry on. Review next month.\n"
    )
    assert "OVERSIGHT_NO_RATIONALE" in _codes("oversight", text)


def test_talking_mats_and_typed_words_are_the_childs_voice():
    text = (
        "CLA review. Zac used talking mats with his key adult: he placed 'swimming' on the "
        "happy side and 'new bus' on the sad side.\nPlan endorsed.\n"
    )
    assert "NO_CHILD_VOICE" not in _codes("review", text)
    assert "NO_CHILD_VOICE" not in _codes("review", "Zac typed 'more swimming' on his iPad.")
