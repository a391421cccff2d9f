"""Pages for the register of inspections: assessments, judgements, findings and actions."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from careassure.children.selectors import children_visible_to
from careassure.inspections import services
from careassure.inspections.forms import (
    ActionForm,
    ActionUpdateForm,
    AssessmentForm,
    FindingForm,
    JudgementForm,
)
from careassure.inspections.models import Assessment, Finding, ImprovementAction
from careassure.inspections.models.register import Theme
from careassure.inspections.permissions import (
    REGISTER_READERS,
    REGISTER_WRITERS,
    can_update_action,
    can_write_register,
    roles_required,
    user_of,
)

GET_POST = require_http_methods(["GET", "POST"])


@require_GET
@roles_required(REGISTER_READERS)
def index(request: HttpRequest) -> HttpResponse:
    assessments = Assessment.objects.prefetch_related("judgements", "findings")
    return render(
        request,
        "inspections/index.html",
        {
            "nav": "inspections",
            "assessments": assessments,
            "can_write": can_write_register(request.user),
        },
    )


@GET_POST
@roles_required(REGISTER_WRITERS)
def assessment_create(request: HttpRequest) -> HttpResponse:
    form = AssessmentForm(request.POST or None, user=user_of(request))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        advance, random = data.pop("cases_in_advance_ids"), data.pop("cases_at_random_ids")
        assessment = services.assessment_create(
            actor=request.user, cases_in_advance=advance, cases_at_random=random, **data
        )
        messages.success(request, f"{assessment.title} added to the register")
        return redirect("inspections:assessment_detail", pk=assessment.pk)
    return render(
        request,
        "inspections/form.html",
        {"form": form, "heading": "Record an inspection or assessment"},
    )


@GET_POST
@roles_required(REGISTER_WRITERS)
def assessment_edit(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = get_object_or_404(Assessment, pk=pk)
    visible = children_visible_to(user_of(request))
    linked = {
        name: getattr(assessment, name).all() for name in ("cases_in_advance", "cases_at_random")
    }
    initial = {
        f"{name}_ids": " ".join(c.code for c in qs.filter(pk__in=visible))
        for name, qs in linked.items()
    }
    form = AssessmentForm(
        request.POST or None, instance=assessment, initial=initial, user=user_of(request)
    )
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in AssessmentForm.Meta.fields}
        # Links to children this editor cannot see are kept: they cannot be shown, so not removed.
        cases = {
            name: [*form.cleaned_data[f"{name}_ids"], *qs.exclude(pk__in=visible)]
            for name, qs in linked.items()
        }
        # The form has already written its values onto `assessment`; the service gets a fresh copy
        # so its audit event can record what the values were before.
        fresh = Assessment.objects.get(pk=pk)
        services.assessment_update(assessment=fresh, actor=request.user, **cases, **data)
        messages.success(request, f"{assessment.title} updated")
        return redirect("inspections:assessment_detail", pk=pk)
    context = {"form": form, "heading": "Change this entry", "parent": assessment}
    return render(request, "inspections/form.html", context)


@require_GET
@roles_required(REGISTER_READERS)
def assessment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = get_object_or_404(Assessment, pk=pk)
    visible = children_visible_to(user_of(request))
    findings = assessment.findings.prefetch_related("actions__owner")
    return render(
        request,
        "inspections/assessment_detail.html",
        {
            "nav": "inspections",
            "assessment": assessment,
            "main": [f for f in findings if f.kind == Finding.Kind.MAIN],
            "strengths": [f for f in findings if f.kind == Finding.Kind.STRENGTH],
            "areas": [f for f in findings if f.kind == Finding.Kind.IMPROVEMENT],
            "in_advance": assessment.cases_in_advance.filter(pk__in=visible),
            "at_random": assessment.cases_at_random.filter(pk__in=visible),
            "linked_total": assessment.cases_in_advance.count()
            + assessment.cases_at_random.count(),
            "can_write": can_write_register(request.user),
            "today": date.today(),
        },
    )


@GET_POST
@roles_required(REGISTER_WRITERS)
def judgement_create(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = get_object_or_404(Assessment, pk=pk)
    form = JudgementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.judgement_record(assessment=assessment, actor=request.user, **form.cleaned_data)
        messages.success(request, "Judgement recorded")
        return redirect("inspections:assessment_detail", pk=pk)
    return render(
        request,
        "inspections/form.html",
        {"form": form, "heading": "Record a judgement", "parent": assessment},
    )


@GET_POST
@roles_required(REGISTER_WRITERS)
def finding_create(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = get_object_or_404(Assessment, pk=pk)
    form = FindingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.finding_create(assessment=assessment, actor=request.user, **form.cleaned_data)
        messages.success(request, "Finding added")
        return redirect("inspections:assessment_detail", pk=pk)
    return render(
        request,
        "inspections/form.html",
        {"form": form, "heading": "Add a finding", "parent": assessment},
    )


@GET_POST
@roles_required(REGISTER_WRITERS)
def action_create(request: HttpRequest, pk: int) -> HttpResponse:
    finding = get_object_or_404(Finding, pk=pk, kind=Finding.Kind.IMPROVEMENT)
    form = ActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.action_create(finding=finding, actor=request.user, **form.cleaned_data)
        messages.success(request, "Improvement action added")
        return redirect("inspections:assessment_detail", pk=finding.assessment_id)
    context = {
        "form": form,
        "heading": "Add an improvement action",
        "parent": finding.assessment,
        "finding": finding,
    }
    return render(request, "inspections/form.html", context)


@GET_POST
@roles_required(REGISTER_READERS)
def action_update(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_object_or_404(
        ImprovementAction.objects.select_related("finding__assessment"), pk=pk
    )
    if not can_update_action(request.user, action):
        raise PermissionDenied
    initial = {"status": action.status, "evidence": action.evidence}
    form = ActionUpdateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.action_update(action=action, actor=request.user, **form.cleaned_data)
        messages.success(request, "Action updated")
        return redirect("inspections:actions")
    context = {
        "form": form,
        "heading": "Update an improvement action",
        "parent": action.finding.assessment,
        "finding": action.finding,
        "action": action,
    }
    return render(request, "inspections/form.html", context)


@require_GET
@roles_required(REGISTER_READERS)
def actions(request: HttpRequest) -> HttpResponse:
    today = date.today()
    rows = ImprovementAction.objects.select_related("owner", "finding__assessment")
    overdue = rows.filter(due__lt=today).exclude(status=ImprovementAction.Status.COMPLETE)
    if request.GET.get("show") == "overdue":
        rows = overdue
    elif request.GET.get("show") == "mine":
        rows = rows.filter(owner=user_of(request))
    return render(
        request,
        "inspections/actions.html",
        {
            "nav": "inspections",
            "actions": rows,
            "overdue_count": overdue.count(),
            "today": today,
            "show": request.GET.get("show", ""),
        },
    )


@require_GET
@roles_required(REGISTER_READERS)
def themes(request: HttpRequest) -> HttpResponse:
    """Findings across every assessment by theme: where the same weakness keeps coming back."""
    findings = list(Finding.objects.select_related("assessment").order_by("-assessment__start"))
    counts = {
        value: {
            "label": label,
            "strengths": sum(
                f.kind == Finding.Kind.STRENGTH for f in findings if value in f.themes
            ),
            "areas": sum(f.kind == Finding.Kind.IMPROVEMENT for f in findings if value in f.themes),
        }
        for value, label in Theme.choices
    }
    chosen = request.GET.get("theme", "")
    context = {
        "nav": "inspections",
        "counts": [dict(value=v, **c) for v, c in counts.items() if c["strengths"] or c["areas"]],
        "chosen": counts.get(chosen, {}).get("label", ""),
        "findings": [f for f in findings if chosen in f.themes] if chosen in counts else [],
    }
    return render(request, "inspections/themes.html", context)
