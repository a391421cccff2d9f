"""The children's pages: the list (with search, filters and export), a child's record, teams and
caseloads, and inspector grants. Every read goes through `children_visible_to` or `child_for_user`.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from careassure.accounts.models import TEAM_ROLES, InspectorGrant, Role, User
from careassure.accounts.services import inspector_grant_give
from careassure.audit.services import audit_event_record
from careassure.children import exports
from careassure.children.forms import (
    SEARCH_SESSION_KEY,
    ChildFilterForm,
    InspectorGrantForm,
    SearchForm,
)
from careassure.children.models import Allocation, Team, Worker
from careassure.children.record import child_record
from careassure.children.selectors import child_for_user, children_visible_to
from careassure.core.http import AuthedRequest
from careassure.core.tasks import Task, register
from careassure.quality.selectors import flags_for_child

PAGE_SIZE = 25
FILTER_KEYS = ("team", "legal_status", "placement", "age", "status", "sort")
EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", exports.children_csv),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        exports.children_xlsx,
    ),
}
# Councillors see figures, never a child's record (docs/access.md).
NO_RECORDS = {Role.COUNCILLOR}
# Inspectors read granted records in careassure; they take no data away.
NO_EXPORTS = {Role.COUNCILLOR, Role.INSPECTOR}


def _require_records(user: User) -> None:
    if user.role in NO_RECORDS:
        raise PermissionDenied


def _filtered(request: AuthedRequest) -> tuple[ChildFilterForm, str]:
    form = ChildFilterForm(request.GET, visible=children_visible_to(request.user))
    return form, request.session.get(SEARCH_SESSION_KEY, "")


@require_GET
def child_list(request: AuthedRequest) -> HttpResponse:
    _require_records(request.user)
    form, search = _filtered(request)
    page = Paginator(form.filtered(search), PAGE_SIZE).get_page(request.GET.get("page"))
    query = urlencode(form.applied())
    return render(
        request,
        "children/list.html",
        {
            "nav": "children",
            "form": form,
            "search": search,
            "page": page,
            "query": query,
            "today": timezone.localdate(),
            "can_export": request.user.role not in NO_EXPORTS,
        },
    )


@require_POST
def child_search(request: AuthedRequest) -> HttpResponse:
    """Keep the search term in the session, never in a URL, then show the list."""
    _require_records(request.user)
    form = SearchForm(request.POST)
    term = form.cleaned_data["q"].strip() if form.is_valid() else ""
    request.session[SEARCH_SESSION_KEY] = term
    kept = {k: request.POST[k] for k in FILTER_KEYS if request.POST.get(k)}
    return redirect(reverse("children:list") + (f"?{urlencode(kept)}" if kept else ""))


@require_GET
def child_export(request: AuthedRequest, fmt: str) -> HttpResponse:
    if fmt not in EXPORT_TYPES:
        raise Http404("No such export format")
    if request.user.role in NO_EXPORTS:
        raise PermissionDenied
    form, search = _filtered(request)
    content_type, build = EXPORT_TYPES[fmt]
    body, count = build(form.filtered(search), timezone.localdate())
    audit_event_record(
        actor=request.user,
        action="export_children",
        detail={"format": fmt, "rows": count, "filter": form.applied(), "search": search},
    )
    response = HttpResponse(body, content_type=content_type)
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="children-{stamp}.{fmt}"'
    return response


@require_GET
def child_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    child = child_for_user(request.user, pk)
    audit_event_record(actor=request.user, action="view_child", child=child)
    return render(
        request,
        "children/detail.html",
        {
            "nav": "children",
            "record": child_record(child),
            "child": child,
            "quality_flags": flags_for_child(child),
            "today": timezone.localdate(),
        },
    )


def teams_visible_to(user: User):
    """All teams for roles that see every child; otherwise the person's own team."""
    if user.sees_all_children:
        return Team.objects.all()
    if (user.role in TEAM_ROLES or user.role == Role.IRO) and user.worker is not None:
        return Team.objects.filter(workers=user.worker)
    raise PermissionDenied


def _open_allocations() -> Q:
    return Q(allocations__end__isnull=True)


@require_GET
def team_list(request: AuthedRequest) -> HttpResponse:
    teams = teams_visible_to(request.user).annotate(
        allocated=Count("workers__allocations", filter=Q(workers__allocations__end__isnull=True)),
        worker_count=Count("workers", distinct=True),
    )
    return render(request, "children/teams.html", {"nav": "teams", "teams": teams})


@require_GET
def team_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    team = get_object_or_404(teams_visible_to(request.user), pk=pk)
    workers = Worker.objects.filter(team=team).annotate(
        caseload=Count("allocations", filter=_open_allocations())
    )
    return render(
        request, "children/team_detail.html", {"nav": "teams", "team": team, "workers": workers}
    )


@require_http_methods(["GET", "POST"])
def grant_create(request: AuthedRequest, pk: int) -> HttpResponse:
    if not request.user.is_administrator:
        raise PermissionDenied
    child = child_for_user(request.user, pk)
    form = InspectorGrantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        grant = inspector_grant_give(
            child=child,
            inspector=form.cleaned_data["inspector"],
            expires_at=form.cleaned_data["expires_at"],
            actor=request.user,
        )
        messages.success(
            request,
            f"{grant.inspector.display_name} may see this record until "
            f"{timezone.localtime(grant.expires_at):%d/%m/%Y %H:%M}.",
        )
        return redirect("children:detail", pk=child.pk)
    grants = InspectorGrant.objects.filter(child=child).select_related("inspector")
    return render(
        request,
        "children/grant.html",
        {"nav": "children", "child": child, "form": form, "grants": grants},
    )


@register
def allocated_children_task(user: User) -> list[Task]:
    worker = user.worker
    if worker is None:
        return []
    count = Allocation.objects.filter(worker=worker, end__isnull=True).count()
    if not count:
        return []
    plural = "child" if count == 1 else "children"
    team = Team.objects.get(workers=worker)
    url = reverse("children:team_detail", kwargs={"pk": team.pk})
    return [Task(f"You have {count} {plural} allocated to you", url)]
