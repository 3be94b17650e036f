"""The benchmark's measuring pieces (website/benchmarks.py, website/bench_data.py) and the
targets that can be checked without servers: page weight, renditions, render time."""

import gzip

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from wagtail.models import Page

from website import bench_data, benchmarks

pytestmark = pytest.mark.django_db

WRK_OUTPUT = """Running 5s test @ http://127.0.0.1:8080/pt-br/campanhas/x/
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.10ms    1.20ms  40.00ms   90.00%
  Latency Distribution
     50%  812.00us
     75%    2.50ms
     90%    4.10ms
     99%    1.20s
  61234 requests in 5.00s, 1.10GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 7
Requests/sec:  12246.80
Transfer/sec:    220.00MB
"""


def test_wrk_output_is_read_with_units():
    result = benchmarks.parse_wrk(WRK_OUTPUT)
    assert result["rps"] == pytest.approx(12246.8)
    assert result["latency_ms"] == {50: 0.812, 75: 2.5, 90: 4.1, 99: 1200.0}
    assert result["requests"] == 61234
    assert result["non_2xx"] == 7
    assert result["socket_errors"] == 3


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert benchmarks.percentile(values, 0.95) == 95
    assert benchmarks.percentile(values, 0.5) == 50
    assert benchmarks.percentile([7], 0.99) == 7


def test_bulk_pages_are_a_valid_tree_live_and_searchable(home):
    from website.models import ContentPage

    template = ContentPage.objects.exact_type(ContentPage).filter(locale=home.locale).first()
    section = ContentPage.objects.filter(locale=home.locale, depth=3).last()
    before = section.get_children().count()
    ids = bench_data.clone_pages(
        template, section, 40, seed=9, texts=lambda index: f"palavra termo{index:04d} tráfico"
    )
    assert len(ids) == 40
    section = Page.objects.get(pk=section.pk)
    assert section.numchild == before + 40
    assert section.get_children().count() == before + 40
    problems = Page.find_problems()
    assert not any(problems), problems
    page = ContentPage.objects.get(pk=ids[7])
    response = Client().get(page.url)
    assert response.status_code == 200
    assert "termo0007" in response.content.decode()
    found = Client().get("/pt-br/search/", {"q": "termo0007"}).content.decode()
    assert page.url in found


def test_bulk_channels_show_in_the_directory():
    from channels.models import Channel, ChannelDirectoryPage

    template = Channel.objects.filter(live=True, locale__language_code="pt-br").first()
    bench_data.clone_channels(template, 30)
    directory = ChannelDirectoryPage.objects.get(locale__language_code="pt-br")
    clone = Channel.objects.filter(slug__startswith=bench_data.BENCH_SLUG_PREFIX).first()
    response = Client().get(f"{directory.url}canal/{clone.slug}/")
    assert response.status_code == 200


def test_every_public_page_type_is_measured():
    labels = {label for label, _url in benchmarks.public_page_urls()}
    assert {
        "website.HomePage",
        "website.ContentPage",
        "campaigns.CampaignIndexPage",
        "campaigns.CampaignPage",
        "channels.ChannelDirectoryPage",
        "channel (directory entry)",
        "search",
    } <= labels


def _static_path(url):
    return finders.find(url.removeprefix("/static/").split("?")[0])


def test_a_campaign_page_first_load_is_light():
    """HTML, style sheets, scripts and fonts, compressed, before images: < 150 KB, and
    < 30 KB of JavaScript even uncompressed."""
    from campaigns.models import CampaignPage

    page = CampaignPage.objects.live().filter(locale__language_code="pt-br").first()
    html = Client().get(page.url).content
    parser = benchmarks._AssetParser()
    parser.feed(html.decode())
    total = len(gzip.compress(html, 6))
    javascript = 0
    for url in [*parser.styles, *parser.scripts]:
        data = open(_static_path(url), "rb").read()  # noqa: SIM115
        total += len(gzip.compress(data, 6))
        if url in parser.scripts:
            javascript += len(data)
    assert parser.styles
    assert parser.scripts
    assert total < benchmarks.FIRST_LOAD_BYTES, total
    assert javascript < benchmarks.JAVASCRIPT_BYTES, javascript
    photos = [image for image in parser.images if ".svg" not in image]  # QR codes are SVG
    assert photos
    assert all(".webp" in image for image in photos), photos


def test_public_requests_make_no_rendition():
    before = benchmarks.count_renditions()
    for _label, url in benchmarks.public_page_urls():
        assert Client().get(url).status_code == 200, url
    assert benchmarks.count_renditions() == before


# Inside pytest the same renders cost more than in a serving process: measured on
# 2026-12-01 on one machine, the channels directory took 43 ms (PostgreSQL) and 48-57 ms
# (SQLite) here, 21-30 ms in a plain process on the same data. The 30 ms target is
# measured by `manage.py bench` in a process of its own (docs/bench/); this test keeps a
# ceiling that still fails a real regression (a page twice as slow) on either engine.
PYTEST_CEILING_MS = 65


@pytest.mark.benchmark
def test_uncached_renders_are_fast():
    ceiling = PYTEST_CEILING_MS
    slow = {}
    for label, url in benchmarks.public_page_urls():
        result = benchmarks.measure_render(label, url, repeat=7)
        assert result.status == 200, url
        if result.median_ms >= ceiling:
            slow[label] = round(result.median_ms, 1)
    assert not slow, slow
