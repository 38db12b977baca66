"""The public side of news: the article page, its print view and the section listing."""

import datetime
import json
import re

import pytest

from django.core.cache import cache

from articles.models import ArticleKind
from articles.templatetags.article_tags import vn_datetime, vn_short_date
from sites.models import Unit
from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, local_datetime, news_section
from tests.factories import DocumentFactory, ImageFactory
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_page_cache():
    # Each test builds its own articles in a rolled-back transaction; a page cached by an
    # earlier test (the factories publish no signal that would expire it) must not answer.
    cache.clear()


def get_page(client, path, host=COMMUNE_HOST):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (path, response.status_code)
    # The view count may sit between markers the page cache fills in on every hit.
    return re.sub(r"<!--.*?-->", "", response.content.decode())


def between(content, start, end):
    """The part of `content` after the first `start` and before the next `end`."""
    return content.split(start, 1)[1].split(end, 1)[0]


def test_dates_are_shown_with_the_weekday_in_vietnam_time():
    utc_morning = datetime.datetime(2023, 10, 2, 9, 20, tzinfo=datetime.UTC)
    assert vn_datetime(utc_morning) == "Thứ Hai, 02/10/2023 16:20"
    assert vn_short_date(utc_morning) == "(02/10)"
    # 18:30 UTC on Saturday is already Sunday morning in Vietnam.
    assert vn_datetime(datetime.datetime(2023, 10, 7, 18, 30, tzinfo=datetime.UTC)) == "Chủ Nhật, 08/10/2023 01:30"
    assert vn_datetime(None) == "" and vn_short_date("") == ""


@pytest.fixture
def full_article(commune, district):
    section = news_section(commune.site)
    photo = ImageFactory(
        title="Toàn cảnh cuộc họp Ban Biên tập",
        author="Nguyễn Văn An",
        source="Đài Truyền thanh xã",
        license="Tác phẩm của đơn vị",
    )
    body_photo = ImageFactory(title="Ảnh trong bài", author="Trần Thị Bình", source="", license="Thỏa thuận số 12/TT")
    report = DocumentFactory(title="Báo cáo 9 tháng")
    unit = Unit.objects.get(parent=district, name="Phòng Văn hóa và Thông tin")
    earlier = ArticlePageFactory(
        parent=section,
        title="Xã Tân Hà ra quân làm đường giao thông nông thôn",
        published_at=local_datetime(2023, 9, 8),
    )
    older = ArticlePageFactory(
        parent=section, title="Tân Hà tổ chức ngày hội tòng quân", published_at=local_datetime(2023, 2, 13)
    )
    newer = ArticlePageFactory(
        parent=section, title="Tân Hà trao quà cho hộ nghèo dịp Tết", published_at=local_datetime(2023, 12, 20)
    )
    body = [
        {"type": "paragraph", "value": "<p>Sáng ngày 28/9/2023, Ban Biên tập họp đánh giá tình hình hoạt động.</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": body_photo.pk, "alt_text": "Đại biểu phát biểu tại cuộc họp", "decorative": False},
                "caption": "Đồng chí Phó Chủ tịch UBND xã phát biểu",
            },
        },
        {"type": "quote", "value": {"text": "Tin bài phải kịp thời, chính xác.", "attribution": "Trưởng Ban Biên tập"}},
        {
            "type": "table",
            "value": {
                "data": [["Chỉ tiêu", "Kết quả"], ["Tin", "245"], ["Bài", "60"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Số tin bài 9 tháng",
            },
        },
        {"type": "document", "value": {"document": report.pk, "title": "Tải báo cáo 9 tháng"}},
    ]
    article = ArticlePageFactory(
        parent=section,
        title="Ban Biên tập họp đánh giá hoạt động 9 tháng đầu năm 2023",
        slug="ban-bien-tap-hop-9-thang",
        kind=ArticleKind.REPORTAGE,
        summary="Ban Biên tập Trang thông tin điện tử xã họp đánh giá hoạt động 9 tháng.",
        body=json.dumps(body),
        featured_image=photo,
        author="Uyên Phương",
        contributing_unit=unit,
        source_name="Báo Bình Thuận",
        source_url="https://baobinhthuan.com.vn/ban-bien-tap-hop-123.html",
        source_permission="Công văn số 45/BBT ngày 01/9/2023",
        published_at=local_datetime(2023, 10, 2, 16, 20),
        tags=["Ban Biên tập", "chuyển đổi số"],
    )
    return {"article": article, "earlier": earlier, "older": older, "newer": newer, "report": report}


def test_article_page_shows_every_field_as_portals_do(client, full_article):
    article = full_article["article"]
    content = get_page(client, "/tin-tuc-su-kien/ban-bien-tap-hop-9-thang/")

    assert content.count("<h1") == 1
    assert re.search(r"<h1[^>]*>Ban Biên tập họp đánh giá hoạt động 9 tháng đầu năm 2023</h1>", content)
    assert "Thứ Hai, 02/10/2023 16:20" in content
    assert re.search(r"Lượt xem: \d+", content)
    assert 'class="kind-label kind-label--phong_su">Phóng sự<' in content
    assert '<p class="article__summary">Ban Biên tập Trang thông tin điện tử xã họp đánh giá' in content

    featured = between(content, '<figure class="article__figure', "</figure>")
    assert 'alt="Toàn cảnh cuộc họp Ban Biên tập"' in featured
    assert "Ảnh: Nguyễn Văn An – Nguồn: Đài Truyền thanh xã – Bản quyền: Tác phẩm của đơn vị" in featured

    body = between(content, '<div class="article__body">', '<footer class="article__footer">')
    assert "Sáng ngày 28/9/2023, Ban Biên tập họp" in body
    assert 'alt="Đại biểu phát biểu tại cuộc họp"' in body
    assert "Đồng chí Phó Chủ tịch UBND xã phát biểu" in body and "Ảnh: Trần Thị Bình" in body
    assert "Tin bài phải kịp thời, chính xác." in body and "— Trưởng Ban Biên tập" in body
    assert "<caption>Số tin bài 9 tháng</caption>" in body and '<th scope="col"' in body and "245" in body
    assert f'href="{full_article["report"].url}"' in body and "Tải báo cáo 9 tháng" in body

    footer = between(content, '<footer class="article__footer">', "</footer>")
    assert '<p class="article__byline">Uyên Phương</p>' in footer
    assert "Đơn vị cung cấp tin: Phòng Văn hóa và Thông tin" in footer
    assert (
        'Nguồn: <a href="https://baobinhthuan.com.vn/ban-bien-tap-hop-123.html" rel="nofollow noopener external">'
        "Báo Bình Thuận</a>"
    ) in footer
    assert "Ban Biên tập</li>" in footer and "chuyển đổi số</li>" in footer

    assert 'href="/tin-tuc-su-kien/ban-bien-tap-hop-9-thang/in/"' in content and "In bài" in content
    assert 'type="application/rss+xml"' in content and 'href="/tin-tuc-su-kien/rss/"' in content
    assert 'class="breadcrumbs"' in content and "Tin tức – Sự kiện" in between(content, 'class="breadcrumbs"', "</nav>")
    assert article.title in content


def test_other_news_with_their_dates_and_no_previously_published_list_when_all_fit(client, full_article):
    content = get_page(client, "/tin-tuc-su-kien/ban-bien-tap-hop-9-thang/")

    other = between(content, 'id="tin-khac"', "</section>")
    for item in ("earlier", "older", "newer"):
        assert full_article[item].title in other
    assert "(20/12/2023)" in other and "(08/09/2023)" in other
    assert full_article["article"].title not in other
    # The three other items all fit in "Tin khác": "Tin đã đưa" would only repeat them.
    assert 'id="tin-da-dua"' not in content


def test_other_news_and_previously_published_news_show_distinct_items(client, commune):
    section = news_section(commune.site)
    article = ArticlePageFactory(
        parent=section, title="Tân Hà họp tổng kết năm", slug="tong-ket", published_at=local_datetime(2023, 6, 30)
    )
    newer = [
        ArticlePageFactory(parent=section, title=f"Tin mới số {day}", published_at=local_datetime(2023, 7, day))
        for day in range(1, 4)
    ]
    older = [
        ArticlePageFactory(parent=section, title=f"Tin cũ số {day}", published_at=local_datetime(2023, 5, day))
        for day in range(1, 6)
    ]
    content = get_page(client, "/tin-tuc-su-kien/tong-ket/")

    other = between(content, 'id="tin-khac"', "</section>")
    earlier = between(content, 'id="tin-da-dua"', "</section>")
    shown_other = re.findall(r">(Tin (?:mới|cũ) số \d)</a>", other)
    shown_earlier = re.findall(r">(Tin (?:mới|cũ) số \d)</a>", earlier)
    # "Tin khác": the section's five newest other items; "Tin đã đưa": the older ones not listed there.
    assert shown_other == ["Tin mới số 3", "Tin mới số 2", "Tin mới số 1", "Tin cũ số 5", "Tin cũ số 4"]
    assert shown_earlier == ["Tin cũ số 3", "Tin cũ số 2", "Tin cũ số 1"]
    assert not set(shown_other) & set(shown_earlier)
    assert "(03/05)" in earlier and article.title not in other + earlier
    assert len(newer) + len(older) == len(shown_other) + len(shown_earlier)


def test_print_view_has_the_article_without_the_portal_chrome(client, full_article):
    content = get_page(client, "/tin-tuc-su-kien/ban-bien-tap-hop-9-thang/in/")

    assert content.count("<h1") == 1
    for expected in (
        "Ban Biên tập họp đánh giá hoạt động 9 tháng đầu năm 2023",
        "Thứ Hai, 02/10/2023 16:20",
        "Lượt xem:",
        "Ban Biên tập Trang thông tin điện tử xã họp đánh giá",
        "Ảnh: Nguyễn Văn An",
        "Sáng ngày 28/9/2023",
        '<p class="article__byline">Uyên Phương</p>',
        "Đơn vị cung cấp tin: Phòng Văn hóa và Thông tin",
        'rel="nofollow noopener external">Báo Bình Thuận</a>',
        "chuyển đổi số",
        "http://tan-ha.hamtan.test/tin-tuc-su-kien/ban-bien-tap-hop-9-thang/",
    ):
        assert expected in content, expected
    for chrome in ('class="site-nav"', 'class="site-footer"', 'class="breadcrumbs"', 'id="tin-khac"', "masthead"):
        assert chrome not in content, chrome
    assert '<meta name="robots" content="noindex, follow">' in content


def test_draft_article_is_not_public(client, commune):
    ArticlePageFactory(parent=news_section(commune.site), title="Bản nháp chưa duyệt", slug="ban-nhap", live=False)
    assert client.get("/tin-tuc-su-kien/ban-nhap/", HTTP_HOST=COMMUNE_HOST).status_code == 404


def test_section_listing_paginates_with_trang_and_shows_subsections(client, commune):
    section = news_section(commune.site)
    economy = NewsIndexPageFactory(parent=section, title="Kinh tế", slug="kinh-te")
    ArticlePageFactory(
        parent=economy,
        title="Thu hoạch thanh long vụ nghịch",
        slug="thanh-long",
        published_at=local_datetime(2024, 1, 1),
    )
    for day in range(1, 16):
        ArticlePageFactory(parent=section, title=f"Tin hoạt động ngày {day}", published_at=local_datetime(2023, 5, day))

    first = get_page(client, "/tin-tuc-su-kien/")
    assert first.count("<h1") == 1
    assert 'href="/tin-tuc-su-kien/kinh-te/"' in between(first, 'class="subsections"', "</nav>")
    assert "Thu hoạch thanh long vụ nghịch" in first  # a subsection's article is listed in its parent
    assert first.index("Thu hoạch thanh long vụ nghịch") < first.index("Tin hoạt động ngày 15")
    assert "Tin hoạt động ngày 1<" not in first
    assert 'href="?trang=2"' in first and 'aria-label="Phân trang"' in first
    assert '<link rel="alternate" type="application/rss+xml"' in first and 'href="/tin-tuc-su-kien/rss/"' in first

    second = get_page(client, "/tin-tuc-su-kien/?trang=2")
    assert "Tin hoạt động ngày 1<" in second and "Tin hoạt động ngày 15" not in second
    assert 'href="?trang=1"' in second

    for bad in ("abc", "999", "-1", "2%27"):
        assert client.get(f"/tin-tuc-su-kien/?trang={bad}", HTTP_HOST=COMMUNE_HOST).status_code == 200

    subsection = get_page(client, "/tin-tuc-su-kien/kinh-te/")
    assert "Thu hoạch thanh long vụ nghịch" in subsection and "Tin hoạt động ngày 15" not in subsection
    assert 'href="/tin-tuc-su-kien/kinh-te/rss/"' in subsection


def test_section_and_articles_of_a_commune_show_only_its_own_news(client, commune, other_commune):
    ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà ra quân dọn vệ sinh môi trường", slug="ve-sinh")
    ArticlePageFactory(
        parent=news_section(other_commune.site), title="Tân Nghĩa chỉnh trang đô thị", slug="chinh-trang"
    )
    ArticlePageFactory(parent=news_section(other_commune.site), title="Tân Nghĩa ra quân", slug="ve-sinh")

    own = get_page(client, "/tin-tuc-su-kien/")
    assert "Tân Hà ra quân dọn vệ sinh môi trường" in own and "Tân Nghĩa" not in own.split("<main", 1)[1]

    article = get_page(client, "/tin-tuc-su-kien/ve-sinh/")
    assert "Tân Hà ra quân dọn vệ sinh môi trường" in article and "Tân Nghĩa" not in article
    # The same address on the other commune's host serves the other commune's article.
    assert "Tân Nghĩa ra quân" in get_page(client, "/tin-tuc-su-kien/ve-sinh/", host=OTHER_COMMUNE_HOST)
    assert client.get("/tin-tuc-su-kien/chinh-trang/", HTTP_HOST=COMMUNE_HOST).status_code == 404


def test_header_has_a_labelled_site_search_form(client, commune):
    content = get_page(client, "/tin-tuc-su-kien/")
    form = between(content, '<form class="search-form masthead__search"', "</form>")
    assert 'role="search"' in form and 'action="/tim-kiem/"' in form and 'method="get"' in form
    assert '<label class="visually-hidden" for="o-tim-kiem">Tìm tin bài, văn bản, thủ tục trên trang</label>' in form
    assert 'id="o-tim-kiem" name="q"' in form
