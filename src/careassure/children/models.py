"""The child's record: the council's people and the case file around the 903 return.

The 903 tables themselves live in `children/return903.py` (one model per DfE table, values kept as
submitted). This module holds what a council records that the 903 lacks: teams, workers, who is
allocated to whom, the child's (synthetic) display name, restricted-record naming, and the case-file
documents the quality checks read.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models


class Team(models.Model):
    class Kind(models.TextChoices):
        CLA = "cla", "Children looked after"
        LEAVING_CARE = "leaving_care", "Leaving care"
        IRO = "iro", "Independent reviewing service"
        ADOPTION = "adoption", "Adoption"

    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Worker(models.Model):
    class Role(models.TextChoices):
        SOCIAL_WORKER = "social_worker", "Social worker"
        TEAM_MANAGER = "team_manager", "Team manager"
        IRO = "iro", "Independent reviewing officer"
        IRO_MANAGER = "iro_manager", "IRO manager"
        PERSONAL_ADVISER = "personal_adviser", "Personal adviser"

    # The 903 SW_ID where the worker is a social worker (SW + registration number).
    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=100)
    role = models.CharField(max_length=20, choices=Role.choices)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="workers")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Child(models.Model):
    """A child known to the council. `code` is the 903 CHILD id; the name is synthetic in demos.

    The summary fields (`current_*`, `in_care`, …) are derived from the 903 tables after each import
    (children.services.child_summaries_refresh) so lists filter and sort without recomputing
    episodes on every page.
    """

    code = models.CharField("903 CHILD id", max_length=20, unique=True)
    given_name = models.CharField(max_length=60, blank=True)
    family_name = models.CharField(max_length=60, blank=True)
    dob = models.DateField(null=True, blank=True)
    sex = models.CharField(max_length=2, blank=True)
    ethnicity = models.CharField(max_length=4, blank=True)
    uasc = models.BooleanField(default=False)
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    # Restricted records (e.g. adoption-sensitive): only the users named may see them.
    restricted = models.BooleanField(default=False)
    named_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="restricted_children"
    )

    in_care = models.BooleanField(default=False, db_index=True)
    care_leaver = models.BooleanField(default=False, db_index=True)
    current_legal_status = models.CharField(max_length=2, blank=True)
    current_placement = models.CharField(max_length=3, blank=True)
    current_provider = models.CharField(max_length=3, blank=True)
    period_start = models.DateField(null=True, blank=True)
    last_ceased = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["family_name", "given_name", "code"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        name = f"{self.given_name} {self.family_name}".strip()
        return name or f"Child {self.code}"

    def age_on(self, when: date) -> int | None:
        if self.dob is None:
            return None
        before_birthday = (when.month, when.day) < (self.dob.month, self.dob.day)
        return when.year - self.dob.year - int(before_birthday)


class Allocation(models.Model):
    class Role(models.TextChoices):
        SOCIAL_WORKER = "social_worker", "Social worker"
        IRO = "iro", "IRO"
        PERSONAL_ADVISER = "personal_adviser", "Personal adviser"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="allocations")
    worker = models.ForeignKey(Worker, on_delete=models.PROTECT, related_name="allocations")
    role = models.CharField(max_length=20, choices=Role.choices)
    start = models.DateField()
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["child", "role", "-start"]
        indexes = [models.Index(fields=["worker", "role", "end"])]

    def __str__(self) -> str:
        return f"{self.worker} ({self.get_role_display()}) for {self.child}"


class CaseDocument(models.Model):
    """A plan or record in the child's case file, as written by the worker."""

    class Kind(models.TextChoices):
        CARE_PLAN = "care_plan", "Care plan"
        PATHWAY_PLAN = "pathway_plan", "Pathway plan"
        PEP = "pep", "Personal education plan"
        REVIEW = "review", "Review record"
        OVERSIGHT = "oversight", "Management oversight"
        SUPERVISION = "supervision", "Supervision record"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    date = models.DateField()
    author = models.ForeignKey(
        Worker, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    text = models.TextField()
    permanence = models.TextField(blank=True)
    contingency = models.TextField(blank=True)
    previous_text = models.TextField(blank=True)
    source_ref = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["child", "-date", "-id"]
        indexes = [models.Index(fields=["kind", "date"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date:%d/%m/%Y}"


class Action(models.Model):
    document = models.ForeignKey(CaseDocument, on_delete=models.CASCADE, related_name="actions")
    index = models.PositiveSmallIntegerField()
    text = models.TextField()
    owner = models.CharField(max_length=100, blank=True)
    due = models.DateField(null=True, blank=True)
    measure = models.TextField(blank=True)

    class Meta:
        ordering = ["document", "index"]
        constraints = [
            models.UniqueConstraint(fields=["document", "index"], name="one_action_per_index")
        ]

    def __str__(self) -> str:
        return self.text[:60]


class Visit(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="visits")
    date = models.DateField()
    worker = models.ForeignKey(Worker, null=True, on_delete=models.SET_NULL, related_name="+")
    seen_alone = models.BooleanField(default=False)

    class Meta:
        ordering = ["child", "-date"]

    def __str__(self) -> str:
        return f"Visit {self.date:%d/%m/%Y}"


class HealthAssessment(models.Model):
    class Kind(models.TextChoices):
        INITIAL = "initial", "Initial health assessment"
        REVIEW = "review", "Review health assessment"
        DENTAL = "dental", "Dental check"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="health_assessments")
    date = models.DateField()
    kind = models.CharField(max_length=10, choices=Kind.choices)

    class Meta:
        ordering = ["child", "-date"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date:%d/%m/%Y}"


# The 903 tables, declared in their own module and registered with this app.
from careassure.children.return903 import (  # noqa: E402
    ROW_MODELS,
    AD1Row,
    DoLoRow,
    EpisodesRow,
    HeaderRow,
    MissingRow,
    OC2Row,
    OC3Row,
    PlacedAdoptionRow,
    PrevPermRow,
    ReturnYear,
    ReviewsRow,
    SWEpisodesRow,
    UASCRow,
)

__all__ = [
    "ROW_MODELS",
    "AD1Row",
    "Action",
    "Allocation",
    "CaseDocument",
    "Child",
    "DoLoRow",
    "EpisodesRow",
    "HeaderRow",
    "HealthAssessment",
    "MissingRow",
    "OC2Row",
    "OC3Row",
    "PlacedAdoptionRow",
    "PrevPermRow",
    "ReturnYear",
    "ReviewsRow",
    "SWEpisodesRow",
    "Team",
    "UASCRow",
    "Visit",
    "Worker",
]
