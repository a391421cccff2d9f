"""The access log pages: who looked at, exported, imported or changed what. Administrators only."""

from __future__ import annotations

import csv
import io
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from careassure.audit.forms import AccessLogFilterForm
from careassure.audit.models import AuditEvent
from careassure.audit.services import audit_event_record
from careassure.core.http import AuthedRequest

PAGE_SIZE = 50
CSV_HEADERS = ["When", "Username", "Action", "Child careassure id", "903 CHILD id", "Detail"]


def _require_administrator(request: AuthedRequest) -> None:
    if not request.user.is_administrator:
        raise PermissionDenied


@require_GET
def event_list(request: AuthedRequest) -> HttpResponse:
    _require_administrator(request)
    form = AccessLogFilterForm(request.GET or None)
    events = form.filtered() if request.GET else AuditEvent.objects.select_related("actor")
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = urlencode(form.applied())
    context = {"nav": "audit", "form": form, "page": page, "query": query}
    return render(request, "audit/list.html", context)


def _csv_row(event: AuditEvent) -> list[str]:
    return [
        timezone.localtime(event.at).isoformat(timespec="seconds"),
        event.actor.username if event.actor else "",
        event.action,
        "" if event.child_pk is None else str(event.child_pk),
        event.child_code,
        str(event.detail) if event.detail else "",
    ]


@require_GET
def event_export(request: AuthedRequest) -> HttpResponse:
    _require_administrator(request)
    form = AccessLogFilterForm(request.GET or None)
    events = form.filtered() if request.GET else AuditEvent.objects.select_related("actor")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    count = 0
    for event in events.iterator(chunk_size=2000):
        writer.writerow(_csv_row(event))
        count += 1
    # Logged after the rows are read, so the export does not list itself.
    audit_event_record(
        actor=request.user,
        action="export_access_log",
        detail={"rows": count, "filter": form.applied()},
    )
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode(), content_type="text/csv")
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="access-log-{stamp}.csv"'
    return response
