import pytest
from django.conf import settings

from tests.factories import content_page

pytestmark = pytest.mark.django_db


def result_urls(response):
    return [page.url for page in response.context["result_pages"]]


def test_results_are_in_the_readers_language(client):
    response = client.get("/es/search/", {"q": "Disque"})
    assert response.status_code == 200
    urls = result_urls(response)
    assert urls
    assert all(url.startswith("/es/") for url in urls)


def test_empty_query_says_so(client):
    response = client.get("/fr/search/", {"q": "   "})
    assert response.status_code == 200
    assert response.context["error"]
    assert response.context["results"] is None
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("query", ['"', '"""', '"Disque', 'Disque "100"'])
def test_double_quotes_in_a_query_are_plain_text(client, query):
    # Found by the fuzzing test: a lone " ended SQLite's full-text expression early.
    response = client.get("/es/search/", {"q": query})
    assert response.status_code == 200
    if "Disque" in query:
        assert result_urls(response)


def test_page_without_query_shows_just_the_form(client):
    response = client.get("/pt-br/search/")
    assert response.status_code == 200
    assert not response.context["error"]


def test_too_long_query_is_refused_with_a_message(client):
    response = client.get("/en/search/", {"q": "a" * (settings.SEARCH_QUERY_MAX_LENGTH + 1)})
    assert response.status_code == 400
    assert "100" in response.context["error"]
    assert response.context["results"] is None


def test_query_at_the_limit_is_searched(client):
    response = client.get("/en/search/", {"q": "a" * settings.SEARCH_QUERY_MAX_LENGTH})
    assert response.status_code == 200
    assert response.context["results"] is not None


def test_type_filter(client, home):
    response = client.get("/pt-br/search/", {"q": "tráfico", "type": "pages"})
    assert response.status_code == 200
    assert response.context["type_key"] == "pages"
    # An unknown type is ignored rather than failing.
    response = client.get("/pt-br/search/", {"q": "tráfico", "type": "<script>"})
    assert response.status_code == 200
    assert response.context["type_key"] == ""


def test_pagination(client, section):
    for number in range(25):
        content_page(section, f"Canal regional zebu {number}", f"canal-zebu-{number}")
    first = client.get("/pt-br/search/", {"q": "zebu"})
    assert first.context["paginator"].count == 25
    assert len(first.context["result_pages"]) == settings.SEARCH_RESULTS_PER_PAGE
    assert 'rel="next"' in first.content.decode()
    third = client.get("/pt-br/search/", {"q": "zebu", "page": 3})
    assert len(third.context["result_pages"]) == 5
    beyond = client.get("/pt-br/search/", {"q": "zebu", "page": 99})
    assert beyond.context["results"].number == 3
    nonsense = client.get("/pt-br/search/", {"q": "zebu", "page": "x"})
    assert nonsense.context["results"].number == 1


def test_results_show_each_pages_intro_and_the_queries_do_not_grow_with_page_types(client, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def search(words):
        client.get("/pt-br/search/", {"q": words})  # the header and footer, kept once
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/pt-br/search/", {"q": words})
        assert response.status_code == 200
        return response, len(queries)

    # The demo's "tráfico pessoas" finds guides, chapters, campaigns, courses, plans...
    mixed, mixed_queries = search("tráfico pessoas")
    kinds = {type(page.specific) for page in mixed.context["result_pages"]}
    assert len(kinds) >= 4, kinds
    for page in mixed.context["result_pages"]:
        assert page.intro == (getattr(page.specific, "intro", "") or "")
    html = mixed.content.decode()
    assert any(page.intro and page.intro in html for page in mixed.context["result_pages"])

    for number in range(12):
        content_page(section, f"Página ocapi {number}", f"ocapi-{number}", intro="Resumo ocapi.")
    alike, alike_queries = search("ocapi")
    assert {type(page.specific) for page in alike.context["result_pages"]} == {type(section)}
    assert alike_queries == mixed_queries
    assert "Resumo ocapi." in alike.content.decode()


def test_falls_back_to_the_database_when_the_search_server_is_down(monkeypatch, settings, caplog):
    from wagtail.models import Locale
    from wagtail.query import PageQuerySet

    from website.search import search_pages

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    original = PageQuerySet.search
    calls = []

    def flaky(self, query, *args, backend="default", **kwargs):
        calls.append(backend)
        if backend == "default":
            raise ConnectionError("Elasticsearch is not answering")
        return original(self, query, *args, backend=backend, **kwargs)

    monkeypatch.setattr(PageQuerySet, "search", flaky)
    results = search_pages("Disque", Locale.objects.get(language_code="pt-br"))
    assert calls == ["default", "database"]
    assert results.count() > 0
    assert "using the database" in caplog.text
    assert "Disque" not in caplog.text  # the reader's query stays out of the logs


def test_without_a_fallback_backend_errors_are_not_hidden(monkeypatch):
    from wagtail.models import Locale
    from wagtail.query import PageQuerySet

    from website.search import search_pages

    def broken(self, *args, **kwargs):
        raise ConnectionError("down")

    monkeypatch.setattr(PageQuerySet, "search", broken)
    with pytest.raises(ConnectionError):
        search_pages("Disque", Locale.objects.get(language_code="pt-br"))


# --- Ranked in one query (website/search_ranking.py, website/search_backend.py,
# website/sqlite_search.py) -------------------------------------------------------------


def wagtails_own_backend():
    """Wagtail's stock database backend for this engine, stemming as the pt-BR reader's."""
    from django.db import connection

    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return PostgresSearchBackend({"SEARCH_CONFIG": settings.SEARCH_TEXT_CONFIGS["pt-br"]})
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return SQLiteSearchBackend({})


def zebu_pages(section, count=12):
    """Pages with the word in the title or only in the intro, more or less often, so that
    their scores differ."""
    pages = []
    for number in range(count):
        title = (
            f"Zebu {'zebu ' * (number % 3)}relatório {number}" if number % 4 else f"Gado {number}"
        )
        intro = " ".join(["zebu"] * (number % 5 + 1) + ["pasto"] * (count - number))
        pages.append(content_page(section, title, f"zebu-{number}", intro=intro))
    return pages


def test_results_come_in_wagtails_order(section):
    from wagtail.models import Page

    from website.search import search_pages

    zebu_pages(section)
    candidates = Page.objects.live().public().filter(locale=section.locale)
    expected = [page.pk for page in wagtails_own_backend().search("zebu", candidates)]
    results = search_pages("zebu", section.locale)
    assert results.count() == 12
    assert [page.pk for page in results[:12]] == expected
    assert [page.pk for page in results[3:7]] == expected[3:7]


def test_past_the_limit_the_best_titles_come_and_the_page_says_there_are_more(
    client, section, settings
):
    """``SEARCH_RESULTS_LIMIT`` (website/search_ranking.py): the pages with the word in
    the title first, then the newest others; the count stops at the limit."""
    settings.SEARCH_RESULTS_LIMIT = 6
    titled = [content_page(section, f"Zebu {number}", f"zebu-t-{number}") for number in range(4)]
    others = [
        content_page(section, f"Gado {number}", f"zebu-o-{number}", intro="Zebu no pasto")
        for number in range(5)
    ]
    response = client.get("/pt-br/search/", {"q": "zebu"})
    assert response.context["paginator"].count == 6
    assert response.context["more_results"]
    assert "Mais de 6 resultados" in response.content.decode()
    found = [page.pk for page in response.context["result_pages"]]
    assert set(found[:4]) == {page.pk for page in titled}
    assert set(found[4:]) == {page.pk for page in others[-2:]}
    settings.SEARCH_RESULTS_LIMIT = 9
    response = client.get("/pt-br/search/", {"q": "zebu"})
    assert response.context["paginator"].count == 9
    assert not response.context["more_results"]
    assert "9 resultados" in response.content.decode()


def test_words_may_be_split_between_title_and_body(section):
    from website.search import search_pages

    content_page(section, "Zebu premiado", "zebu-premiado", intro="Criado no cerrado")
    content_page(section, "Zebu comum", "zebu-comum", intro="Criado no pasto")
    content_page(section, "Cerrado", "cerrado-sem-zebu", intro="Sem gado")
    results = search_pages("zebu cerrado", section.locale)
    assert [page.title for page in results[:10]] == ["Zebu premiado"]
    assert results.count() == 1


def test_the_count_and_the_page_come_from_one_query(section):
    from django.core.paginator import Paginator
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from website.search import search_pages

    zebu_pages(section, 15)
    with CaptureQueriesContext(connection) as queries:
        paginator = Paginator(search_pages("zebu", section.locale), 10)
        assert paginator.count == 15
        assert len(paginator.page(2).object_list) == 5
    searches = [query for query in queries.captured_queries if "indexentry" in query["sql"]]
    assert len(searches) == 1, [query["sql"][:80] for query in searches]


def test_a_leftover_index_entry_does_not_list_a_page_twice(section):
    """A page whose type changed (the demo turns placeholders into section pages) keeps its
    old entry until ``update_index``; Wagtail's PostgreSQL query listed such a page twice."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.search.models import IndexEntry

    from website.models import HomePage
    from website.search import search_pages

    page = content_page(section, "Zebu solitário", "zebu-solitario")
    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        columns = [
            column.name
            for column in connection.introspection.get_table_description(cursor, table)
            if column.name not in ("id", "content_type_id")
        ]
        names = ", ".join(columns)
        cursor.execute(
            f"INSERT INTO {table} (content_type_id, {names}) "  # noqa: S608 (column names from the database)
            f"SELECT %s, {names} FROM {table} WHERE object_id = %s",
            [ContentType.objects.get_for_model(HomePage).pk, str(page.pk)],
        )
    results = search_pages("solitário", section.locale)
    assert results.count() == 1
    assert [result.pk for result in results[:10]] == [page.pk]


def test_other_indexed_models_are_searched_the_same_way():
    """Snippets and the like (the admin searches them) are found as by Wagtail's backend."""
    from wagtail.search.backends import get_search_backend

    from campaigns.models import Material

    material = Material.objects.get(title="Roteiro para professores")
    ours = get_search_backend().search("professores", Material)
    assert material in list(ours[:10])
    assert ours.count() == wagtails_own_backend().search("professores", Material).count()
