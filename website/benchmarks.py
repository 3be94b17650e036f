"""What ``manage.py bench`` measures, as plain functions (the command runs them in order
and writes the report; the tests run them on small data).

Everything here reads the database configured for the process: the command points the
process at a benchmark database of its own first (see the command's docstring).
"""

import gzip
import re
import statistics
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

# Targets from the production issue.
RENDER_MEDIAN_MS = 30
SEARCH_P95_MS = 150
SEARCH_LABEL = "search"
FIRST_LOAD_BYTES = 150 * 1024
JAVASCRIPT_BYTES = 30 * 1024
CACHED_RPS = 1000
CACHED_P99_MS = 50
PUBLISH_VISIBLE_S = 5
# Most public pages keep to 12 queries (tests/test_queries.py); the richer page types
# have budgets of their own in their apps' tests. A page type over this is reported.
DEFAULT_QUERY_BUDGET = 20

SEARCH_QUERIES = [
    "tráfico", "pessoas", "trabalho escravo", "exploração sexual", "migrante", "denúncia",
    "direitos", "atendimento", "fronteira", "passaporte", "aliciamento", "servidão",
    "termo0042", "termo1999", "rede acolhimento", "polícia", "saúde", "campanha",
    "capacitação", "guia", "tráfico pessoas", "contrato salário", "palavra-inexistente",
    "vítima", "prevenção",
]  # fmt: skip


def percentile(values, fraction):
    """The ``fraction`` (0..1) percentile of ``values``, nearest-rank."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(1, round(fraction * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class RenderResult:
    """``median_ms`` is wall-clock time; ``cpu_median_ms`` the process's CPU time, which
    other programs on the same cores do not inflate (on a quiet machine the two agree:
    an in-process render on SQLite does not wait for anything)."""

    label: str
    url: str
    median_ms: float
    queries: int
    status: int
    samples: list = field(default_factory=list)
    cpu_median_ms: float = 0.0


def public_page_urls():
    """[(label, url)]: one live pt-BR page of every public page type, plus a channel's
    page and a search. Found by type, so a new app's pages are measured too."""
    from wagtail.models import Page

    from website.bench_data import BENCH_SLUG_PREFIX

    urls, seen = [], set()
    pages = (
        Page.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
        .exclude(slug__startswith=BENCH_SLUG_PREFIX)
        .order_by("depth", "path")
        .specific()
    )
    for page in pages:
        label = type(page)._meta.label
        if label in seen:
            continue
        seen.add(label)
        urls.append((label, page.url))
        if label == "channels.ChannelDirectoryPage":
            from channels.directory import visible_channels

            channel = visible_channels(page.locale).exclude(slug__startswith=BENCH_SLUG_PREFIX)
            channel = channel.order_by("pk").first()
            if channel is not None:
                urls.append(("channel (directory entry)", f"{page.url}canal/{channel.slug}/"))
    urls.append((SEARCH_LABEL, "/pt-br/search/?q=tr%C3%A1fico+pessoas"))
    return urls


@contextmanager
def rendering_as_served():
    """Templates rendered as a live site renders them: with the serving processes'
    garbage-collector settings (website/runtime.py, applied by gunicorn.conf.py).

    Under a test runner Django instruments every template render: it sends a signal,
    and the test client copies the whole context for each template and include (for
    ``response.context``). That costs a page with twenty cards more than the page
    itself, so a measurement taken inside pytest puts the original render back."""
    from django.template.base import Template
    from django.test import utils

    from website.runtime import tuned_garbage_collector

    saved = getattr(utils._TestState, "saved_data", None)
    original = getattr(saved, "template_render", None)
    with tuned_garbage_collector():
        if original is None or Template._render is original:
            yield
            return
        instrumented = Template._render
        Template._render = original
        try:
            yield
        finally:
            Template._render = instrumented


def _client_for(index):
    # A different address per request: the rate limits count per reader.
    return {"REMOTE_ADDR": f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256}"}


def measure_render(label, url, repeat=15):
    """Median time and query count of rendering ``url`` in-process, uncached (the page
    cache is switched off; the per-language header/footer cache and the route cache are
    warm, as on any live site)."""
    client = Client()
    samples = []
    with (
        override_settings(PAGE_CACHE_ENABLED=False, ROUTE_CACHE_ENABLED=True),
        rendering_as_served(),
    ):
        response = client.get(url, **_client_for(0))  # warm-up
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, **_client_for(1))
        # Counted now: the captured list is a view of the connection's log, which the
        # next request empties.
        query_count = len(queries)
        cpu_samples = []
        for attempt in range(repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            client.get(url, **_client_for(attempt + 2))
            samples.append((time.perf_counter() - started) * 1000)
            cpu_samples.append((time.process_time() - cpu_started) * 1000)
    return RenderResult(
        label,
        url,
        statistics.median(samples),
        query_count,
        response.status_code,
        samples,
        statistics.median(cpu_samples),
    )


def measure_renders(repeat=15):
    return [measure_render(label, url, repeat) for label, url in public_page_urls()]


def measure_search(queries=SEARCH_QUERIES, rounds=4, path="/pt-br/search/"):
    """Times of the search page for each query (``rounds`` times each), in ms."""
    from urllib.parse import quote

    client = Client()
    times, cpu_times, statuses = [], [], set()
    with override_settings(PAGE_CACHE_ENABLED=False), rendering_as_served():
        number = 0
        for _round in range(rounds):
            for query in queries:
                number += 1
                started, cpu_started = time.perf_counter(), time.process_time()
                response = client.get(f"{path}?q={quote(query)}", **_client_for(1000 + number))
                times.append((time.perf_counter() - started) * 1000)
                cpu_times.append((time.process_time() - cpu_started) * 1000)
                statuses.add(response.status_code)
    return {
        "count": len(times),
        "p50": percentile(times, 0.5),
        "p95": percentile(times, 0.95),
        "max": max(times),
        "cpu_p95": percentile(cpu_times, 0.95),
        "statuses": sorted(statuses),
    }


def count_renditions():
    from wagtail.images import get_image_model

    return get_image_model().get_rendition_model().objects.count()


class _AssetParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.styles, self.scripts, self.images = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.styles.append(attrs.get("href"))
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag in ("img", "source") and (attrs.get("src") or attrs.get("srcset")):
            self.images.append(attrs.get("src") or attrs.get("srcset"))


def _fetch(url, gzip_ok=True):
    request = urllib.request.Request(  # noqa: S310 (the benchmark's own 127.0.0.1 server)
        url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        body = response.read()
        encoding = response.headers.get("Content-Encoding", "")
    transferred = len(body)
    if encoding != "gzip":
        # Served uncompressed here; nginx in front compresses text (gzip level 6).
        transferred = len(gzip.compress(body, 6))
    else:
        body = gzip.decompress(body)
    return body, transferred


def first_load_weight(base_url, page_url):
    """Bytes a first visit to ``page_url`` transfers before images: the HTML and every
    style sheet, script and font it pulls in, compressed as served."""
    html, html_bytes = _fetch(base_url + page_url)
    parser = _AssetParser()
    parser.feed(html.decode())
    rows = [("HTML", page_url, html_bytes, len(html))]
    for href in parser.styles:
        css, size = _fetch(base_url + href)
        rows.append(("CSS", href, size, len(css)))
        for font in re.findall(r"url\(['\"]?([^)'\"]+\.(?:woff2?|ttf|otf))", css.decode()):
            data, font_size = _fetch(base_url + font, gzip_ok=False)
            rows.append(("font", font, font_size, len(data)))
    for src in parser.scripts:
        script, size = _fetch(base_url + src)
        rows.append(("JS", src, size, len(script)))
    # QR codes are small SVGs drawn by the portal, not photos: they need no rendition.
    photos = [image for image in parser.images if ".svg" not in image]
    webp = [image for image in photos if ".webp" in image]
    return {
        "rows": rows,
        "total": sum(row[2] for row in rows),
        "javascript": sum(row[2] for row in rows if row[0] == "JS"),
        "javascript_raw": sum(row[3] for row in rows if row[0] == "JS"),
        "images": photos,
        "webp_images": webp,
    }


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_LATENCY = re.compile(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
WRK_ERRORS = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
WRK_TOTAL = re.compile(r"(\d+) requests in")


def parse_wrk(output):
    """Requests per second, latency percentiles (ms), requests and errors of a
    ``wrk --latency`` run."""
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    latency = {
        int(pct): float(value) * scale[unit] for pct, value, unit in WRK_LATENCY.findall(output)
    }
    socket = WRK_SOCKET.search(output)
    rps = WRK_RPS.search(output)
    total = WRK_TOTAL.search(output)
    non_2xx = WRK_ERRORS.search(output)
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "latency_ms": latency,
        "requests": int(total.group(1)) if total else 0,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in socket.groups()) if socket else 0,
    }
