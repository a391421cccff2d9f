"""Stored results of the case-file quality checks (`casequality`), one set per document.

A document's flags are replaced whole each time it is checked, so the rows always describe one
run of one checker version over one version of the text.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from careassure.children.models import CaseDocument


class DocumentCheck(models.Model):
    """That a document was checked, when and by which checker: the denominator of every share."""

    document = models.OneToOneField(
        CaseDocument, on_delete=models.CASCADE, related_name="quality_check"
    )
    checker_version = models.CharField(max_length=20)
    checked_at = models.DateTimeField()
    flag_count = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.document} checked {self.checked_at:%d/%m/%Y %H:%M}"


class DocumentFlag(models.Model):
    """One shortfall the checker found. `start`/`end` are offsets into the checked text
    (`services.checked_text`); both are empty when the flag is about something missing."""

    document = models.ForeignKey(
        CaseDocument, on_delete=models.CASCADE, related_name="quality_flags"
    )
    code = models.CharField(max_length=40)
    action_index = models.PositiveSmallIntegerField(null=True, blank=True)
    evidence = models.TextField()
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    explanation = models.TextField()
    checker_version = models.CharField(max_length=20)
    checked_at = models.DateTimeField()

    class Meta:
        ordering = ["document", "start", "id"]
        indexes = [models.Index(fields=["code", "document"])]

    def __str__(self) -> str:
        return f"{self.code} on {self.document}"


class ScanRun(models.Model):
    """A check of every document, started from the themes page; its progress is polled."""

    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        DONE = "done", "Finished"
        FAILED = "failed", "Failed"

    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    flag_count = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"Scan {self.pk} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status != self.Status.RUNNING

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.done / self.total)
