"""Who may see which child. Every read of children goes through `children_visible_to`."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from careassure.accounts.models import TEAM_ROLES, Role, User
from careassure.children.models import Child


def children_visible_to(user: User) -> QuerySet[Child]:
    """The children `user` may see, by the record-level rules in docs/access.md.

    - QA officers, senior leaders and administrators: every child;
    - social workers and team managers: children of their own team;
    - IROs: children currently allocated to them as IRO;
    - inspectors: children granted to them, until the grant expires;
    - everyone else (councillors): none.
    Restricted records are then limited to the users named on them, whatever the role.
    """
    children = Child.objects.all()
    if not user.is_authenticated or not user.is_active:
        return children.none()
    if user.sees_all_children:
        visible = children
    elif user.role in TEAM_ROLES and user.worker is not None:
        visible = children.filter(team_id=user.worker.team_id)
    elif user.role == Role.IRO and user.worker_id:
        visible = children.filter(
            allocations__worker_id=user.worker_id,
            allocations__role="iro",
            allocations__end__isnull=True,
        )
    elif user.role == Role.INSPECTOR:
        visible = children.filter(grants__inspector=user, grants__expires_at__gt=timezone.now())
    else:
        return children.none()
    visible = visible.filter(Q(restricted=False) | Q(named_users=user))
    return visible.distinct()


def child_for_user(user: User, pk: int) -> Child:
    """The child, or a 404 identical to the one for a child who does not exist."""
    try:
        return children_visible_to(user).get(pk=pk)
    except Child.DoesNotExist:
        raise Http404("No such child") from None
