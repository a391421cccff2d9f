"""No published rule 400 and above is skipped silently.

Each code DfE publishes for a year is registered for that year, or is one of those listed in
docs/validation.md, "Rules not implemented, and why" (none at present: 1008, which needs Ofsted's
provider lists, is in rules/rofsted.py).
"""

import pytest

from ssda903.validation import rule_info, rules_for_year

NOT_IMPLEMENTED: set[str] = set()


def _ours(code: str) -> bool:
    digits = "".join(ch for ch in code if ch.isdigit())
    return not code[0].isdigit() or int(digits) >= 400


@pytest.mark.parametrize("year", range(2023, 2028))
def test_every_published_rule_400_and_above_is_registered_or_documented(year):
    published = {c for c in rule_info(year) if _ours(c)}
    registered = {r.code for r in rules_for_year(year) if _ours(r.code)}
    assert published - registered == NOT_IMPLEMENTED & published
    assert not registered & NOT_IMPLEMENTED
