from __future__ import annotations

from typing import Any

from careassure.audit.models import AuditEvent


def audit_event_record(
    *, actor: Any, action: str, child: Any = None, detail: dict[str, Any] | None = None
) -> AuditEvent:
    """Add one event to the access log. Call it inside the transaction of the write it records."""
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        child_pk=getattr(child, "pk", None),
        child_code=getattr(child, "code", "") or "",
        detail=detail or {},
    )
