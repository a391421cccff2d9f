"""Shapes the fourteenth round of blind sets (blind116-120) met: provider placement-plan tables,
Word documents pasted as text with tabs after their labels, and an action labelled with whose it
is (docs/quality-checks.md, "Session 12"). Wording of our own."""

from casequality.reading import readable
from casequality.smart import check_owner
from tests.casequality.shapes import actions, flags

PLACEMENT_PLAN = """Placement plan
Need | How it will be met | Who | Review
Dental check | Book with the practice on Mill Lane | Keyworker (Dana) | 30/06/25
"""


def test_a_placement_plan_header_row_is_not_an_action():
    assert len(actions("care_plan", PLACEMENT_PLAN)) == 1
    assert not any(code == "ACTION_NO_OWNER" for code, _ in flags("care_plan", PLACEMENT_PLAN))


def test_assigned_to_after_a_tab_names_the_owner():
    text = (
        "ACTION:\tBook Zara's health assessment\nASSIGNED TO:\tLAC Nurse – Jo Pratt\n"
        "DUE DATE:\t04/04/2025\nOUTCOME REQUIRED:\tAssessment done and plan uploaded"
    )
    # the rule itself, as the record reads once its tabs are cells ("ASSIGNED TO:|LAC Nurse")
    assert check_owner(readable(text)).ok
    assert ("ACTION_NO_OWNER", 0) not in flags("action", text)
    assert ("ACTION_NO_OWNER", 0) in flags("action", text.replace("LAC Nurse – Jo Pratt", ""))


def test_a_label_that_says_whose_action_it_is_names_the_owner():
    assert check_owner("Action for SW: update the chronology by Friday 17/01/25").ok
    assert check_owner("Actions for Mum and Dad: attend the parenting course").ok
    assert not check_owner("Action for review: update the chronology").ok
