"""Splitting plans into actions, with offsets that point back into the text."""

from casequality import split_actions


def _texts(text: str) -> list[str]:
    return [a.text for a in split_actions(text)]


def test_numbered_list_with_dot_and_bracket_markers():
    text = "Actions:\n1. SW to visit monthly.\n2) Carer to book dentist by 01/05/2026.\n"
    assert _texts(text) == ["SW to visit monthly.", "Carer to book dentist by 01/05/2026."]


def test_letter_and_bullet_markers():
    text = "Plan\na) SW to file report\n• Carer to take Amy to school daily\n* IRO to chair review"
    assert _texts(text) == [
        "SW to file report",
        "Carer to take Amy to school daily",
        "IRO to chair review",
    ]


def test_dash_bullets_and_offsets_match_the_text():
    text = "Care plan\n- SW to visit weekly\n- monitor as needed\n"
    actions = split_actions(text)
    assert [text[a.start : a.end] for a in actions] == ["SW to visit weekly", "monitor as needed"]


def test_inline_numbering_in_one_line():
    text = "Targets: 1. Improve attendance. 2. DT to meet Sam weekly. 3. Sam to join the club."
    assert _texts(text) == [
        "Improve attendance.",
        "DT to meet Sam weekly.",
        "Sam to join the club.",
    ]


def test_semicolon_list_of_actions():
    text = "Actions: SW to visit monthly; carers to take Jo to football weekly; IRO to review."
    assert _texts(text) == [
        "SW to visit monthly",
        "carers to take Jo to football weekly",
        "IRO to review.",
    ]


def test_prose_keeps_only_sentences_that_are_actions():
    text = (
        "Oliver came into care in March. He is settled. The plan is for Oliver to stay. "
        "The social worker will visit monthly. Oliver told me he likes Lego. "
        "School will continue to support Oliver."
    )
    assert _texts(text) == [
        "The social worker will visit monthly.",
        "School will continue to support Oliver.",
    ]


def test_contingency_and_views_sections_are_not_actions():
    text = (
        "Actions:\n- SW to visit monthly\n"
        "Contingency: placement with aunt if this one ends.\n"
        "Child's views: Amy said she wants to stay."
    )
    assert _texts(text) == ["SW to visit monthly"]


def test_table_rows_skip_the_header():
    text = "Action | Who | When\nBook RHA | LAC nurse | by 01/03/2027\nVisit | SW | monthly"
    assert _texts(text) == ["Book RHA | LAC nurse | by 01/03/2027", "Visit | SW | monthly"]


def test_previous_actions_section_is_ignored():
    text = "Previous actions: SW to visit. Done.\nNew actions:\n- SW to book FGC by 1 May"
    assert _texts(text) == ["SW to book FGC by 1 May"]


def test_numbered_form_sections_and_numbered_targets():
    text = (
        "1. Child's views\nAaron said he likes art.\n2. Attendance: 91%\n3. SMART targets\n"
        "Target 1: Aaron to read 3 times a week.\nTarget 2: TA to run Lexia weekly.\n"
        "4. Pupil Premium: £300 for a licence."
    )
    assert _texts(text) == ["Aaron to read 3 times a week.", "TA to run Lexia weekly."]
