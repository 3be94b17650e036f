"""Which parts of the tree are private (Wagtail view restrictions), kept in the cache.

Wagtail's ``.public()`` costs a query each time it is used; listings, the language
switcher and the menu all need the answer on every page, so it is read once and kept
until a restriction is added, changed or removed.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction

CACHE_KEY = "portal:restricted-paths"


def restricted_paths():
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, None)
    return paths


def is_public(page, paths=None):
    paths = restricted_paths() if paths is None else paths
    return not any(page.path.startswith(path) for path in paths)


def public_only(pages):
    paths = restricted_paths()
    return [page for page in pages if is_public(page, paths)]


def _forget(**kwargs):
    cache.delete(CACHE_KEY)


def connect_signals():
    post_save.connect(_forget, sender=PageViewRestriction, dispatch_uid="restrictions_saved")
    post_delete.connect(_forget, sender=PageViewRestriction, dispatch_uid="restrictions_deleted")
