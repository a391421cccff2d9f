"""Voice shapes found when the thirty-second to thirty-sixth blind sets' errors were read,
pinned with wording of their own (docs/quality-checks.md, "Thirty-second to thirty-seventh
blind sets").
"""

import pytest

from casequality import check


def _no_voice(kind: str, text: str) -> bool:
    return any(f.code == "NO_CHILD_VOICE" for f in check(kind, text))


@pytest.mark.parametrize(
    "text",
    [
        # 'she' is the mother the sentence before was about
        "Short breaks review - Ava (9)\n\nAva is non-verbal and was not able to give views.\n\n"
        "Family's views\nMum said the new hoist has helped. She would like two nights a month.",
        "Views of Kai and his family\nKai is non-verbal. Mr and Mrs Dean are happy with the "
        "unit. They would like more help finding a PA.",
        # under a relative's views heading, 'she' is the relative
        "Review\n\nGrandmother's views: she is pleased Ben is staying and would like to keep "
        "Sunday lunches.",
        # a numbered heading for the birth parents' wishes
        "Child permanence report\n\n9. The child's wishes and feelings\nRosie is too young to "
        "express her wishes.\n\n10. The birth parents' wishes and feelings\nMs Kay opposes the "
        "plan. She would like Rosie to be told that she was loved.",
        # a line under 'too young to say' is the next topic, not the child's wishes
        "Child in care review\n\nChild's wishes and feelings\nNoah is too young to express his "
        "wishes and feelings.\n\nPlacement\nNoah is feeding well.",
        # a condition in an action is not a wish voiced
        "Actions\n1. SW to visit monthly, with an interpreter unless Ali asks for English.\n"
        "2. SW to arrange a goodbye visit, if Lily-Mae would like it.",
        # an adult's words, with her title
        "Actions\n1. SW to draft the later-life letter with Ms Cole's words included.",
        # a date before a month-name is not a child called August
        "IRO comments\nThe strategy meeting held on 15 August agreed a safety plan.",
        # the record lists Colin as the keyworker: what he says is his account
        "LAC Review - Kai Long (14)\nPresent: Lee Bright (SW), Colin Day (keyworker)\n\n"
        'Kai\'s views: Kai did not attend. Colin said Kai is settled and "much calmer". '
        "Lee said Kai is happy with the plan.\n\nFather's views: Mr Long has stopped drinking "
        "(8 weeks).",
        # under the PA's view, 'keen to engage' is the PA's reading of him
        "Pathway plan\n\nPA's view\nJoel is doing well inside and is keen to engage with the plan.",
    ],
)
def test_no_voice_of_the_child(text):
    kind = "pep" if text.startswith("Short") else "review"
    assert _no_voice(kind, text)


@pytest.mark.parametrize(
    "text",
    [
        # the IRO's comments record the child's own wishes
        "IRO comments\nMaya did not want a meeting, so I met her at the park and she wanted to "
        "talk about her phone and seeing her nan more.",
        # 'she' right after the child's name is the child
        "IRO review. I spoke with Tia on the phone and she told me she wants a new SW.",
        # a field label above her own typed words does not make them an adult's
        "PEP\nSW: Jo Hart\n\nPupil voice: Amy's comments, typed by mentor:\n"
        '"I like it here and I want to do my Level 2."',
    ],
)
def test_voice_of_the_child(text):
    assert not _no_voice("review", text)
