"""Wagtail's PostgreSQL search backend, one language per page; the site search in one
bounded query.

Wagtail keeps one search index table whatever the number of backends, and its PostgreSQL
backend builds every entry with a single text search configuration. Here each object is
indexed with the configuration of its own locale (``LANGUAGE_CONFIGS``: language code ->
configuration, see website/search_configs.py); objects without a locale (images,
documents, snippets) with ``SEARCH_CONFIG``. A backend's ``SEARCH_CONFIG`` is also the
configuration its queries are stemmed with, so settings declare one query backend per
language ("database-es" ...) and website/search.py picks the reader's.

The site search (``limited``, website/search_ranking.py) runs one query:

- Candidates: the pages' entries whose title holds one of the words (Wagtail's GIN index
  on titles), by the title's part of Wagtail's score (ts_rank times the title norm), and,
  while fewer than the limit, the other matches, newest first; one past the limit at
  most. An entry matches when ``(title || body) @@ query`` (Wagtail's expression, with
  the GIN index of website/migrations/0005). With one word, a title that holds it is a
  match; with several, the titles are joined to the ids of all matches.
- Wagtail's score (title part plus the body's ts_rank) for those candidates, in order.

The planner prices the concatenation as nearly free, while each entry's body vector
lives compressed out of line (TOAST): given a chance it reads, decompresses and
concatenates entries one by one (about 15 µs each, 300 ms for a word in 20,000 pages)
instead of asking the GIN index. So the query gives it none: it is planned with
sequential and plain index scans off (bitmap scans, which GIN indexes feed, stay on),
the entries' B-tree key columns only appear inside expressions, the matches' ids are
fenced in a materialized CTE, and JIT compilation and parallel workers (which a path
left disabled could trigger) are off too. The settings are put back right after it.

Pages are joined on their integer id and their content type, so a handful of matches
look their pages up by primary key, and an entry left behind by a page whose type
changed (the demo does that) matches nothing: Wagtail's own query listed such pages
twice. Other searches (the admin's, other models, autocomplete) are Wagtail's own.
"""

from django.db import connections, transaction
from django.db.models import F
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchResults,
)
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale

from website.search_ranking import (
    RankedResultsMixin,
    allowed_objects,
    any_word,
    is_plain,
    split_terms,
)

# Planner settings for the search query only (restored after it; see the docstring).
SEARCH_QUERY_SETTINGS = {
    "enable_seqscan": "off",
    "enable_indexscan": "off",
    "jit": "off",
    "max_parallel_workers_per_gather": "0",
}


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


def run_search_query(using, sql, params):
    """Rows of ``sql`` run with ``SEARCH_QUERY_SETTINGS``. They are set for this
    transaction only and put back afterwards, so nothing else on the connection (a
    request's later queries, a test's) plans with them; if the query fails, rolling
    back the savepoint undoes them too."""
    names = list(SEARCH_QUERY_SETTINGS)
    reads = ", ".join(["current_setting(%s)"] * len(names))
    writes = ", ".join(["set_config(%s, %s, true)"] * len(names))
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute(
            f"SELECT {reads}, {writes}",
            [*names, *(part for name in names for part in (name, SEARCH_QUERY_SETTINGS[name]))],
        )
        previous = cursor.fetchone()[: len(names)]
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        cursor.execute(
            f"SELECT {writes}",
            [part for name, value in zip(names, previous, strict=True) for part in (name, value)],
        )
    return rows


class PostgresLimitedRanking:
    """The query behind website/search_ranking.py on PostgreSQL (see the docstrings)."""

    def __init__(self, sql, params, limit, using):
        self.sql, self.params, self.limit, self.using = sql, params, limit, using

    @classmethod
    def build(cls, compiler, config, using, limit):
        query = compiler.query
        if not limit or not is_plain(compiler, PostgresAutocompleteQueryCompiler):
            return None
        if compiler.fields is not None:
            return None
        search_query = compiler.build_tsquery(query, config=config)
        any_query = compiler.build_tsquery(any_word(query), config=config)
        # Pages only: other indexed models (images, documents, snippets: the admin's
        # searches) are few, and Wagtail's query serves them.
        allowed = allowed_objects(compiler.queryset, using, text_keys=False)
        if search_query is None or any_query is None or allowed is None:
            return None
        kind, allowed_sql, allowed_params, _content_type = allowed
        if kind != "pages":
            return None
        entries = IndexEntry._default_manager.using(using).all().query
        sql_compiler = entries.get_compiler(using=using)

        def compiled(expression):
            return sql_compiler.compile(expression.resolve_expression(entries))

        table = connections[using].ops.quote_name(IndexEntry._meta.db_table)
        title_sql, title_params = compiled(
            compiler.build_tsrank(F("title"), query, config=config) * F("title_norm")
        )
        body_sql, body_params = compiled(compiler.build_tsrank(F("body"), query, config=config))
        # Wagtail's own expression, the one website/migrations/0005 indexes.
        document_sql, document_params = compiled(F("title")._combine(F("body"), "||", False))
        tsquery_sql, tsquery_params = compiled(search_query)
        any_sql, any_params = compiled(any_query)
        # The entries' B-tree key columns only appear inside expressions (``+ 0``, a
        # cast), so that no B-tree index can lead the planner to test the words entry by
        # entry: the GIN indexes are the one way in.
        page_types = list(get_descendants_content_types_pks(compiler.queryset.model))

        def allowed_join(entry):
            return (
                f"JOIN ({allowed_sql}) portal_allowed "
                f"ON {entry}.content_type_id + 0 = portal_allowed.portal_ct "
                # Page entries have numeric object ids; the cast is only reached for them.
                f"AND portal_allowed.portal_pk = (CASE WHEN {entry}.content_type_id = ANY(%s) "
                f"THEN {entry}.object_id::bigint END)"
            )

        join_params = [*allowed_params, page_types]
        matches = f"{document_sql} @@ {tsquery_sql}"
        matches_params = [*document_params, *tsquery_params]
        in_title = f"{table}.title @@ {any_sql}"
        titled = (
            f"SELECT {table}.id, {table}.object_id, {title_sql} AS title_score "  # noqa: S608 (compiled SQL, values are parameters)
            f"FROM {table} {allowed_join(table)} "
        )
        titled_params = [*title_params, *join_params]
        if len(split_terms(query)) == 1:
            # One word: in the title means in the entry; the title's GIN index finds them.
            prefix, prefix_params = "", []
        else:
            # Several: the title may hold some and the body the rest, so the titles are
            # joined to the ids of all the matches, read from the (title || body) index
            # alone: a materialized CTE is a fence, so the planner cannot test that
            # expression entry by entry instead. (A join, not IN: IN would guess how many
            # distinct ids the CTE holds, and guess low.)
            prefix = (
                f"portal_matches AS MATERIALIZED (SELECT {table}.id FROM {table} WHERE {matches}), "  # noqa: S608 (compiled SQL, values are parameters)
            )
            prefix_params = matches_params
            titled += f"JOIN portal_matches ON portal_matches.id = {table}.id "
        titled += f"WHERE {in_title}"
        titled_params += any_params
        others = (
            f"SELECT {table}.id, {table}.object_id, 0.0::float8 AS title_score "  # noqa: S608 (compiled SQL, values are parameters)
            f"FROM {table} {allowed_join(table)} WHERE {matches} AND NOT ({in_title})"
        )
        others_params = [*join_params, *matches_params, *any_params]
        sql = (
            f"WITH {prefix}"  # noqa: S608 (compiled SQL, values are parameters)
            # 1. Candidates: title matches by title score, then the others, newest first.
            "portal_candidates AS MATERIALIZED (SELECT * FROM ("
            f"({titled} ORDER BY title_score DESC, {table}.id DESC LIMIT %s) "
            f"UNION ALL ({others} ORDER BY {table}.id DESC LIMIT %s)"
            ") portal_union LIMIT %s) "
            # 2. Wagtail's score for all but the one past the limit.
            "SELECT portal_top.object_id, (SELECT count(*) FROM portal_candidates) "
            "FROM (SELECT id, object_id, title_score FROM portal_candidates "
            "ORDER BY title_score DESC, id DESC LIMIT %s) portal_top "
            f"JOIN {table} ON {table}.id = portal_top.id "
            f"ORDER BY portal_top.title_score + {body_sql} DESC, portal_top.id DESC"
        )
        over = limit + 1
        params = [
            *prefix_params,
            *titled_params,
            over,
            *others_params,
            over,
            over,
            limit,
            *body_params,
        ]
        return cls(sql, params, limit, using)

    def head(self):
        rows = run_search_query(self.using, self.sql, self.params)
        return (rows[0][1] if rows else 0), [row[0] for row in rows]


class RankedPostgresSearchResults(RankedResultsMixin, PostgresSearchResults):
    def _ranking(self, limit):
        compiler = self.query_compiler
        return PostgresLimitedRanking.build(
            compiler, compiler.get_config(self.backend), compiler.queryset.db, limit
        )


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    results_class = RankedPostgresSearchResults

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))


SearchBackend = LanguagePostgresSearchBackend
