"""A record of every 903 import: who, which files, how far it has got, and what it found."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from ssda903.tables import year_label


class ImportRun(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to start"
        RUNNING = "running", "Importing"
        SUCCEEDED = "succeeded", "Imported"
        FAILED = "failed", "Not imported"

    class RulePolicy(models.TextChoices):
        """What to do with a return that breaks DfE's validation rules: the council chooses."""

        REFUSE = "refuse", "Refuse the return if it breaks any DfE rule"
        WARN = "warn", "Import it and list the rules it breaks as warnings"

    year = models.PositiveSmallIntegerField()
    policy = models.CharField(max_length=10, choices=RulePolicy.choices, default=RulePolicy.WARN)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Where the uploaded files wait until the import runs; removed afterwards.
    upload_dir = models.CharField(max_length=300, blank=True)
    files = models.JSONField(default=list)
    stage = models.CharField(max_length=100, blank=True)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent done")
    error = models.TextField(blank=True, help_text="Why the import was refused, in plain English")
    row_counts = models.JSONField(default=dict, blank=True)
    # Values not in the year's code lists or not valid dates: imported as submitted, listed here.
    code_issues = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{year_label(self.year)} import {self.created_at:%d/%m/%Y %H:%M}"

    @property
    def year_label(self) -> str:
        return year_label(self.year)

    @property
    def finished(self) -> bool:
        return self.status in {self.Status.SUCCEEDED, self.Status.FAILED}
