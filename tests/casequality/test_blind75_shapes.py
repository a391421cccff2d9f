"""Shapes found when the seventy-fifth blind set's errors were read (notes typed on a phone or a
tablet, autocorrect and all), pinned with wording of their own (docs/quality-checks.md,
"Session 10")."""

import pytest

from casequality.names import undo_autocorrect
from tests.casequality.shapes import flags


@pytest.mark.parametrize(
    "action",
    [
        "careers to take Mo to the dentist on 3/12",
        "Careers will drop the PE kit into school by fri",
        "careers + school to agree a quiet space for Ava by 10/1",
    ],
)
def test_carers_autocorrected_to_careers_still_own_the_action(action):
    assert ("ACTION_NO_OWNER", 0) not in flags("action", action)


def test_careers_as_the_thing_itself_is_left_alone():
    # The careers service and a careers appointment are not the carers.
    assert undo_autocorrect("book a careers appointment for Mo") == (
        "book a careers appointment for Mo"
    )
    assert ("ACTION_NO_OWNER", 0) in flags("action", "careers advice to be booked by 3/12")
    assert len(undo_autocorrect("careers to ring school")) == len("careers to ring school")


@pytest.mark.parametrize(
    "action",
    [
        "SW to sort the school taxi b4 half term",
        "family time worker to supervise the call every tues 5pm",
        "PA to do a money course with Kai over the next 6wks",
        "FC to pass the memory box to the adopters at introductions",
    ],
)
def test_a_phones_shorthand_for_when_is_a_timescale(action):
    assert ("ACTION_NO_TIMESCALE", 0) not in flags("action", action)


def test_a_weekday_abbreviation_needs_its_frequency_or_deadline_word():
    assert ("ACTION_NO_TIMESCALE", 0) in flags("action", "FC to take Kai to the sat clinic")
