"""Forms for the children's pages: the list's filters, the name search and inspector grants.

The list's filters live in the query string (values only: a team's id, a code, a band), so a link
to a filtered list can be shared. The name or 903 id a person searches for never goes in a URL —
URLs end up in browser history, proxies' logs and Referer headers — so the search box posts, and the
term is kept in the session (`SEARCH_SESSION_KEY`).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone

from careassure.accounts.models import Role, User
from careassure.children.codes import labelled
from careassure.children.models import Child, Team

SEARCH_SESSION_KEY = "children_search"

# DfE's age bands for children looked after (SSDA903 national tables), in whole years.
AGE_BANDS: dict[str, tuple[int, int | None]] = {
    "under-1": (0, 0),
    "1-4": (1, 4),
    "5-9": (5, 9),
    "10-15": (10, 15),
    "16-17": (16, 17),
    "18-plus": (18, None),
}
AGE_BAND_LABELS = {
    "under-1": "Under 1",
    "1-4": "1 to 4",
    "5-9": "5 to 9",
    "10-15": "10 to 15",
    "16-17": "16 to 17",
    "18-plus": "18 and over",
}
SORTS = {
    "name": ("family_name", "given_name", "code"),
    "age": ("-dob", "family_name"),
    "age-oldest": ("dob", "family_name"),
    "started": ("-period_start", "family_name"),
    "id": ("code",),
}
SORT_LABELS = {
    "name": "Name",
    "age": "Age, youngest first",
    "age-oldest": "Age, oldest first",
    "started": "Came into care, most recent first",
    "id": "903 CHILD id",
}
STATUSES = {"in-care": "In care now", "care-leaver": "Care leaver", "": "All"}


def years_before(when: date, years: int) -> date:
    try:
        return when.replace(year=when.year - years)
    except ValueError:  # 29 February in a year that has none
        return when.replace(year=when.year - years, day=28)


def age_band_q(band: str, today: date) -> Q:
    """Children whose age today falls in the band, as a filter on date of birth."""
    youngest, oldest = AGE_BANDS[band]
    condition = Q(dob__lte=years_before(today, youngest))
    if oldest is not None:
        condition &= Q(dob__gt=years_before(today, oldest + 1))
    return condition


def search_q(term: str) -> Q:
    """Every word must match a name or the 903 CHILD id (so 'amy smi' finds Amy Smith)."""
    condition = Q()
    for word in term.split():
        condition &= (
            Q(given_name__icontains=word) | Q(family_name__icontains=word) | Q(code__iexact=word)
        )
    return condition


class ChildFilterForm(forms.Form):
    team = forms.ModelChoiceField(queryset=Team.objects.none(), required=False, empty_label="All")
    legal_status = forms.ChoiceField(required=False, label="Legal status")
    placement = forms.ChoiceField(required=False, label="Placement type")
    age = forms.ChoiceField(
        required=False, label="Age", choices=[("", "All"), *AGE_BAND_LABELS.items()]
    )
    status = forms.ChoiceField(required=False, choices=list(STATUSES.items())[::-1])
    sort = forms.ChoiceField(required=False, choices=list(SORT_LABELS.items()), label="Sort by")

    def __init__(self, data: Any, *, visible: QuerySet[Child]) -> None:
        super().__init__(data)
        self.visible = visible
        self.fields["team"].queryset = Team.objects.filter(  # type: ignore[attr-defined]
            pk__in=visible.values("team_id")
        )
        self.fields["legal_status"].choices = self._code_choices("current_legal_status", "LS")  # type: ignore[attr-defined]
        self.fields["placement"].choices = self._code_choices("current_placement", "PLACE")  # type: ignore[attr-defined]

    def _code_choices(self, field: str, column: str) -> list[tuple[str, str]]:
        codes = self.visible.exclude(**{field: ""}).values_list(field, flat=True)
        return [("", "All")] + [(c, labelled(column, c)) for c in sorted(set(codes))]

    def filtered(self, search: str = "") -> QuerySet[Child]:
        """The visible children matching the filters (and search), in the chosen order."""
        children = self.visible.select_related("team")
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("team"):
            children = children.filter(team=data["team"])
        if data.get("legal_status"):
            children = children.filter(current_legal_status=data["legal_status"])
        if data.get("placement"):
            children = children.filter(current_placement=data["placement"])
        if data.get("age"):
            children = children.filter(age_band_q(data["age"], timezone.localdate()))
        if data.get("status") == "in-care":
            children = children.filter(in_care=True)
        elif data.get("status") == "care-leaver":
            children = children.filter(care_leaver=True)
        if search:
            children = children.filter(search_q(search))
        return children.order_by(*SORTS[data.get("sort") or "name"])

    def applied(self) -> dict[str, str]:
        """The filters in force, as query-string values (for links, exports and the access log)."""
        if not self.is_valid():
            return {}
        values = {k: v for k, v in self.cleaned_data.items() if v}
        if "team" in values:
            values["team"] = str(values["team"].pk)
        return {k: str(v) for k, v in values.items()}


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=100, label="Search by name or 903 CHILD id")


class InspectorGrantForm(forms.Form):
    inspector = forms.ModelChoiceField(
        queryset=User.objects.filter(role=Role.INSPECTOR, is_active=True),
        empty_label="Choose an inspector",
        error_messages={"required": "Choose the inspector who may see this record"},
    )
    expires_on = forms.DateField(
        label="Access ends on",
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        error_messages={
            "required": "Enter the date access ends",
            "invalid": "Enter the date access ends as a date, for example 27/3/2027",
        },
    )
    expires_time = forms.TimeField(
        label="at (24-hour time)",
        required=False,
        input_formats=["%H:%M"],
        error_messages={"invalid": "Enter the time as hours and minutes, for example 17:30"},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        day = data.get("expires_on")
        if day is not None:
            at = datetime.combine(day, data.get("expires_time") or time(23, 59))
            expires_at = timezone.make_aware(at)
            if expires_at <= timezone.now():
                self.add_error("expires_on", "The date access ends must be in the future")
            data["expires_at"] = expires_at
        return data
