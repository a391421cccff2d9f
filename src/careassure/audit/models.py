"""The access log: who looked at, exported, imported or changed what, and when.

Rows are only ever added. A view of a child's record, an export (with its filter and row count),
an import and every write to a child's record each leave one event.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(max_length=40, db_index=True)
    # The child concerned, by internal id: kept even if the record is later removed.
    child_pk = models.BigIntegerField(null=True, blank=True, db_index=True)
    child_code = models.CharField(max_length=20, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["actor", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.actor} {self.action}"
