"""News on the home pages: featured items, latest items per news section, the communes' news."""

import re

import pytest

from django.core.cache import cache

from home.models import HomePage
from sites.models.settings import CommuneNewsRule
from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, local_datetime, news_section
from tests.factories import ContentPageFactory, ImageFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_page_cache():
    cache.clear()


def home(client, host):
    response = client.get("/", HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


def panel(content, heading_id):
    """The HTML of the home page panel whose heading has this id."""
    match = re.search(rf'<section[^>]*aria-labelledby="{heading_id}">(.*?)</section>', content, re.S)
    assert match, heading_id
    return match.group(1)


def test_commune_home_shows_featured_news_and_the_latest_of_each_news_section(client, commune):
    section = news_section(commune.site)
    economy = NewsIndexPageFactory(parent=section, title="Kinh tế", slug="kinh-te")
    notices = NewsIndexPageFactory(parent=commune.site.root_page, title="Thông báo", slug="thong-bao")
    ArticlePageFactory(
        parent=section,
        title="Đại hội Đảng bộ xã Tân Hà lần thứ XV",
        slug="dai-hoi",
        summary="Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa mới.",
        featured=True,
        featured_image=ImageFactory(title="Quang cảnh đại hội"),
        published_at=local_datetime(2025, 6, 20, 9, 0),
    )
    ArticlePageFactory(
        parent=economy, title="Thu hoạch thanh long vụ nghịch", featured=True, published_at=local_datetime(2025, 5, 2)
    )
    for day in range(1, 8):
        ArticlePageFactory(
            parent=section, title=f"Tin hoạt động ngày {day}/4", published_at=local_datetime(2025, 4, day)
        )
    ArticlePageFactory(parent=notices, title="Lịch tiếp công dân tháng 7", published_at=local_datetime(2025, 7, 1))
    ArticlePageFactory(parent=section, title="Tin nổi bật còn nháp", featured=True, live=False)
    ContentPageFactory(parent=commune.site.root_page.get_children().get(slug="gioi-thieu"), title="Điều kiện tự nhiên")

    content = home(client, COMMUNE_HOST)
    assert content.count("<h1") == 1

    featured = panel(content, "tin-noi-bat")
    assert "Đại hội Đảng bộ xã Tân Hà lần thứ XV" in featured and "Thu hoạch thanh long vụ nghịch" in featured
    assert featured.index("Đại hội Đảng bộ") < featured.index("Thu hoạch thanh long")
    assert "Thứ Sáu, 20/06/2025 09:00" in featured and "Đại hội đã bầu Ban Chấp hành" in featured
    assert 'href="/tin-tuc-su-kien/dai-hoi/"' in featured and "<img" in featured
    assert "Tin hoạt động" not in featured and "còn nháp" not in featured

    news = panel(content, f"tin-{section.pk}")
    titles = re.findall(r'<h3 class="news-item__title"><a href="[^"]*">([^<]*)</a>', news)
    # The five newest of the section, its subsections' articles included.
    assert titles == [
        "Đại hội Đảng bộ xã Tân Hà lần thứ XV",
        "Thu hoạch thanh long vụ nghịch",
        "Tin hoạt động ngày 7/4",
        "Tin hoạt động ngày 6/4",
        "Tin hoạt động ngày 5/4",
    ]
    assert 'href="/tin-tuc-su-kien/">Xem tất cả' in news

    notices_panel = panel(content, f"tin-{notices.pk}")
    assert "Lịch tiếp công dân tháng 7" in notices_panel and "Tin hoạt động" not in notices_panel

    # The plain sections keep their blocks; a commune has no “news from the communes”.
    assert "Điều kiện tự nhiên" in content
    assert "Tin từ các xã, thị trấn" not in content


def test_a_commune_home_never_shows_another_communes_news(client, commune, other_commune):
    ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà đón bằng nông thôn mới", featured=True)
    ArticlePageFactory(parent=news_section(other_commune.site), title="Tân Nghĩa khánh thành chợ mới", featured=True)

    own = home(client, COMMUNE_HOST)
    assert "Tân Hà đón bằng nông thôn mới" in own and "Tân Nghĩa khánh thành chợ mới" not in own
    other = home(client, OTHER_COMMUNE_HOST)
    assert "Tân Nghĩa khánh thành chợ mới" in other and "Tân Hà đón bằng nông thôn mới" not in other


def set_rule(district, rule, count=6):
    # An update behind Wagtail's back (the board publishes the home page, which expires the
    # page cache): the cached home must go too.
    HomePage.objects.filter(pk=district.site.root_page_id).update(commune_news_rule=rule, commune_news_count=count)
    cache.clear()


def test_district_home_shows_featured_commune_news_linking_to_the_commune_site(
    client, district, commune, other_commune
):
    set_rule(district, CommuneNewsRule.FEATURED)
    ArticlePageFactory(parent=news_section(district.site), title="Huyện Hàm Tân họp Ban Biên tập", featured=True)
    ArticlePageFactory(
        parent=news_section(commune.site),
        title="Tân Hà đón bằng nông thôn mới",
        slug="nong-thon-moi",
        featured=True,
        published_at=local_datetime(2025, 3, 2),
    )
    ArticlePageFactory(
        parent=news_section(other_commune.site),
        title="Tân Nghĩa khánh thành chợ mới",
        slug="cho-moi",
        featured=True,
        published_at=local_datetime(2025, 3, 5),
    )
    ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà họp giao ban tuần", featured=False)
    ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà nháp nổi bật", featured=True, live=False)

    content = home(client, DISTRICT_HOST)
    featured = panel(content, "tin-noi-bat")
    assert "Huyện Hàm Tân họp Ban Biên tập" in featured and "Tân Hà" not in featured

    communes = panel(content, "tin-tu-cac-xa")
    assert "Tin từ các xã, thị trấn" in communes
    assert communes.index("Tân Nghĩa khánh thành chợ mới") < communes.index("Tân Hà đón bằng nông thôn mới")
    assert (
        '<a href="http://tan-ha.hamtan.test/tin-tuc-su-kien/nong-thon-moi/">Tân Hà đón bằng nông thôn mới</a>'
        in communes
    )
    assert 'href="http://tan-ha.hamtan.test/">Trang thông tin điện tử Xã Tân Hà</a>' in communes
    assert 'href="http://tan-nghia.hamtan.test/tin-tuc-su-kien/cho-moi/"' in communes
    assert 'href="http://tan-nghia.hamtan.test/">Trang thông tin điện tử Thị trấn Tân Nghĩa</a>' in communes
    assert "giao ban tuần" not in communes and "nháp" not in communes


def test_by_default_the_district_home_shows_the_newest_news_of_every_commune_two_at_most_each(
    client, district, commune, other_commune, trusted_commune
):
    for day in range(1, 6):
        ArticlePageFactory(
            parent=news_section(commune.site), title=f"Tân Hà tin ngày {day}", published_at=local_datetime(2025, 3, day)
        )
    ArticlePageFactory(
        parent=news_section(other_commune.site), title="Tân Nghĩa tin cũ", published_at=local_datetime(2024, 1, 1)
    )
    ArticlePageFactory(
        parent=news_section(trusted_commune.site),
        title="Sơn Mỹ tin nổi bật",
        featured=True,
        published_at=local_datetime(2025, 2, 1),
    )
    ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà tin nháp", live=False)
    ArticlePageFactory(parent=news_section(district.site), title="Huyện họp giao ban")

    communes = panel(home(client, DISTRICT_HOST), "tin-tu-cac-xa")
    titles = re.findall(r'<h3 class="news-item__title"><a [^>]*>([^<]+)</a>', communes)
    # Not only the featured items: the two newest of Tân Hà, then the others' newest, newest first.
    assert titles == ["Tân Hà tin ngày 5", "Tân Hà tin ngày 4", "Sơn Mỹ tin nổi bật", "Tân Nghĩa tin cũ"]

    set_rule(district, CommuneNewsRule.NEWEST, count=3)
    communes = panel(home(client, DISTRICT_HOST), "tin-tu-cac-xa")
    assert re.findall(r'<h3 class="news-item__title"><a [^>]*>([^<]+)</a>', communes) == titles[:3]

    set_rule(district, CommuneNewsRule.FEATURED)
    communes = panel(home(client, DISTRICT_HOST), "tin-tu-cac-xa")
    assert re.findall(r'<h3 class="news-item__title"><a [^>]*>([^<]+)</a>', communes) == ["Sơn Mỹ tin nổi bật"]
