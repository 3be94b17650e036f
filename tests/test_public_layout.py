"""What every public page carries: quick exit, skip links and shortcuts, emergency
numbers, no third-party requests, no cookies, strict security headers."""

import re

import pytest
from django.conf import settings

from website.models import SiteSettings

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = [
    "/pt-br/",
    "/es/navegue-com-seguranca/",
    "/ht/acessibilidade/",
    "/fr/search/?q=trafic",
    "/en/no-such-page/",
    # Each area's index, as the areas replaced the demo's section pages.
    "/es/onde-pedir-ajuda/",
    "/pt-br/campanhas/",
    "/fr/guia-para-jornalistas/",
    "/ht/capacitacao/",
]


@pytest.fixture(params=PUBLIC_PATHS)
def public_response(request, client):
    return client.get(request.param)


def test_quick_exit_on_every_public_page(public_response):
    html = public_response.content.decode()
    assert re.search(r'<a class="quick-exit" href="[^"]+"[^>]*data-quick-exit', html)
    assert f'href="{settings.QUICK_EXIT_URL}"' in html.replace("&amp;", "&")


def test_skip_links_and_access_keys(public_response):
    html = public_response.content.decode()
    for key, target in [
        ("1", "main-content"),
        ("2", "main-nav"),
        ("3", "search-field"),
        ("4", "footer"),
    ]:
        assert f'href="#{target}" accesskey="{key}"' in html
        assert f'id="{target}"' in html


def test_no_third_party_requests(public_response):
    html = public_response.content.decode()
    # Anything the browser fetches by itself: scripts, styles, images, fonts, frames.
    fetched = re.findall(r'<(?:script|img|iframe|source|video|audio)[^>]+src="([^"]+)"', html)
    fetched += re.findall(r'<link[^>]+href="([^"]+)"', html)
    fetched += re.findall(r"url\(([^)]+)\)", html)
    for url in fetched:
        if url.startswith(("http://", "https://", "//")):
            assert url.startswith("http://testserver/"), url


def test_no_cookies_for_readers(public_response):
    assert not public_response.cookies


def test_csp_on_public_pages(client):
    """base.html's inline script is allowed by its hash; nonces (fresh per response, for
    any page that inlines more) are proven in tests/test_security_headers.py."""
    response = client.get("/pt-br/")
    policy = response["Content-Security-Policy"]
    assert "'sha256-" in policy
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy


def test_security_headers(client):
    response = client.get("/pt-br/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_is_left_out_of_the_public_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    # Its own policy instead (tests/test_security_headers.py): no nonce there.
    assert "nonce-" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("code", ["pt-br", "es", "ht"])
def test_emergency_numbers_from_site_settings_in_the_header(client, code):
    record = SiteSettings.objects.get(locale__language_code=code)
    html = client.get(f"/{code}/").content.decode()
    assert record.emergency_numbers
    for block in record.emergency_numbers:
        assert f'href="tel:{block.value["number"]}"' in html
        assert block.value["label"] in html


def test_editing_site_settings_shows_at_once(client):
    record = SiteSettings.objects.get(locale__language_code="es")
    client.get("/es/")  # fill the cache
    stream = record.emergency_numbers
    stream.append(("number", {"number": "0800 123", "label": "Línea de prueba", "description": ""}))
    record.emergency_numbers = stream
    record.save()
    html = client.get("/es/").content.decode()
    assert "Línea de prueba" in html
    assert 'href="tel:0800123"' in html


def test_footer_links_and_menu(client):
    html = client.get("/en/").content.decode()
    assert 'href="/en/acessibilidade/"' in html
    assert 'href="/en/navegue-com-seguranca/"' in html
    nav = html.split('id="main-nav"')[1].split("</nav>")[0]
    assert 'href="/en/campanhas/"' in nav
    assert "acessibilidade" not in nav


def test_menu_follows_publishing(client, home):
    from tests.factories import content_page

    client.get("/pt-br/")
    page = content_page(home, "Notícias", "noticias", show_in_menus=True)
    assert 'href="/pt-br/noticias/"' in client.get("/pt-br/").content.decode()
    page.unpublish()
    assert 'href="/pt-br/noticias/"' not in client.get("/pt-br/").content.decode()


@pytest.mark.parametrize("slug", ["acessibilidade", "navegue-com-seguranca"])
def test_accessibility_and_safe_browsing_pages_exist(client, slug):
    for code in ["pt-br", "es", "en", "fr", "ht"]:
        assert client.get(f"/{code}/{slug}/").status_code == 200


def test_health(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_health_reports_an_unreachable_cache(client, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["cache"] == "unreachable"


def test_robots_txt(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
