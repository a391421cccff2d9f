"""Case-file quality pages: themes (shares flagged, by team and quarter), the drill-down list of
documents with CSV export, one document with its flags, and the "check every document" scan.

Who sees what (docs/quality-checks.md, "In the product"): QA officers, senior leaders and
administrators, every child; team managers, social workers and IROs, their visible children;
councillors, the themes figures only; inspectors, only the document pages of granted children.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from careassure.accounts.models import ALL_CHILDREN_ROLES, Role, User
from careassure.audit.services import audit_event_record
from careassure.children.models import CaseDocument, Team
from careassure.quality import exports, selectors, services
from careassure.quality.highlight import highlighted
from careassure.quality.models import ScanRun

PER_PAGE = 50


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _require_themes(user: User) -> None:
    # Inspectors read granted records one at a time; council-wide figures are not theirs.
    if user.role == Role.INSPECTOR and not user.is_superuser:
        raise PermissionDenied


def _require_documents(user: User) -> None:
    # Councillors see aggregates only; inspectors have no list, only granted documents.
    if user.role in {Role.COUNCILLOR, Role.INSPECTOR} and not user.is_superuser:
        raise PermissionDenied


def _may_scan(user: User) -> bool:
    return user.role in ALL_CHILDREN_ROLES or user.is_superuser


def _latest_scan() -> ScanRun | None:
    return ScanRun.objects.select_related("started_by").first()


@require_GET
def themes(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _require_themes(user)
    filters = selectors.DocumentFilters.from_query(request.GET.dict())
    data = selectors.Themes(selectors.aggregate_children(user), kind=filters.kind)
    teams = data.teams()
    team = next((t for t in teams if t.pk == filters.team), None)
    codes = data.codes()
    scope = team.pk if team else None
    headline = [(c, data.share(c, team=scope)) for c in codes]
    quarters = data.quarters()
    context = {
        "nav": "quality",
        "data": data,
        "teams": teams,
        "team": team,
        "kind": filters.kind,
        "kinds": selectors.KIND_LABELS,
        "headline": [
            (c, selectors.TITLES[c], selectors.PHRASES[c], s, _kind_names(c, filters.kind))
            for c, s in headline
        ],
        "by_team": [
            (selectors.TITLES[c], [data.share(c, team=t.pk) for t in teams]) for c in codes
        ],
        "quarters": [selectors.quarter_label(q) for q in quarters],
        "over_time": [
            (selectors.TITLES[c], [data.share(c, team=scope, quarter=q) for q in quarters])
            for c in codes
        ],
        "may_drill": user.role not in {Role.COUNCILLOR, Role.INSPECTOR} or user.is_superuser,
        "may_scan": _may_scan(user),
        "scan": _latest_scan(),
    }
    return render(request, "quality/themes.html", context)


def _kind_names(code: str, kind: str) -> str:
    kinds = [k for k in selectors.RELEVANT_KINDS[code] if not kind or k == kind]
    names = [selectors.KIND_PLURALS[k] for k in kinds]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _filtered(
    request: HttpRequest,
) -> tuple[selectors.DocumentFilters, QuerySet[CaseDocument]]:
    user = _user(request)
    _require_documents(user)
    filters = selectors.DocumentFilters.from_query(request.GET.dict())
    return filters, selectors.documents_flagged(user, filters)


@require_GET
def documents(request: HttpRequest) -> HttpResponse:
    filters, docs = _filtered(request)
    page = Paginator(docs, PER_PAGE).get_page(request.GET.get("page"))
    team = Team.objects.filter(pk=filters.team).first() if filters.team else None
    context = {
        "nav": "quality",
        "filters": filters,
        "code_title": selectors.TITLES.get(filters.code, ""),
        "kind_label": selectors.KIND_LABELS.get(filters.kind, ""),
        "quarter_label": selectors.quarter_label(filters.quarter) if filters.quarter else "",
        "team": team,
        "page": page,
        "query": filters.query(),
    }
    return render(request, "quality/documents.html", context)


@require_GET
def documents_csv(request: HttpRequest) -> HttpResponse:
    _filters, docs = _filtered(request)
    body, rows = exports.documents_csv(docs.prefetch_related("quality_flags"))
    audit_event_record(
        actor=_user(request),
        action="export_quality_documents",
        detail={"filters": request.GET.dict(), "rows": rows},
    )
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="quality-documents-{stamp}.csv"'
    return response


@require_GET
def document(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    if user.role == Role.COUNCILLOR and not user.is_superuser:
        raise PermissionDenied
    doc = selectors.document_for_user(user, pk)
    flags = list(doc.quality_flags.all())
    text = services.checked_text(doc)
    audit_event_record(
        actor=user, action="view_quality_document", child=doc.child, detail={"document": doc.pk}
    )
    context = {
        "nav": "quality",
        "document": doc,
        "check": getattr(doc, "quality_check", None),
        "flags": [(f, selectors.TITLES.get(f.code, f.code)) for f in flags],
        "paragraphs": highlighted(text, flags),
        "current": services.CHECKER_VERSION,
    }
    return render(request, "quality/document.html", context)


@require_POST
def scan(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not _may_scan(user):
        raise PermissionDenied
    run = services.scan_start(actor=user)
    return redirect("quality:scan_status", pk=run.pk)


@require_GET
def scan_status(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    if not _may_scan(user):
        raise PermissionDenied
    run = get_object_or_404(ScanRun.objects.select_related("started_by"), pk=pk)
    context = {"nav": "quality", "scan": run}
    if request.headers.get("HX-Request"):
        return render(request, "quality/_scan.html", context)
    return render(request, "quality/scan.html", context)
