"""Shapes the thirteenth round of blind sets (blind111-115) met: an export that prints each
field's label on a line of its own over its value, and a contingency asked as a radio question
with a details field (docs/quality-checks.md, "Session 12"). Wording of our own."""

import pytest

from casequality.measurable import check_measurable
from casequality.reading import readable
from casequality.vertical import vertical_fields
from tests.casequality.shapes import actions, flags

EXPORTED_ACTION = """Step: Record Action
Reference 55120
Person
Leon ASHBY (ID 4471209)
Action
{action}
Responsible
{who}
Target date
{when}
Outcome measure
{measure}
Status
Open
Completed by
Farah Quinn
Date completed
02/09/2025"""


def _action(**fields):
    values = {
        "action": "Book Leon's dental check-up",
        "who": "Foster carer (Mrs Ruth Dale)",
        "when": "30/09/2025",
        "measure": "Check-up attended and logged in his health passport",
    }
    return EXPORTED_ACTION.format(**(values | fields))


def test_a_label_on_its_own_line_is_joined_to_the_value_under_it():
    text = _action()
    read = vertical_fields(text)
    assert len(read) == len(text)
    assert "Responsible:Foster carer (Mrs Ruth Dale)" in read
    assert "Target date:30/09/2025" in read
    # the record's bookkeeping is read as fields too, and owns and times nothing (below)
    assert "Completed by:Farah Quinn" in read
    assert flags("action", text) == set()


@pytest.mark.parametrize(
    ("fields", "due"),
    [
        ({"who": "No data entered"}, {("ACTION_NO_OWNER", 0)}),
        ({"when": "Ongoing"}, {("ACTION_NO_TIMESCALE", 0)}),
        ({"when": "No data entered"}, {("ACTION_NO_TIMESCALE", 0)}),
        # the export's header and bookkeeping ("Completed by", "Date completed") are no measure
        (
            {"action": "Continue to support Leon with his feelings", "measure": "No data entered"},
            {("ACTION_NOT_MEASURABLE", 0)},
        ),
    ],
)
def test_an_empty_or_open_field_is_read_as_what_is_missing(fields, due):
    # "Date completed / 02/09/2025" and "Completed by / Farah Quinn" are the record's own
    # bookkeeping: they neither own the action nor time it
    assert flags("action", _action(**fields)) == due


def test_a_lone_heading_over_a_paragraph_is_not_a_field():
    text = "Progress\nLeon has settled well and goes to football on Saturdays.\nNotes\nNone."
    assert readable(text) == text


PLAN = """Permanence plan
Leon to remain with Mr and Mrs Dale long term.

Contingency plan
Is there a contingency plan?
{answer}
Details
{details}

Child's views and wishes
Leon said "I want to stay here and keep my dog Pip"."""


@pytest.mark.parametrize(
    ("answer", "details", "due"),
    [
        (
            "Yes",
            "If the Dales cannot keep Leon long term, he will move to his aunt in Wexley under an "
            "SGO; her viability assessment is booked for October.",
            False,
        ),
        ("Yes", "No data entered", True),
        # watching the plan is not another plan
        ("Yes", "Continue to monitor placement stability.", True),
        ("No", "No data entered", True),
    ],
)
def test_a_contingency_asked_as_a_radio_question_is_answered_by_its_details(answer, details, due):
    got = flags("care_plan", PLAN.format(answer=answer, details=details))
    assert (("NO_CONTINGENCY", None) in got) is due


LETTER_PLAN = """Dear Kai,

This is your plan, written as a letter because you asked for one.

What we are going to do
I will visit you at Marsh Farm every six weeks. Jo will take you to the dentist on 3rd March.

If things change
If you could not stay with Jo and Pete, you would live with your gran in Holtby.

Yours,
Christine
"""


def test_a_letter_plans_close_and_signature_are_not_actions():
    got = actions("care_plan", LETTER_PLAN)
    assert got == [
        "I will visit you at Marsh Farm every six weeks.",
        "Jo will take you to the dentist on 3rd March.",
    ]
    signed = LETTER_PLAN.replace("Yours,\nChristine", "Ann Tolley, Social Worker, CWD team")
    assert len(actions("care_plan", signed)) == 2


@pytest.mark.parametrize(
    "heading", ["If things change", "If things don't go to plan", "What happens if things change"]
)
def test_an_if_things_change_heading_holds_the_contingency(heading):
    text = LETTER_PLAN.replace("If things change", heading)
    assert ("NO_CONTINGENCY", None) not in flags("care_plan", text)
    assert not any(code == "ACTION_NO_OWNER" for code, _ in flags("care_plan", text))


@pytest.mark.parametrize("verb", ["has agreed to", "has promised to"])
def test_who_has_agreed_to_do_it_owns_it(verb):
    text = f"Kai {verb} pay £10 a week off his rent arrears from 1st May."
    assert ("ACTION_NO_OWNER", 0) not in flags("action", text)


REVIEW_LETTER = """Dear {child},

I am writing to tell you what happened at your review on 2 May.

Lorraine and Pete told the meeting that you have been doing really well at drama club.
Mr Aziz said your attendance is 96%.
"""


def test_in_a_letter_to_the_child_the_other_names_who_report_are_adults():
    assert ("NO_CHILD_VOICE", None) in flags("review", REVIEW_LETTER.format(child="Kai"))
    said = REVIEW_LETTER.format(child="Kai") + 'You told me "drama is the best bit of my week".\n'
    assert ("NO_CHILD_VOICE", None) not in flags("review", said)


def test_a_name_alone_between_dashes_owns_the_target():
    got = flags("pep", "Targets:\n1. Finish the Year 9 options form - Kacey - by 14/03/25\n")
    assert ("ACTION_NO_OWNER", 0) not in got
    # a programme between the dashes is no one ("Lexia 3x per week")
    got = flags("pep", "Targets:\n1. To be supported with reading - Lexia 3x per week\n")
    assert ("ACTION_NO_OWNER", 0) in got


OUTCOMES_TABLE = """Outcome area | RAG | Now (1-10) | Where we want to be | Steps - who - when \
| We'll know it's working when
Health | G | 8 | 9 | Carers to take Leo to the optician by 30/04/25 | glasses worn in class
Identity | A | 4 | 8 | SW to finish his life story book by 31/05/25 | book shared with Leo
"""


def test_an_outcomes_framework_header_row_is_not_an_action():
    assert len(actions("care_plan", OUTCOMES_TABLE)) == 2
    assert not any(code.startswith("ACTION") for code, _ in flags("care_plan", OUTCOMES_TABLE))


PATHWAY = """Pathway plan - Ellie (18)
6. Practical and other skills necessary for independent living
My view: "I can cook. Bills - no idea."
Plan: Mrs Pengelly to go through the house bills with Ellie once a month until the review.
"""


def test_the_long_pathway_plan_dimension_is_a_heading_not_an_action():
    assert not any("Practical" in a for a in actions("pathway_plan", PATHWAY))
    assert not any(code.startswith("ACTION") for code, _ in flags("pathway_plan", PATHWAY))


def test_a_placeholder_after_a_label_on_the_same_line_is_an_empty_field():
    text = (
        "Actions\nAction: Continue to support Leon with his feelings.\n"
        "Responsible: No data entered\nTarget date: 28/06/2025\nOutcome measure: No data entered"
    )
    read = vertical_fields(text)
    assert "Responsible:" in read and "No data" not in read
    assert flags("care_plan", text) >= {("ACTION_NO_OWNER", 0), ("ACTION_NOT_MEASURABLE", 0)}


@pytest.mark.parametrize(
    "action", ["FC to cont. to supp. Mia w/ school", "PA to cont. to supp. Jo"]
)
def test_notes_shorthand_for_continue_to_support_is_not_measurable(action):
    assert not check_measurable(action + " - weekly").ok


CHILD_PEP = """Your targets
Target 1: Try out for the netball team
Who will help: Miss Oduya (PE)
When: trials on 5 February 2025
How we'll know: Miss Oduya will tell Mrs Finch which team you're in.
"""
CHILD_TABLE = """Your targets
What we want to happen | Who will help | By when | How we'll know
Bring your PE kit every PE day | Rukhsana | from 24 February | no kit detentions by the next PEP
"""


@pytest.mark.parametrize("text", [CHILD_PEP, CHILD_TABLE])
def test_who_will_help_names_the_owner_in_a_plan_written_to_the_child(text):
    got = flags("pep", text)
    assert ("ACTION_NO_OWNER", 0) not in got, got
    assert len(actions("pep", text)) == 1
