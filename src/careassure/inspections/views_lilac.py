"""LILAC pages: the seven standards, the self-assessment and external result by year, evidence."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from careassure.inspections import services
from careassure.inspections.forms import LilacEvidenceForm, LilacRatingForm
from careassure.inspections.models import LilacRating, LilacStandard
from careassure.inspections.permissions import (
    REGISTER_READERS,
    REGISTER_WRITERS,
    can_write_register,
    roles_required,
)


@require_GET
@roles_required(REGISTER_READERS)
def lilac(request: HttpRequest) -> HttpResponse:
    standards = list(LilacStandard.objects.all())
    ratings = LilacRating.objects.select_related("standard").prefetch_related("evidence")
    years = sorted({r.year for r in ratings}, reverse=True)
    by_key = {(r.standard_id, r.year): r for r in ratings}
    history = [
        {"standard": s, "cells": [by_key.get((s.pk, year)) for year in years]} for s in standards
    ]
    met = {
        year: sum(1 for r in ratings if r.year == year and r.external_rating == "met")
        for year in years
    }
    context = {
        "nav": "inspections",
        "standards": standards,
        "years": years,
        "history": history,
        "met": [met[y] for y in years],
        "can_write": can_write_register(request.user),
    }
    return render(request, "inspections/lilac.html", context)


@require_http_methods(["GET", "POST"])
@roles_required(REGISTER_WRITERS)
def lilac_record(request: HttpRequest) -> HttpResponse:
    form = LilacRatingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        rating = services.lilac_rating_record(actor=request.user, **form.cleaned_data)
        messages.success(request, f"{rating.standard} for {rating.year} recorded")
        return redirect("inspections:lilac_rating", pk=rating.pk)
    return render(
        request, "inspections/form.html", {"form": form, "heading": "Record a LILAC rating"}
    )


@require_http_methods(["GET", "POST"])
@roles_required(REGISTER_READERS)
def lilac_rating(request: HttpRequest, pk: int) -> HttpResponse:
    rating = get_object_or_404(LilacRating.objects.select_related("standard", "assessment"), pk=pk)
    can_write = can_write_register(request.user)
    form = LilacEvidenceForm(request.POST or None) if can_write else None
    if request.method == "POST":
        if form is None:
            return HttpResponse(status=403)
        if form.is_valid():
            data = form.cleaned_data
            services.lilac_evidence_add(
                rating=rating,
                actor=request.user,
                kind=data["kind"],
                description=data["description"],
                when=data["date"],
            )
            messages.success(request, "Evidence added")
            return redirect("inspections:lilac_rating", pk=pk)
    context = {"nav": "inspections", "rating": rating, "form": form, "can_write": can_write}
    return render(request, "inspections/lilac_rating.html", context)
