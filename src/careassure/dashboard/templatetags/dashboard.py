from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def indicator_value(value: float | None, unit: str) -> str:
    """A value as a person reads it: 67.3%, 1,204, 486 days, 14.2."""
    if value is None:
        return "not available"
    unit = str(unit)
    if unit == "percent":
        return f"{value:.1f}%"
    if unit == "count":
        return f"{value:,.0f}"
    if unit == "days":
        return f"{value:,.0f} days"
    return f"{value:,.1f}"


@register.filter
def humanise(name: str) -> str:
    return name.replace("_", " ")
