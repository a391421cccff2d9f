"""Shapes the fifteenth round of blind sets (blind121-125) met that session 12 left unmended: PEP
target grids where each "Target N – topic" title sits over its own field lines (docs/
quality-checks.md, "Session 13"). Wording of our own."""

from casequality.checker import rules_read
from casequality.fields import measure_text
from tests.casequality.shapes import actions, flags

GRID = """TARGETS
Target 1 – Spelling
Baseline: 9/20 on the Y3 word list (January).
Target: 16/20 on the same list by the summer PEP.
Provision: 3 x 10 mins a week with the TA; word games at home twice a week.
Who: Miss Reid (TA), with Mr Patel checking.
By: 20/06/2025.   Cost: £90.
Target 2 – Friendships
Baseline: plays alone at most lunchtimes.
Target: Sami to keep working on his friendships.
Intervention: lunchtime Lego club, 2 x a week.
Who: Mrs Cole (ELSA).   By when: summer PEP.   Cost: nil.

ACTIONS
1. Dev Shah (SW) to send the carers' contact details to the school by 14/03/2025.
"""


def test_each_numbered_target_title_and_its_fields_are_one_action():
    found = actions("pep", GRID)
    assert len(found) == 3
    assert found[0].startswith("Target 1 – Spelling") and "Cost: £90." in found[0]
    # "Intervention:" is the second target's own field, not a target of its own
    assert "Intervention: lunchtime Lego club" in found[1]


def test_a_target_whose_fields_name_owner_and_date_is_not_flagged():
    got = flags("pep", GRID)
    assert ("ACTION_NO_OWNER", 0) not in got
    assert ("ACTION_NO_TIMESCALE", 0) not in got
    # without its "Who:" line the first target has no owner, by the rules (the learned layer,
    # which reads the words "TA" and "Provision", may still weigh it)
    no_who = GRID.replace("Who: Miss Reid (TA), with Mr Patel checking.\n", "")
    per_action = rules_read("pep", no_who)[3]
    assert "ACTION_NO_OWNER" in {f.code for f in per_action[0]}


def test_a_numbered_title_is_no_measure_of_its_target():
    record = "Target 2 – Friendships\nTarget: Sami to keep working on his friendships.\nWho: ELSA"
    assert measure_text(record) == "Target: Sami to keep working on his friendships."
    vague = GRID.replace("Intervention: lunchtime Lego club, 2 x a week.\n", "")
    assert ("ACTION_NOT_MEASURABLE", 1) in flags("pep", vague)
    # with its intervention (a club twice a week) the rules find the target measurable; the
    # learned second opinion, reading "keep working on", may still raise the flag
    assert "ACTION_NOT_MEASURABLE" not in {f.code for f in rules_read("pep", GRID)[3][1]}
