"""Shapes of wording found in the thirty-first blind set's errors, pinned with wording of its own
(docs/quality-checks.md, "Thirtieth and thirty-first blind sets").

Each test writes the shape in new words, so it checks the general rule, not the sentence that
prompted it.
"""

from casequality import split_actions


def test_bracketed_form_box_titles_are_headings():
    text = (
        "PA: Sam Lee      Date: 01/05/2025\n\n"
        "[ BOX 2: ACCOMMODATION ]\n"
        "Staying Put with Mrs Ali. Allowance paid to carer.\n\n"
        "[ BOX 6: ACTIONS ]\n"
        "  a) PA to book the open day visit by 21/06/2025.\n"
        "  b) Kai to ask his tutor for a reference by 30/06/2025.\n"
    )
    assert [a.text[:9] for a in split_actions(text)] == ["PA to boo", "Kai to as"]


def test_recording_the_contingency_plan_is_a_task_without_an_article():
    text = (
        "Actions:\n1. SW to record contingency plan on care plan by 16/05/25.\n"
        "2. SW to book the PA intro visit by 23/05/25.\n"
    )
    assert len(split_actions(text)) == 2
