"""The reference data page: what DfE's rules read besides the return, and uploading Ofsted's lists.

Everyone who opens the validation pages sees what is held; those who may validate a year again
(QA officers, senior leaders, administrators) upload new provider lists.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from careassure.accounts.models import User
from careassure.validation.forms import ProviderListForm
from careassure.validation.models import ProviderList
from careassure.validation.reference import provider_lists_replace
from careassure.validation.views import _may_revalidate, _require_access
from ssda903.reference import postcodes


@require_http_methods(["GET", "POST"])
def reference(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    _require_access(user)
    may_upload = _may_revalidate(user)
    if request.method == "POST" and not may_upload:
        raise PermissionDenied
    form = ProviderListForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            count = provider_lists_replace(uploads=form.cleaned_data["lists"], actor=user)
        except ValueError as exc:
            form.add_error("lists", str(exc))
        else:
            messages.success(
                request,
                f"Ofsted's provider lists replaced: {count} providers. "
                "Validate a year again to check its placements against them.",
            )
            return redirect("validation:reference")
    context = {
        "nav": "validation",
        "form": form,
        "may_upload": may_upload,
        "la_code": settings.LA_CODE,
        "lists": ProviderList.objects.select_related("uploaded_by").defer("content"),
        "postcodes_version": _postcodes_version(),
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "validation/reference.html", context, status=status)


def _postcodes_version() -> str | None:
    # From the installed distribution's metadata: importing the package would import pandas.
    try:
        return postcodes.version()
    except PackageNotFoundError:
        return None
