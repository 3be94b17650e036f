"""The whole-page cache for anonymous readers (website/page_cache.py)."""

import base64
import hashlib
import re

import pytest
from csp.middleware import CSPMiddleware
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from website import page_cache

pytestmark = pytest.mark.django_db
URL = "/pt-br/navegue-com-seguranca/"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    # Off in the test settings so query budgets measure real renders; on here.
    settings.PAGE_CACHE_ENABLED = True


def test_second_anonymous_request_is_served_from_the_cache_without_queries(
    client, django_assert_num_queries
):
    first = client.get(URL)
    assert first.status_code == 200
    assert first[page_cache.HIT_HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get(URL)
    assert second.status_code == 200
    assert second[page_cache.HIT_HEADER] == "hit"
    assert second.content == first.content
    # The outer middleware still runs on a cached page: policy and security headers.
    assert "Content-Security-Policy" in second
    assert second["X-Frame-Options"] == "DENY"
    assert "Permissions-Policy" in second


def test_cached_pages_tell_browsers_and_nginx_what_they_may_do(client):
    client.get(URL)
    response = client.get(URL)
    assert response["Cache-Control"] == "public, no-cache"
    assert "Cookie" in response["Vary"]
    assert response["X-Accel-Expires"] == "1"
    assert not response.cookies
    etag = response["ETag"]
    revalidated = client.get(URL, headers={"if-none-match": etag})
    assert revalidated.status_code == 304
    assert revalidated.content == b""


def test_head_is_answered_from_the_cached_get(client):
    full = client.get(URL)
    head = client.head(URL)
    assert head.status_code == 200
    assert head[page_cache.HIT_HEADER] == "hit"
    assert head.content == b""
    assert int(head["Content-Length"]) == len(full.content)


def test_logged_in_readers_never_get_a_cached_page(client, home):
    from tests.factories import UserFactory

    client.get(URL)
    assert client.get(URL)[page_cache.HIT_HEADER] == "hit"
    client.force_login(UserFactory())
    response = client.get(URL)
    assert response.status_code == 200
    assert page_cache.HIT_HEADER not in response
    assert "X-Accel-Expires" not in response


def test_publishing_shows_the_change_on_the_next_request(
    client, section, django_capture_on_commit_callbacks
):
    client.get(URL)
    assert client.get(URL)[page_cache.HIT_HEADER] == "hit"
    marker = "Marcador-de-publicacao-9431"
    with django_capture_on_commit_callbacks(execute=True):
        section.title = marker
        section.save_revision().publish()
    response = client.get(URL)
    assert response[page_cache.HIT_HEADER] == "miss"
    assert marker in response.content.decode()


def test_saving_a_snippet_shown_on_pages_purges_them(client):
    from website.models import SiteSettings

    client.get(URL)
    assert client.get(URL)[page_cache.HIT_HEADER] == "hit"
    settings_record = SiteSettings.objects.first()
    settings_record.save()
    assert client.get(URL)[page_cache.HIT_HEADER] == "miss"


def test_making_a_page_private_takes_it_out_of_the_cache(client, section):
    from wagtail.models import PageViewRestriction

    client.get(URL)
    assert client.get(URL)[page_cache.HIT_HEADER] == "hit"
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="segredo-123"
    )
    response = client.get(URL)
    assert response.get(page_cache.HIT_HEADER) != "hit"
    assert 'type="password"' in response.content.decode()


def test_download_counters_and_renditions_do_not_purge():
    from wagtail.images.models import Rendition

    from campaigns.models import Material

    before = page_cache.generation()
    Material.objects.first().count_download()
    assert page_cache.generation() == before
    assert Rendition not in page_cache.purging_models()
    assert Material in page_cache.purging_models()


@pytest.mark.parametrize(
    "url",
    [
        "/pt-br/search/?q=segredo-pessoal",
        "/pt-br/navegue-com-seguranca/?utm=x",
        "/pt-br/accounts/login/",
        "/admin/login/",
    ],
)
def test_query_strings_accounts_and_admin_are_never_cached(client, url):
    client.get(url)
    response = client.get(url)
    assert response.get(page_cache.HIT_HEADER) != "hit"
    keys = " ".join(_cache_keys())
    assert "segredo" not in keys
    assert not [key for key in keys.split() if ":pages:" in key and "generation" not in key]


def _cache_keys():
    if hasattr(cache, "_cache"):  # the local-memory cache
        return [str(key) for key in cache._cache]
    return [str(key) for key in cache.keys("*")]  # django-redis


def _middleware(view):
    return CSPMiddleware(page_cache.PageCacheMiddleware(view))


def test_a_response_that_sets_a_cookie_is_not_stored():
    def view(request):
        response = HttpResponse("<p>hello</p>")
        response.set_cookie("chosen", "1")
        return response

    handler = _middleware(view)
    for _attempt in range(2):
        request = RequestFactory().get("/pt-br/a-page/")
        request.session = None
        response = handler(request)
        assert page_cache.HIT_HEADER not in response
        assert "X-Accel-Expires" not in response


def test_a_page_with_a_nonce_gets_a_fresh_nonce_each_time_and_stays_out_of_nginx():
    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">go()</script>')

    handler = _middleware(view)
    nonces = []
    for expected in ("miss", "hit"):
        response = handler(RequestFactory().get("/pt-br/with-nonce/"))
        assert response[page_cache.HIT_HEADER] == expected
        body_nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
        assert f"'nonce-{body_nonce}'" in response["Content-Security-Policy"]
        assert "X-Accel-Expires" not in response
        nonces.append(body_nonce)
    assert nonces[0] != nonces[1]
    assert page_cache.NONCE_PLACEHOLDER not in response.content.decode()


def test_the_base_templates_inline_script_is_allowed_by_its_hash(client):
    response = client.get(URL)
    scripts = re.findall(r"<script>(.*?)</script>", response.content.decode(), re.S)
    assert scripts, "the early high-contrast script is inline"
    policy = response["Content-Security-Policy"]
    assert "nonce-" not in policy
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


# --- Derived values: the generation once per request, copies kept near -------------------
def _counting_cache_reads(monkeypatch):
    """The keys the shared cache is asked for, in order."""
    from django.core.cache import caches

    asked = []
    backend = type(caches["default"])
    original = backend.get

    def get(self, key, *args, **kwargs):
        asked.append(key)
        return original(self, key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", get)
    return asked


def test_a_page_reads_the_generation_once_and_its_derived_values_from_process_memory(
    client, settings, monkeypatch
):
    settings.PAGE_CACHE_ENABLED = False  # the rendering itself, as on a cache miss
    assert client.get(URL).status_code == 200  # fills the shared cache and the near copies
    asked = _counting_cache_reads(monkeypatch)
    response = client.get(URL)
    assert response.status_code == 200
    generation_reads = [key for key in asked if key == page_cache.GENERATION_KEY]
    assert generation_reads == [page_cache.GENERATION_KEY]
    derived = [key for key in asked if key.startswith("portal:") and key != generation_reads[0]]
    assert derived == [], "route, header and footer, language links: all kept near"

    # A process that keeps nothing near asks the shared cache for each of them.
    monkeypatch.setattr(page_cache, "_near", page_cache._NearCache(max_bytes=0))
    asked.clear()
    assert client.get(URL).status_code == 200
    kinds = {key.split(":")[1] for key in asked if key.startswith("portal:")}
    assert {"route", "chrome", "translation-urls", "restricted-paths"} <= kinds, asked


def test_a_purge_during_a_request_makes_it_read_the_new_generation():
    token = page_cache._request_scope.set(page_cache._RequestScope())
    try:
        before = page_cache.generation()
        assert page_cache.generation() == before
        page_cache.purge()
        assert page_cache.generation() != before
    finally:
        page_cache._request_scope.reset(token)


def test_a_published_change_reaches_a_process_that_kept_the_old_header(client, home):
    from django.test import override_settings

    from website.models import ContentPage

    with override_settings(PAGE_CACHE_ENABLED=False):
        assert "Nova secao do menu" not in client.get("/pt-br/").content.decode()
        page = ContentPage(title="Nova secao do menu", slug="nova-secao-do-menu")
        page.show_in_menus = True
        home.add_child(instance=page)
        page.save_revision().publish()
        assert "Nova secao do menu" in client.get("/pt-br/").content.decode()


def test_near_copies_are_independent_bounded_and_expire(monkeypatch):
    near = page_cache._NearCache(max_bytes=4000)
    near.set("a", {"rows": [1, 2]}, 60)
    first = near.get("a")
    first["rows"].append(3)
    assert near.get("a") == {"rows": [1, 2]}, "a reader's change stays with that reader"

    near.set("b", "x" * 300, 60)
    for name in "cdefghijklmnop":
        near.get("a")  # used all along: kept
        near.set(name, "y" * 300, 60)
    assert near.size <= 4000
    assert near.get("a") is not None
    assert near.get("b") is None, "the least recently used goes first"
    near.set("huge", "z" * 1000, 60)
    assert near.get("huge") is None, "an entry bigger than an eighth of the room is not kept"

    clock = [1000.0]
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: clock[0])
    near.set("soon", 1, 5)
    assert near.get("soon") == 1
    clock[0] += 6
    assert near.get("soon") is None
    assert "soon" not in near.entries
