"""The directory on a 360 px phone: pick a state, filter by language, tap to call."""

from tests.browser.conftest import assert_accessible, assert_fits_width, screenshot

URL = "/pt-br/onde-pedir-ajuda/"


def test_pick_state_language_and_call_on_a_phone(site, new_page):
    page = new_page(width=360, height=780)
    page.goto(site.url + URL)
    page.select_option("#channel-uf", "SP")
    page.select_option("#channel-language", "pt")
    page.get_by_role("button", name="Show channels").or_(
        page.locator(".channel-filters button[type=submit]")
    ).first.click()
    page.wait_for_url("**uf=SP**")
    assert "language=pt" in page.url
    call = page.locator('.channel-list a[href="tel:100"]').first
    call.scroll_into_view_if_needed()
    assert call.is_visible()
    box = call.bounding_box()
    assert box["height"] >= 44  # a thumb-sized target
    call.click()  # the phone's dialer takes over; the page stays usable
    assert page.locator("#channel-uf").input_value() == "SP"
    assert_fits_width(page)
    assert_accessible(page)
    screenshot(page, "channels-directory-360")
    wide = new_page(width=1280)
    wide.goto(site.url + URL + "?uf=AM")
    assert_fits_width(wide)
    screenshot(wide, "channels-directory-1280")
    wide.goto(site.url + URL + "canal/disque-100/")
    assert_accessible(wide)
    screenshot(wide, "channels-channel-1280")


def test_directory_works_without_javascript(site, new_page):
    page = new_page(width=360, javascript=False)
    page.goto(site.url + URL + "?uf=AM&kind=paahm")
    assert page.locator(".channel-list").get_by_text("PAAHM/AM").count() == 1
    assert page.locator("[data-channel-nearest]").is_hidden()
    page.goto(site.url + URL + "cartao/AM/")
    assert_fits_width(page)  # (axe-core needs JavaScript: checked in the test above)
    screenshot(page, "channels-pocket-card-360")
