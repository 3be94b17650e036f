"""Elasticsearch 8 for site search (Wagtail's backend), with the database behind it: when
the search server does not answer, readers still get results and editors can still
publish. (The directory's own Elasticsearch path and its fall-back are tested in
tests/channels/test_search_engine.py.) No Elasticsearch server runs here: these tests
point the real Elasticsearch 8 backend at a closed port."""

import logging

import pytest
from django.conf import settings as django_settings

from tests.factories import content_page

pytestmark = pytest.mark.django_db
CLOSED_PORT_URL = "http://127.0.0.1:9"  # discard port: nothing listens there


@pytest.fixture
def search_server_down(settings):
    backends = {
        name: backend
        for name, backend in django_settings.WAGTAILSEARCH_BACKENDS.items()
        if name != "default"
    }
    database = django_settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [CLOSED_PORT_URL],
            "INDEX": "portal-test",
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0},
        },
        "database": database,
        **backends,
    }


def test_search_page_answers_from_the_database(search_server_down, client, caplog):
    with caplog.at_level(logging.WARNING, logger="website.search"):
        response = client.get("/pt-br/search/", {"q": "Disque"})
    assert response.status_code == 200
    assert response.context["paginator"].count > 0
    assert all(page.url.startswith("/pt-br/") for page in response.context["result_pages"])
    assert "using the database" in caplog.text
    assert "Disque" not in caplog.text


def test_publishing_with_the_search_server_down_still_publishes(
    search_server_down, client, section
):
    page = content_page(section, "Publicada sem servidor de busca", "publicada-sem-busca")
    page.refresh_from_db()
    assert page.live
    response = client.get("/pt-br/search/", {"q": "servidor"})
    assert response.status_code == 200
    assert "Publicada sem servidor de busca" in {p.title for p in response.context["result_pages"]}
