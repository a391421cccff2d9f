"""Properties that hold for any input: no crash, evidence offsets point at the evidence."""

from hypothesis import given, settings
from hypothesis import strategies as st

from casequality import KINDS, check, split_actions

_VOCABULARY = (
    "SW to visit monthly . Continue support ; 1. 2) - • Actions : Contingency none "
    "Amy said I want \" ' by 12/03/2027 weekly the carers will not consulted Agree because "
    "\n Plan B to be considered review Mum IRO PA YP | Who When"
)
WORDS = st.sampled_from(_VOCABULARY.split(" "))
DOCS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(KINDS), text=DOCS, previous=st.one_of(st.none(), DOCS))
def test_flags_are_well_formed_for_any_text(kind, text, previous):
    n_actions = len(split_actions(text)) if kind != "action" else 1
    for flag in check(kind, text, previous):
        assert flag.explanation
        if flag.start is None:
            assert flag.end is None and flag.evidence.startswith("absent:")
        else:
            assert text[flag.start : flag.end] == flag.evidence
        if flag.action_index is not None:
            assert 0 <= flag.action_index < n_actions


@settings(max_examples=200, deadline=None)
@given(text=DOCS)
def test_split_actions_offsets_match_text(text):
    for action in split_actions(text):
        assert text[action.start : action.end] == action.text
        assert action.text.strip()
