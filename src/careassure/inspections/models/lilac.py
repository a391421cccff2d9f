"""LILAC (Leading Improvements for Looked After Children): seven participation standards.

The standards were written by care-experienced young people (A National Voice, 2007) and are
assessed by trained care-experienced assessors; one "petal" is awarded per standard met. The
descriptors are held as paraphrased data (migration 0002); see /work/shared/domain/README.md §6.
"""

from __future__ import annotations

from django.db import models

from careassure.inspections.models.register import Assessment


class LilacStandard(models.Model):
    number = models.PositiveSmallIntegerField(unique=True)
    name = models.CharField(max_length=60)
    descriptor = models.TextField()

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


class Rating(models.TextChoices):
    MET = "met", "Met"
    PARTLY_MET = "partly_met", "Partly met"
    NOT_MET = "not_met", "Not met"


class LilacRating(models.Model):
    """For one standard and one year: the council's own view and the assessors' result."""

    standard = models.ForeignKey(LilacStandard, on_delete=models.PROTECT, related_name="ratings")
    year = models.PositiveSmallIntegerField()
    self_rating = models.CharField(
        "self-assessment", max_length=12, choices=Rating.choices, blank=True
    )
    external_rating = models.CharField(
        "external result", max_length=12, choices=Rating.choices, blank=True
    )
    # The LILAC visit that gave the external result, when it is in the register.
    assessment = models.ForeignKey(
        Assessment, null=True, blank=True, on_delete=models.SET_NULL, related_name="lilac_ratings"
    )
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["-year", "standard__number"]
        constraints = [
            models.UniqueConstraint(fields=["standard", "year"], name="one_lilac_rating_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.standard} {self.year}"


class LilacEvidence(models.Model):
    class Kind(models.TextChoices):
        DOCUMENT = "document", "Document"
        EVENT = "event", "Event"
        INVOLVEMENT = "involvement", "Young people's involvement"

    rating = models.ForeignKey(LilacRating, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    description = models.TextField()
    date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["rating", "kind", "id"]

    def __str__(self) -> str:
        return self.description[:80]
