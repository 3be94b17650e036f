"""Browser-test harness shared by every area: Playwright driving Debian's Chromium,
with axe-core from npm.

- ``browser``: one Chromium for the session (never downloaded: /usr/bin/chromium).
- ``site``: the live server with the demo content loaded.
- ``new_page(width=...)``: a fresh tab; ``javascript=False`` for the no-script checks.
- ``assert_accessible(page)``: axe-core finds nothing serious or critical.
- ``screenshot(page, name)``: a PNG in var/screenshots/ to look at.
"""

import json
import os
from pathlib import Path

import pytest
import pytest_django.fixtures

from tests.conftest import WRITE_WATCH, restore_demo_state

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the
# test itself are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "screenshots"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _databases_for_test(test, _original=pytest_django.fixtures._get_databases_for_test):
    # pytest-django creates the test database only for tests that ask for it through
    # its own markers or fixtures; the browser tests reach it through `site` (below),
    # which must not be transactional, so they are counted here.
    if "site" in getattr(test, "fixturenames", ()):
        return ("default",), False
    return _original(test)


pytest_django.fixtures._get_databases_for_test = _databases_for_test


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: ./portal.sh test installs it (apt).")
    if not AXE.exists():
        pytest.fail("axe-core not found: ./portal.sh test installs it (npm ci).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def portal_server(django_db_setup, django_db_blocker):
    """One live server for the whole session.

    pytest-django's own live_server makes every test transactional, which empties the
    database after each test; putting the demo back then costs seconds per test (most on
    PostgreSQL). These tests commit instead, and the demo is put back only after a test
    that wrote something (tests.conftest.WriteWatch)."""
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer("localhost:0")
    yield server
    server.stop()


@pytest.fixture
def site(portal_server, django_db_blocker, settings):
    # The live server only sees committed data, so each test starts from exactly what
    # the migrations made plus the demo content, and its own writes are committed.
    with django_db_blocker.unblock():
        if WRITE_WATCH.dirty:
            restore_demo_state()
        settings.QUICK_EXIT_URL = f"{portal_server.url}/health/"
        settings.ALLOWED_HOSTS = ["*"]
        yield portal_server


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(width=1280, height=900, javascript=True, language="pt-BR"):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
            locale=language,
            # axe-core is injected as an inline script, which the portal's CSP
            # (rightly) refuses; the tests bypass it for that injection only.
            bypass_csp=True,
        )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def assert_accessible(page, context_selector=None):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async ({selector, tags}) => {
            const results = await axe.run(selector || document, {
                runOnly: {type: "tag", values: tags},
            });
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
            }));
        }""",
        {"selector": context_selector, "tags": AXE_TAGS},
    )
    serious = [v for v in result if v["impact"] in ("serious", "critical")]
    assert not serious, f"{page.url}: " + json.dumps(serious, indent=1, ensure_ascii=False)
    return result


def assert_fits_width(page):
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
