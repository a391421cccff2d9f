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


TARGETS = """Targets for summer term
T1 – Attendance at 92%. Carers to drop Leah at the gate at 8.40; DT to send a report. By 18/07/25.
T2 – Reading: DT to match Leah with a mentor from 17/03/25; reading age retested by 30/06/25.
"""


def test_a_target_numbered_t1_is_one_action_with_its_sentences():
    assert len(actions("pep", TARGETS)) == 2


SUPERVISION = """Update on last actions:
• FGC referral sent 27/03 – FGC date set for 12/05/25.
• IHA took place 02/04 – report not yet received.

Agreed actions
1. SW to attend the FGC on 12/05/25 and send the family plan round within 5 working days.
"""


def test_an_update_on_last_actions_is_not_this_sessions_actions():
    assert actions("supervision", SUPERVISION) == [
        "SW to attend the FGC on 12/05/25 and send the family plan round within 5 working days."
    ]


PASTED_FORM = """CARE PLAN
CHILD DETAILS
Name\tAmelia Farrow
DOB\t08/08/2009
Placement\tLong-term foster carer Ms Trudy Holmes

PLAN FOR PERMANENCE
☐ Return home
☐ Adoption
☒ Long-term fostering (matched 13/06/2020)
☐ Special Guardianship

ACTIONS AGREED AT PLANNING MEETING 29/01/2025
1.\tSW to complete the bus travel risk assessment and share it with Trudy by 21/02/2025.
"""


def test_a_pasted_forms_detail_rows_and_tick_box_options_are_not_actions():
    found = actions("care_plan", PASTED_FORM)
    assert len(found) == 1, found
    assert found[0].endswith(
        "SW to complete the bus travel risk assessment and share it with Trudy by 21/02/2025."
    )


def test_a_target_label_inside_a_numbered_target_is_its_field_not_a_new_section():
    text = (
        "Targets\n"
        "T1 – Phonics: Baseline 24/40. Target: 32+/40 on a practice check by 23/05/2025. "
        "Who: Miss Ruiz (TA)\n"
        "T2 – Reading: Baseline level 4. Target: level 6 by June 2025. Who: TA Mr Bello\n"
    )
    found = actions("pep", text)
    assert len(found) == 2, found
    assert all("Who:" in a for a in found)


FOUR_QUESTIONS = """What are we worried about?
- 4 missing episodes since Christmas, longest 31 hours.
What's working well?
- He always comes back to Oakfield.
Who's doing what?
- SW to refer Kai to the exploitation team by 01/03/2025.
"""


def test_a_templates_worries_and_strengths_asked_as_questions_are_findings_not_tasks():
    assert actions("care_plan", FOUR_QUESTIONS) == [
        "SW to refer Kai to the exploitation team by 01/03/2025."
    ]
