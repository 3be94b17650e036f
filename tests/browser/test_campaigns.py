"""Campaigns in a real browser: filter the index (no JavaScript needed), open a campaign
in Spanish, download a material and the zip of all Spanish materials; accessible and
fitting a 360 px phone."""

import io
import zipfile

import pytest

from tests.browser.conftest import assert_accessible, assert_fits_width, screenshot


@pytest.mark.parametrize("width", [360, 1280])
def test_filter_open_in_spanish_and_download(site, new_page, width):
    page = new_page(width=width, language="es")
    page.goto(f"{site.url}/es/campanhas/")
    assert_accessible(page)
    assert_fits_width(page)
    screenshot(page, f"campaigns-index-{width}")

    page.select_option("#id_audience", "migrants")
    page.select_option("#id_language", "es")
    page.get_by_role("button", name="Show campaigns").or_(
        page.locator(".campaign-filters button[type=submit]")
    ).first.click()
    page.wait_for_load_state()
    assert "audience=migrants" in page.url
    assert "language=es" in page.url
    cards = page.locator(".campaign-card")
    assert cards.count() == 2
    assert page.locator("#id_audience").input_value() == "migrants"

    page.get_by_role("link", name="Migrar con seguridad").click()
    page.wait_for_load_state()
    assert page.url.endswith("/es/campanhas/migrar-com-seguranca/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Migrar con seguridad"
    assert_accessible(page)
    assert_fits_width(page)
    screenshot(page, f"campaign-es-{width}")

    # The copy-link button appears only with JavaScript.
    assert page.locator("[data-copy-link]").is_visible()

    first = page.locator("#materials-es ~ ul.material-list .material").first
    assert (
        "Cartel Migrar con seguridad" in first.inner_text()
        or page.locator("#materials-es ~ ul.material-list")
        .first.inner_text()
        .find("Cartel Migrar con seguridad")
        >= 0
    )
    with page.expect_download() as material_download:
        page.locator("#materials-es ~ ul.material-list a.button").first.click()
    material_path = material_download.value.path()
    assert material_path is not None
    with open(material_path, "rb") as handle:
        assert handle.read(4) in (b"%PDF", b"\x89PNG")

    with page.expect_download() as zip_download:
        page.locator(".bundle a").first.click()
    with open(zip_download.value.path(), "rb") as handle:
        names = zipfile.ZipFile(io.BytesIO(handle.read())).namelist()
    assert len(names) == 2
    assert all(name.endswith((".pdf", ".png")) for name in names)


def test_campaign_works_without_javascript(site, new_page):
    page = new_page(width=360, javascript=False)
    page.goto(f"{site.url}/pt-br/campanhas/?status=ended")
    assert page.locator(".campaign-card").count() == 1
    page.goto(f"{site.url}/pt-br/campanhas/migrar-com-seguranca/")
    page.locator(".other-languages summary").click()
    assert page.locator(".other-languages .material").first.is_visible()
    page.locator(".scenario__reveal summary").click()
    assert page.locator(".scenario__signs").is_visible()
    assert not page.locator("[data-copy-link]").is_visible()
    assert_fits_width(page)
    screenshot(page, "campaign-pt-nojs-360")
