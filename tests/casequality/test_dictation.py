"""Records dictated through speech-to-text: spoken punctuation and list numbers written out,
spoken dates read (casequality.dictation; docs/quality-checks.md, "Known failure modes")."""

from hypothesis import given
from hypothesis import strategies as st

from casequality import check
from casequality.dictation import dictated
from casequality.timescales import find_timescale

RECORD = (
    "supervision record new line supervisee Hannah Frost date the fourth of march\n"
    "actions\n"
    "one Hannah to write to Amara with the panel outcome by the fifteenth of March\n"
    "two Hannah to call the support worker and agree updates full stop\n"
)


def test_spoken_commands_and_list_numbers_are_written_out_one_for_one():
    text = dictated(RECORD)
    assert len(text) == len(RECORD)
    assert text.splitlines()[0] == "supervision record"
    assert "\n1.  Hannah to write" in text and "\n2.  Hannah to call" in text
    assert "agree updates." in text


def test_a_dictated_plans_actions_are_read_as_its_list():
    flags = {(f.code, f.action_index) for f in check("supervision", RECORD)}
    assert ("ACTION_NO_OWNER", 0) not in flags and ("ACTION_NO_OWNER", 1) not in flags
    assert ("ACTION_NO_TIMESCALE", 0) not in flags and ("ACTION_NO_TIMESCALE", 1) in flags


def test_ordinary_words_are_left_alone():
    for text in [
        "Mia to see dad one Saturday a month.\nTwo carers to attend the training.",
        "The full stop at the end of the sentence was missing.",
    ]:
        assert dictated(text) == text


def test_spoken_dates_are_timescales():
    assert find_timescale("by the fourteenth of september") is not None
    assert find_timescale("before the twenty-first of March") is not None


@given(
    st.text(alphabet=st.sampled_from(list("one two full stop new line comma\nHA")), max_size=200)
)
def test_dictated_is_one_character_for_one(text):
    assert len(dictated(text)) == len(text)


def test_acronyms_the_software_spelled_out_are_read_as_acronyms():
    text = "pee a Kirsty Allen to help Jordan set up a budget every two weeks"
    assert dictated(text).startswith("PA    Kirsty Allen")
    assert len(dictated(text)) == len(text)
    flags = {(f.code, f.action_index) for f in check("action", "pee a to visit Liam every month")}
    assert ("ACTION_NO_OWNER", 0) not in flags
