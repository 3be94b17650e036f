"""Wagtail's database search on SQLite, ranked in one pass.

The stock SQLite backend orders results by relevance with a correlated subquery: the
full-text MATCH runs again for every page that matched, so a common word on 20,000
pages takes seconds. Here one query ranks the index entries whose object is in the page
query (live, public, this language...), as a plain IN list that SQLite builds once,
and cuts the slice; only those pages are then loaded. Same matches and scores as the
stock backend (ties by newest index entry); counts, filters and autocomplete are the
stock backend's.

On any other database, or without FTS5, this is exactly Wagtail's database backend.
"""

from django.db import connection
from django.db.models import CharField
from django.db.models.functions import Cast
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
        def ranked_entries(self, config):
            """The index entries matching the query with their bm25 score (a queryset),
            or None when the query is not a plain positive search."""
            query = normalize(self.query)
            if isinstance(query, MatchAll | Not):
                return None
            match = MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config)
            )
            rank = self._build_rank_expression(self.get_search_vectors(), config)
            content_types = get_descendants_content_types_pks(self.queryset.model)
            return (
                SQLiteFTSIndexEntry.objects.filter(match)
                .filter(index_entry__content_type__in=content_types)
                .annotate(score=rank)
            )

    class RankedSearchResults(SQLiteSearchResults):
        def _do_search(self):
            compiler = self.query_compiler
            if not compiler.order_by_relevance or self._score_field is not None:
                return super()._do_search()
            entries = compiler.ranked_entries(compiler.get_config(self.backend))
            if entries is None:
                return super()._do_search()
            queryset = compiler.queryset
            # The page query (live, public, language...) as a list of ids in text, the
            # form the index keeps them in: SQLite builds it once, then ranks and cuts
            # the slice itself.
            allowed = (
                queryset.order_by()
                .annotate(portal_pk_text=Cast("pk", CharField()))
                .values("portal_pk_text")
            )
            wanted = (
                entries.filter(index_entry__object_id__in=allowed)
                .order_by("score", "-index_entry__id")
                .values_list("index_entry__object_id", flat=True)[self.start : self.stop]
            )
            to_python = queryset.model._meta.pk.to_python
            ids = [to_python(object_id) for object_id in wanted]
            objects = queryset.in_bulk(ids)
            return [objects[pk] for pk in ids if pk in objects]

    class RankedSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = RankedQueryCompiler
        results_class = RankedSearchResults

    return RankedSQLiteSearchBackend


def SearchBackend(params):
    backend = database_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        return _sqlite_classes()(params)
    return backend
