"""Spreadsheet rows pasted as delimited text, and table rows whose Who or When cell is empty
(casequality.pasted, casequality.tables.row_columns; docs/quality-checks.md, "Known failure
modes")."""

from hypothesis import given
from hypothesis import strategies as st

from casequality import check
from casequality.checker import prepared
from casequality.pasted import delimited_cells


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


PLAN = (
    "Nia's views\nNia said she wants to stay with the Grants and see Nan every week.\n"
    "Contingency: if the placement ends, Nia moves to her aunt, Ms Cole.\n\n"
)
COMMA_ROWS = (
    "Action,Owner,Due,RAG,Update\n"
    '"Book Nia\'s dental check, and tell school",Foster carer Mrs Grant,31/03/2025,Green,\n'
    "Assessment of Nan as a respite carer,,30/04/2025,Red,no assessor yet\n"
    '"Nan contact - weekly, Saturdays",SW Ben Ashe,,Amber,"venue tbc, see notes"\n'
)


def test_comma_separated_rows_under_a_header_are_read_as_table_rows():
    rebuilt = prepared(PLAN + COMMA_ROWS)
    assert "Action|Owner|Due|RAG|Update\n" in rebuilt
    # a comma inside quotes is part of the cell
    assert '"Book Nia\'s dental check, and tell school"|Foster carer Mrs Grant|' in rebuilt
    flags = _flags("care_plan", PLAN + COMMA_ROWS)
    assert not {f for f in flags if f[1] == 0}
    # the assessment has no owner in its Owner cell, and "no assessor yet" names nobody
    assert ("ACTION_NO_OWNER", 1) in flags and ("ACTION_NO_TIMESCALE", 1) not in flags
    # the contact row's When cell is empty, but its own cell says how often
    assert not {f for f in flags if f[1] == 2}


def test_semicolon_rows_and_a_prose_line_after_them():
    rows = (
        "Area;Action;Owner;When\n"
        "Health;Register with the GP;Carer;by 14/03/2025\n"
        "Education;Apply for the bursary;;Ongoing\n"
        "Manager's comment: agreed, the plan is fine, review in April.\n"
    )
    rebuilt = delimited_cells(rows)
    assert rebuilt.splitlines()[2] == "Education|Apply for the bursary||Ongoing"
    assert (
        rebuilt.splitlines()[3] == "Manager's comment: agreed, the plan is fine, review in April."
    )
    flags = _flags("pathway_plan", "Jo said she wants her own flat.\n" + rows)
    assert {("ACTION_NO_OWNER", 1), ("ACTION_NO_TIMESCALE", 1)} <= flags


def test_a_list_of_people_with_commas_is_not_a_table():
    text = "Present: Mum, Nan, foster carer (Gill), SW, IRO.\nAttendees: SW, IRO, FC, HV\n"
    assert delimited_cells(text) == text


def test_a_markdown_rows_empty_owner_and_date_cells_are_empty():
    plan = (
        PLAN + "| # | Action | Responsible | Date | Update |\n|---|---|---|---|---|\n"
        "| 1 | Send the PEP to the IRO | SW | 11/04/2025 | |\n"
        "| 2 | Passport application for Nia | | 30/04/2025 | waiting on Mrs Grant |\n"
        "| 3 | Contact with Nan to be reviewed | — | | raised with SW 3/3 |\n"
    )
    flags = _flags("care_plan", plan)
    assert not {f for f in flags if f[1] == 0}
    # the update cell names people, but nobody was put in the Responsible cell
    assert ("ACTION_NO_OWNER", 1) in flags and ("ACTION_NO_TIMESCALE", 1) not in flags
    # and a date in the update cell is not the action's timescale
    assert {("ACTION_NO_OWNER", 2), ("ACTION_NO_TIMESCALE", 2)} <= flags


@given(st.text(alphabet=st.sampled_from(list('ab ,;"\nActionOwnerDue')), max_size=200))
def test_delimited_cells_is_one_character_for_one(text):
    assert len(delimited_cells(text)) == len(text)


def test_an_old_systems_field_codes_and_dates():
    plan = (
        PLAN + "ACTIONS\n"
        "ACT_DESC: SW TO HOLD A STRATEGY MEETING AND COMPLETE THE SCREENING TOOL\n"
        "RESP_OFF: SW P. MULRYAN\n"
        "TGT_DT: 21-FEB-25\n"
        "ACT_DESC: Carers to enrol Nia at the netball club and confirm the start date to SW\n"
        "RESP_OFF: Mrs Grant\n"
        "TGT_DT: 30/04/2025\n"
    )
    assert not {f for f in _flags("care_plan", plan) if f[1] is not None}


def test_a_review_of_last_actions_is_not_this_sessions_list():
    record = (
        "Review of last actions:\n- Dental check: attended 20/02.\n- Letter sent: DONE 17/02.\n\n"
        "Actions\n1. Callum to book the PEP by 04/04/2025.\n"
    )
    flags = _flags("supervision", record)
    assert not {f for f in flags if f[1] is not None}


def test_a_drop_down_left_on_its_prompt_is_empty():
    flags = _flags(
        "action", "Chase the school for the timetable | Owner: M. Oduya | Due: Select..."
    )
    assert ("ACTION_NO_TIMESCALE", 0) in flags
