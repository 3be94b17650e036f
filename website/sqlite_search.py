"""Wagtail's database search on SQLite, counted and ranked in one query.

The stock SQLite backend orders results by relevance with a correlated subquery: the
full-text MATCH runs again for every page that matched, so a common word on 20,000
pages takes seconds; and it counts with another pass that compares every match's text
object id with the pages' integer ids.

Scores are the stock backend's: the entry's bm25 times one plus its title norm (lower
is better), ties by newest index entry. Each query fixes its own plan (SQLite keeps the
join order of ``CROSS JOIN``).

- The site search, ``limited`` (website/search_ranking.py): the candidates are the
  full-text matches that also have one of the words in their title (one FTS5 expression,
  ``(query) AND {title}: (any word)``), best first by that expression's score, then the
  other matches newest first (FTS5 reads its index backwards); each is checked against
  the page query (live, public, this language, the type asked for) by primary key, and
  the reading stops one past the limit. Then the candidates get the stock score. The
  work grows with the limit and the number of title matches, not with the site. (The
  stock score weighs title and body alike: past the limit this pick is not the stock
  order's first 1,000; see website/search_ranking.py.)
- Any other search (the admin's): every match, exactly. The index entries of the pages
  the search may return are gathered first from a covering index (website/migrations/
  0006) rather than the wide index table, then each full-text match is checked against
  them and scored once; one query returns the count and the first 200 in order.

Negated, autocomplete and score-annotated searches are the stock backend's. On any other
database, or without FTS5, this is exactly Wagtail's database backend.
"""

from django.db import connection, connections
from modelsearch.backends.database import SearchBackend as database_backend

from website.search_ranking import RankedResultsMixin, allowed_objects, any_word, is_plain

# website/migrations/0006: (content_type_id, object_id, title_norm) of every index entry.
LOOKUP_INDEX = "portal_search_entry_lookup"
# Exact rankings: how many results the counting query also returns in order.
EXACT_WINDOW = 200


def _tables(using):
    from modelsearch.backends.database.sqlite.sqlite import IndexEntry, SQLiteFTSIndexEntry

    quote = connections[using].ops.quote_name
    return quote(SQLiteFTSIndexEntry._meta.db_table), quote(IndexEntry._meta.db_table)


def _match(compiler, query, config, using, fields=None):
    """The FTS5 expression (a string) the stock backend would MATCH for ``query``."""
    from modelsearch.backends.database.sqlite.query import MatchExpression
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

    match = MatchExpression(
        fields or compiler.fields or compiler.FTS_TABLE_FIELDS,
        compiler.build_search_query(query, config=config),
    )
    fts_query = SQLiteFTSIndexEntry._default_manager.using(using).all().query
    _sql, params = fts_query.get_compiler(using=using).compile(match)
    return params[0]


def _plain_query(compiler):
    from modelsearch.backends.database.sqlite.query import normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteAutocompleteQueryCompiler

    if not is_plain(compiler, SQLiteAutocompleteQueryCompiler):
        return None
    query = normalize(compiler.query)
    return query if type(query) is type(compiler.query) else None


class SQLiteRanking:
    """Every match, counted and ranked exactly (searches that are not ``limited``)."""

    limit = None

    def __init__(self, sql, params, using):
        self.sql, self.params, self.using = sql, params, using

    @classmethod
    def build(cls, compiler, config, using):
        query = _plain_query(compiler)
        allowed = allowed_objects(compiler.queryset, using) if query else None
        if allowed is None:
            return None
        kind, allowed_sql, allowed_params, content_type = allowed
        fts, entries = _tables(using)
        if kind == "pages":
            allowed_from = (
                f"({allowed_sql}) portal_pages CROSS JOIN {entries} portal_entry "
                f"INDEXED BY {LOOKUP_INDEX} "
                "ON portal_entry.content_type_id = portal_pages.portal_ct "
                "AND portal_entry.object_id = portal_pages.portal_pk"
            )
        else:
            allowed_from = (
                f"{entries} portal_entry WHERE portal_entry.content_type_id = %s "
                f"AND portal_entry.object_id IN ({allowed_sql})"
            )
            allowed_params = [content_type, *allowed_params]
        sql = (
            "WITH portal_allowed(entry_id, object_id, title_norm) AS MATERIALIZED ("  # noqa: S608 (compiled SQL, values are parameters)
            "SELECT portal_entry.id, portal_entry.object_id, portal_entry.title_norm "
            f"FROM {allowed_from}), "
            "portal_scored(entry_id, object_id, score) AS MATERIALIZED ("
            "SELECT portal_allowed.entry_id, portal_allowed.object_id, "
            f"bm25({fts}) * (portal_allowed.title_norm + 1.0) "
            f"FROM {fts} CROSS JOIN portal_allowed ON portal_allowed.entry_id = {fts}.rowid "
            f"WHERE {fts} MATCH %s) "
            "SELECT object_id, (SELECT count(*) FROM portal_scored) FROM portal_scored "
            "ORDER BY score, entry_id DESC LIMIT %s OFFSET %s"
        )
        return cls(sql, [*allowed_params, _match(compiler, query, config, using)], using)

    def _rows(self, limit, offset):
        with connections[self.using].cursor() as cursor:
            cursor.execute(self.sql, [*self.params, limit, offset])
            return cursor.fetchall()

    def head(self):
        rows = self._rows(EXACT_WINDOW, 0)
        return (rows[0][1] if rows else 0), [row[0] for row in rows]

    def tail(self, offset, limit):
        return [row[0] for row in self._rows(limit, offset)]


class SQLiteLimitedRanking:
    """The site search's query (see the module docstring and website/search_ranking.py)."""

    def __init__(self, sql, params, limit, using):
        self.sql, self.params, self.limit, self.using = sql, params, limit, using

    @classmethod
    def build(cls, compiler, config, using, limit):
        query = _plain_query(compiler)
        allowed = allowed_objects(compiler.queryset, using, text_keys=False) if query else None
        if allowed is None:
            return None
        kind, allowed_sql, allowed_params, content_type = allowed
        fts, entries = _tables(using)
        if kind == "pages":
            # CAST never fails in SQLite; the content type makes it a page's entry.
            allowed_check = (
                f"EXISTS (SELECT 1 FROM ({allowed_sql}) portal_pages "  # noqa: S608 (compiled SQL)
                "WHERE portal_pages.portal_pk = CAST(portal_entry.object_id AS INTEGER) "
                "AND portal_pages.portal_ct = portal_entry.content_type_id)"
            )
        else:
            allowed_check = (
                f"portal_entry.content_type_id = %s AND EXISTS (SELECT 1 FROM ({allowed_sql}) "  # noqa: S608
                "portal_objects WHERE portal_objects.portal_pk = portal_entry.object_id)"
            )
            allowed_params = [content_type, *allowed_params]
        full = _match(compiler, query, config, using)
        in_title = _match(compiler, any_word(query), config, using, fields=["title"])
        source = (
            f"FROM {fts} CROSS JOIN {entries} portal_entry ON portal_entry.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND {allowed_check}"
        )
        sql = (
            # 1. Candidates: title matches by their score, then the others, newest first.
            "WITH portal_candidates(entry_id, object_id, pick) AS MATERIALIZED ("  # noqa: S608 (compiled SQL, values are parameters)
            f"SELECT * FROM (SELECT {fts}.rowid, portal_entry.object_id, "
            f"bm25({fts}) * (portal_entry.title_norm + 1.0) AS pick {source} "
            f"ORDER BY pick, {fts}.rowid DESC LIMIT %s) "
            f"UNION ALL SELECT * FROM (SELECT {fts}.rowid, portal_entry.object_id, 0.0 {source} "
            f"ORDER BY {fts}.rowid DESC LIMIT %s) LIMIT %s), "
            "portal_top AS MATERIALIZED (SELECT entry_id FROM portal_candidates "
            "ORDER BY pick, entry_id DESC LIMIT %s), "
            # 2. The stock score of all but the one past the limit.
            "portal_scored(entry_id, object_id, score) AS MATERIALIZED ("
            f"SELECT {fts}.rowid, portal_entry.object_id, "
            f"bm25({fts}) * (portal_entry.title_norm + 1.0) FROM {fts} "
            f"CROSS JOIN {entries} portal_entry ON portal_entry.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND +{fts}.rowid IN (SELECT entry_id FROM portal_top)) "
            "SELECT object_id, (SELECT count(*) FROM portal_candidates) FROM portal_scored "
            "ORDER BY score, entry_id DESC"
        )
        over = limit + 1
        params = [
            f"({full}) AND ({in_title})",
            *allowed_params,
            over,
            f"({full}) NOT ({in_title})",
            *allowed_params,
            over,
            over,
            limit,
            full,
        ]
        return cls(sql, params, limit, using)

    def head(self):
        with connections[self.using].cursor() as cursor:
            cursor.execute(self.sql, self.params)
            rows = cursor.fetchall()
        return (rows[0][1] if rows else 0), [row[0] for row in rows]


def _sqlite_classes():
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
        SQLiteSearchResults,
    )

    class FieldsAsColumnsMixin:
        """A search limited to some fields (``fields=...``, as the admin's snippet
        listings ask) names the full-text columns those fields are indexed in.

        The stock compilers name the model's fields themselves (``{term}: ...``), but
        the full-text table has only a title column (search fields called "title"), a
        body column (every other search field) and an autocomplete column: a listing
        searching any other field failed with "no such column". After the stock checks
        each field becomes its column; a body field then also finds words in the
        model's other body fields."""

        def check(self):
            super().check()
            if self.fields:
                self.fields = sorted({self.column_for(name) for name in self.fields})

    class FieldsAsColumnsQueryCompiler(FieldsAsColumnsMixin, SQLiteSearchQueryCompiler):
        @staticmethod
        def column_for(name):
            return "title" if name == "title" else "body"

    class FieldsAsColumnsAutocompleteCompiler(
        FieldsAsColumnsMixin, SQLiteAutocompleteQueryCompiler
    ):
        @staticmethod
        def column_for(name):
            return "autocomplete"

    class RankedSQLiteSearchResults(RankedResultsMixin, SQLiteSearchResults):
        def _ranking(self, limit):
            compiler = self.query_compiler
            config, using = compiler.get_config(self.backend), compiler.queryset.db
            if limit:
                return SQLiteLimitedRanking.build(compiler, config, using, limit)
            return SQLiteRanking.build(compiler, config, using)

    class RankedSQLiteSearchBackend(SQLiteSearchBackend):
        results_class = RankedSQLiteSearchResults
        query_compiler_class = FieldsAsColumnsQueryCompiler
        autocomplete_query_compiler_class = FieldsAsColumnsAutocompleteCompiler

    return RankedSQLiteSearchBackend


def _escape_quotes_in_terms():
    """The stock backend writes each search word as an FTS5 string (``"word"``) without
    doubling the ``"`` inside it, which is how FTS5 escapes one: a lone quote ended the
    expression early and any search with it failed ("unterminated string") in the
    admin's image, document and snippet listings. Installed once, for every search."""
    from modelsearch.backends.database.sqlite.query import Lexeme

    if getattr(Lexeme.as_sql, "escapes_quotes", False):
        return
    stock = Lexeme.as_sql

    def as_sql(self, compiler, connection):
        template, params = stock(self, compiler, connection)
        return template, [param.replace('"', '""') for param in params]

    as_sql.escapes_quotes = True
    Lexeme.as_sql = as_sql


def SearchBackend(params):
    backend = database_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        _escape_quotes_in_terms()
        return _sqlite_classes()(params)
    return backend
