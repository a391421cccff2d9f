"""Shapes found when the forty-first to forty-fifth blind sets' errors were read (task-app
exports; text extracted from PDFs), pinned with wording of their own (docs/quality-checks.md,
"Forty-first to forty-fifth blind sets").
"""

from casequality import check, split_actions
from casequality.smart import _MENTION_RE, check_owner
from casequality.spans import plain_text


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


TASKS = (
    'Plan for Leo (14)\n\nMy views\nLeo said "I want to stay at Brook Road".\n\n'
    "Contingency\nIf Brook Road ends, a move to another Hatherley carer near his school.\n\n"
    "Tasks\n"
    "[OPEN] Book Leo's dental check and go with him\n"
    "       @r.amin · Due: Mon 9 Jun\n"
    "├ [DONE] Ask carer which dentist Leo used before\n"
    "│        @r.amin · Due: Fri 30 May · Completed 2d ago\n"
    "[OVERDUE] Send Leo's PEP targets to the IRO\n"
    "       Unassigned · Due: —\n"
)


def test_a_task_lists_status_tags_are_bullets_and_its_metadata_lines_belong_to_the_task():
    actions = split_actions(plain_text(TASKS))
    assert len(actions) == 3
    assert "@r.amin" in actions[0].text
    assert actions[1].text.startswith("Ask carer") and "Due: Fri 30 May" in actions[1].text
    flags = _flags("care_plan", TASKS)
    # the first two are assigned and dated; the third has nobody and no date
    assert not {f for f in flags if f[1] in (0, 1)}
    assert {("ACTION_NO_OWNER", 2), ("ACTION_NO_TIMESCALE", 2)} <= flags


def test_tags_and_tree_lines_become_bullets_and_spaces_one_character_for_one():
    text = "├ [DONE] Ring school\n│   @k.ali"
    plain = plain_text(text)
    assert len(plain) == len(text)
    assert plain.splitlines() == ["  -      Ring school", "    @k.ali"]
    # square brackets that are not a status tag are left alone
    assert plain_text("[draft v2] ring school") == "[draft v2] ring school"


def test_an_at_mention_is_an_owner_and_an_email_address_is_not_a_mention():
    assert not check_owner("Ring the college about the bursary").ok
    assert check_owner("Ring the college about the bursary @j.okoro").ok
    assert _MENTION_RE.search("ask @iro.hatherley").group(0) == "@iro.hatherley"
    assert not _MENTION_RE.search("email jo@college.ac.uk")


def test_a_line_indented_under_a_list_item_carries_it_on_and_a_new_item_does_not():
    text = (
        "Actions\n"
        "- Apply for the bursary\n"
        "     @k.ali · 14 March\n"
        "- Ring the college\n"
        "- Check the timetable\n"
    )
    actions = split_actions(text)
    assert [a.text.split("\n")[0] for a in actions] == [
        "Apply for the bursary",
        "Ring the college",
        "Check the timetable",
    ]
    assert "@k.ali" in actions[0].text
    assert not {
        f for f in _flags("care_plan", text) if f[1] == 0 and f[0] != "ACTION_NOT_MEASURABLE"
    }


def test_minutes_a_first_month_and_a_season_with_its_year_are_timescales():
    for text in [
        "Staff to ring the police within 20 minutes of Jay not coming home.",
        "Keyworker to help Jay register with a GP within his first month at Elm House.",
        "Jay to sit his functional skills English exam (spring 2026).",
    ]:
        assert ("ACTION_NO_TIMESCALE", 0) not in _flags("action", text), text
    assert ("ACTION_NO_TIMESCALE", 0) in _flags("action", "Jay to enjoy a summer of football.")


def test_a_contingency_that_names_no_alternative_is_no_contingency():
    plan = "Plan: long-term fostering with the Hales.\n{}\n\nActions\n1. SW to visit monthly.\n"
    for vague in [
        "Contingency: further options would be explored if the match fails.",
        "Contingency plan: as per the last review.",
        "If the Hales cannot keep Mo, the local authority will look at other options for Mo.",
    ]:
        assert ("NO_CONTINGENCY", None) in _flags("care_plan", plan.format(vague)), vague
    named = "If the Hales cannot keep Mo, he will move to his uncle Sami under an SGO."
    assert ("NO_CONTINGENCY", None) not in _flags("care_plan", plan.format(named))


def test_fields_written_after_a_numbered_target_on_its_line_are_that_targets():
    text = (
        "Referral order contract\n"
        "1. Target: Jay to repair the bus shelter he damaged. Intervention: 3 reparation sessions, "
        "Sundays. Responsible: Ola Ade (YJS). Review date: 14/06/2026.\n"
        "2. Target: fewer nights out after 9pm. Intervention: check-ins with Jay.\n"
    )
    actions = split_actions(text)
    assert len(actions) == 2
    assert "Responsible: Ola Ade" in actions[0].text
    flags = _flags("care_plan", text)
    assert not {f for f in flags if f[1] == 0 and f[0] != "ACTION_NOT_MEASURABLE"}
    assert ("ACTION_NO_OWNER", 1) in flags


def test_an_unfilled_name_placeholder_is_nobody():
    assert ("ACTION_NO_OWNER", 0) in _flags(
        "action", "[SW name] to send the LAC review invitations by 3 March."
    )
    assert ("ACTION_NO_OWNER", 0) in _flags(
        "action", "Book the taster day for 14 May and tell Kim. Who: [Designated Teacher name]"
    )
    assert ("ACTION_NO_OWNER", 0) not in _flags(
        "action", "Ms Reid (designated teacher) to book the taster day for 14 May."
    )
    assert len(plain_text("[PA name] to ring")) == len("[PA name] to ring")
