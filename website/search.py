"""Site search: what can be searched, and the fall-back to the database.

Areas register their page types in ``SEARCH_TYPES`` so the search page offers them as
filters. When Elasticsearch is configured but does not answer, the search runs on the
database backend instead and a warning is logged (without the query: it is the
reader's, not ours). On the database, the results are counted and ranked up to
``SEARCH_RESULTS_LIMIT`` (website/search_ranking.py): past it the page says there are
more.
"""

import logging

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

logger = logging.getLogger(__name__)

# key -> (label, "app_label.ModelName", ...)
SEARCH_TYPES = {
    "pages": (_("Pages"), ["website.ContentPage", "website.HomePage"]),
}


def register_search_type(key, label, model_labels):
    SEARCH_TYPES[key] = (label, list(model_labels))


def _models_for(type_key):
    from django.apps import apps

    _label, model_labels = SEARCH_TYPES[type_key]
    return [apps.get_model(label) for label in model_labels]


def database_backend_for(language_code):
    """The database search backend that stems ``language_code`` (PostgreSQL declares one
    per language), else the plain database backend."""
    backends = settings.WAGTAILSEARCH_BACKENDS
    for name in (f"database-{language_code}", "database"):
        if name in backends:
            return name
    return "default"


def _default_is_a_search_server():
    return "elasticsearch" in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]


def _limited(results):
    """The database backends' results bounded to ``SEARCH_RESULTS_LIMIT``; a search
    server's as they are (it counts them all)."""
    if hasattr(results, "limited"):
        return results.limited(settings.SEARCH_RESULTS_LIMIT)
    return results


def has_more_results(results):
    """Whether more pages matched than ``results`` counts (see ``_limited``)."""
    return bool(getattr(results, "has_more", None) and results.has_more())


def search_pages(query, locale, type_key=None):
    """Live public pages of ``locale`` matching ``query``; a lazy, sliceable result.

    The reader's language decides the stemming: the search server when there is one,
    else the database backend of that language."""
    queryset = Page.objects.live().public().filter(locale=locale)
    # Readers' words are plain text (no phrase syntax), and the SQLite backend puts each
    # word between double quotes without escaping the ones inside it: a lone " would
    # end the full-text expression early and fail the query.
    query = " ".join(query.replace('"', " ").split())
    if not query:
        return queryset.none()
    if type_key:
        queryset = queryset.type(*_models_for(type_key))
    fallback = database_backend_for(locale.language_code)
    primary = "default" if _default_is_a_search_server() or fallback == "database" else fallback
    try:
        results = _limited(queryset.search(query, operator="and", backend=primary))
        # Evaluate the count now, so a dead search server fails here, not in the template.
        results.count()
        return results
    except Exception as error:
        if primary == fallback or fallback == "default":
            raise
        logger.warning("Search backend unavailable, using the database: %s", type(error).__name__)
        return _limited(queryset.search(query, operator="and", backend=fallback))
