"""Wagtail's PostgreSQL search backend, one language per page.

Wagtail keeps one search index table whatever the number of backends, and its PostgreSQL
backend builds every entry with a single text search configuration. Here each object is
indexed with the configuration of its own locale (``LANGUAGE_CONFIGS``: language code ->
configuration, see website/search_configs.py); objects without a locale (images,
documents, snippets) with ``SEARCH_CONFIG``. A backend's ``SEARCH_CONFIG`` is also the
configuration its queries are stemmed with, so settings declare one query backend per
language ("database-es" ...) and website/search.py picks the reader's.
"""

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale


class _Configured:
    """What the indexer reads from the backend (its configurations), for one language."""

    def __init__(self, config):
        self.config = config
        self.autocomplete_config = "simple"


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        configs = self.backend.language_configs
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = {}
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            config = configs.get(language, self.backend.config)
            groups.setdefault(config, []).append(obj)
        backend = self.backend
        try:
            for config, group in groups.items():
                self.backend = _Configured(config)
                super().add_items(model, group)
        finally:
            self.backend = backend


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))


SearchBackend = LanguagePostgresSearchBackend
