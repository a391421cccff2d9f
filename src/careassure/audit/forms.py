"""The access log's search form. Filters are values only (a username, an action, an internal id)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from careassure.audit.models import AuditEvent


class AccessLogFilterForm(forms.Form):
    user = forms.CharField(required=False, max_length=150, label="Username")
    action = forms.ChoiceField(required=False, label="Action")
    child = forms.IntegerField(
        required=False,
        min_value=1,
        label="Child's careassure id",
        error_messages={"invalid": "Enter the child's careassure id as a number, like 1042"},
    )
    start = forms.DateField(
        required=False,
        label="From",
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        error_messages={"invalid": "Enter the start date as a date, for example 27/03/2026"},
    )
    end = forms.DateField(
        required=False,
        label="To",
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        error_messages={"invalid": "Enter the end date as a date, for example 28/03/2026"},
    )

    def __init__(self, data: Mapping[str, Any] | None) -> None:
        super().__init__(data)
        actions = AuditEvent.objects.order_by().values_list("action", flat=True).distinct()
        self.fields["action"].choices = [("", "All")] + [  # type: ignore[attr-defined]
            (a, a.replace("_", " ").capitalize()) for a in sorted(actions)
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", "The end date must be the same as or after the start date")
        return data

    def filtered(self) -> QuerySet[AuditEvent]:
        events = AuditEvent.objects.select_related("actor")
        if not self.is_valid():
            return events.none()
        data = self.cleaned_data
        if data["user"]:
            events = events.filter(actor__username__iexact=data["user"].strip())
        if data["action"]:
            events = events.filter(action=data["action"])
        if data["child"]:
            events = events.filter(child_pk=data["child"])
        if data["start"]:
            events = events.filter(at__gte=_start_of(data["start"]))
        if data["end"]:
            events = events.filter(at__lt=_start_of(data["end"] + timedelta(days=1)))
        return events

    def applied(self) -> dict[str, str]:
        if not self.is_valid():
            return {}
        return {k: str(v) for k, v in self.cleaned_data.items() if v not in (None, "")}


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))
