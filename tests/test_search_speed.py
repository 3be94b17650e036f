"""The site search's speed target (production issue: p95 < 150 ms), at a size of its own.

``manage.py bench`` measures it with 20,000 pages; here 5,000 are enough to catch a
search whose work grows with the site again (website/search_ranking.py: past
``SEARCH_RESULTS_LIMIT`` matches it does not). Timing test: ``-m benchmark``."""

import pytest

from website import benchmarks

pytestmark = [pytest.mark.django_db, pytest.mark.benchmark]

PAGES = 5000


def test_site_search_p95_with_thousands_of_pages():
    from website.management.commands.bench import Command

    made = Command().add_large_content(PAGES, 0)
    assert made["content pages"] + made["campaign pages"] == PAGES
    result = benchmarks.measure_search(rounds=2)
    assert result["statuses"] == [200]
    assert result["p95"] < benchmarks.SEARCH_P95_MS, result
