"""The security headers every page carries (docs/access.md, "Security defaults")."""

from __future__ import annotations

import re

from django.urls import reverse


def test_pages_forbid_framing_and_sniffing(client, personas):
    client.force_login(personas.qa_officer)
    response = client.get(reverse("core:home"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_inline_scripts_carry_the_nonce_the_policy_allows(client, personas):
    client.force_login(personas.qa_officer)
    response = client.get(reverse("core:home"))
    policy = response["Content-Security-Policy"]
    nonces = set(re.findall(r'<script[^>]*nonce="([^"]+)"', response.content.decode()))
    assert len(nonces) == 1
    assert f"'nonce-{nonces.pop()}'" in policy


def test_favicon_is_public_and_points_at_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("vendor/assets/images/favicon.ico")
