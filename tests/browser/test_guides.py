"""The guides in a real browser: follow the contents, focus a glossary term and read
its definition, print; accessibility and 360 px layout of every guides page."""

import pytest

from tests.browser.conftest import assert_accessible, assert_fits_width, screenshot

GUIDE = "/pt-br/guia-para-jornalistas/"


def test_follow_contents_focus_a_term_and_print(site, new_page):
    page = new_page(width=1280)
    page.goto(f"{site.url}{GUIDE}")
    page.locator(".guide-toc a", has_text="Entrevistar sobreviventes").click()
    page.wait_for_url(f"{site.url}{GUIDE}entrevistar-sobreviventes/")
    assert "Entrevistar sobreviventes" in page.locator("h1").inner_text()

    term = page.locator(".gloss__term").first
    tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    assert not tip.is_visible()
    term.focus()
    assert tip.is_visible()
    assert ":" in tip.inner_text()
    screenshot(page, "guides-chapter-term-focused-1280")
    assert_accessible(page)

    # The next chapter is one click away.
    page.locator(".chapter-pager a[rel=next]").click()
    page.wait_for_url(f"{site.url}{GUIDE}palavras-que-importam/")

    page.goto(f"{site.url}{GUIDE}print/")
    page.emulate_media(media="print")
    assert not page.locator(".guide-toc:not(.guide-toc--print)").count()
    assert not page.locator(".main-nav").is_visible()
    assert page.locator(".print-chapter").count() >= 5
    screenshot(page, "guides-print-media")
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF-")


def test_the_term_definition_also_shows_on_hover(site, new_page):
    page = new_page(width=1280)
    page.goto(f"{site.url}{GUIDE}entrevistar-sobreviventes/")
    term = page.locator(".gloss__term").first
    tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    term.hover()
    assert tip.is_visible()


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize(
    "path",
    [
        GUIDE,
        f"{GUIDE}entrevistar-sobreviventes/",
        f"{GUIDE}palavras-que-importam/",
        f"{GUIDE}canais-e-contatos/",
        f"{GUIDE}glossario/",
        f"{GUIDE}search/?q=consentimento",
        "/pt-br/fluxos-de-atendimento/passo-03-etapas-e-atores/",
        "/pt-br/fluxos-de-atendimento/passo-04-atribuicoes/",
    ],
)
def test_pages_are_accessible_and_fit(site, new_page, path, width):
    page = new_page(width=width)
    page.goto(f"{site.url}{path}")
    assert_accessible(page)
    assert_fits_width(page)
    name = path.strip("/").replace("/", "-").replace("?q=", "-")
    screenshot(page, f"guides-{name}-{width}")


@pytest.mark.parametrize("javascript", [False, True])
def test_term_checker(site, new_page, javascript):
    page = new_page(width=360, javascript=javascript)
    page.goto(f"{site.url}{GUIDE}glossario/check/")
    page.fill("#id_text", "O texto fala de um imigrante ilegal.")
    page.locator(".term-checker__form button").click()
    page.wait_for_selector(".finding")
    assert "migrante em situação irregular" in page.locator(".findings").inner_text()
    assert_fits_width(page)
    if javascript:  # axe-core runs as a script
        assert_accessible(page)
        screenshot(page, "guides-term-checker-360")
