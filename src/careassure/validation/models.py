"""Stored results of running DfE's 903 validation rules on a stored return.

A run is computed once and read by every page view; it is recomputed on demand ("Validate again"),
after each import of its year, and when the stored return (or last year's, which the year-on-year
rules read) is newer than the run.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from ssda903.tables import year_label


class ValidationRun(models.Model):
    year = models.PositiveSmallIntegerField(help_text="Collection end year: 2025 = 2024/25")
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Whether last year's stored return was given to the rules that compare years.
    with_previous = models.BooleanField(default=False)
    # False when DfE publishes no rules for the year (so there was nothing to run).
    rules_available = models.BooleanField(default=True)
    rule_count = models.PositiveIntegerField(default=0, help_text="Rules run")
    finding_count = models.PositiveIntegerField(default=0)
    # One dict per finding (see services.finding_as_dict); messages are kept once, by rule code.
    findings = models.JSONField(default=list, blank=True)
    messages = models.JSONField(default=dict, blank=True)
    # Rules skipped for want of reference data: [{"rule": "1015", "needs": ["la_code"]}, ...].
    not_run = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["year", "created_at"])]

    def __str__(self) -> str:
        return f"{year_label(self.year)} validation {self.created_at:%d/%m/%Y %H:%M}"

    @property
    def label(self) -> str:
        return year_label(self.year)


class ProviderList(models.Model):
    """One of Ofsted's provider lists (children's homes; social care providers) as the council
    uploaded it, for DfE's rules that check a placement's URN against Ofsted's register.

    Ofsted's lists are public registers of providers, not children's data. The uploaded set is
    replaced whole by the next upload, so the rules always read one consistent set.
    """

    name = models.CharField(max_length=200, help_text="The file's name as uploaded")
    content = models.BinaryField()
    providers = models.PositiveIntegerField(default=0, help_text="Providers read from the file")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
