"""Inspections and assessments, what they found, and what the council does about it.

Ofsted's kinds of visit, judgement areas and four-point scale follow the ILACS framework
("Inspecting local authority children's services", Ofsted, 2018, updated 2024): see
/work/shared/domain/README.md §4. The care-leaver judgement is separate from 1 January 2023.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models


class Assessment(models.Model):
    class Kind(models.TextChoices):
        ILACS_STANDARD = "ilacs_standard", "Ofsted ILACS standard inspection"
        ILACS_SHORT = "ilacs_short", "Ofsted ILACS short inspection"
        FOCUSED_VISIT = "focused_visit", "Ofsted focused visit"
        MONITORING_VISIT = "monitoring_visit", "Ofsted monitoring visit"
        JTAI = "jtai", "Joint targeted area inspection"
        THEMATIC = "thematic", "Ofsted thematic review"
        PILOT = "pilot", "Ofsted pilot inspection"
        LILAC = "lilac", "LILAC assessment"
        PEER_REVIEW = "peer_review", "Peer review"
        INTERNAL = "internal", "Internal review"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=200)
    body = models.CharField("carried out by", max_length=200)
    start = models.DateField()
    end = models.DateField()
    scope = models.TextField(blank=True)
    # How it was done.
    cases_examined = models.PositiveIntegerField(null=True, blank=True)
    cases_in_advance = models.ManyToManyField(
        "children.Child", blank=True, related_name="inspections_supplied"
    )
    cases_at_random = models.ManyToManyField(
        "children.Child", blank=True, related_name="inspections_sampled"
    )
    sample_described = models.TextField(
        "how cases were chosen", blank=True, help_text="For cases not held in careassure."
    )
    meetings = models.TextField("meetings held (one a line)", blank=True)
    focus_groups = models.TextField("focus groups (one a line)", blank=True)
    visits = models.TextField("visits made (one a line)", blank=True)
    documents_considered = models.TextField("documents considered (one a line)", blank=True)
    inspectors = models.PositiveSmallIntegerField("number of inspectors", null=True, blank=True)
    graded = models.BooleanField(default=False)
    summary = models.TextField("overall feedback", blank=True)
    planned = models.TextField("what is already planned", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_ofsted(self) -> bool:
        return self.kind in OFSTED_KINDS

    def lines(self, field: str) -> list[str]:
        return [line.strip() for line in getattr(self, field).splitlines() if line.strip()]


OFSTED_KINDS = frozenset(
    {
        Assessment.Kind.ILACS_STANDARD,
        Assessment.Kind.ILACS_SHORT,
        Assessment.Kind.FOCUSED_VISIT,
        Assessment.Kind.MONITORING_VISIT,
        Assessment.Kind.JTAI,
        Assessment.Kind.THEMATIC,
        Assessment.Kind.PILOT,
    }
)


class Judgement(models.Model):
    class Area(models.TextChoices):
        OVERALL = "overall", "Overall effectiveness"
        LEADERS = (
            "leaders",
            "The impact of leaders on social work practice with children and families",
        )
        HELP_PROTECTION = (
            "help_protection",
            ("The experiences and progress of children who need help and protection"),
        )
        IN_CARE = "in_care", "The experiences and progress of children in care"
        CARE_LEAVERS = "care_leavers", "The experiences and progress of care leavers"
        # Before 1 January 2023 the last two were one judgement.
        IN_CARE_AND_LEAVERS = (
            "in_care_and_leavers",
            ("The experiences and progress of children in care and care leavers"),
        )

    class Grade(models.TextChoices):
        OUTSTANDING = "outstanding", "Outstanding"
        GOOD = "good", "Good"
        REQUIRES_IMPROVEMENT = "requires_improvement", "Requires improvement to be good"
        INADEQUATE = "inadequate", "Inadequate"

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="judgements")
    area = models.CharField(max_length=30, choices=Area.choices)
    grade = models.CharField(max_length=30, choices=Grade.choices)

    class Meta:
        ordering = ["assessment", "id"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "area"], name="one_grade_per_area")
        ]

    def __str__(self) -> str:
        return f"{self.get_area_display()}: {self.get_grade_display()}"


class Theme(models.TextChoices):
    CARE_PLANNING = "care_planning", "Care planning"
    SMART_PLANS = "smart_plans", "SMART plans"
    CONTINGENCY = "contingency", "Contingency planning"
    CHILD_INVOLVEMENT = "child_involvement", "Child's involvement"
    SUPERVISION = "supervision", "Supervision and management oversight"
    HISTORY = "history", "Use of history"
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    PERMANENCE = "permanence", "Permanence"
    ADOPTION = "adoption", "Adoption"
    PLACEMENT_STABILITY = "placement_stability", "Placement stability"
    IRO_CHALLENGE = "iro_challenge", "IRO challenge"
    PARTICIPATION = "participation", "Participation"
    SAFETY = "safety", "Safety"
    LEADERSHIP = "leadership", "Leadership and ambition"
    WORKFORCE = "workforce", "Workforce and capacity"
    FOSTER_CARERS = "foster_carers", "Support for foster carers"
    QUALITY_ASSURANCE = "quality_assurance", "Quality assurance and audit"
    PARTNERSHIP = "partnership", "Partnership working"
    INNOVATION = "innovation", "Innovation"
    RECORDING = "recording", "Recording"
    COMMISSIONING = "commissioning", "Commissioning"
    CARE_LEAVERS = "care_leavers", "Care leavers"


class Finding(models.Model):
    class Kind(models.TextChoices):
        MAIN = "main", "Main finding"
        STRENGTH = "strength", "Strength"
        IMPROVEMENT = "improvement", "Area for improvement"

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    text = models.TextField()
    themes = models.JSONField(default=list, blank=True)
    quote = models.TextField(blank=True)
    # For areas for improvement: had the service found this itself before the inspectors did?
    already_identified = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["assessment", "kind", "position", "id"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def theme_labels(self) -> list[str]:
        labels = dict(Theme.choices)
        return [labels.get(theme, theme) for theme in self.themes]


class ImprovementAction(models.Model):
    class Status(models.TextChoices):
        NOT_STARTED = "not_started", "Not started"
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETE = "complete", "Complete"

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField("action")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="improvement_actions"
    )
    due = models.DateField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NOT_STARTED)
    evidence = models.TextField("evidence of completion", blank=True)
    completed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["due", "id"]

    def __str__(self) -> str:
        return self.text[:80]

    def is_overdue(self, today: date | None = None) -> bool:
        return self.status != self.Status.COMPLETE and self.due < (today or date.today())
