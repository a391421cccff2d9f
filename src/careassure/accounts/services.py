"""Writes to accounts and access. Each is atomic and leaves an event in the access log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction

from careassure.accounts.models import InspectorGrant, Role, User
from careassure.audit.services import audit_event_record


@transaction.atomic
def inspector_grant_give(
    *, child: Any, inspector: User, expires_at: datetime, actor: User
) -> InspectorGrant:
    """Let `inspector` read `child`'s record until `expires_at` (replacing any earlier grant)."""
    if inspector.role != Role.INSPECTOR:
        raise ValueError("only inspectors are given time-limited access to a record")
    grant, _created = InspectorGrant.objects.update_or_create(
        inspector=inspector,
        child=child,
        defaults={"expires_at": expires_at, "granted_by": actor},
    )
    audit_event_record(
        actor=actor,
        action="grant_inspector",
        child=child,
        detail={"inspector": inspector.username, "expires_at": expires_at.isoformat()},
    )
    return grant
