"""Home and content pages render with a fixed number of queries (at most 12), the same
with 1 and with 50 child pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import content_page

pytestmark = pytest.mark.django_db
BUDGET = 12


def count_queries(client, url):
    client.get(url)  # warm the per-language caches, as any live site has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["pt-br", "ht"])
def test_home_and_content_pages_keep_their_budget(client, home, language):
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    parent = home.get_translation(locale)
    section = content_page(parent, "Seção de teste", "secao-de-teste")
    content_page(section, "Filho 0", "filho-0")
    counts = {}
    for size in (1, 50):
        for number in range(len(section.get_children()), size):
            content_page(section, f"Filho {number}", f"filho-{number}")
        assert section.get_children().count() == size
        counts[size] = (
            count_queries(client, parent.url),
            count_queries(client, section.url),
        )
    assert counts[1] == counts[50], counts
    home_queries, section_queries = counts[50]
    assert home_queries <= BUDGET
    assert section_queries <= BUDGET


def test_demo_pages_keep_their_budget(client):
    for url in [
        "/pt-br/",
        "/es/navegue-com-seguranca/",
        "/ht/planos-nacionais/",
        "/fr/acessibilidade/",
    ]:
        assert count_queries(client, url) <= BUDGET, url
