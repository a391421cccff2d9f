"""The 903 validation pages: stored years, a year's findings (with exports), and checking files
without importing them.

Who sees what (docs/access.md, docs/validation.md "In the product"): everyone but councillors and
inspectors opens these pages; findings are named only for children the reader may see.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

import ssda903
from careassure.accounts.models import ALL_CHILDREN_ROLES, Role, User
from careassure.audit.services import audit_event_record
from careassure.children.models import ReturnYear
from careassure.validation import selectors, services
from careassure.validation.exports import EXPORT_TYPES
from careassure.validation.forms import CheckUploadForm
from careassure.validation.reference import not_run_labels
from ssda903.validation import Finding

# Councillors see figures, never findings about children; inspectors read granted records only.
NO_ACCESS = {Role.COUNCILLOR, Role.INSPECTOR}
GROUPS_PER_PAGE = 25
CHECK_GROUPS_SHOWN = 50


def _require_access(user: User) -> None:
    if user.role in NO_ACCESS and not user.is_superuser:
        raise PermissionDenied


def _may_revalidate(user: User) -> bool:
    return user.role in ALL_CHILDREN_ROLES or user.is_superuser


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    _require_access(request.user)  # type: ignore[arg-type]
    return render(
        request,
        "validation/index.html",
        {"nav": "validation", "years": selectors.stored_years()},
    )


@require_GET
def year(request: HttpRequest, year: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    _require_access(user)
    return_year = get_object_or_404(ReturnYear, year=year)
    vrun = services.validation_run_current(year=year, actor=user)
    findings = services.run_findings(vrun)
    sort = request.GET.get("sort", "count")
    sort = sort if sort in selectors.SORTS else "count"
    grouped = selectors.findings_by_child(findings, user)
    page = Paginator(grouped.groups, GROUPS_PER_PAGE).get_page(request.GET.get("page"))
    groups = [(g, [selectors.shown(year, f) for f in g.findings]) for g in page.object_list]
    return render(
        request,
        "validation/year.html",
        {
            "nav": "validation",
            "return_year": return_year,
            "run": vrun,
            "summary": selectors.rule_summary(findings, sort),
            "sort": sort,
            "sorts": selectors.SORTS,
            "grouped": grouped,
            "page": page,
            "groups": groups,
            "query": urlencode({"sort": sort}),
            "may_revalidate": _may_revalidate(user),
            "export_count": len(grouped.shown_findings),
            "not_run": not_run_labels(vrun.not_run),
        },
    )


@require_POST
def revalidate(request: HttpRequest, year: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    _require_access(user)
    if not _may_revalidate(user):
        raise PermissionDenied
    get_object_or_404(ReturnYear, year=year)
    vrun = services.validation_run_for_year(year=year, actor=user)
    messages.success(request, f"Validated again: {vrun.finding_count} error(s) found.")
    return redirect("validation:year", year=year)


@require_GET
def export(request: HttpRequest, year: int, fmt: str) -> HttpResponse:
    """All the findings the reader may see (every finding, for those who see every child)."""
    user: User = request.user  # type: ignore[assignment]
    _require_access(user)
    if fmt not in EXPORT_TYPES:
        raise Http404("No such export format")
    get_object_or_404(ReturnYear, year=year)
    vrun = services.validation_run_current(year=year, actor=user)
    grouped = selectors.findings_by_child(services.run_findings(vrun), user)
    return _download(user, year, fmt, grouped.shown_findings, {"run": vrun.pk})


def _download(
    user: User, year: int, fmt: str, findings: list[Finding], detail: dict[str, object]
) -> HttpResponse:
    """The findings as a file, recorded in the access log with the row count."""
    content_type, build = EXPORT_TYPES[fmt]
    body, count = build(year, findings)
    audit_event_record(
        actor=user,
        action="export_903_validation",
        detail={"year": year, "format": fmt, "rows": count, **detail},
    )
    response = HttpResponse(body, content_type=content_type)
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    filename = f"903-errors-{year}-{stamp}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_http_methods(["GET", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    """Validate uploaded files without importing them; the files are deleted straight after."""
    user: User = request.user  # type: ignore[assignment]
    _require_access(user)
    form = CheckUploadForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"nav": "validation", "form": form}
    if request.method == "POST" and form.is_valid():
        try:
            result = services.upload_check(
                uploads=form.cleaned_data["uploads"],
                year=form.cleaned_data["year"],
                actor=user,
            )
        except ssda903.ReadError as exc:
            form.add_error("uploads", str(exc))
        else:
            output = form.cleaned_data["output"]
            if output in EXPORT_TYPES:
                detail = {"files": result.files, "uploaded": True}
                return _download(user, result.year, output, result.findings, detail)
            grouped = selectors.findings_by_child(result.findings, user, uploaded=True)
            # A badly broken return can make tens of thousands of errors: the page shows the
            # first children's, the summary counts all, and a download has every one.
            first = grouped.groups[:CHECK_GROUPS_SHOWN]
            context |= {
                "result": result,
                "summary": selectors.rule_summary(result.findings),
                "groups": [
                    (g, [selectors.shown(result.year, f) for f in g.findings]) for g in first
                ],
                "groups_not_shown": len(grouped.groups) - len(first),
                "not_run": not_run_labels(result.not_run),
            }
            return render(request, "validation/check.html", context)
    status = 400 if request.method == "POST" else 200
    return render(request, "validation/check.html", context, status=status)
