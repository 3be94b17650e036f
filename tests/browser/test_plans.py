"""The monitoring panel in a real browser: on a 360 px phone and on a desktop, without
JavaScript too; accessible (axe-core), no sideways scrolling, the chart drawn by the
server and the same figures in a table."""

import pytest

from tests.browser.conftest import assert_accessible, assert_fits_width, screenshot

PANEL = "/pt-br/planos-nacionais/iii-plano-nacional/panel/"


@pytest.mark.parametrize("width", [360, 1280])
def test_panel_reads_on_phone_and_desktop(site, new_page, width):
    page = new_page(width=width)
    page.goto(f"{site.url}{PANEL}")
    assert page.locator("h1").inner_text().startswith("Painel de monitoramento")
    assert page.locator(".key-figures__number").first.inner_text() == "86%"
    chart = page.locator("figure.panel-chart svg[role=img]")
    assert chart.count() == 1
    box = chart.bounding_box()
    assert box["width"] <= width
    table = page.locator("table.panel-table")
    assert table.locator("caption").count() == 1
    assert table.locator("tbody th[scope=row]").count() == 6
    assert "118 (86%)" in table.locator("tfoot").inner_text()
    assert_accessible(page)
    assert_fits_width(page)
    screenshot(page, f"plans-panel-{width}")


def test_panel_and_plan_work_without_javascript(site, new_page):
    page = new_page(width=360, javascript=False)
    page.goto(f"{site.url}/es/planos-nacionais/i-paecm/panel/")
    assert page.locator("#empty-title").is_visible()
    assert page.locator("table.panel-table").count() == 0
    assert_fits_width(page)
    screenshot(page, "plans-panel-empty-es-360")

    page.goto(f"{site.url}/pt-br/planos-nacionais/iii-plano-nacional/")
    assert_fits_width(page)
    page.get_by_role("link", name="Abrir o painel de monitoramento").click()
    page.wait_for_load_state()
    assert page.url.endswith("/panel/")
    assert page.locator("figure.panel-chart svg").count() == 1
    screenshot(page, "plans-panel-nojs-360")


@pytest.mark.parametrize(
    "path",
    ["/pt-br/planos-nacionais/iii-plano-nacional/", "/es/planos-nacionais/i-paecm/"],
)
def test_plan_pages_are_accessible_on_a_phone(site, new_page, path):
    page = new_page(width=360)
    page.goto(f"{site.url}{path}")
    assert_accessible(page)
    assert_fits_width(page)
    if "i-paecm" in path:
        # The campaign tagged with 1.3.4 appears on that activity, in Spanish.
        assert "Migrar con seguridad" in page.locator("#a-1-3-4").inner_text()
    screenshot(page, "plans-page-" + path.strip("/").replace("/", "-"))
