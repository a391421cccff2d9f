"""Template filters for the children's pages: 903 codes in plain English, and ages."""

from __future__ import annotations

from datetime import date

from django import template

from careassure.children.codes import labelled
from careassure.children.models import Child

register = template.Library()


@register.filter
def code(value: str | None, column: str) -> str:
    """{{ child.current_placement|code:"PLACE" }} -> 'U6: Foster care with other carer, …'."""
    return labelled(column, value) or "None recorded"


@register.filter
def age_on(child: Child, when: date) -> int | None:
    return child.age_on(when)
