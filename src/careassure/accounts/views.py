from __future__ import annotations

from django.contrib import auth
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from careassure.accounts import throttle
from careassure.audit.services import audit_event_record

LOCKED_MESSAGE = (
    "Too many failed sign-in attempts. Wait 15 minutes and try again, or ask an administrator "
    "to reset your password."
)


def _client_address(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = AuthenticationForm(request, data=request.POST or None)
    locked = False
    if request.method == "POST":
        username = request.POST.get("username", "")
        address = _client_address(request)
        if throttle.is_locked(username=username, address=address):
            locked = True
            form = AuthenticationForm(request)
        elif form.is_valid():
            user = form.get_user()
            auth.login(request, user)
            throttle.clear_failures(username=username)
            audit_event_record(actor=user, action="sign_in", detail={})
            target = request.POST.get("next") or request.GET.get("next") or ""
            if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
                target = ""
            return redirect(target or "core:home")
        else:
            throttle.record_failure(username=username, address=address)
    return render(
        request,
        "accounts/sign_in.html",
        {
            "form": form,
            "locked_message": LOCKED_MESSAGE if locked else None,
            "next": request.GET.get("next", ""),
        },
        status=429 if locked else 200,
    )


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        audit_event_record(actor=request.user, action="sign_out", detail={})
    auth.logout(request)
    return redirect("accounts:login")
