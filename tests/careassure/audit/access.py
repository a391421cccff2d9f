"""The access log is for administrators only."""

from tests.careassure.children.access import status
from tests.careassure.test_access_matrix import AccessCase


def cases(p):
    return [
        AccessCase("audit:list", expect=status(403, administrator=200)),
        AccessCase("audit:list", query="action=view_child", expect=status(403, administrator=200)),
        AccessCase("audit:export", expect=status(403, administrator=200)),
    ]
