"""Shapes the seventeenth round of blind sets (blind131-135) met, mostly in records pasted from
PDFs: table rows and list items broken over two lines, decimal-numbered topics over lettered
items, and a form's lettered codes ("C1.") as list marks; then what rounds 18 and 19 (blind136-
145) added: numbered targets carrying their own fields, and contingencies that name no
alternative (docs/quality-checks.md, "Session 13"). Wording of our own."""

from casequality.contingency import assess_contingency
from casequality.reading import prepared, readable
from casequality.smart import check_owner
from casequality.supervision import repeated_actions
from tests.casequality.shapes import actions, flags

WRAPPED_TABLE = """Section 4: Plan
Domain | Action | Who | When
Accommodation | Send Leo's application for a supported
tenancy to the housing panel | PA | 25/04/25
Health | Leo to book his own dental check | Leo
| 30/04/25
"""


def test_a_table_row_broken_over_two_lines_is_one_row():
    assert "supported tenancy" in readable(WRAPPED_TABLE).replace("\n", "  ")
    found = actions("pathway_plan", WRAPPED_TABLE)
    assert len(found) == 2
    got = flags("pathway_plan", WRAPPED_TABLE)
    assert not any(code in {"ACTION_NO_OWNER", "ACTION_NO_TIMESCALE"} for code, _ in got)


def test_a_title_row_over_a_header_is_not_joined_to_it():
    text = (
        "PEP | Lily Shaw | Y6 | Hill Primary | DT Mrs Green\nLily is scared of big school.\n"
        "Target | By whom | By when\nApply for a secondary school place | SW and FC | 31 October\n"
    )
    assert actions("pep", text) == ["Apply for a secondary school place | SW and FC | 31 October"]


DECIMAL_TOPICS = """Section 4: Plan
4.1 Accommodation
   a) PA to visit Ben at his flat on 20/05/25 and go through the tenancy
      checklist with him.
4.2 Health
   b) Letter to be sent to Ben's GP asking for his records, by 06/06/25.
"""


def test_decimal_numbered_topics_over_lettered_items_are_not_actions():
    found = actions("pathway_plan", DECIMAL_TOPICS)
    assert len(found) == 2 and found[1].startswith("Letter to be sent")
    assert ("ACTION_NO_OWNER", 1) in flags("pathway_plan", DECIMAL_TOPICS)


CODED_TARGETS = """Targets
C1. Maths: teacher to go over fractions with Ana in two lessons a week until the summer PEP.
C2. DT to apply to the Virtual School for PP+ funding for Ana's Bronze
DofE place by 04/04/25.
"""


def test_a_forms_lettered_codes_mark_its_items_and_a_broken_item_is_rejoined():
    found = actions("pep", CODED_TARGETS)
    assert len(found) == 2
    assert found[1].endswith("Bronze DofE place by 04/04/25.")
    assert not any(code == "ACTION_NO_TIMESCALE" for code, _ in flags("pep", CODED_TARGETS))


def test_the_local_authoritys_plan_is_not_one_of_its_actions():
    text = (
        "PLAN\nA1. The local authority's primary plan is for Aisha to return to her mother.\n"
        "A2. SW to arrange transport to the unit on 10/03/2025.\n"
    )
    assert actions("care_plan", text) == ["SW to arrange transport to the unit on 10/03/2025."]


def test_a_new_date_explained_in_the_progress_report_is_not_a_repeat():
    previous = "Actions\n1. Tom to complete the Staying Put e-learning by 30.04.2025."
    current = (
        "Review of last actions\n1. Staying Put e-learning - not completed; Tom was off sick.\n\n"
        "Actions\n1. Tom to complete the Staying Put e-learning by 31.05.2025."
    )
    assert repeated_actions(current, previous) == []
    unexplained = current.replace("not completed; Tom was off sick.", "not completed.")
    assert len(repeated_actions(unexplained, previous)) == 1
    carried = (
        "Actions\n1. Tom to complete the Staying Put e-learning - carried forward, now by "
        "31.05.2025 because the course was cancelled."
    )
    assert repeated_actions(carried, previous) == []


def test_a_keyworker_abbreviated_or_named_by_whose_they_are_owns_the_action():
    for action in [
        "Ruby's KW to book a sleep session with the school nurse for w/c 24/03/25.",
        "Agree a curfew in writing with Jack | Tern House KW | by Fri 12/01",
        "Sixth form pastoral lead to meet Tia weekly in June.",
    ]:
        assert check_owner(prepared(action, "action")).ok, action


# Round 18 (blind136): a numbered target carrying its own "Action:", "Who:" and "When:".
LABELLED_TARGETS = (
    "SMART targets\n"
    "1. Target: Grade 6 in the science mocks. Action: weekly tutoring with Mr Ali. "
    "Who: DT to book the tutor. When: first session by 14/02/25.\n"
    "2. Target: French grade 3 to 4. Action: weekly catch-up session with the French department. "
    "Who: Head of MFL. When: weekly from w/c 10/02/25.\n"
)
TOPIC_TARGETS = (
    "SMART targets\n"
    "1. Maths – times tables to 12 x 12. Action: TA-led practice 3 x 10 mins a week. "
    "Who: Mrs Day (TA). By: end of summer term.\n"
    "2. Wellbeing – settle after contact days. Action: check-in with her key adult each Tuesday. "
    "Who: learning mentor Miss Brady. By: weekly from 03/03/25.\n"
)


def test_a_numbered_target_and_its_action_fields_are_one_action():
    for text in (LABELLED_TARGETS, TOPIC_TARGETS):
        found = actions("pep", text)
        assert len(found) == 2, found
        assert all("Who:" in item for item in found), found
        assert not any(code.startswith("ACTION_") for code, _ in flags("pep", text)), text


def test_a_rag_status_before_the_dash_is_a_note_and_the_action_follows_it():
    text = (
        "Actions\n1. AMBER – contact moved to weekly. Action: SW to review contact with the "
        "Horizons results by 30/04/25.\n"
    )
    assert actions("supervision", text)[-1].startswith("SW to review contact")


def test_a_review_if_the_plan_fails_or_the_plan_said_again_is_no_contingency():
    # Round 19 (blind145): "… the plan is not expected to change" restates the main plan.
    meeting = "CONTINGENCY:\nIf the placement breaks down, SW to request an early review."
    same = "CONTINGENCY:\nLong-term match to go to panel; the plan is not expected to change."
    alternative = "CONTINGENCY:\nIf the placement breaks down, Sam will move to his aunt's."
    assert not assess_contingency(meeting)[0]
    assert not assess_contingency(same)[0]
    assert assess_contingency(alternative)[0]
