"""Contingency shapes found when the thirty-third to thirty-seventh blind sets' errors were read,
pinned with wording of their own (docs/quality-checks.md, "Thirty-second to thirty-seventh
blind sets").
"""

import pytest

from casequality import check


def _no_contingency(text: str) -> bool:
    return any(f.code == "NO_CONTINGENCY" for f in check("care_plan", text))


@pytest.mark.parametrize(
    "text",
    [
        # a ticked "Yes" and details below it
        "Permanence plan: Long-term fostering\nContingency plan in place?  [x] Yes  [ ] No\n"
        "Contingency details: If panel does not approve the match, a search for another long-term "
        "placement near school starts that week.",
        # an export's Field / Value pairs
        "Field: Contingency plan in place?\nValue: [x] Yes  [ ] No\n\nField: Contingency plan\n"
        "Value: If the match is not approved, placement with her aunt to be pursued.",
        # a heading that joins two topics over fields of their own
        "Permanence and contingency\nPermanence: long-term fostering with the Reids.\n"
        "Contingency: if the placement ended, Mo would move to a foster home near his school.",
        # an option ruled out, with words between
        "Contingency: if the placement could not continue, Ali would move to another foster home "
        "nearby; return home is not a contingency at this stage because of the court's findings.",
        # the plan's risk coming back, in a worker's own words
        "Plan: Jo goes home over 8 weeks. If mum becomes unwell again we will go back to court "
        "and Jo stays with his foster carers.",
    ],
)
def test_contingency_present(text):
    assert not _no_contingency(text)


@pytest.mark.parametrize(
    "text",
    [
        "Permanence plan: SGO to Nan\nContingency plan in place?  [ ] Yes  [x] No\n"
        "Contingency details: Select...",
        "Permanence plan: SGO to Nan\nContingency plan in place?  [x] Yes  [ ] No\n"
        "Contingency details: —",
        "Contingency plan\nTo continue with the current plan and keep it under review.",
        "Contingency\nPlacement with grandmother is the plan and no alternative has been "
        "identified.",
    ],
)
def test_no_contingency(text):
    assert _no_contingency(text)
