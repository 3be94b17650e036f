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
