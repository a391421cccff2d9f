from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

# Pages anyone may reach without signing in.
PUBLIC_PREFIXES = ("/accounts/sign-in/", "/static/", "/healthz", "/favicon.ico")


class LoginRequiredMiddleware:
    """Every page needs a signed-in user unless it is on the short public list.

    Deny by default: a new view cannot leak a child's data by forgetting a decorator.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Public paths first: they never load the session, so a request for the icon or a static
        # file that races a sign-out cannot fail on a session deleted under it.
        if request.path.startswith(PUBLIC_PREFIXES) or request.user.is_authenticated:
            return self.get_response(request)
        login_url = reverse(settings.LOGIN_URL)
        return redirect(f"{login_url}?next={request.path}")
