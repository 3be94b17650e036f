"""PostgreSQL text search configurations for the portal's languages.

Each ``portal_<language>`` configuration is PostgreSQL's own for that language with accents
folded first (the ``unaccent`` dictionary), so "trafico" typed on a phone finds "tráfico",
as Elasticsearch's asciifolding and SQLite's FTS5 already do. ``portal_simple`` (Haitian
Creole) folds accents and does not stem. They are created after every ``migrate`` (the
statements are idempotent), so a new database, the test database included, always has them.
"""

from django.conf import settings
from django.db import connections

# configuration name -> the PostgreSQL dictionary that stems it (or "simple": no stemming)
DICTIONARIES = {
    "portal_portuguese": ("portuguese", "portuguese_stem"),
    "portal_spanish": ("spanish", "spanish_stem"),
    "portal_english": ("english", "english_stem"),
    "portal_french": ("french", "french_stem"),
    "portal_simple": ("simple", "simple"),
}


def ensure_text_search_configs(using="default"):
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    wanted = set(settings.SEARCH_TEXT_CONFIGS.values())
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        cursor.execute("SELECT cfgname FROM pg_ts_config WHERE cfgname = ANY(%s)", [list(wanted)])
        existing = {row[0] for row in cursor.fetchall()}
        for name in sorted(wanted - existing):
            parent, dictionary = DICTIONARIES[name]
            # Names come from the table above, never from input.
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {parent})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
            )


def _after_migrate(sender, using="default", **kwargs):
    ensure_text_search_configs(using)


def connect_signals():
    from django.db.models.signals import post_migrate

    post_migrate.connect(_after_migrate, dispatch_uid="portal_text_search_configs")
