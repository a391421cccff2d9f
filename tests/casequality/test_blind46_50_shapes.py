"""Shapes found when the forty-sixth to fiftieth blind sets' errors were read (a busy team's
shorthand; court-facing plans), pinned with wording of their own (docs/quality-checks.md,
"Forty-sixth to fiftieth blind sets")."""

import pytest

from casequality import check
from casequality.checker import actions_of, prepared, sections_of
from casequality.timescales import find_timescale


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def _actions(kind: str, text: str) -> list[str]:
    text = prepared(text)
    return [a.text for a in actions_of(kind, text, sections_of(kind, text))]


@pytest.mark.parametrize(
    "action",
    [
        "SW to visit Ali at school 2 wkly",
        "FC to send the contact diary to SW wkly",
        "resi staff to log Jay's sleep - mthly summary to IRO",
        "PA to ring Kim fortn'ly",
        "FC to take Ellie to the optician - appt in 2/52",
        "return home interview by SW w/in 72hrs of each missing episode",
    ],
)
def test_a_busy_teams_shorthand_for_how_often_and_how_soon_is_a_timescale(action):
    assert ("ACTION_NO_TIMESCALE", 0) not in _flags("action", action)


def test_a_clinicians_weeks_are_a_timescale_where_a_fraction_is_not():
    assert find_timescale("review in 6/52") is not None
    assert find_timescale("she got 3/40 on the test") is None


def test_a_title_typed_in_lower_case_and_a_resi_worker_are_owners():
    for action in [
        "ms Patel + mr Okoro to agree the new timetable by 11/7",
        "resi to take Jay to the dentist by 3/6",
    ]:
        assert ("ACTION_NO_OWNER", 0) not in _flags("action", action), action


def test_a_lower_case_name_that_is_the_subject_again_and_again_is_a_person():
    record = (
        "supervision - jo K / TM Amir - 3/3\n"
        "Case: Tia. jo wants to see Tia before the review.\n"
        "actions\n"
        "1. jo to chase the CAMHS referral by 10/3\n"
        "2. jo to book the PEP by 14/3\n"
    )
    assert not {f for f in _flags("supervision", record) if f[0] == "ACTION_NO_OWNER"}


def test_tasks_run_on_with_spaced_slashes_are_split_but_a_slashed_phrase_is_not():
    plan = (
        "Lily said she wants to stay with her nan.\n"
        "If the placement ends, Lily moves to her aunt.\n"
        "actions - SW to book the dentist by 3/5 / FC to take Lily swimming wkly / "
        "bike grant appl to be made by 30/6\n"
    )
    actions = _actions("care_plan", plan)
    assert len(actions) == 3
    assert actions[2].startswith("bike grant")
    assert ("ACTION_NO_OWNER", 2) in _flags("care_plan", plan)
    one = "actions - SW to sort the bus pass top up / key fob issue with housing by 3/5\n"
    assert len(_actions("care_plan", one)) == 1


def test_the_plan_itself_is_not_one_of_its_actions():
    plan = (
        "1. Plan\n"
        "1.1 It is the Local Authority's plan that Ali remains in long-term foster care with "
        "Ms Reid under a care order.\n"
        "1.2 Ali is of Kurdish heritage on his father's side.\n"
        "2. Ali's wishes and feelings\n"
        '2.1 Ali told the Guardian: "I want to stay with Jen and keep my dog."\n'
        "3. Contingency\n"
        "3.1 If the placement ends, an in-borough long-term foster placement near his school.\n"
        "4. Actions\n"
        "4.1 Mr Evans (SW) will refer Ali to the Virtual School tutor scheme by 31 March 2025.\n"
        "4.2 Ms Reid will take Ali to his audiology appointment on 6 March 2025.\n"
    )
    actions = _actions("care_plan", plan)
    assert len(actions) == 2 and "refer Ali" in actions[0]
    assert not _flags("care_plan", plan)
    statement = (
        "Plan: The plan is for a phased return home over six weeks.\n"
        "Ali said he wants to go home.\n"
        "Contingency: if the return fails, long-term fostering with Ms Reid.\n"
        "Actions: Mr Evans (SW) will visit Ali at home weekly during the return.\n"
    )
    assert _actions("care_plan", statement) == [
        "Mr Evans (SW) will visit Ali at home weekly during the return."
    ]


def test_a_numbered_items_own_label_does_not_cut_it_off_from_its_list():
    pep = (
        "Pupil voice\n"
        '"I want to get better at maths." Sam chose his own target.\n'
        "Targets\n"
        "1. Sam's maths target: secure column addition by the June assessment. "
        "Mr Hale (TA) to run a 1:1 catch-up twice weekly from 3/3.\n"
        "2. Carers to hear Sam read 4 nights a week and sign his reading record.\n"
    )
    actions = _actions("pep", pep)
    assert len(actions) == 2
    assert actions[0].startswith("1. Sam's maths target") or actions[0].startswith("Sam's")
    assert not {f for f in _flags("pep", pep) if f[1] is not None}


PLAN_HEAD = (
    "1. Plan\n1.1 Jess will stay with Mr and Mrs Hale as long-term foster carers.\n"
    '2. Wishes and feelings\n2.1 Jess told the Guardian: "I want to stay and keep my cat."\n'
)
PLAN_ACTIONS = "4. Actions\n4.1 Ms Ray (SW) will apply for Jess's passport by 30 April 2025.\n"


@pytest.mark.parametrize(
    ("contingency", "flagged"),
    [
        # numbered paragraphs under the heading, as a court plan writes them
        ("3.1 To be confirmed at the next Looked After Review.", True),
        ("3.1 Should the plan not succeed, the Local Authority will consider its position.", True),
        (
            "3.1 Should the placement end, Jess will move to her respite carers, Mr and Mrs "
            "Oduya, while a new long-term match is sought. A return home is not a contingency "
            "the Local Authority would propose.",
            False,
        ),
    ],
)
def test_a_court_plans_numbered_contingency_paragraph_is_read_for_what_it_says(
    contingency, flagged
):
    plan = PLAN_HEAD + "3. Contingency plan\n" + contingency + "\n" + PLAN_ACTIONS
    assert (("NO_CONTINGENCY", None) in _flags("care_plan", plan)) is flagged


@pytest.mark.parametrize(
    ("contingency", "flagged"),
    [
        # an empty heading, then a blank line, then the next section: no contingency
        ("Section F - Contingency plan\n\n\nSection G - Wishes and feelings\n", True),
        ("Contingency\n[insert]\n", True),
        ("SECTION F - CONTINGENCY / DISRUPTION\n", True),
        # a section titled by its question, answered
        (
            "If things get difficult\nIf the placement looks shaky, the agency will hold a "
            "stability meeting within 5 days and respite with Mr and Mrs Hall is offered.\n",
            False,
        ),
    ],
)
def test_an_empty_contingency_section_and_one_titled_by_its_question(contingency, flagged):
    plan = PLAN_HEAD + contingency + PLAN_ACTIONS
    assert (("NO_CONTINGENCY", None) in _flags("care_plan", plan)) is flagged
