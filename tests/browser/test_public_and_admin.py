"""Headless Chromium against the live server: a commune's home page and the admin login."""

import pytest

from tests.browser.helpers import submit_admin_login, url_on
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_commune_home_page_on_a_phone(browser, live_portal):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(url_on(live_portal, COMMUNE_HOST))

    assert page.locator("h1").count() == 1
    assert "Xã Tân Hà" in page.locator("h1").text_content()
    assert "Độc lập – Tự do – Hạnh phúc" in page.content()

    # On a phone the menu starts closed and opens from its toggle.
    menu_link = page.get_by_role("navigation", name="Menu chính").get_by_role("link", name="Giới thiệu")
    assert not menu_link.is_visible()
    page.get_by_role("button", name="Danh mục").click()
    assert menu_link.is_visible()
    menu_link.click()
    page.wait_for_url("**/gioi-thieu/")
    assert page.locator("h1").text_content().strip() == "Giới thiệu"
    page.close()


def test_admin_login_as_commune_editor(browser, live_portal):
    page = browser.new_page()
    submit_admin_login(page, live_portal, "editor", "mat-khau-thu")
    page.wait_for_url("**/admin/")
    assert page.locator("main").is_visible()
    page.goto(url_on(live_portal, DISTRICT_HOST, "/admin/pages/"))
    assert "Xã Tân Hà" in page.content()
    assert "Thị trấn Tân Nghĩa" not in page.locator("main").inner_text()
    page.close()


def test_admin_login_refuses_a_wrong_password(browser, live_portal):
    page = browser.new_page()
    submit_admin_login(page, live_portal, "editor", "sai-mat-khau")
    page.wait_for_load_state()
    assert "/admin/login/" in page.url
    page.close()
