"""Stored indicator values, so the dashboard reads numbers instead of recomputing them per request.

Values for every month-end are kept for trends; the child lists behind each number are recomputed
on demand for the date a manager drills into (they would be millions of ids otherwise).
"""

from __future__ import annotations

from django.db import models


class IndicatorValue(models.Model):
    indicator = models.CharField(max_length=60)
    at = models.DateField()
    value = models.FloatField(null=True, blank=True)
    numerator_count = models.PositiveIntegerField(default=0)
    denominator_count = models.PositiveIntegerField(default=0)
    available = models.BooleanField(default=True)
    note = models.CharField(max_length=200, blank=True)
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["indicator", "at"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "at"], name="one_value_per_indicator_date")
        ]

    def __str__(self) -> str:
        return f"{self.indicator} at {self.at:%d/%m/%Y}: {self.value}"


class IndicatorTarget(models.Model):
    """The council's own target for an indicator, for the red/amber/green status on each tile."""

    indicator = models.CharField(max_length=60, unique=True)
    target = models.FloatField()
    # Within this many units of the target (on the wrong side) is amber; beyond it, red.
    amber_margin = models.FloatField(default=5)

    def __str__(self) -> str:
        return f"{self.indicator}: {self.target}"


class CouncilFigures(models.Model):
    """What the 903 does not hold about the council: its name as shown on every page (blank: the
    CAREASSURE_COUNCIL_NAME setting) and its 0–17 population, for rates per 10,000."""

    council_name = models.CharField(max_length=100, blank=True)
    population_0_17 = models.PositiveIntegerField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "council figures"

    def __str__(self) -> str:
        return f"0–17 population {self.population_0_17}"

    @classmethod
    def current(cls) -> CouncilFigures:
        figures = cls.objects.order_by("-updated_at").first()
        return figures or cls()
