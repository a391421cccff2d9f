from __future__ import annotations

import csv
from datetime import date

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

import indicators
from careassure.accounts.models import Role
from careassure.audit.services import audit_event_record
from careassure.children.selectors import children_visible_to
from careassure.core.http import AuthedRequest
from careassure.dashboard import charts, selectors, services
from careassure.dashboard.forms import FiguresForm, TargetForm

# Inspectors see the children they are granted, not the council's performance management.
NO_DASHBOARD = {Role.INSPECTOR}
CAN_SET_TARGETS = {Role.QA_OFFICER, Role.SENIOR_LEADER, Role.ADMINISTRATOR}


def _check(request: AuthedRequest) -> None:
    if request.user.role in NO_DASHBOARD:
        raise PermissionDenied


def _indicator(indicator_id: str) -> indicators.Indicator:
    try:
        return indicators.REGISTRY[indicator_id]
    except KeyError:
        raise Http404("No such indicator") from None


@require_GET
def home(request: AuthedRequest) -> HttpResponse:
    _check(request)
    tiles = selectors.tiles()
    return render(
        request,
        "dashboard/home.html",
        {
            "nav": "dashboard",
            "tiles": tiles,
            "headline": sorted(
                (t for t in tiles if t.indicator.id in selectors.HEADLINE),
                key=lambda t: selectors.HEADLINE.index(t.indicator.id),
            ),
            "at": selectors.latest_date(),
            "can_set_targets": request.user.role in CAN_SET_TARGETS,
        },
    )


@require_GET
def indicator(request: AuthedRequest, indicator_id: str) -> HttpResponse:
    _check(request)
    ind = _indicator(indicator_id)
    values = selectors.series_values(ind.id)
    at = _chosen_date(request, values)
    drill = _drill(request, ind, at) if at else None
    return render(
        request,
        "dashboard/indicator.html",
        {"nav": "dashboard", "indicator": ind, "values": values, "at": at, "drill": drill},
    )


def _chosen_date(request: AuthedRequest, values: list) -> date | None:
    dates = [v.at for v in values]
    raw = request.GET.get("at")
    if raw:
        try:
            chosen = date.fromisoformat(raw)
        except ValueError:
            raise Http404("Not a date") from None
        if chosen not in dates:
            raise Http404("No value at that date")
        return chosen
    return dates[-1] if dates else None


def _drill(request: AuthedRequest, ind: indicators.Indicator, at: date) -> dict:
    """The children behind the number at `at`, limited to those this person may see."""
    context = selectors.indicator_context()
    if context is None:
        return {}
    result = ind.at(context, at)
    visible = children_visible_to(request.user)
    codes = set(result.denominator) | set(result.numerator)
    seen = {c.code: c for c in visible.filter(code__in=codes)}
    breakdowns = {}
    if ind.id == "cla_at_date":
        breakdowns = {
            dim: sorted(indicators.breakdown(context, at, dim).items())
            for dim in [*indicators.DIMENSIONS, "uasc"]
        }
    return {
        "result": result,
        "numerator": [seen[c] for c in result.numerator if c in seen],
        "denominator": [seen[c] for c in result.denominator if c in seen],
        "hidden": len(codes - seen.keys()),
        "breakdowns": breakdowns,
    }


@require_GET
def chart(request: AuthedRequest, indicator_id: str) -> HttpResponse:
    _check(request)
    ind = _indicator(indicator_id)
    points = tuple(
        (v.at.isoformat(), v.value) for v in selectors.series_values(ind.id) if v.value is not None
    )
    return HttpResponse(charts.trend_png(ind, points), content_type="image/png")


@require_GET
def export_series(request: AuthedRequest, indicator_id: str) -> HttpResponse:
    _check(request)
    ind = _indicator(indicator_id)
    values = selectors.series_values(ind.id)
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{ind.id}.csv"'
    writer = csv.writer(response)
    writer.writerow(["indicator", "month_end", "value", "numerator", "denominator", "note"])
    for v in values:
        writer.writerow(
            [ind.id, v.at.isoformat(), v.value, v.numerator_count, v.denominator_count, v.note]
        )
    audit_event_record(
        actor=request.user,
        action="export_indicator",
        detail={"indicator": ind.id, "rows": len(values)},
    )
    return response


@require_http_methods(["GET", "POST"])
def settings_page(request: AuthedRequest) -> HttpResponse:
    if request.user.role not in CAN_SET_TARGETS:
        raise PermissionDenied
    figures_form = FiguresForm(request.POST if "population_0_17" in request.POST else None)
    target_form = TargetForm(request.POST if "indicator" in request.POST else None)
    if request.method == "POST":
        if figures_form.is_bound and figures_form.is_valid():
            services.council_figures_update(
                actor=request.user, population_0_17=figures_form.cleaned_data["population_0_17"]
            )
            return redirect("dashboard:settings")
        if target_form.is_bound and target_form.is_valid():
            services.indicator_target_set(actor=request.user, **target_form.cleaned_data)
            return redirect("dashboard:settings")
    return render(
        request,
        "dashboard/settings.html",
        {
            "nav": "dashboard",
            "figures_form": figures_form,
            "target_form": target_form,
            "targets": selectors.IndicatorTarget.objects.order_by("indicator"),
        },
    )
