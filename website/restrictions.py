"""Which parts of the tree are private (Wagtail view restrictions), kept in the cache.

Wagtail's ``.public()`` costs a query each time it is used; listings, the language
switcher and the menu all need the answer on every page, so it is kept under the page
cache's generation, which adding, changing or removing a restriction bumps.
"""

from wagtail.models import PageViewRestriction

from website import page_cache


def restricted_paths():
    return page_cache.derived(
        "restricted-paths",
        compute=lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def is_public(page, paths=None):
    paths = restricted_paths() if paths is None else paths
    return not any(page.path.startswith(path) for path in paths)


def public_only(pages):
    paths = restricted_paths()
    return [page for page in pages if is_public(page, paths)]
