"""Headless Chromium: a commune editor types a Vietnamese title and the address is the folded title."""

import pytest
from playwright.sync_api import expect

from articles.models import ArticlePage
from tests.articles.factories import news_section
from tests.browser.helpers import submit_admin_login, url_on
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, PASSWORD, unit_on

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Xã Tân Hà tổ chức ra quân làm sạch môi trường ven biển và đường làng"
SLUG = "xa-tan-ha-to-chuc-ra-quan-lam-sach-moi-truong-ven-bien-va-duong-lang"


def test_the_slug_is_the_folded_title_as_the_editor_types_it(browser, live_portal):
    section = news_section(unit_on(COMMUNE_HOST).site)
    page = browser.new_page()
    submit_admin_login(page, live_portal, "editor", PASSWORD)
    page.wait_for_url("**/admin/")

    page.goto(url_on(live_portal, DISTRICT_HOST, f"/admin/pages/add/articles/articlepage/{section.pk}/"))
    title, slug = page.locator("#id_title"), page.locator("#id_slug")
    title.click()
    title.press_sequentially("Xã Tân Hà tổ")
    expect(slug).to_have_value("xa-tan-ha-to")  # filled while typing (after Wagtail's 100 ms debounce)
    title.press_sequentially(TITLE.removeprefix("Xã Tân Hà tổ"))
    expect(slug).to_have_value(SLUG)

    page.get_by_role("button", name="Lưu bản nháp").click()
    page.wait_for_url("**/admin/pages/*/edit/**")
    draft = ArticlePage.objects.child_of(section).get(title=TITLE)
    assert draft.slug == SLUG

    # The board publishes it; the public address is the one the editor saw.
    draft.get_latest_revision().publish()
    page.goto(url_on(live_portal, COMMUNE_HOST, f"/tin-tuc-su-kien/{SLUG}/"))
    assert page.locator("h1").text_content().strip() == TITLE
    page.close()
