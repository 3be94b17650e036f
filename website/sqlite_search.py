"""Wagtail's database search on SQLite, ranked in one pass.

The stock SQLite backend orders results by relevance with a correlated subquery: the
full-text MATCH runs again for every page that matched, so a common word on 20,000
pages takes seconds. Here the index is asked once for every match and its bm25 score,
best first; the page query (live, public, this language...) is asked once for the ids
it allows; the two are merged in Python and only the requested slice of pages is
loaded. Same matches, same scores, same order (score, then newest first) as the stock
backend; counts, filters and autocomplete are the stock backend's.

On any other database, or without FTS5, this is exactly Wagtail's database backend.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


def _sqlite_classes():
    from modelsearch.backends.database.sqlite.query import MatchExpression
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
        SQLiteSearchResults,
        normalize,
    )

    class RankedQueryCompiler(SQLiteSearchQueryCompiler):
        def ranked_object_ids(self, config):
            """(ids as stored, strings, of every indexed object matching the query, best
            first; the same matches as a subquery), or None when the query is not a
            plain positive search."""
            query = normalize(self.query)
            if isinstance(query, MatchAll | Not):
                return None
            match = MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config)
            )
            rank = self._build_rank_expression(self.get_search_vectors(), config)
            content_types = get_descendants_content_types_pks(self.queryset.model)
            matches = SQLiteFTSIndexEntry.objects.filter(match).filter(
                index_entry__content_type__in=content_types
            )
            scored = matches.annotate(score=rank).values_list("index_entry__object_id", "score")
            ranked = [object_id for object_id, _score in sorted(scored, key=_rank_key)]
            return ranked, matches.values_list("index_entry__object_id", flat=True)

    class RankedSearchResults(SQLiteSearchResults):
        def _do_search(self):
            compiler = self.query_compiler
            if not compiler.order_by_relevance or self._score_field is not None:
                return super()._do_search()
            config = compiler.get_config(self.backend)
            found = compiler.ranked_object_ids(config)
            if found is None:
                return super()._do_search()
            ranked, matches = found
            queryset = compiler.queryset
            allowed = {
                str(pk)
                for pk in queryset.filter(pk__in=matches).order_by().values_list("pk", flat=True)
            }
            to_python = queryset.model._meta.pk.to_python
            wanted = [to_python(i) for i in ranked if i in allowed][self.start : self.stop]
            objects = queryset.in_bulk(wanted)
            return [objects[pk] for pk in wanted if pk in objects]

    class RankedSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = RankedQueryCompiler
        results_class = RankedSearchResults

    return RankedSQLiteSearchBackend


def _rank_key(row):
    object_id, score = row
    # bm25 is negative, lower is better; ties go to the newest (highest id) first.
    return (score, -int(object_id) if str(object_id).isdigit() else 0)


def SearchBackend(params):
    backend = database_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        return _sqlite_classes()(params)
    return backend
