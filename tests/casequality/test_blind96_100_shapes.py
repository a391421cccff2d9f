"""Shapes the tenth round of blind sets (blind96-100) met: a strengths-and-worries plan layout,
a "Who | What | By when" table with first names, email chains and text threads, and an
oversight thread (docs/quality-checks.md, "Session 11"). Wording of our own."""

import pytest

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
    assert ("ACTION_NO_OWNER", 3) in got  # an empty Who cell still names nobody


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
