"""Scrutiny Board reports: create a draft, read it, edit it paragraph by paragraph, see its
history, and export it as Word or PDF."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from careassure.inspections import services
from careassure.inspections.drafting import draft_scrutiny_report
from careassure.inspections.forms import FrontSheetForm, ParagraphForm, ReportCreateForm
from careassure.inspections.identification import report_mentions
from careassure.inspections.models import Assessment, ReportVersion, ScrutinyReport
from careassure.inspections.permissions import (
    REPORT_CREATORS,
    REPORT_READERS,
    can_edit_report,
    roles_required,
    user_of,
)
from careassure.reports.document import Document
from careassure.reports.pdf import render_pdf
from careassure.reports.word import render_docx

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _report_for_author(request: HttpRequest, pk: int) -> ScrutinyReport:
    report = get_object_or_404(ScrutinyReport, pk=pk)
    if not can_edit_report(request.user, report):
        raise PermissionDenied
    return report


@require_GET
@roles_required(REPORT_READERS)
def report_list(request: HttpRequest) -> HttpResponse:
    reports = ScrutinyReport.objects.prefetch_related("authors")
    return render(
        request,
        "inspections/report_list.html",
        {
            "nav": "reports",
            "reports": reports,
            "can_create": user_of(request).role in REPORT_CREATORS,
        },
    )


@require_http_methods(["GET", "POST"])
@roles_required(REPORT_CREATORS)
def report_create(request: HttpRequest) -> HttpResponse:
    form = ReportCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        document = draft_scrutiny_report(
            assessments=list(data["assessments"]),
            period_from=data["period_from"],
            period_to=data["period_to"],
            council=settings.COUNCIL_NAME,
            report_date=data["report_date"],
            previous=_previous_graded(data["period_from"]),
        )
        report = services.report_create(
            actor=request.user,
            title=data["title"],
            period_from=data["period_from"],
            period_to=data["period_to"],
            assessments=data["assessments"],
            document=document,
            authors=data["co_authors"],
        )
        messages.success(request, "Draft report created: check and edit each paragraph")
        return redirect("inspections:report_edit", pk=report.pk)
    return render(
        request, "inspections/form.html", {"form": form, "heading": "Draft a Scrutiny Board report"}
    )


def _previous_graded(before) -> Assessment | None:
    ofsted = Q(kind__in=[Assessment.Kind.ILACS_STANDARD, Assessment.Kind.ILACS_SHORT])
    return Assessment.objects.filter(ofsted, graded=True, end__lt=before).order_by("-end").first()


def _version(report: ScrutinyReport, number: int | None = None) -> ReportVersion:
    versions = report.versions.all()
    version = (
        versions.filter(number=number).first() if number else versions.order_by("-number").first()
    )
    if version is None:
        raise Http404("No such version")
    return version


@require_GET
@roles_required(REPORT_READERS)
def report_detail(request: HttpRequest, pk: int, number: int | None = None) -> HttpResponse:
    report = get_object_or_404(ScrutinyReport, pk=pk)
    version = _version(report, number)
    latest = _version(report)
    context = {
        "nav": "reports",
        "report": report,
        "version": version,
        "is_latest": version.number == latest.number,
        # A version asked for by number says so in its title, even when it is the latest.
        "by_number": number is not None,
        "document": Document.from_json(version.content),
        "can_edit": can_edit_report(request.user, report),
    }
    return render(request, "inspections/report_detail.html", context)


@require_GET
@roles_required(REPORT_READERS)
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for_author(request, pk)
    version = _version(report)
    document = Document.from_json(version.content)
    context = {
        "nav": "reports",
        "report": report,
        "version": version,
        "document": document,
        "mentions": report_mentions(document),
    }
    return render(request, "inspections/report_edit.html", context)


@require_http_methods(["GET", "POST"])
@roles_required(REPORT_READERS)
def report_paragraph(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    report = _report_for_author(request, pk)
    document = Document.from_json(_version(report).content)
    try:
        paragraph = document.paragraph(key)
    except KeyError:
        raise Http404("No such paragraph") from None
    initial = {"text": paragraph.text, "bullets": "\n".join(paragraph.bullets)}
    # Ids carry the key so two paragraphs open at once (htmx) never share an id.
    form = ParagraphForm(request.POST or None, initial=initial, auto_id=f"{key}-%s")
    htmx = request.headers.get("HX-Request") == "true"
    if request.method == "POST" and form.is_valid():
        version = services.report_paragraph_update(
            report=report,
            actor=request.user,
            key=key,
            text=form.cleaned_data["text"],
            bullets=form.bullet_list(),
        )
        if htmx:
            # The saved paragraph in place, and the warnings refreshed out of band.
            document = Document.from_json(version.content)
            context = {
                "report": report,
                "paragraph": document.paragraph(key),
                "mentions": report_mentions(document),
                "saved": version.number,
            }
            return render(request, "inspections/_paragraph_saved.html", context)
        messages.success(request, f"Paragraph {paragraph.number} saved as version {version.number}")
        return redirect(reverse("inspections:report_edit", kwargs={"pk": pk}) + f"#para-{key}")
    template = "inspections/_paragraph_form.html" if htmx else "inspections/report_paragraph.html"
    context = {"nav": "reports", "report": report, "paragraph": paragraph, "form": form}
    return render(request, template, context)


@require_http_methods(["GET", "POST"])
@roles_required(REPORT_READERS)
def report_front_sheet(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for_author(request, pk)
    front = Document.from_json(_version(report).content).front
    form = FrontSheetForm(request.POST or None, initial=vars(front))
    if request.method == "POST" and form.is_valid():
        version = services.report_front_sheet_update(
            report=report, actor=request.user, **form.cleaned_data
        )
        messages.success(request, f"Front sheet saved as version {version.number}")
        return redirect("inspections:report_edit", pk=pk)
    context = {"nav": "reports", "form": form, "heading": "Edit the front sheet", "report": report}
    return render(request, "inspections/report_front_sheet.html", context)


@require_GET
@roles_required(REPORT_READERS)
def report_history(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(ScrutinyReport, pk=pk)
    versions = report.versions.select_related("saved_by").order_by("-number")
    return render(
        request,
        "inspections/report_history.html",
        {"nav": "reports", "report": report, "versions": versions},
    )


@require_GET
@roles_required(REPORT_READERS)
def report_download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404("No such format")
    report = get_object_or_404(ScrutinyReport, pk=pk)
    version = _version(report)
    document = Document.from_json(version.content)
    mentions = report_mentions(document)
    if mentions and request.GET.get("confirm") != "yes":
        context = {"nav": "reports", "report": report, "mentions": mentions, "fmt": fmt}
        return render(request, "inspections/report_warning.html", context)
    services.report_export_record(
        report=report, actor=request.user, fmt=fmt, version=version.number, warnings=len(mentions)
    )
    if fmt == "docx":
        content = render_docx(document)
    else:
        content = render_pdf(document, council=settings.COUNCIL_NAME)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = (
        f'attachment; filename="scrutiny-report-{report.pk}-v{version.number}.{fmt}"'
    )
    return response
