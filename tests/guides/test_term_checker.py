"""The term checker: finds the terms to avoid and what to use instead; the draft is
never stored or logged, and only a POST body carries it."""

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guides.models import GlossaryPage

pytestmark = pytest.mark.django_db
DRAFT = "Rascunho secreto: a fonte Maria disse que o IMIGRANTE ILEGAL e a prostituicao infantil..."


@pytest.fixture
def checker_url():
    return GlossaryPage.objects.get(locale__language_code="pt-br").checker_url


def test_finds_terms_to_avoid_with_alternatives(client, checker_url):
    response = client.post(checker_url, {"text": DRAFT})
    html = response.content.decode()
    assert response.status_code == 200
    assert "imigrante ilegal" in html
    assert "migrante em situação irregular" in html
    assert "exploração sexual de crianças e adolescentes" in html
    assert html.count('class="finding"') == 2


def test_empty_and_too_long_texts_get_a_clear_message(client, checker_url):
    html = client.post(checker_url, {"text": "  "}).content.decode()
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html
    response = client.post(checker_url, {"text": "a" * 20001})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()


def test_text_is_never_stored_logged_or_cached(client, checker_url, caplog):
    from django.core.cache import cache

    client.get(checker_url)
    caplog.set_level(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(checker_url, {"text": DRAFT})
    assert response.status_code == 200
    writes = [
        q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
    ]
    assert writes == []
    assert all("Maria" not in q["sql"] for q in queries)
    assert all("Maria" not in record.getMessage() for record in caplog.records)
    assert "no-store" in response["Cache-Control"]
    # The local-memory cache keeps pickled values: none holds the draft.
    assert all(b"Maria" not in value for value in cache._cache.values())


def test_submissions_by_url_are_ignored(client, checker_url):
    html = client.get(checker_url, {"text": DRAFT}).content.decode()
    assert "Maria" not in html
    assert 'class="finding"' not in html
    assert client.put(checker_url).status_code == 405


def test_checker_speaks_the_page_language(client):
    spanish = GlossaryPage.objects.get(locale__language_code="es")
    html = client.post(spanish.checker_url, {"text": "un inmigrante ilegal"}).content.decode()
    assert "migrante en situación irregular" in html
