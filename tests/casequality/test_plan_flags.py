"""NO_CONTINGENCY, NO_CHILD_VOICE, OVERSIGHT_NO_RATIONALE and SUPERVISION_REPEATED_ACTIONS."""

import pytest

from casequality import check
from casequality.checker import sections_of, voice_flag

ACTIONS = "Actions:\n1. SW to complete the SGO assessment by 01/04/2027.\n"
VOICE = "Amy said she wants to stay with her carers.\n"


def _codes(kind: str, text: str, previous: str | None = None) -> set[str]:
    return {f.code for f in check(kind, text, previous)}


# --- contingency ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "contingency",
    [
        "Contingency plan: long-term fostering with current carers.",
        "Parallel plan: placement with paternal grandparents under an SGO.",
        "If reunification is not possible, Amy will stay with her carers long term.",
        "Should the assessment be negative, a search for adopters will start in May.",
    ],
)
def test_contingency_present(contingency):
    assert "NO_CONTINGENCY" not in _codes("care_plan", ACTIONS + contingency + "\n" + VOICE)


@pytest.mark.parametrize(
    "contingency",
    [
        "",
        "Contingency: none identified.",
        "Contingency plan: N/A",
        "Plan B to be considered at next review.",
        "Contingency – TBC",
        "No contingency plan at present.",
    ],
)
def test_contingency_missing(contingency):
    flags = [f for f in check("care_plan", ACTIONS + contingency + "\n" + VOICE)]
    missing = [f for f in flags if f.code == "NO_CONTINGENCY"]
    assert len(missing) == 1
    if contingency:
        # The empty statement is the evidence, with offsets into the text.
        text = ACTIONS + contingency + "\n" + VOICE
        assert missing[0].start is not None
        assert text[missing[0].start : missing[0].end].strip() == contingency.strip()


def test_contingency_only_checked_on_care_plans():
    assert "NO_CONTINGENCY" not in _codes("pathway_plan", ACTIONS + VOICE)


# --- child's voice ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "voice",
    [
        "Amy said she wants to stay with her carers.",
        "Amy told her IRO she misses her brother.",
        "Kai chaired his own review.",
        'Child\'s views: "I want my own room."',
        "I want to go to college and live near my nan.",
        "Josh attended his review and chose to read out his own letter.",
    ],
)
def test_child_voice_present(voice):
    assert "NO_CHILD_VOICE" not in _codes("review", voice)


def test_a_consultation_form_the_child_completed_is_their_contribution():
    # By the rules. The learned second opinion, trained on blind1-145, leans just past its bar
    # to raise the flag on this one-sentence record (+0.77 against +0.75).
    text = "Ben completed his consultation form before the meeting."
    assert voice_flag(text, sections_of("review", text)) == []


@pytest.mark.parametrize(
    "record",
    [
        "Amy is a happy girl who enjoys art.",
        "Amy was not consulted.",
        "Child's views: not sought.",
        "Carers say she is doing well at school.",
        'Foster carer said: "She has been much calmer."',
        "Amy did not attend and her views were not obtained.",
        "Wishes and feelings: N/A",
    ],
)
def test_child_voice_missing(record):
    assert "NO_CHILD_VOICE" in _codes("review", record)


def test_voice_flag_cites_the_negative_statement():
    text = "Review held. Amy's views were not sought."
    flag = next(f for f in check("review", text) if f.code == "NO_CHILD_VOICE")
    assert text[flag.start : flag.end] == "views were not sought"


# --- oversight ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    ["Noted. Agree.", "Agreed.", "Case discussed. Actions as per plan.", "Signed off.", "Noted."],
)
def test_oversight_without_rationale(entry):
    assert _codes("oversight", entry) == {"OVERSIGHT_NO_RATIONALE"}


@pytest.mark.parametrize(
    "entry",
    [
        "I agree Amy should remain in placement because she is settled and attending school.",
        "Decision: proceed to PLO. Rationale: no progress on the CIN plan in 3 months.",
        "Strategy meeting to be held today due to a third missing episode.",
        "Approved, as Amy wants to stay and her carers can support her.",
    ],
)
def test_oversight_with_decision_and_reason(entry):
    assert _codes("oversight", entry) == set()


# --- supervision -------------------------------------------------------------------------


def test_repeated_supervision_action_is_flagged_with_its_index():
    previous = "Actions:\n1. SW to update the chronology by 20/04.\n2. SW to book the FGC by 01/03."
    current = "Actions:\n1. SW to visit Amy by 10/04.\n2. SW to update chronology by 20/04."
    flags = [f for f in check("supervision", current, previous) if f.code.startswith("SUPER")]
    assert [(f.action_index, f.evidence) for f in flags] == [
        (1, "SW to update chronology by 20/04.")
    ]
    assert "action 1" in flags[0].explanation


def test_changed_action_is_not_a_repeat():
    previous = "Actions: SW to speak to school about bullying by Friday."
    current = "Actions: SW to attend the anti-bullying meeting with the head on 12/10."
    assert "SUPERVISION_REPEATED_ACTIONS" not in _codes("supervision", current, previous)


def test_no_previous_text_means_no_repeat_check():
    assert "SUPERVISION_REPEATED_ACTIONS" not in _codes("supervision", "SW to visit weekly.")


def test_empty_rationale_field_is_no_reason():
    assert _codes("oversight", "Decision: agree. Rationale: N/A") == {"OVERSIGHT_NO_RATIONALE"}
    assert _codes("oversight", "Decision: agree. Rationale: risks reduced since May.") == set()


def test_changed_frequency_is_not_a_repeat():
    previous = "Actions: SW to visit weekly."
    assert "SUPERVISION_REPEATED_ACTIONS" not in _codes(
        "supervision", "Actions: SW to visit fortnightly.", previous
    )
    assert "SUPERVISION_REPEATED_ACTIONS" in _codes(
        "supervision", "Actions: SW to visit weekly.", previous
    )
