"""The portal as readers meet it: five languages, switching language, quick exit,
contrast, shortcuts, a 360 px phone, no JavaScript, and axe-core on every page type."""

import pytest

from tests.browser.conftest import assert_accessible, assert_fits_width, screenshot

LANGUAGES = ["pt-br", "es", "en", "fr", "ht"]

PAGE_TYPES = {
    "home": "/pt-br/",
    "content": "/pt-br/navegue-com-seguranca/",
    "search-results": "/es/search/?q=trata",
    "search-error": "/en/search/?q=",
    "not-found": "/fr/nao-existe/",
}


def test_home_in_all_five_languages(site, new_page):
    page = new_page()
    for code in LANGUAGES:
        response = page.goto(f"{site.url}/{code}/")
        assert response.status == 200
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator("h1").count() == 1
        assert page.locator(".quick-exit").is_visible()
        assert_accessible(page)
        screenshot(page, f"home-{code}")


@pytest.mark.parametrize("width", [360, 1280])
def test_every_page_type_is_accessible(site, new_page, width):
    page = new_page(width=width)
    for name, path in PAGE_TYPES.items():
        page.goto(site.url + path)
        assert_accessible(page)
        assert_fits_width(page)
        screenshot(page, f"{name}-{width}")


def test_high_contrast_is_accessible(site, new_page):
    page = new_page(width=360)
    page.goto(f"{site.url}/pt-br/navegue-com-seguranca/")
    page.get_by_role("button", name="Alto contraste").click()
    assert "high-contrast" in page.locator("html").get_attribute("class")
    assert_accessible(page)
    screenshot(page, "content-high-contrast-360")
    page.reload()
    assert "high-contrast" in page.locator("html").get_attribute("class")
    assert page.get_by_role("button", name="Alto contraste").get_attribute("aria-pressed") == "true"


def test_switch_language_on_a_content_page(site, new_page):
    page = new_page(width=360)
    page.goto(f"{site.url}/pt-br/navegue-com-seguranca/")
    page.locator(".language-switcher summary").click()
    page.locator(".language-switcher a[hreflang=es]").click()
    page.wait_for_url(f"{site.url}/es/navegue-com-seguranca/")
    assert page.locator("html").get_attribute("lang") == "es"
    page.locator(".language-switcher summary").click()
    page.locator(".language-switcher a[hreflang=ht]").click()
    page.wait_for_url(f"{site.url}/ht/navegue-com-seguranca/")
    assert page.locator("html").get_attribute("lang") == "ht"


def test_quick_exit_button_leaves_no_way_back(site, new_page):
    page = new_page(width=360)
    page.goto(f"{site.url}/pt-br/")
    page.goto(f"{site.url}/pt-br/navegue-com-seguranca/")
    page.locator(".quick-exit").click()
    page.wait_for_url(f"{site.url}/health/")
    # location.replace: "back" skips the page the reader was on.
    page.go_back()
    assert page.url == f"{site.url}/pt-br/"


def test_quick_exit_with_escape_twice(site, new_page):
    page = new_page()
    page.goto(f"{site.url}/es/navegue-com-seguranca/")
    page.keyboard.press("Escape")
    page.wait_for_timeout(100)
    assert page.url.endswith("/es/navegue-com-seguranca/")
    page.keyboard.press("Escape")
    page.wait_for_url(f"{site.url}/health/")


def test_alt_number_shortcuts_move_focus(site, new_page):
    page = new_page()
    page.goto(f"{site.url}/pt-br/")
    for key, target in [
        ("3", "search-field"),
        ("1", "main-content"),
        ("4", "footer"),
        ("2", "main-nav"),
    ]:
        page.keyboard.press(f"Alt+{key}")
        assert page.evaluate("() => document.activeElement.id") == target


def test_skip_link_is_first_and_visible_on_focus(site, new_page):
    page = new_page()
    page.goto(f"{site.url}/pt-br/")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.get_attribute("href") == "#main-content"
    assert focused.is_visible()
    box = focused.bounding_box()
    assert box["width"] > 10
    assert box["height"] > 10


def test_works_without_javascript(site, new_page):
    page = new_page(width=360, javascript=False)
    page.goto(f"{site.url}/pt-br/guia-para-jornalistas/")
    assert page.locator(".quick-exit").get_attribute("href") == f"{site.url}/health/"
    # The contrast switch needs JavaScript, so without it the button is not offered.
    assert not page.locator("[data-contrast-toggle]").is_visible()
    page.locator(".language-switcher summary").click()
    page.locator(".language-switcher a[hreflang=fr]").click()
    page.wait_for_url(f"{site.url}/fr/guia-para-jornalistas/")
    page.locator(".questions details summary").first.click()
    assert page.locator(".questions details").first.get_attribute("open") is not None
    page.fill("#search-field", "Disque")
    page.locator(".site-search button").click()
    page.wait_for_url(f"{site.url}/fr/search/?q=Disque")
    assert page.locator(".search-results li").count() >= 1
    screenshot(page, "no-javascript-search-360")


def test_no_request_leaves_the_site(site, new_page):
    page = new_page(width=360)
    outside = []
    page.on(
        "request",
        lambda request: None if request.url.startswith(site.url) else outside.append(request.url),
    )
    for path in [*PAGE_TYPES.values(), "/ht/", "/es/navegue-com-seguranca/"]:
        page.goto(site.url + path)
        page.wait_for_load_state("networkidle")
    assert outside == []
