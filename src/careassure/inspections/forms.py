"""Forms for the register, actions, LILAC and reports. Validation only: writes go via services."""

from __future__ import annotations

from typing import Any

from django import forms

from careassure.accounts.models import Role, User
from careassure.children.selectors import children_visible_to
from careassure.inspections.models import (
    Assessment,
    Finding,
    ImprovementAction,
    Judgement,
    LilacEvidence,
    LilacStandard,
)
from careassure.inspections.models.lilac import Rating
from careassure.inspections.models.register import Theme
from careassure.inspections.permissions import REPORT_CREATORS

DATE = forms.DateInput(attrs={"type": "date"})


class AssessmentForm(forms.ModelForm):
    cases_in_advance_ids = forms.CharField(
        label="Cases supplied in advance",
        required=False,
        help_text="903 CHILD ids separated by spaces, for cases held in careassure.",
    )
    cases_at_random_ids = forms.CharField(
        label="Cases chosen at random",
        required=False,
        help_text="903 CHILD ids separated by spaces.",
    )

    class Meta:
        model = Assessment
        fields = [
            "kind",
            "title",
            "body",
            "start",
            "end",
            "scope",
            "cases_examined",
            "sample_described",
            "meetings",
            "focus_groups",
            "visits",
            "documents_considered",
            "inspectors",
            "summary",
            "planned",
        ]
        widgets = {"start": DATE, "end": DATE}

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def _children(self, name: str) -> list[Any]:
        codes = self.cleaned_data.get(name, "").split()
        found = list(children_visible_to(self.user).filter(code__in=codes))
        missing = sorted(set(codes) - {c.code for c in found})
        if missing:
            raise forms.ValidationError(f"No child you can see has the id {', '.join(missing)}")
        return found

    def clean_cases_in_advance_ids(self) -> list[Any]:
        return self._children("cases_in_advance_ids")

    def clean_cases_at_random_ids(self) -> list[Any]:
        return self._children("cases_at_random_ids")

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", "The end date must be on or after the start date")
        return data


class JudgementForm(forms.Form):
    area = forms.ChoiceField(label="Judgement area", choices=Judgement.Area.choices)
    grade = forms.ChoiceField(choices=Judgement.Grade.choices, widget=forms.RadioSelect)


class FindingForm(forms.Form):
    kind = forms.ChoiceField(
        label="Type of finding", choices=Finding.Kind.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(label="Finding", widget=forms.Textarea(attrs={"rows": 3}))
    themes = forms.MultipleChoiceField(
        choices=Theme.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    quote = forms.CharField(
        label="Quote, if one was given", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    already_identified = forms.BooleanField(
        label="The service had already identified this",
        required=False,
        help_text="For areas for improvement: was this known before the inspection?",
    )


def _owners() -> Any:
    # Actions are owned by council staff, never by an external inspector.
    return (
        User.objects.filter(is_active=True)
        .exclude(role=Role.INSPECTOR)
        .order_by("last_name", "username")
    )


class OwnerField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.display_name} ({obj.get_role_display()})"


class ActionForm(forms.Form):
    text = forms.CharField(label="Action", widget=forms.Textarea(attrs={"rows": 3}))
    # The queryset is lazy and copied for each form, so the list of owners is always current.
    owner = OwnerField(queryset=_owners())
    due = forms.DateField(label="Due date", widget=DATE)


class ActionUpdateForm(forms.Form):
    status = forms.ChoiceField(choices=ImprovementAction.Status.choices, widget=forms.RadioSelect)
    evidence = forms.CharField(
        label="Evidence of completion", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if (
            data.get("status") == ImprovementAction.Status.COMPLETE
            and not data.get("evidence", "").strip()
        ):
            self.add_error("evidence", "Give the evidence that the action is complete")
        return data


class LilacRatingForm(forms.Form):
    """A plain form, not a ModelForm: recording a standard and year again updates the rating,
    so the model's one-rating-a-year constraint must not turn it away as a duplicate."""

    standard = forms.ModelChoiceField(queryset=LilacStandard.objects.all())
    year = forms.IntegerField(min_value=2007, max_value=2100)  # LILAC began in 2007
    self_rating = forms.ChoiceField(
        label="Self-assessment", choices=[("", "Not recorded"), *Rating.choices], required=False
    )
    external_rating = forms.ChoiceField(
        label="External result", choices=[("", "Awaited"), *Rating.choices], required=False
    )
    assessment = forms.ModelChoiceField(
        label="LILAC visit in the register",
        queryset=Assessment.objects.filter(kind=Assessment.Kind.LILAC),
        required=False,
    )
    comment = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))


class LilacEvidenceForm(forms.ModelForm):
    class Meta:
        model = LilacEvidence
        fields = ["kind", "description", "date"]
        widgets = {"date": DATE, "description": forms.Textarea(attrs={"rows": 2})}


class ReportCreateForm(forms.Form):
    title = forms.CharField(initial="Update on recent inspections and assessments")
    period_from = forms.DateField(label="Period from", widget=DATE)
    period_to = forms.DateField(label="Period to", widget=DATE)
    report_date = forms.DateField(label="Date of the Board meeting", widget=DATE)
    assessments = forms.ModelMultipleChoiceField(
        queryset=Assessment.objects.order_by("start"),
        widget=forms.CheckboxSelectMultiple,
        help_text="Each must have started within the period.",
    )
    co_authors = forms.ModelMultipleChoiceField(
        queryset=User.objects.filter(role__in=REPORT_CREATORS, is_active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Other authors who may edit",
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        start, end = data.get("period_from"), data.get("period_to")
        if start and end and end < start:
            self.add_error("period_to", "The end of the period must be after its start")
        elif start and end:
            outside = [a.title for a in data.get("assessments", []) if not start <= a.start <= end]
            if outside:
                self.add_error("assessments", f"Outside the period: {', '.join(outside)}")
        return data


class ParagraphForm(forms.Form):
    text = forms.CharField(label="Paragraph", widget=forms.Textarea(attrs={"rows": 5}))
    bullets = forms.CharField(
        label="Bullet points",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="One bullet point a line.",
    )

    def bullet_list(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["bullets"].splitlines() if line.strip()]


class FrontSheetForm(forms.Form):
    report_of = forms.CharField(label="Report of")
    report_to = forms.CharField(label="Report to")
    date = forms.CharField(label="Date of the meeting")
    subject = forms.CharField()
    wards_affected = forms.BooleanField(
        label="Specific electoral wards are affected", required=False
    )
    wards = forms.CharField(label="Names of wards", required=False)
    equality_implications = forms.BooleanField(
        label="There are implications for equality and diversity and cohesion and integration",
        required=False,
    )
    eligible_for_call_in = forms.BooleanField(
        label="The decision is eligible for call-in", required=False
    )
    confidential = forms.BooleanField(
        label="The report contains confidential or exempt information", required=False
    )
    access_rule = forms.CharField(
        label="Access to information procedure rule number", required=False
    )
    appendix = forms.CharField(label="Appendix number", required=False)
