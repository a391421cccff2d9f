"""Overdue improvement actions on their owner's home page."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.urls import reverse

from careassure.core.tasks import Task, register
from careassure.inspections.models import ImprovementAction
from careassure.inspections.wording import long_date


@register
def overdue_actions(user: Any) -> list[Task]:
    if not getattr(user, "is_authenticated", False):
        return []
    overdue = ImprovementAction.objects.filter(owner=user, due__lt=date.today()).exclude(
        status=ImprovementAction.Status.COMPLETE
    )
    return [
        Task(
            text=f"Overdue improvement action (due {long_date(action.due)}): {action.text[:80]}",
            url=reverse("inspections:action_update", kwargs={"pk": action.pk}),
        )
        for action in overdue
    ]
