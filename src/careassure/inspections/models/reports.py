"""Scrutiny Board reports: a drafted document and every saved version of it.

The document itself (front sheet, sections, numbered paragraphs, tables) is the JSON form of
`careassure.reports.document.Document`; each save adds a `ReportVersion`, so history is never
overwritten.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from careassure.inspections.models.register import Assessment


class ScrutinyReport(models.Model):
    title = models.CharField(max_length=200)
    period_from = models.DateField()
    period_to = models.DateField()
    assessments = models.ManyToManyField(Assessment, related_name="reports")
    # Only the named authors may edit; readers are decided by role (docs/reports.md).
    authors = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="authored_reports")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    @property
    def latest(self) -> ReportVersion:
        return self.versions.order_by("-number").first()  # type: ignore[return-value]


class ReportVersion(models.Model):
    report = models.ForeignKey(ScrutinyReport, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField()
    note = models.CharField(max_length=200, blank=True)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["report", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="one_report_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.report} v{self.number}"
