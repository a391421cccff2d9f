"""Text taken out of a PDF: tables with one cell per line, space-aligned columns, prose
wrapped at the page's width and dates misread by a scanner (casequality.pdftables), pinned
with wording of their own (docs/quality-checks.md, "Text taken out of a PDF")."""

from hypothesis import given
from hypothesis import strategies as st

from casequality import check
from casequality.checker import prepared
from casequality.pdftables import misread_dates, page_furniture, pdf_tables, wrapped_lines
from casequality.spans import LIST_MARK_RE


def _flags(kind: str, text: str) -> set[tuple[str, int | None]]:
    return {(f.code, f.action_index) for f in check(kind, text)}


def _actions(kind: str, text: str) -> int:
    return len({i for f in check(kind, text) if (i := f.action_index) is not None})


ONE_CELL_PER_LINE = (
    "Care Plan\nChild\nRhys Tanner\n"
    'Rhys\'s views\nRhys said "I want to keep playing rugby on Saturdays."\n'
    "Contingency plan\nIf the placement ends, Rhys moves to Mrs Oakes, his respite carer.\n"
    "Actions\n"
    "Action\nWho\nBy when\n"
    "Book Rhys's review health\nassessment with the LAC nurse\nand share the outcome\n"
    "Dan Pryor (SW)\nby 12/05/2025\n"
    "Take Rhys to rugby training at\nAbbeyfield RFC\nFoster carer (Mrs\nJune Wells)\n"
    "every Saturday\n"
    "Keep an eye on how Rhys is\ngetting on at school\n"
    "Page 2 of 3\n"
)


def test_a_table_with_one_cell_per_line_is_read_row_by_row():
    rebuilt = prepared(ONE_CELL_PER_LINE)
    assert len(rebuilt) == len(ONE_CELL_PER_LINE)
    assert "Action|Who|By when\n" in rebuilt
    assert (
        "Book Rhys's review health assessment with the LAC nurse and share the outcome"
        "|Dan Pryor (SW)|by 12/05/2025\n" in rebuilt
    )
    assert "Take Rhys to rugby training at Abbeyfield RFC|" in rebuilt
    flags = _flags("care_plan", ONE_CELL_PER_LINE)
    # three rows, not thirteen lines; only the last has no owner and no date
    assert _actions("care_plan", ONE_CELL_PER_LINE) <= 3
    assert not {f for f in flags if f[1] in (0, 1)}
    assert {("ACTION_NO_OWNER", 2), ("ACTION_NO_TIMESCALE", 2)} <= flags


def test_a_heading_over_the_column_names_stays_a_heading():
    text = "Targets\nTarget\nSupport\nWho\nWhen\nRead daily\nPhonics group\nMrs Dee\nweekly\n"
    rebuilt = pdf_tables(text)
    assert rebuilt.startswith("Targets\nTarget|Support|Who|When\n")
    assert "Read daily|Phonics group|Mrs Dee|weekly" in rebuilt


def test_column_names_with_colons_are_a_form_not_a_table():
    form = "What will be done: see a dentist\nWho:\nWhen:\nHow will we know:\n"
    assert pdf_tables(form) == form


SPACE_ALIGNED = (
    "Care plan - Nia Osei (11)\n"
    'Nia said: "I like it here but I want to see Nan more."\n'
    "Contingency: if reunification is not possible, long-term fostering with the Grants.\n"
    "Actions\n"
    "Action                                    Who                  When\n"
    "Arrange family time with Nan at the      SW - Ben Ashe        fortnightly from\n"
    "Riverside Family Centre                                       10/03/2025\n"
    "Refer Nia to the school nurse for her    Mrs Grant (carer)    by 21/03/2025\n"
    "sleep problems\n"
    "Support Nia with her friendships\n"
    "Page 1 of 1\n"
)


def test_space_aligned_columns_with_wrapped_rows_are_read_row_by_row():
    rebuilt = prepared(SPACE_ALIGNED)
    assert len(rebuilt) == len(SPACE_ALIGNED)
    assert "Action|" in rebuilt and "|Riverside Family Centre" in rebuilt
    assert "|sleep problems" in rebuilt
    flags = _flags("care_plan", SPACE_ALIGNED)
    assert _actions("care_plan", SPACE_ALIGNED) <= 3
    assert not {f for f in flags if f[1] in (0, 1)}
    assert {("ACTION_NO_OWNER", 2), ("ACTION_NO_TIMESCALE", 2)} <= flags


WRAPPED_PROSE = (
    "What happens next\n"
    "The social worker (Lena Brook) will visit Ollie at home every four weeks and\n"
    "record his views on the visit form. His carers will take him to the dentist by\n"
    "30/06/2025 and tell the social worker the outcome. The IRO will chair the next re-\n"
    "view on 14/07/2025.\n"
)


def test_prose_wrapped_at_the_page_width_is_one_paragraph_again():
    rebuilt = wrapped_lines(WRAPPED_PROSE, LIST_MARK_RE)
    assert len(rebuilt) == len(WRAPPED_PROSE)
    assert rebuilt.count("\n") == 2  # the heading's line break, and the paragraph's last
    assert "every four weeks and record his views" in rebuilt
    assert not _flags("care_plan", "Ollie said he likes his carers.\n" + WRAPPED_PROSE) & {
        ("ACTION_NO_OWNER", 1),
        ("ACTION_NO_TIMESCALE", 1),
    }


def test_line_breaks_that_are_the_writers_own_are_kept():
    # a short line, a heading alone on its line, a table row, a list item, a dictated record
    kept = [
        "Carer to ring school\nabout the trip\n",
        "if the placement ends he moves to his aunt in the same town as before\nactions\n",
        "Need | Action | Who | -\nEducation | tutor | SW | weekly\n",
        "The social worker will visit Ollie at home every four weeks and\n- book the dentist.\n",
        "sw to chase the paperwork from legal about the contact conditions\nnext review in may\n",
    ]
    for text in kept:
        assert wrapped_lines(text, LIST_MARK_RE) == text, text


def test_a_scanners_letters_for_digits_in_a_date_are_read_as_digits():
    assert misread_dates("review by 3O/O6/2O25.") == "review by 30/06/2025."
    assert misread_dates("by 3l/0l/2025") == "by 31/01/2025"
    # words and short codes are not dates
    assert misread_dates("Room 1O. Flat O1/lo.") == "Room 1O. Flat O1/lo."
    flags = _flags("action", "Carer to book the optician and go with Ava by 2O/O5/2O25.")
    assert ("ACTION_NO_TIMESCALE", 0) not in flags


@given(st.text(alphabet=st.sampled_from(list("abAB1O/ |-.:\n")), max_size=300))
def test_every_rewrite_is_one_character_for_one(text):
    for rewrite in (
        pdf_tables,
        misread_dates,
        page_furniture,
        lambda t: wrapped_lines(t, LIST_MARK_RE),
    ):
        assert len(rewrite(text)) == len(text)
    assert len(prepared(text)) == len(text)


def test_page_furniture_is_blanked_and_its_printing_date_times_nothing():
    text = (
        "Passport to be applied for so that Ava can go on the school trip.\n"
        "Brookfield Children's Services – Care Plan – printed 12/03/2025\n"
        "OFFICIAL-SENSITIVE\n"
        "Page 2 of 4\n"
    )
    blanked = page_furniture(text)
    assert len(blanked) == len(text)
    assert blanked.splitlines()[1:] == [" " * len(line) for line in text.splitlines()[1:]]
    assert ("ACTION_NO_TIMESCALE", 0) in _flags("action", text)
    # a plan's own line that mentions a page or printing is not furniture
    kept = "SW to print the leaflet and send page 2 of the plan to mum by 03/04/2025.\n"
    assert page_furniture(kept) == kept


def test_a_footer_in_capitals_is_page_furniture_too():
    # a record typed in capitals, whose only furniture is the page count
    text = "SW TO VISIT KAI MONTHLY\nPAGE 2 OF 3\nCARERS TO TAKE KAI TO THE DENTIST\n"
    assert page_furniture(text).splitlines()[1] == " " * len("PAGE 2 OF 3")


def test_lines_of_space_aligned_columns_are_not_joined_as_prose():
    text = (
        "SW to complete a joint tenancy risk      Ben Ashe (SW)    by 21/03/2025\n"
        "assessment for the move\n"
    )
    assert wrapped_lines(text, LIST_MARK_RE) == text
