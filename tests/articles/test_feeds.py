"""RSS 2.0 per section and per site, and the per-site sitemap."""

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest

from django.core.cache import cache

from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, local_datetime, news_section
from tests.factories import ContentPageFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST

pytestmark = pytest.mark.django_db

DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(autouse=True)
def fresh_page_cache():
    # Section feeds are served through the page cache; each test has its own articles.
    cache.clear()


def fetch_feed(client, path, host):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (path, response.status_code)
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(response.content)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channels = rss.findall("channel")
    assert len(channels) == 1
    channel = channels[0]
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), required
    return channel


def item_titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


@pytest.fixture
def commune_news(commune, other_commune, district):
    section = news_section(commune.site)
    economy = NewsIndexPageFactory(parent=section, title="Kinh tế", slug="kinh-te")
    items = {
        "old": ArticlePageFactory(
            parent=section,
            title="Tân Hà tổ chức ngày hội tòng quân",
            slug="tong-quan",
            summary="Thanh niên xã Tân Hà lên đường nhập ngũ.",
            author="Minh Thư",
            published_at=local_datetime(2023, 2, 13, 7, 30),
        ),
        "new": ArticlePageFactory(
            parent=section,
            title="Tân Hà trao quà cho hộ nghèo dịp Tết",
            slug="trao-qua",
            summary="UBND xã trao 120 suất quà cho hộ nghèo.",
            author="Uyên Phương",
            published_at=local_datetime(2024, 1, 20, 16, 20),
        ),
        "economy": ArticlePageFactory(
            parent=economy,
            title="Thu hoạch thanh long vụ nghịch",
            slug="thanh-long",
            published_at=local_datetime(2023, 11, 5, 9, 0),
        ),
    }
    ArticlePageFactory(parent=section, title="Bản nháp chưa duyệt", published_at=local_datetime(2024, 2, 1), live=False)
    ArticlePageFactory(
        parent=news_section(other_commune.site),
        title="Tân Nghĩa chỉnh trang đô thị",
        published_at=local_datetime(2024, 3, 1),
    )
    ArticlePageFactory(
        parent=news_section(district.site),
        title="Huyện Hàm Tân họp Ban Biên tập",
        published_at=local_datetime(2024, 3, 2),
    )
    return items


def test_section_feed_is_rss_2_with_its_own_and_its_subsections_items_newest_first(client, commune_news):
    channel = fetch_feed(client, "/tin-tuc-su-kien/rss/", COMMUNE_HOST)

    assert channel.findtext("link") == "http://tan-ha.hamtan.test/tin-tuc-su-kien/"
    assert "Tin tức – Sự kiện" in channel.findtext("title") and "Xã Tân Hà" in channel.findtext("title")
    assert item_titles(channel) == [
        "Tân Hà trao quà cho hộ nghèo dịp Tết",
        "Thu hoạch thanh long vụ nghịch",
        "Tân Hà tổ chức ngày hội tòng quân",
    ]

    newest = channel.findall("item")[0]
    assert newest.findtext("link") == "http://tan-ha.hamtan.test/tin-tuc-su-kien/trao-qua/"
    assert newest.findtext("guid") == "http://tan-ha.hamtan.test/tin-tuc-su-kien/trao-qua/"
    assert newest.findtext("description") == "UBND xã trao 120 suất quà cho hộ nghèo."
    assert parsedate_to_datetime(newest.findtext("pubDate")) == commune_news["new"].published_at
    assert newest.findtext(DC_CREATOR) == "Uyên Phương"
    assert newest.findtext("category") == "Tin"


def test_subsection_feed_lists_only_the_subsection(client, commune_news):
    channel = fetch_feed(client, "/tin-tuc-su-kien/kinh-te/rss/", COMMUNE_HOST)
    assert item_titles(channel) == ["Thu hoạch thanh long vụ nghịch"]
    assert channel.findtext("link") == "http://tan-ha.hamtan.test/tin-tuc-su-kien/kinh-te/"


def test_site_feed_lists_every_live_article_of_this_site_only(client, commune_news):
    channel = fetch_feed(client, "/rss/", COMMUNE_HOST)
    assert item_titles(channel) == [
        "Tân Hà trao quà cho hộ nghèo dịp Tết",
        "Thu hoạch thanh long vụ nghịch",
        "Tân Hà tổ chức ngày hội tòng quân",
    ]
    assert channel.findtext("link") == "http://tan-ha.hamtan.test/"
    for item in channel.findall("item"):
        assert item.findtext("link").startswith("http://tan-ha.hamtan.test/")

    assert item_titles(fetch_feed(client, "/rss/", OTHER_COMMUNE_HOST)) == ["Tân Nghĩa chỉnh trang đô thị"]
    district_feed = fetch_feed(client, "/rss/", DISTRICT_HOST)
    assert item_titles(district_feed) == ["Huyện Hàm Tân họp Ban Biên tập"]
    assert "Huyện Hàm Tân" in district_feed.findtext("title")


def test_feeds_stop_at_twenty_items(client, commune):
    section = news_section(commune.site)
    for day in range(1, 23):
        ArticlePageFactory(parent=section, title=f"Tin ngày {day:02d}/03", published_at=local_datetime(2024, 3, day))
    expected = [f"Tin ngày {day:02d}/03" for day in range(22, 2, -1)]
    assert item_titles(fetch_feed(client, "/rss/", COMMUNE_HOST)) == expected
    assert item_titles(fetch_feed(client, "/tin-tuc-su-kien/rss/", COMMUNE_HOST)) == expected


def test_pages_point_feed_readers_at_their_feeds(client, commune_news):
    home = client.get("/", HTTP_HOST=COMMUNE_HOST).content.decode()
    assert '<link rel="alternate" type="application/rss+xml" title="Tin bài mới (RSS)" href="/rss/">' in home
    section = client.get("/tin-tuc-su-kien/kinh-te/", HTTP_HOST=COMMUNE_HOST).content.decode()
    assert 'type="application/rss+xml" title="Kinh tế (RSS)" href="/tin-tuc-su-kien/kinh-te/rss/"' in section
    article = client.get("/tin-tuc-su-kien/kinh-te/thanh-long/", HTTP_HOST=COMMUNE_HOST).content.decode()
    assert 'href="/tin-tuc-su-kien/kinh-te/rss/"' in article and 'href="/rss/"' in article


def test_sitemap_lists_the_sites_live_pages_only(client, commune_news, commune):
    ContentPageFactory(
        parent=commune.site.root_page.get_children().get(slug="gioi-thieu"), title="Lịch sử", slug="lich-su"
    )
    response = client.get("/sitemap.xml", HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 200
    urlset = ET.fromstring(response.content)
    locations = {loc.text for loc in urlset.findall("sm:url/sm:loc", SITEMAP_NS)}

    for path in (
        "/",
        "/gioi-thieu/",
        "/gioi-thieu/lich-su/",
        "/tin-tuc-su-kien/",
        "/tin-tuc-su-kien/kinh-te/",
        "/tin-tuc-su-kien/tong-quan/",
        "/tin-tuc-su-kien/trao-qua/",
        "/tin-tuc-su-kien/kinh-te/thanh-long/",
    ):
        assert f"http://tan-ha.hamtan.test{path}" in locations, path
    assert all(location.startswith("http://tan-ha.hamtan.test/") for location in locations)
    assert not any("ban-nhap-chua-duyet" in location for location in locations)

    other = client.get("/sitemap.xml", HTTP_HOST=OTHER_COMMUNE_HOST).content.decode()
    assert "tan-ha.hamtan.test" not in other and "tan-nghia-chinh-trang-do-thi" in other
    district = client.get("/sitemap.xml", HTTP_HOST=DISTRICT_HOST).content.decode()
    assert "tan-ha.hamtan.test" not in district and "tong-quan" not in district
