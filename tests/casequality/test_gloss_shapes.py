"""Shapes from reading owner and timescale errors across the labelled sets (session 9): a name
in brackets that glosses a place, a service or a thing is not the action's owner, one that names
the worker is; a time set by a day or an event already named is a timescale."""

import pytest

from casequality import check


def _owned(text: str) -> bool:
    return ("ACTION_NO_OWNER", 0) not in {(f.code, f.action_index) for f in check("action", text)}


@pytest.mark.parametrize(
    "action",
    [
        "A referral to be made to the youth offer (Step Ahead) by 14/03/2025.",
        "Referral to be sent to CAMHS (Lowfield Wellbeing Service) by 30/01/2026.",
        "Viability assessment (PAMS) of mum to be completed by 28/02/2025.",
        "Refer dad to the recovery service (Pathways) this month.",
        "IHA for Ava to be requested from the Hollins Vale LAC health team by 14/11.",
    ],
)
def test_a_bracketed_name_of_where_or_what_names_nobody(action):
    assert not _owned(action)


@pytest.mark.parametrize(
    "action",
    [
        "Kinship assessor (CW) to file the SGO report by 04/05/2025.",
        "Introduce Abdi to the imam, key worker (Yusuf Adan), by 14/02/2025.",
        "Match to be presented to panel on 13/02/2025 (Grace).",
        "Passport application to be sent by 30/04/2025 (SW).",
    ],
)
def test_a_bracketed_worker_still_owns_the_action(action):
    assert _owned(action)


@pytest.mark.parametrize(
    "action",
    [
        "School to send Leo's work folder to the new school by the day he leaves.",
        "PA to set up the Staying Put payments with Finance by the same date.",
        "Night staff to record any missed dose and tell the manager the same evening.",
        "Carer to book the driving theory test in the week of his 17th birthday.",
        "Home manager to stop the room searches with immediate effect.",
        "I will tell Ellie the outcome when I next visit.",
        "Key worker to help Jo with coursework on weekday evenings.",
        "SW to visit within statutory timescales and see Jo alone.",
        "SW to ask for a Staying Put discussion at Dan's next supervision.",
        "SW to update the chronology before final evidence.",
        "Ellis to take the ending of s20 to the June CIC review.",
        "Tutor to give Arjun 1:1 literacy tuition, 2 sessions a week.",
        "Beth will give Willow her life story book at the goodbye visit.",
        "Class teacher and TA to check in with Ellie-Mae throughout the school day.",
        "Janet to make sure Kian catches the 7.40 bus every college day.",
        "IRO to book all reviews after 4pm, starting with the March review.",
        "Kerry to shadow Owen on his next prison visit (October).",
        "Kerry to put Ethan on the housing register on 10/2026.",
        "Priya to notify the IRO on the day of return.",
        "TM to keep Tom as Mason's SW for at least the next 12 months.",
    ],
)
def test_a_time_set_by_a_day_or_event_already_named_is_a_timescale(action):
    flags = {(f.code, f.action_index) for f in check("action", action)}
    assert ("ACTION_NO_TIMESCALE", 0) not in flags


@pytest.mark.parametrize(
    "action", ["FC to model calm behaviour at all times.", "SW to visit as per requirements."]
)
def test_always_or_as_required_sets_no_time(action):
    flags = {(f.code, f.action_index) for f in check("action", action)}
    assert ("ACTION_NO_TIMESCALE", 0) in flags


def test_a_field_left_as_a_long_dash_is_empty():
    for dash in ["—", "–", "-"]:
        flags = {
            (f.code, f.action_index)
            for f in check("action", f"Apply for Ava's passport · Owner: {dash} · Due: {dash}")
        }
        assert {("ACTION_NO_OWNER", 0), ("ACTION_NO_TIMESCALE", 0)} <= flags, dash


@pytest.mark.parametrize(
    "action",
    [
        "Practice Supervisor to chair the disruption meeting by 18/11/2025.",
        "Assistant Director (Children in Care) to confirm the allowance in writing by 1/12/2025.",
        "Home to complete hourly checks overnight for 3 nights after any self-harm.",
        "Supported accommodation to send a weekly update to the PA.",
        "me to visit every 4 wks and do the home conditions check",
    ],
)
def test_a_capitalised_job_title_a_home_as_provider_and_the_writers_me_are_owners(action):
    assert _owned(action)


@pytest.mark.parametrize(
    "action",
    [
        "Placement to continue to meet Tyler's needs.",
        "Support Tyler to settle into secondary school.",
        "Support Amara with her feelings about being away from home.",
    ],
)
def test_a_placement_going_on_and_a_name_after_support_are_not_owners(action):
    assert not _owned(action)


def test_a_young_persons_own_list_gives_them_its_instructions():
    pep = (
        'Pupil voice\n"I want to get into the A squad." Mikey wrote this page himself.\n'
        "MY TARGETS\n"
        "1. Get to school on time every day by catching the 7.50 bus, from Monday.\n"
        "2. Hand my phone in at the start of each lesson - no confiscations this half term.\n"
        "3. Behaviour support.\n"
    )
    flags = {(f.code, f.action_index) for f in check("pep", pep)}
    assert ("ACTION_NO_OWNER", 0) not in flags and ("ACTION_NO_OWNER", 1) not in flags
    assert ("ACTION_NO_OWNER", 2) in flags  # a bare noun names nobody, whoever's list it is
    # under a heading that gives the list to no one, an instruction still names nobody
    staff = pep.replace("MY TARGETS", "TARGETS")
    assert ("ACTION_NO_OWNER", 0) in {(f.code, f.action_index) for f in check("pep", staff)}


def test_gonna_is_a_promise_with_a_subject():
    assert _owned("Kerry is gonna put in for the setting up home grant by next Friday.")
    assert _owned("im gonna cut down on the weed by my birthday")


@pytest.mark.parametrize(
    "action",
    [
        "Mason will not go missing from the home.",
        "Kieran to have been offered a college place by the end of June 2025.",
        "Jayden will be attending school 5 days a week by Easter.",
    ],
)
def test_a_state_the_child_is_to_reach_names_nobody_to_bring_it_about(action):
    assert not _owned(action)


def test_a_worker_who_is_to_remain_involved_is_still_an_owner():
    assert _owned("SW to remain in contact with Mia monthly until she is 21.")


def test_quoted_words_in_a_list_are_the_young_persons_not_tasks():
    plan = (
        "Precious chaired part of her review. She said:\n"
        '• "I want to do my Access course from September."\n'
        '• "I need help with my gas bill."\n'
        '• "I\'ll ring the college myself by Friday."\n'
        "Accommodation\n"
        " - PA to set up a call with the energy supplier by 13/06/2025.\n"
    )
    from casequality.checker import actions_of, prepared, sections_of

    text = prepared(plan)
    actions = [a.text for a in actions_of("pathway_plan", text, sections_of("pathway_plan", text))]
    assert not any(a.startswith('"I want') or a.startswith('"I need') for a in actions)
    assert any("ring the college" in a for a in actions)  # a promise is still a task


def test_when_an_action_is_reviewed_belongs_to_it_on_its_line():
    plan = (
        "Liam said he wants a proper job.\n"
        "Action: PA to book Liam a careers interview by 30/11/2024. Review at 6 months.\n"
    )
    flags = {(f.code, f.action_index) for f in check("pathway_plan", plan)}
    assert not {f for f in flags if f[1] is not None}


def test_a_reviewers_bracketed_comment_is_not_part_of_the_action():
    action = (
        "SW to support mum with her engagement with services.\n"
        '[Supervisor: what does "support" look like here, and by when? Please revisit by Friday.]'
    )
    flags = {(f.code, f.action_index) for f in check("action", action)}
    assert ("ACTION_NO_TIMESCALE", 0) in flags


def test_a_follow_up_of_last_actions_is_last_sessions_list():
    record = (
        "Follow-up of last actions\n- Life story work started 07/03. DONE.\n"
        "- Reflection written. DONE.\n"
        "Actions\n1. Tomasz to present a case summary at the team meeting on 15/04/2025.\n"
    )
    flags = {(f.code, f.action_index) for f in check("supervision", record)}
    assert not {f for f in flags if f[1] is not None}


def test_a_named_unit_of_the_council_is_an_owner():
    assert _owned("Practice Quality Unit to re-audit the file six weeks after the TM signs off.")
