"""Whole-page cache for anonymous readers.

A public page read by someone without a session is the same for every such reader, so
its full response is kept in the cache and served again without touching the database.
Anything that may be personal is never stored:

- only GET and HEAD requests without a query string (search terms, directory filters
  near the reader's location and e-mail confirmation keys all travel in query strings:
  they never reach a cache key, a cache entry or nginx's cache files);
- only requests that carry no session or messages cookie and no Authorization header
  (editors, trainees and anyone who just saw a message get fresh pages);
- never under the admin, accounts, the trainee area, documents and downloads
  (``PAGE_CACHE_EXCLUDED_PREFIXES``);
- only 200 responses that are not streamed, set no cookie, did not ask for a CSRF token
  or write the session, and did not say ``Cache-Control: private/no-cache/no-store``.

Keys hold the scheme, host, language and a hash of the path, under a generation number.
Publishing, unpublishing, moving or deleting a page, or saving any snippet, setting,
image or document (what pages show besides their own fields) bumps the generation, so
every page is rendered afresh; entries also expire after ``PAGE_CACHE_SECONDS`` so
what a page computes from the clock ("open now", "running") is at most that old.

Content Security Policy: the base template has no nonce (its one inline script is
allowed by hash), so most cached pages carry the same policy for everyone. A page that
does use ``request.csp_nonce`` is stored with a placeholder in place of its nonce and
gets a fresh nonce, in body and header, each time it is served; it is never handed to
nginx's micro-cache, which could not do that.

Responses this cache may share carry ``X-Accel-Expires`` for nginx's micro-cache
(deploy/nginx/cache.conf; nginx strips the header), an ETag so a returning phone gets a
304 instead of the page again, ``Cache-Control: public, no-cache`` (browsers keep the
page but ask first) and ``Vary: Cookie``.

Several worker processes need a shared cache (Redis, ``REDIS_URL``): with the local
memory cache each process would keep its own generation number.
"""

import contextvars
import hashlib
import pickle
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags

GENERATION_KEY = "portal:pages:generation"
NONCE_PLACEHOLDER = "portal-nonce-placeholder-7f3a"
HIT_HEADER = "X-Page-Cache"
# Headers of the rendered response that are kept with it; the outer middleware
# (sessions, CSRF, CSP, security) adds its own on every response, cached or not.
SKIPPED_HEADERS = {"set-cookie", "content-length", HIT_HEADER.lower()}
CSP_ATTRIBUTES = ("_csp_update", "_csp_replace", "_csp_config")


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 60)


class _RequestScope:
    """What one request has read of the cache once and for all: the generation."""

    __slots__ = ("generation",)

    def __init__(self):
        self.generation = None


# Set by the middleware around each request; None outside requests (commands, tasks),
# where every call reads the cache again.
_request_scope = contextvars.ContextVar("portal_page_cache_scope", default=None)


def _read_generation():
    value = _cache().get(GENERATION_KEY)
    if value is None:
        # A random start: a cache flushed and refilled never meets old entries again.
        value = secrets.randbelow(1_000_000_000)
        _cache().add(GENERATION_KEY, value, None)
        value = _cache().get(GENERATION_KEY, value)
    return value


def generation():
    """The current generation, read once per request: the page cache's key, routing,
    language links, the header and footer and other derived values of one page then
    agree, and cost one cache read between them. A purge during the request makes the
    next call read it again."""
    scope = _request_scope.get()
    if scope is None:
        return _read_generation()
    if scope.generation is None:
        scope.generation = _read_generation()
    return scope.generation


def derived_key(name, *parts):
    """The cache key of a value derived from the content (a route, a page's language
    links, a directory answer): it changes with every purge, so nothing stale is read."""
    return ":".join(["portal", name, str(generation()), *(str(part) for part in parts)])


class _NearCache:
    """Derived values kept in this process too, in front of the shared cache.

    A derived key names its generation, so what it holds never changes: a process may
    keep its own copy until the entry expires, and skip a round trip to Redis for each
    of the eight or so derived values a page reads. Copies are kept pickled, so no two
    requests share a mutable object (as with Redis), and the total is bounded in bytes,
    the least recently used going first."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.entries = OrderedDict()  # key -> (expires, pickled)
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry[0] <= time.monotonic():
                self._drop(key)
                return None
            self.entries.move_to_end(key)
            pickled = entry[1]
        return pickle.loads(pickled)  # noqa: S301 (written by this process only)

    def set(self, key, value, timeout):
        pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(pickled) > self.max_bytes // 8:
            return  # a huge answer would push out everything else
        with self.lock:
            if key in self.entries:
                self._drop(key)
            self.entries[key] = (time.monotonic() + timeout, pickled)
            self.size += len(pickled)
            while self.size > self.max_bytes:
                self._drop(next(iter(self.entries)))

    def _drop(self, key):
        _expires, pickled = self.entries.pop(key)
        self.size -= len(pickled)


_near = _NearCache(max_bytes=16 * 1024 * 1024)


def recall(key):
    value = _near.get(key)
    if value is not None:
        return value
    value = _cache().get(key)
    if value is not None:
        _near.set(key, value, _timeout())
    return value


def remember(key, value):
    _cache().set(key, value, _timeout())
    _near.set(key, value, _timeout())


def derived(name, *parts, compute):
    """The value kept under ``derived_key(name, *parts)``, computed when missing."""
    key = derived_key(name, *parts)
    value = recall(key)
    if value is None:
        value = compute()
        remember(key, value)
    return value


def _bump():
    try:
        _cache().incr(GENERATION_KEY)
    except ValueError:
        _cache().set(GENERATION_KEY, secrets.randbelow(1_000_000_000), None)
    scope = _request_scope.get()
    if scope is not None:
        scope.generation = None


def purge(**kwargs):
    """Forget every cached page (a signal receiver as well as a plain function).

    Bumped at once and again when the transaction commits: a reader whose page was
    rendered from the old rows in between would otherwise leave it cached under the
    new generation."""
    _bump()
    transaction.on_commit(_bump)


def cache_key(request):
    path_hash = hashlib.sha256(request.path.encode()).hexdigest()[:32]
    language = translation.get_language() or ""
    host = request.get_host()
    return f"portal:pages:{generation()}:{request.scheme}:{host}:{language}:{path_hash}"


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return False
    if not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    excluded = getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", ())
    path = request.path_info
    if path.startswith(tuple(excluded)):
        return False
    # /<language>/<prefix>: the same prefixes under every language.
    language_free = path.split("/", 2)[2] if path.count("/") >= 2 else ""
    return not f"/{language_free}".startswith(
        tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_LANGUAGE_PREFIXES", ()))
    )


def response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and getattr(messages, "_queued_messages", None):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def _uses_nonce(request):
    return isinstance(getattr(request, "_csp_nonce", None), str)


def _etag(content):
    return f'"{hashlib.sha256(content).hexdigest()[:32]}"'


def _shareable_headers(response, proxy_may_keep):
    response["Cache-Control"] = "public, no-cache"
    patch_vary_headers(response, ("Cookie",))
    if proxy_may_keep:
        response["X-Accel-Expires"] = str(getattr(settings, "PAGE_CACHE_PROXY_SECONDS", 1))


def _entry_from(request, response):
    content = response.content
    nonce = request._csp_nonce if _uses_nonce(request) else None
    if nonce:
        content = content.replace(nonce.encode(), NONCE_PLACEHOLDER.encode())
    etag = None if nonce else _etag(content)
    if etag:
        response["ETag"] = etag
    _shareable_headers(response, proxy_may_keep=bool(etag))
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in SKIPPED_HEADERS
    ]
    return {
        "content": content,
        "headers": headers,
        "nonce": bool(nonce),
        "etag": etag,
        "csp": {
            name: getattr(response, name) for name in CSP_ATTRIBUTES if hasattr(response, name)
        },
    }


def _response_from(request, entry):
    etag = entry["etag"]
    asked = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
    if etag and (etag in asked or "*" in asked):
        response = HttpResponseNotModified()
        for name, value in entry["headers"]:
            if name.lower() in ("etag", "cache-control", "vary", "x-accel-expires"):
                response[name] = value
        response[HIT_HEADER] = "hit"
        return response
    content = entry["content"]
    if entry["nonce"]:
        # A fresh nonce for this reader; the CSP middleware puts the same one in the header.
        content = content.replace(NONCE_PLACEHOLDER.encode(), str(request.csp_nonce).encode())
    response = HttpResponse(b"" if request.method == "HEAD" else content)
    for name, value in entry["headers"]:
        response[name] = value
    response["Content-Length"] = str(len(content))
    for name, value in entry["csp"].items():
        setattr(response, name, value)
    response[HIT_HEADER] = "hit"
    return response


class PageCacheMiddleware:
    """Serves and stores anonymous readers' pages (see the module docstring).

    Sits after the CSP and security-header middleware, so responses served from the
    cache still get the policy, the security headers and a nonce of their own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_scope.set(_RequestScope())
        try:
            return self._serve(request)
        finally:
            _request_scope.reset(token)

    def _serve(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        key = cache_key(request)
        entry = _cache().get(key)
        if entry is not None:
            return _response_from(request, entry)
        response = self.get_response(request)
        if request.method == "GET" and response_is_cacheable(request, response):
            _cache().set(key, _entry_from(request, response), _timeout())
            response[HIT_HEADER] = "miss"
        return response


_PURGING_MODELS = None


def purging_models():
    """Models whose rows appear on pages other than their own: snippets (site settings,
    glossary terms, channels, campaign materials...), settings, images, documents,
    sites and locales; and view restrictions, which decide who may see a page.
    Computed on first use: snippets register after this app loads."""
    global _PURGING_MODELS
    if _PURGING_MODELS is None:
        from django.apps import apps
        from wagtail.contrib.settings.models import AbstractSetting
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, PageViewRestriction, Site
        from wagtail.snippets.models import get_snippet_models

        models = {get_image_model(), get_document_model(), Site, Locale, *get_snippet_models()}
        # A page made private (or public again) must not stay in the cache as it was.
        models.add(PageViewRestriction)
        models.update(
            model
            for model in apps.get_models()
            if issubclass(model, AbstractSetting) and not model._meta.abstract
        )
        _PURGING_MODELS = frozenset(models)
    return _PURGING_MODELS


def _purge_if_shown(sender, **kwargs):
    if sender in purging_models():
        purge()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(purge, dispatch_uid="page_cache_published")
    page_unpublished.connect(purge, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(purge, dispatch_uid="page_cache_moved")
    post_delete.connect(purge, sender=Page, dispatch_uid="page_cache_page_deleted")
    post_save.connect(_purge_if_shown, dispatch_uid="page_cache_row_saved")
    post_delete.connect(_purge_if_shown, dispatch_uid="page_cache_row_deleted")
