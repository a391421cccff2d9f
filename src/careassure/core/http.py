"""Request types for views.

Every view but sign-in sits behind LoginRequiredMiddleware, so `request.user` is a signed-in
`User`; annotating views with `AuthedRequest` says so to the type checker (the pattern django-stubs
documents) instead of scattering `type: ignore` over role checks.
"""

from __future__ import annotations

from django.http import HttpRequest

from careassure.accounts.models import User


class AuthedRequest(HttpRequest):
    user: User  # type: ignore[assignment]
