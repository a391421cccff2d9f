from __future__ import annotations

from django import forms

import indicators


class FiguresForm(forms.Form):
    population_0_17 = forms.IntegerField(
        label="Children aged 0 to 17 living in the council's area",
        help_text="From the ONS mid-year estimates. Used for the rate per 10,000 children.",
        min_value=1,
        error_messages={
            "required": "Enter the number of children aged 0 to 17",
            "invalid": "Enter a whole number, like 152000",
            "min_value": "The number of children must be at least 1",
        },
    )


class TargetForm(forms.Form):
    indicator = forms.ChoiceField(
        label="Indicator",
        choices=lambda: [(i.id, i.title) for i in indicators.REGISTRY.values()],
    )
    target = forms.FloatField(
        label="Target",
        error_messages={"required": "Enter a target", "invalid": "Enter a number, like 85"},
    )
    amber_margin = forms.FloatField(
        label="Amber margin",
        help_text="How far on the wrong side of the target still counts as amber.",
        initial=5,
        min_value=0,
        error_messages={
            "required": "Enter an amber margin",
            "invalid": "Enter a number, like 5",
            "min_value": "The amber margin cannot be negative",
        },
    )
