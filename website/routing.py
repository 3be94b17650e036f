"""Routing a request to its page with one query, however deep the page.

Wagtail finds the page for /pt-br/a/b/ by walking the tree: the site, the root page in
the reader's language and its specific row, then each child and its specific row, and
the page's locale later on: six to nine queries before the page does any work of its
own, on every uncached request (trainees, searches, cache misses).

Here the outcome of that walk (the site, which page answered and how many path segments
led to it) is remembered in the cache, under the page cache's generation, which every
publish, unpublish, move or deletion of a page and every change to a site or locale
bumps (website/page_cache.py). A request whose route is known fetches that page with
its locale in one query and lets it route the rest of the path itself, exactly as the
walk would have ended: a routable page's sub-URLs, the live check and view
restrictions (checked later, when the page is served) work as before. A miss, a 404 or
a page that answered from somewhere other than its own place in the tree goes the
normal way and is not remembered.
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, Site

from website import page_cache

SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")

_wagtail_route_for_request = Page.route_for_request


def enabled():
    return getattr(settings, "ROUTE_CACHE_ENABLED", True)


def _key(request, components):
    hostname = split_domain_port(request._get_raw_host())[0]
    language = translation.get_language() or ""
    digest = hashlib.sha256("/".join(components).encode()).hexdigest()[:32]
    return page_cache.derived_key("route", hostname, request.get_port(), language, digest)


def _remembered(request, entry, components):
    """The route of a known path, or None to let Wagtail walk the tree."""
    site_fields, content_type_id, page_id, consumed = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or not issubclass(model, Page):
        return None
    page = model.objects.select_related("locale").filter(pk=page_id).first()
    if page is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = Site(**site_fields)
    try:
        return page.route(request, components[consumed:])
    except Http404:
        return None


def _entry(request, result, components):
    """What to remember of a route Wagtail found, or None when it is not safe to."""
    site = getattr(request, "_wagtail_site", None)
    page = result.page
    if site is None or not isinstance(page, Page):
        return None
    consumed = page.depth - site.root_page.depth
    if not 0 <= consumed <= len(components):
        return None
    # The page must sit where the path says: a page that answered for another place
    # (a custom route() handing over to another subtree) is left to the walk.
    own_segments = "".join(f"{segment}/" for segment in components[:consumed])
    if not page.url_path.endswith("/" + own_segments):
        return None
    site_fields = {name: getattr(site, name) for name in SITE_FIELDS}
    content_type_id = ContentType.objects.get_for_model(page).id
    return (site_fields, content_type_id, page.pk, consumed)


def route_for_request(request, path):
    if hasattr(request, "_wagtail_route_for_request") or not enabled():
        return _wagtail_route_for_request(request, path)
    components = [component for component in path.split("/") if component]
    key = _key(request, components)
    entry = page_cache.recall(key)
    if entry is not None:
        result = _remembered(request, entry, components)
        if result is not None:
            request._wagtail_route_for_request = result
            return result
    result = _wagtail_route_for_request(request, path)
    if result is not None:
        entry = _entry(request, result, components)
        if entry is not None:
            page_cache.remember(key, entry)
    return result


def install():
    """Route every request through the cache (called once, from the app's ready())."""
    Page.route_for_request = staticmethod(route_for_request)
