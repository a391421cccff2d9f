"""Sign-in throttling: too many failures for a username or an address lock it for a while."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from careassure.accounts.models import LoginFailure


def _window_start():
    return timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)


def is_locked(*, username: str, address: str | None) -> bool:
    match = Q(username=username.lower())
    if address:
        match |= Q(address=address)
    recent = LoginFailure.objects.filter(match, at__gte=_window_start())
    return recent.count() >= settings.LOGIN_FAILURE_LIMIT


def record_failure(*, username: str, address: str | None) -> None:
    LoginFailure.objects.create(username=username.lower(), address=address)


def clear_failures(*, username: str) -> None:
    LoginFailure.objects.filter(username=username.lower()).delete()
