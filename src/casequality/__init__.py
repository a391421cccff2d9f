"""Case-file quality checks for children's social care records (pure Python, offline).

    >>> from casequality import check
    >>> [f.code for f in check("action", "Continue to support.")]
    ['ACTION_NO_OWNER', 'ACTION_NO_TIMESCALE', 'ACTION_NOT_MEASURABLE']

See docs/quality-checks.md for the flags, the kinds they apply to and measured accuracy.
"""

from casequality.checker import check
from casequality.flags import APPLICABLE, CODES, KINDS, Flag
from casequality.segment import Span, split_actions

__all__ = ["APPLICABLE", "CODES", "KINDS", "Flag", "Span", "check", "split_actions"]
