"""A parent's words about what the child wants are the parent's, however they are set down
(the eighty-ninth blind set: children accommodated under section 20 whose parents dispute the
plan; docs/quality-checks.md, "Session 10"). Wording of our own."""

import pytest

from casequality.checker import prepared
from casequality.speakers import quoted_adult
from casequality.voice import find_voice


def _voice(text: str):
    return find_voice(prepared(text))


@pytest.mark.parametrize(
    "review",
    [
        'Wishes and feelings\nMr Oke stated: "Pria wants to come home. She tells me every time '
        'I ring her."\n',
        'Views\nMr Kowal attended with an interpreter. He said: "Ania wants to be a hairdresser. '
        'She told me this."\n',
        "Background\nThere was a row at home. Mrs Hassan says: \"She wants to stay at Sue's "
        'because she has more freedom there."\n',
        "Views\nMr Oke said Pria wants to come home and is unhappy at the carers'.\n",
        "Views\nMrs Hassan came to the meeting. She said Adam cries when he leaves on Mondays.\n",
    ],
)
def test_a_parents_account_of_what_the_child_wants_is_not_the_childs_voice(review):
    assert _voice(review) is None


@pytest.mark.parametrize(
    "review",
    [
        'Views\nPria said: "I want to stay with Sue until the summer."\n',
        "Views\nThe SW said Pria told her she wants to stay with Sue.\n",
        'Views\nMr Oke came. Pria then said: "I want to go home."\n',
    ],
)
def test_the_childs_own_words_still_count_beside_a_parents(review):
    assert _voice(review) is not None


def test_the_speaker_of_a_quotation_is_read_from_the_words_before_it():
    assert quoted_adult("Mum emailed: ")
    assert quoted_adult("Summary\nMr Kowal came with an interpreter. He said: ")
    assert not quoted_adult("Summary\nPria came to the meeting. She said: ")
    assert not quoted_adult("Views\nPria said: ")
