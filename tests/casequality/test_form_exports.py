"""A form exported with its controls printed as text (the eighty-fifth blind set): a filled
drop-down is its value, an unfilled one or a blank date is nothing, and fields spaced out
beside an item or on the line under it are that item's (docs/quality-checks.md, "Session 10").
Wording of our own."""

import pytest

from casequality.formcontrols import form_values
from tests.casequality.shapes import flags


@pytest.mark.parametrize(
    "action",
    [
        "Update the chronology to the date of the RCPC.   Owner: ▼ Marcus Bell   By: 05/03/2025",
        "Ask MHST for a first appointment date.   Owner: Ciara Dunne   By: 19/03/2025",
    ],
)
def test_fields_spaced_out_beside_an_item_are_its_fields(action):
    assert flags("action", action) == set()


def test_an_unfilled_drop_down_or_date_is_no_owner_and_no_timescale():
    action = "Request the strategy discussion.   Owner: [Select…]   By: __/__/____"
    assert {("ACTION_NO_OWNER", 0), ("ACTION_NO_TIMESCALE", 0)} <= flags("action", action)


def test_fields_on_the_line_under_each_listed_item_are_that_items():
    plan = (
        "Education\n"
        "  [1] Mia to send her Student Finance application, with the PA.\n"
        "      Lead: Young person + PA    Date: 31/03/2025\n"
        "  [2] PA to confirm the bursary in writing to Mia.\n"
        "      Lead: PA    Date: __/__/____\n"
    )
    found = flags("pathway_plan", plan)
    assert ("ACTION_NO_TIMESCALE", 0) not in found
    assert ("ACTION_NO_TIMESCALE", 1) in found


def test_reading_a_forms_controls_keeps_every_offset():
    text = "Who: ▼ SW  When: __/__/____\nTask one.   Owner: [Select…]   By: 3/3"
    out = form_values(text)
    assert len(out) == len(text)
    assert "▼" not in out and "Select" not in out and "__" not in out
    assert "|Owner:" in out and "|By:" in out
    assert form_values("SW to visit weekly.") == "SW to visit weekly."
