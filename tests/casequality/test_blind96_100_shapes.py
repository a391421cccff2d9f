"""Shapes the tenth round of blind sets (blind96-100) met: a strengths-and-worries plan layout,
a "Who | What | By when" table with first names, email chains and text threads, and an
oversight thread (docs/quality-checks.md, "Session 11"). Wording of our own."""

import pytest

from casequality.chat import messages
from casequality.checker import rules_read
from tests.casequality.shapes import actions, flags

WORRIES_PLAN = """PATHWAY PLAN
WHAT'S WORKING WELL
- Connor is at college, attendance 93%.
- He has a bank account and his birth certificate.
WHAT ARE WE WORRIED ABOUT
- Connor has never cooked a meal on his own.
SCALING
Connor 6 | Sam 5 | Ellie 5
ACCOMMODATION
- Sam (PA) – take Connor to see both lodgings offers by 31/10/25
- Ellie (SW) – put the lodgings request to panel by 14/11/25
"""


def test_what_is_working_well_and_what_worries_us_are_findings_not_tasks():
    found = actions("pathway_plan", WORRIES_PLAN)
    assert len(found) == 2, found
    assert all(a.startswith(("Sam (PA)", "Ellie (SW)")) for a in found)


TASK_TABLE = """WHAT NEEDS TO HAPPEN?
Who | What | By when
Tasha | Give weekly drug tests at Horizon and share the results with Hannah | Weekly from 10/01/25
Hannah (SW) | Write a Words and Pictures for Lily-Mae | 31/01/25
Margaret & Dennis | Take Keira to the Appleby fair and keep the photos for her book | 06/06/25
 | Book the family network meeting | 14/02/25
"""


def test_a_first_name_in_the_who_column_owns_the_row():
    got = flags("care_plan", TASK_TABLE)
    assert ("ACTION_NO_OWNER", 0) not in got
    assert ("ACTION_NO_OWNER", 2) not in got
    # An empty Who cell still names nobody, by the rules. (The learned second opinion, trained
    # on blind1-130, leans just past its bar to withdraw this one: -1.08 against -1.0.)
    assert "ACTION_NO_OWNER" in {f.code for f in rules_read("care_plan", TASK_TABLE)[3][3]}


EMAIL = """From: Katie Lomax (PA)
To: Ahmed
Sent: 15/07/2024 16:20
Subject: RE: my plan
Hi Ahmed, here is what we agreed on Friday:
1. ESOL – I will do the re-enrolment form with you on 2 Sept.
2. Health – I will book your dentist appointment by 31 July.
Katie
> From: Ahmed
> Sent: 14/07/2024 21:47
> Subject: my plan
>
> Hello Katie. I want stay in Brackenford with my friend. I want learn English good.
> Ahmed
"""


def test_an_email_quoted_in_a_reply_is_prose_not_a_list_and_stays_the_young_persons_words():
    assert actions("pathway_plan", EMAIL) == [
        "ESOL – I will do the re-enrolment form with you on 2 Sept.",
        "Health – I will book your dentist appointment by 31 July.",
    ]
    assert ("NO_CHILD_VOICE", None) not in flags("pathway_plan", EMAIL)


TEXTS = """15/04/2025 13:10 Nathan: can we do the plan by text im on shift all week
15/04/2025 13:25 Hayley: Course. Tell me what you want from the next 6 months
15/04/2025 13:40 Nathan: keep my job at the warehouse. get my passport. save up for a car.
15/04/2025 13:46 Hayley: OK so: I will send off your passport application with you by 30/04
15/04/2025 13:52 Nathan: yep. oh and ill go to the gym induction weds
"""


def test_in_a_thread_only_a_sentence_that_sets_someone_a_task_is_an_action():
    found = actions("pathway_plan", TEXTS)
    assert len(found) == 2, found
    assert "passport application" in found[0]
    assert "gym induction" in found[1]


def test_an_item_topic_before_we_will_does_not_hide_the_owner():
    assert ("ACTION_NO_OWNER", 0) not in flags(
        "action", "Money – we'll add Zayn to your Universal Credit when I visit on 16/09."
    )


@pytest.mark.parametrize("reply", ["Approved ✅", "Please progress."])
def test_an_oversight_thread_is_judged_on_the_managers_own_messages(reply):
    text = (
        "Kerry Dawes (SW)  10:41\n"
        "Hi Andrew, can I get sign-off for respite to go to 2 weekends a month? The carer has "
        "asked because she is exhausted, and mum has agreed.\n"
        "Andrew Birch (TM)  12:55\n"
        f"{reply}\n"
    )
    assert ("OVERSIGHT_NO_RATIONALE", None) in flags("oversight", text)


# The eleventh round (blind101-105): a question-and-answer form export and call transcripts.
QA_PLAN = """CARE PLAN
What is the plan for Kai?
Kai to stay at Ashdown House for now, with a plan to move to a foster placement.
What will happen next and who will do it?
1 - Placements team (Julie Carr) to search for a foster placement and send profiles by 31/03/2025
2 - SW to arrange for Kai to see his brother every Sunday at nan's
What does Kai think?
He told his advocate: "I just want to be with a family near my brother."
What happens if the plan doesn't work?
N/A
"""


def test_a_forms_questions_head_their_answers():
    found = actions("care_plan", QA_PLAN)
    assert [a[:4] for a in found] == ["1 - ", "2 - "], found
    got = flags("care_plan", QA_PLAN)
    assert ("NO_CHILD_VOICE", None) not in got
    assert ("NO_CONTINGENCY", None) in got  # the question asks "if…"; the answer is N/A


def test_a_numbered_question_with_its_answer_on_the_line():
    text = (
        "1. What is the plan for Oliwia? To stay with her carer Janet until she is 18.\n"
        "2. What will happen next and who will do it? SW to visit every 6 weeks, next 18/03.\n"
        '3. What does Oliwia think? She said "I like having my own room."\n'
        "4. What happens if the plan doesn't work? Her aunt Kasia has offered to be assessed.\n"
    )
    assert actions("care_plan", text) == ["SW to visit every 6 weeks, next 18/03."]
    assert not {code for code, _ in flags("care_plan", text)} & {"NO_CONTINGENCY", "NO_CHILD_VOICE"}


def test_a_request_numbered_in_a_thread_is_a_task_not_a_forms_question():
    text = (
        "[20/03 12:31] Dave Kershaw (DT): 1) Can someone chase the EHCP annual review?\n"
        "[20/03 12:33] Owen Grady (VS): 2) VS will fund 10 maths sessions from 01/04, Tuesdays.\n"
    )
    assert ("ACTION_NO_OWNER", 0) in flags("pep", text)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Speaker 1  00:00:02  ", "Speaker 2  00:00:07  "),
        ("Speaker 1 (IRO)  00:00:01  ", "Speaker 2 (SW Anna Kerr)  00:00:08  "),
        ("[00:00:00] Abi Morrow: ", "[00:00:02] Tyreese: "),
    ],
)
def test_a_call_transcripts_speakers_and_offsets_are_not_the_record(first, second):
    text = (
        f"{first}So where are you living after eighteen?\n"
        f"{second}near my brother in Castleford\n"
        f"{first}OK so I'll put the referral in to the lodgings scheme by Friday 31/05.\n"
        f"{second}ok\n"
    )
    assert len(messages(text)) == 4
    assert actions("pathway_plan", text) == [
        "I'll put the referral in to the lodgings scheme by Friday 31/05."
    ]


@pytest.mark.parametrize(
    ("answer", "missing"),
    [
        ("We will have another meeting.", True),  # a meeting to find one is not one
        ("See above.", True),
        ("See above - Harvey goes to his nan's.", False),  # the pointer, then the plan itself
    ],
)
def test_a_contingency_answer_is_read_for_what_it_names(answer, missing):
    plan = (
        "Plan: Harvey to stay at home with mum.\n"
        "Actions\n1. SW to visit monthly, next 10/02/2025.\n"
        f"What happens if the plan doesn't work?\n{answer}\n"
    )
    assert (("NO_CONTINGENCY", None) in flags("care_plan", plan)) is missing


def test_a_who_what_table_or_heading_with_no_actions_heading_above_it_heads_the_tasks():
    table = (
        "CARE PLAN\nPlan: Lily-Mae to return home to Tasha.\nWho | What | By when\n"
        "Tasha | Give weekly drug tests at Horizon | Weekly from 10/01/25\n"
        "Hannah (SW) | Write a Words and Pictures for Lily-Mae | 31/01/25\n"
    )
    assert ("ACTION_NO_OWNER", 0) not in flags("care_plan", table)
    listed = (
        "Who / What / By when\n"
        "- Hannah (SW) to write a Words and Pictures for Lily-Mae by 31/01/25\n"
        "Background:\n- Tasha has been tested twice.\n"
    )
    assert actions("care_plan", listed) == [
        "Hannah (SW) to write a Words and Pictures for Lily-Mae by 31/01/25"
    ]
