"""Who may do what in the inspections app. The reasoning is in docs/reports.md."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from django.core.exceptions import PermissionDenied

from careassure.accounts.models import Role, User

# The register holds no child's name (linked sample cases are shown only to those who may see the
# child), so council staff and councillors may read it. External inspectors may not: it is the
# council's own account of its inspections.
REGISTER_READERS: frozenset[str] = frozenset(
    {
        Role.SOCIAL_WORKER,
        Role.TEAM_MANAGER,
        Role.IRO,
        Role.QA_OFFICER,
        Role.SENIOR_LEADER,
        Role.COUNCILLOR,
        Role.ADMINISTRATOR,
    }
)
REGISTER_WRITERS: frozenset[str] = frozenset(
    {Role.QA_OFFICER, Role.SENIOR_LEADER, Role.ADMINISTRATOR}
)
# Reports are governance documents for the Board: the people who write and scrutinise them.
REPORT_READERS: frozenset[str] = frozenset(
    {Role.QA_OFFICER, Role.SENIOR_LEADER, Role.COUNCILLOR, Role.ADMINISTRATOR}
)
REPORT_CREATORS = REGISTER_WRITERS


def roles_required(roles: frozenset[str]) -> Callable[..., Any]:
    """403 unless the signed-in user's role is one of `roles`."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(request: Any, *args: Any, **kwargs: Any) -> Any:
            if request.user.role not in roles or not request.user.is_active:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def user_of(request: Any) -> User:
    """The signed-in user (LoginRequiredMiddleware turns everyone else away before any view)."""
    return cast(User, request.user)


def can_write_register(user: Any) -> bool:
    return user.role in REGISTER_WRITERS


def can_update_action(user: Any, action: Any) -> bool:
    return action.owner_id == user.pk or can_write_register(user)


def can_edit_report(user: Any, report: Any) -> bool:
    """Only the named authors: a senior role alone does not let someone rewrite another's report."""
    return report.authors.filter(pk=user.pk).exists()
