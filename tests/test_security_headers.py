"""The headers every response carries: a nonce-based CSP on public pages, the admin's
own policy, HSTS under production settings, and the rest of the safe defaults."""

import base64
import hashlib
import os
import re
import subprocess
import sys

import pytest
from django.test import override_settings

from tests.test_settings import ROOT, SERVICE_VARIABLES

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/pt-br/", "/es/onde-pedir-ajuda/", "/en/search/?q=help", "/ht/capacitacao/"]


def directives(policy):
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_run_no_inline_script_the_policy_does_not_name(client, path):
    """base.html's one inline script is allowed by its hash (cached pages are the same for
    everyone); any other inline script must carry the request's nonce."""
    response = client.get(path)
    header = response["Content-Security-Policy"]
    policy = directives(header)
    html = response.content.decode()
    nonce = re.search(r"'nonce-([^']+)'", header)
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S)
    assert inline
    for attributes, body in inline:
        if "application/json" in attributes or "application/ld+json" in attributes:
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        allowed_by_hash = f"'sha256-{digest}'" in policy["script-src"]
        allowed_by_nonce = nonce is not None and f'nonce="{nonce.group(1)}"' in attributes
        assert allowed_by_hash or allowed_by_nonce, attributes + body[:60]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in header
    assert "'unsafe-eval'" not in header


def test_a_template_that_inlines_gets_a_fresh_nonce_matching_the_header(rf):
    """The nonce machinery every public page has at hand: a template that writes
    nonce="{{ request.csp_nonce }}" gets that very nonce in the header, new each time."""
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse
    from django.template import engines

    template = engines["django"].from_string(
        '<script nonce="{{ request.csp_nonce }}">document.title = "x";</script>'
    )

    def view(request):
        return HttpResponse(template.render({}, request))

    nonces = []
    for _attempt in range(2):
        request = rf.get("/pt-br/")
        response = CSPMiddleware(view)(request)
        nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        assert f'nonce="{nonce}"' in response.content.decode()
        assert f"'nonce-{nonce}'" in directives(response["Content-Security-Policy"])["script-src"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


@pytest.mark.parametrize("path", [*PUBLIC_PATHS, "/admin/login/"])
def test_the_safe_defaults(client, path):
    response = client.get(path)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ["camera=()", "microphone=()", "payment=()", "interest-cohort=()"]:
        assert feature in permissions


@override_settings(
    SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, SECURE_HSTS_PRELOAD=True
)
def test_hsts_on_https(client):
    response = client.get("/pt-br/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    # Never over plain HTTP, where it means nothing.
    assert "Strict-Transport-Security" not in client.get("/pt-br/")


def test_the_admin_has_its_own_policy(admin_client, home):
    for path in ["/admin/", f"/admin/pages/{home.pk}/edit/", "/admin/login/"]:
        response = admin_client.get(path)
        assert response["X-Frame-Options"] == "DENY"
        policy = directives(response["Content-Security-Policy"])
        assert policy["default-src"] == ["'self'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["form-action"] == ["'self'"]
        # Wagtail writes inline scripts without nonces: 'unsafe-inline', but nothing
        # from anywhere else and no eval.
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
        assert not [source for values in policy.values() for source in values if "//" in source]


def test_the_admin_names_no_other_site_for_avatars(admin_client, admin_user):
    # Wagtail's default avatar is an image on gravatar.com named by the e-mail's hash.
    assert admin_user.email
    page = admin_client.get("/admin/").content.decode()
    assert "gravatar" not in page
    assert not re.search(r'<img[^>]+src="(?:https?:)?//', page)


def test_the_preview_may_be_framed_by_the_admin_only(admin_client, home):
    response = admin_client.get(f"/admin/pages/{home.pk}/edit/preview/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_two_factor_pages_are_covered(client):
    response = client.get("/admin/2fa/setup/")
    assert response.status_code == 302  # anonymous: to the login
    assert "Content-Security-Policy" in response


def test_check_deploy_with_production_settings_is_clean():
    # The browser tests' harness allows async-unsafe ORM calls in this test process;
    # a deployment never has that variable, and check --deploy rightly warns about it.
    left_out = {*SERVICE_VARIABLES, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in left_out}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY="x" * 30 + "-production-like-secret-for-the-check-" + "y" * 20,
        ALLOWED_HOSTS="portal.example.gov.br",
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
