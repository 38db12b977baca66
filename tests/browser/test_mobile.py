"""On a phone (375×812) what a visitor came for is on the first screen: the news on a home page
(the welcome text cut to a few lines, the rest a tap away) and the results of a search."""

import datetime
import re
from urllib.parse import urlencode

import pytest

from wagtail.rich_text import RichText

from home.models import HomePage
from tests.articles.factories import ArticlePageFactory, local_datetime, news_section
from tests.browser.helpers import url_on
from tests.factories import ImageFactory
from tests.helpers import COMMUNE_HOST, unit_on
from tests.legal_docs.factories import LegalDocumentPageFactory, document_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1366, "height": 900}
FIRST_SCREEN = PHONE["height"]

# As long as the demo's welcome of a commune: two paragraphs, a whole phone screen before this fix.
WELCOME = (
    "<p>Chào mừng bạn đến với Trang thông tin điện tử Xã Tân Hà, huyện Hàm Tân, tỉnh Bình Thuận. "
    "Xã Tân Hà nằm ven biển, có bãi biển dài, nghề cá và nông nghiệp phát triển.</p>"
    "<p>Trang đăng tải tin tức về hoạt động của chính quyền và đời sống nhân dân địa phương, các thủ tục "
    "hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân Xã Tân Hà và giải đáp ý kiến của người dân.</p>"
)
LEAD_TITLE = "Xã Tân Hà ra quân làm sạch môi trường ven biển"
FIRST_DOCUMENT = "Về việc ban hành kế hoạch bảo vệ môi trường ven biển năm 2026"


@pytest.fixture
def commune_portal(live_portal, media_root):
    """Tân Hà with a demo-length welcome, news with photos and documents on “bảo vệ môi trường”."""
    commune = unit_on(COMMUNE_HOST)
    home = HomePage.objects.get(pk=commune.site.root_page_id)
    home.welcome = WELCOME
    home.save()
    documents = document_index(commune.site)
    documents.intro = RichText("<p>Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành của chính quyền xã.</p>")
    documents.save()

    section = news_section(commune.site)
    photo = ImageFactory(title="Ra quân làm sạch bờ biển")
    for day in range(1, 5):
        ArticlePageFactory(
            parent=section,
            title=f"Tân Hà tuyên truyền giữ gìn vệ sinh môi trường đợt {day}",
            featured=True,
            featured_image=photo,
            published_at=local_datetime(2026, 5, day),
        )
    ArticlePageFactory(
        parent=section, title=LEAD_TITLE, featured=True, featured_image=photo, published_at=local_datetime(2026, 6, 5)
    )
    for number in range(1, 8):
        LegalDocumentPageFactory(
            parent=documents,
            number=f"{40 + number}/KH-UBND",
            doc_type="ke-hoach",
            summary=f"{FIRST_DOCUMENT}{'' if number == 7 else f', đợt {number}'}",
            issuing_body="Ủy ban nhân dân xã Tân Hà",
            issued_date=datetime.date(2026, 5, number),
            fields=["tai-nguyen-va-moi-truong"],
        )
    return live_portal


@pytest.fixture
def phone(browser):
    page = browser.new_page(viewport=PHONE)
    yield page
    page.close()


def box_of(locator):
    assert locator.count(), f"không thấy {locator}"
    return locator.first.bounding_box()


def assert_on_first_screen(locator, what):
    box = box_of(locator)
    bottom = box["y"] + box["height"]
    assert bottom <= FIRST_SCREEN, f"{what} ends at {bottom:.0f} px, below the first screen of {FIRST_SCREEN} px"


def test_commune_home_on_a_phone_shows_the_search_box_and_the_first_news_on_the_first_screen(phone, commune_portal):
    phone.goto(url_on(commune_portal, COMMUNE_HOST, "/"))

    assert_on_first_screen(phone.get_by_role("searchbox"), "the header's search box")
    assert_on_first_screen(phone.get_by_role("link", name=LEAD_TITLE), "the first news item")

    # The welcome is cut, not lost: its button shows the whole text.
    welcome = phone.locator(".welcome__text")
    cut_height = box_of(welcome)["height"]
    toggle = phone.locator(".welcome").get_by_role("button")
    assert toggle.text_content() == "Xem thêm lời giới thiệu"
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.get_attribute("aria-controls") == welcome.get_attribute("id")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert toggle.text_content() == "Thu gọn lời giới thiệu"
    assert box_of(welcome)["height"] > 2 * cut_height
    assert welcome.evaluate("text => text.scrollHeight <= text.clientHeight + 1")


def test_welcome_is_whole_on_a_wide_screen(browser, commune_portal):
    page = browser.new_page(viewport=DESKTOP)
    page.goto(url_on(commune_portal, COMMUNE_HOST, "/"))
    welcome = page.locator(".welcome__text")
    assert welcome.evaluate("text => text.scrollHeight <= text.clientHeight + 1")
    assert "giải đáp ý kiến của người dân." in welcome.inner_text()
    assert not page.get_by_role("button", name="Xem thêm lời giới thiệu").is_visible()
    page.close()


def test_document_search_on_a_phone_starts_its_results_on_the_first_screen(phone, commune_portal):
    phone.goto(url_on(commune_portal, COMMUNE_HOST, "/van-ban/?" + urlencode({"q": "bao ve moi truong"})))

    search_box = phone.get_by_role("searchbox", name=re.compile("Tìm văn bản"))
    assert search_box.input_value() == "bao ve moi truong"
    assert_on_first_screen(search_box, "the search box")
    first_result = phone.locator(".legal-results > li").first
    assert FIRST_DOCUMENT in first_result.inner_text()
    assert_on_first_screen(first_result.get_by_role("link"), "the first result's title")
    # The filters come after the results on a phone.
    assert box_of(phone.locator(".legal-search__facets"))["y"] > box_of(first_result)["y"]


def test_site_search_on_a_phone_starts_its_results_on_the_first_screen(phone, commune_portal):
    # The site search is being rebuilt: only its address, the search box and a result link are relied on.
    phone.goto(url_on(commune_portal, COMMUNE_HOST, "/tim-kiem/?" + urlencode({"q": "ra quan lam sach"})))

    search_box = phone.locator("main").get_by_role("searchbox")
    assert search_box.input_value() == "ra quan lam sach"
    assert_on_first_screen(search_box, "the search box")
    assert_on_first_screen(phone.locator("main").get_by_role("link", name=LEAD_TITLE), "the first result")
