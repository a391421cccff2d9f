"""Signing in and out: the access log, throttling, safe redirects and the idle session timeout."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from careassure.audit.models import AuditEvent

PASSWORD = "correct horse battery"


def sign_in(client, username: str, password: str = PASSWORD, next_url: str = ""):
    url = reverse("accounts:login") + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": username, "password": password})


def test_signing_in_and_out_is_logged(client, personas):
    user = personas.social_worker
    response = sign_in(client, user.username)
    assert response.status_code == 302 and response["Location"] == reverse("core:home")
    client.post(reverse("accounts:logout"))
    actions = list(AuditEvent.objects.filter(actor=user).values_list("action", flat=True))
    assert sorted(actions) == ["sign_in", "sign_out"]
    assert client.get(reverse("core:home")).status_code == 302


def test_sign_in_returns_to_the_page_asked_for_but_never_off_site(client, personas):
    child_url = reverse("children:detail", args=[personas.child.pk])
    response = sign_in(client, personas.social_worker.username, next_url=child_url)
    assert response["Location"] == child_url
    client.logout()
    response = sign_in(client, personas.social_worker.username, next_url="https://evil.example/")
    assert response["Location"] == reverse("core:home")


def test_a_wrong_password_shows_an_error_summary(client, personas):
    response = sign_in(client, personas.social_worker.username, "wrong")
    assert response.status_code == 200
    assert 'class="govuk-error-summary"' in response.content.decode()


def test_too_many_failures_lock_the_account_even_with_the_right_password(client, personas):
    username = personas.social_worker.username
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        sign_in(client, username, "wrong")
    response = sign_in(client, username)
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert not AuditEvent.objects.filter(action="sign_in").exists()


def test_the_session_ends_after_inactivity(client, personas):
    sign_in(client, personas.social_worker.username)
    client.get(reverse("core:home"))
    assert settings.SESSION_SAVE_EVERY_REQUEST  # each request pushes the expiry forward
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE <= 30 * 60
    assert client.session.get_expire_at_browser_close()
