"""Shapes of wording found when the thirty-third blind set's errors were read (case-system
exports: target blocks, field/value tables, initial-dot-surname owners), pinned with wording of
its own (docs/quality-checks.md, "Thirty-second to thirty-seventh blind sets").
"""

from casequality import check, split_actions


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def test_a_target_title_and_its_field_block_are_one_action():
    text = (
        "ePEP | Spring 2026 | Year 6\n\n"
        "Target 1 - Spelling of Year 5/6 words\n"
        "   Actions: Spelling Shed 10 minutes a night at home\n"
        "   Who: carer (Mrs Odu)\n"
        "   When: 20/03/2026\n"
        "   Success: 40/50 on the spring spelling check\n"
        "Target 2: Swimming\n"
        "  Action: weekly lessons paid from PP+\n"
        "  Lead: PE lead (Mr Dyer)\n"
        "  By: from 12/01/2026\n"
    )
    actions = split_actions(text)
    assert len(actions) == 2
    flags = _flags("pep", text)
    assert not {f for f in flags if f[0] in ("ACTION_NO_OWNER", "ACTION_NO_TIMESCALE")}


def test_numbered_target_lines_stay_separate_targets():
    text = (
        "SMART targets:\n"
        "Target 1: Dami to read to her carer 4 nights a week, logged in the reading record.\n"
        "Target 2: Dami to join the choir by half term (music teacher).\n"
    )
    assert len(split_actions(text)) == 2


def test_a_numbered_target_label_with_content_is_an_action_record():
    text = (
        "SMART targets\n"
        "1) Target: Improve focus in lessons\n"
        "   Strategy: movement breaks\n"
        "   Responsible: class teacher (Ms Bell)\n"
        "   Timescale: summer term\n"
        "2) Target: Times tables to 12\n"
        "   Strategy: TT practice 3 x a week\n"
        "   Responsible: TA (Mr Finch)\n"
        "   Timescale: 10/07/2026\n"
    )
    assert [a.text.split("\n")[0] for a in split_actions(text)] == [
        "Target: Improve focus in lessons",
        "Target: Times tables to 12",
    ]


def test_only_the_task_rows_of_a_field_value_table_are_actions():
    text = (
        "| Field | Value |\n|---|---|\n"
        "| Young person | Ali REZA (20) |\n"
        "| PA | K.Obi |\n"
        "| Plan date | 02/02/2026 |\n"
        "| Housing action | PA to book the tenancy sign-up - Owner: K.Obi - Due: 20/02/2026 |\n"
    )
    assert [a.text[:15] for a in split_actions(text)] == ["Housing action "]


def test_an_initial_and_surname_is_an_owner():
    text = (
        "New actions\n"
        "- Book the strategy meeting | R.Mensah | by 10/04/2026 | minutes on file\n"
        "- Home visits to check conditions | — | — | —\n"
    )
    flags = _flags("supervision", text)
    assert ("ACTION_NO_OWNER", 0) not in flags
    assert ("ACTION_NO_OWNER", 1) in flags


def test_is_going_to_names_its_subject_as_owner():
    text = "Maya is going to ring the college admissions team by Friday 06/03."
    assert ("ACTION_NO_OWNER", 0) not in _flags("action", text)


def test_an_aim_sentence_belongs_to_the_task_before_it():
    text = (
        "Pathway plan review, typed up after our chat.\n\n"
        "Work: he will fill in the form and I will pay the fee from his setting-up budget. "
        "Aim is to have the card through by the end of June.\n"
    )
    actions = split_actions(text)
    assert len(actions) == 1 and actions[0].text.endswith("end of June.")


def test_dashed_fields_after_a_bullet_are_not_more_bullets():
    text = (
        "actions:\n"
        "- overnight stays at dad's building up to three nights - carers and dad - reviewed "
        "at the planning meeting every 2 weeks\n"
        "- school place near dad's to be sorted\n"
    )
    assert len(split_actions(text)) == 2


def test_a_voice_heading_in_capitals_heads_the_childs_words():
    text = (
        "ePEP export\n\nPUPIL VOICE\nShe said:\n"
        '- "I want to do the drama exam."\n'
        '- "Lunchtimes are hard."\n\n'
        "TARGETS\n"
        "1. Drama teacher to enter her for the Grade 1 exam by 30/04/2026.\n"
    )
    assert [a.text[:13] for a in split_actions(text)] == ["Drama teacher"]
