"""Site search on the database: bounded work, one query.

Wagtail's database backends answer a page of search results with two full passes over
every matching index entry: one counts them, one scores them all and cuts the page. With
20,000 pages a common word ("tráfico") matches nearly every entry, so each search read,
and on PostgreSQL also decompressed and ranked, the whole index twice, and the time grew
with the site.

The site search (website/search.py) asks for its results ``limited`` to
``SEARCH_RESULTS_LIMIT`` (1,000: a hundred pages of ten). Then one query, whatever the
number of matches:

1. picks the candidates: the matching entries that have one of the reader's words in
   their title, best title first (the title's part of Wagtail's score; newest first
   among equals), then, if they are fewer than the limit, the other matches, newest
   first; at most one more than the limit, to know whether there are more;
2. gives those (at most 1,000) Wagtail's own score and returns them in that order, with
   their number.

Every page of results is cut from that list without asking the database again, and only
the pages shown are loaded. When no more entries match than the limit, the results, their
order and their count are Wagtail's. When more match, the page says "more than 1,000
results" and offers those 1,000. On PostgreSQL Wagtail's score weighs a title word about
20 times a body word, so they are the ones Wagtail's order puts first (on the benchmark's
20,000 pages the first 50 results of its 25 queries are Wagtail's own, except that
Wagtail listed twice a page whose type had changed). SQLite's
stock score weighs title and body alike: there, past the limit, pages that hold a common
word only in a long body give way to the pages with the word in their title.

Searches not ``limited`` (the admin's) are counted exactly: on SQLite the plain ones are
still ranked in one pass (website/sqlite_search.py), on PostgreSQL they are Wagtail's own
query, and so are autocomplete, score-annotated, negated and field searches anywhere.

Each engine writes its own queries (website/search_backend.py for PostgreSQL,
website/sqlite_search.py for SQLite) as a ranking object: ``limit`` (None: exact),
``head()`` -> ``(total, [object ids])``, and, for exact rankings, ``tail(offset,
limit)`` -> ``[object ids]`` continuing the head's order.
"""

import re

from django.db.models import CharField, F
from django.db.models.functions import Cast
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page


def allowed_objects(queryset, using, text_keys=True):
    """``(kind, sql, params, content type)``: the objects a search may return, or None
    when the stock query should handle it.

    Pages (kind "pages") as rows of (``portal_ct``: content type, ``portal_pk``: id):
    each page is indexed under its own type, and matching the pair keeps out an entry
    left behind by a page whose type changed, or by a deleted page whose id went to a
    page of another type (SQLite reuses ids). Other models (kind "objects") as
    ``portal_pk`` rows (as text), when a single content type holds them. ``text_keys``:
    page ids as text, as the index keeps them, rather than as integers."""
    keys = queryset.order_by()
    if issubclass(queryset.model, Page):
        keys = keys.annotate(
            portal_pk=Cast("pk", CharField()) if text_keys else F("pk"),
            portal_ct=F("content_type_id"),
        ).values("portal_ct", "portal_pk")
        sql, params = keys.query.get_compiler(using=using).as_sql()
        return "pages", sql, list(params), None
    content_types = list(get_descendants_content_types_pks(queryset.model))
    if len(content_types) != 1:
        return None
    keys = keys.annotate(portal_pk=Cast("pk", CharField())).values("portal_pk")
    sql, params = keys.query.get_compiler(using=using).as_sql()
    return "objects", sql, list(params), content_types[0]


def split_terms(query):
    """The words of a query as Wagtail's database backends split them."""
    return [term for term in re.split(r"[\s\-]+", query.query_string) if term]


def any_word(query):
    """The query's words joined by OR (what puts an entry's title among the candidates)."""
    return PlainText(query.query_string, operator="or")


def is_plain(compiler, autocomplete_class):
    """A plain search (words or a phrase, not autocomplete) ordered by relevance."""
    return (
        compiler.order_by_relevance
        and not isinstance(compiler, autocomplete_class)
        and isinstance(compiler.query, PlainText | Phrase)
    )


def load_in_order(queryset, object_ids):
    """The objects of ``queryset`` with these index object ids, in that order."""
    to_python = queryset.model._meta.pk.to_python
    pks = list(dict.fromkeys(to_python(object_id) for object_id in object_ids))
    objects = queryset.in_bulk(pks)
    return [objects[pk] for pk in pks if pk in objects]


class RankedResultsMixin:
    """Mixed into a backend's SearchResults class, before it. ``_ranking(limit)`` returns
    the engine's ranking object, or None for the stock query."""

    def limited(self, limit):
        """These results, counted and ranked up to ``limit`` (see the module docstring).
        The compiler is shared by every slice of the results (the paginator's count and
        its page), so the limit and what the query returned are kept on it."""
        compiler = self.query_compiler
        compiler.portal_limit = limit
        for name in ("_portal_ranking", "_portal_head"):
            compiler.__dict__.pop(name, None)
        return self

    def has_more(self):
        """Whether more entries matched than the limit (then ``count()`` is the limit)."""
        ranking = self._plain_ranking()
        if ranking is None or ranking.limit is None:
            return False
        return self._head(ranking)[0] > ranking.limit

    def _ranking(self, limit):
        raise NotImplementedError("each backend's results class returns its ranking")

    def _plain_ranking(self):
        if self._score_field is not None:
            return None
        compiler = self.query_compiler
        if not hasattr(compiler, "_portal_ranking"):
            compiler._portal_ranking = self._ranking(getattr(compiler, "portal_limit", None))
        return compiler._portal_ranking

    def _head(self, ranking):
        compiler = self.query_compiler
        if not hasattr(compiler, "_portal_head"):
            compiler._portal_head = ranking.head()
        return compiler._portal_head

    def _count(self, ranking):
        total = self._head(ranking)[0]
        return total if ranking.limit is None else min(total, ranking.limit)

    def _do_count(self):
        ranking = self._plain_ranking()
        if ranking is None:
            return super()._do_count()
        return self._count(ranking)

    def _do_search(self):
        ranking = self._plain_ranking()
        if ranking is None:
            return super()._do_search()
        count = self._count(ranking)
        head = self._head(ranking)[1]
        stop = count if self.stop is None else min(self.stop, count)
        start = self.start
        if start >= stop:
            return []
        object_ids = head[start:stop]
        if stop > len(head):
            offset = max(start, len(head))
            object_ids += ranking.tail(offset, stop - offset)
        return load_in_order(self.query_compiler.queryset, object_ids)
