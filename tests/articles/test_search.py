"""News in the site search box: this site's articles, typed with or without diacritics.

(tests/home/test_site_search.py covers the box over every kind.)

Runs on PostgreSQL (scripts/test-postgres.sh) and on the default SQLite alike.
"""

import re

import pytest

from tests.articles.factories import ArticlePageFactory, local_datetime, news_section
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST

pytestmark = pytest.mark.django_db

POOR_HOUSEHOLDS = "Quyết định phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2024"
PARTY_CONGRESS = "ĐẠI HỘI ĐẢNG BỘ XÃ TÂN HÀ LẦN THỨ XV, NHIỆM KỲ 2025–2030"


def search(client, query, host=COMMUNE_HOST, **params):
    response = client.get("/tim-kiem/", {"q": query, "loai": "tin-bai", **params}, HTTP_HOST=host)
    assert response.status_code == 200, (query, response.status_code)
    return response.content.decode()


def result_titles(content):
    return re.findall(r'<h3 class="legal-result__title"><a href="[^"]*">([^<]*)</a>', content)


@pytest.fixture
def searchable(commune, other_commune, district):
    section = news_section(commune.site)
    ArticlePageFactory(
        parent=section,
        title=POOR_HOUSEHOLDS,
        summary="UBND xã ban hành quyết định công nhận hộ nghèo theo chuẩn nghèo đa chiều.",
        published_at=local_datetime(2024, 1, 15),
    )
    ArticlePageFactory(
        parent=section,
        title=PARTY_CONGRESS,
        summary="Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa mới.",
        author="Ban Tuyên giáo",
        published_at=local_datetime(2025, 6, 20),
    )
    ArticlePageFactory(
        parent=section,
        title="Tân Hà ra quân làm đường giao thông nông thôn",
        summary="Người dân góp công, góp đất mở đường.",
        source_name="Báo Bình Thuận",
        published_at=local_datetime(2024, 3, 1),
    )
    ArticlePageFactory(
        parent=section,
        title="Quyết định khen thưởng hộ nghèo vươn lên (bản nháp)",
        live=False,
        published_at=local_datetime(2024, 2, 1),
    )
    ArticlePageFactory(
        parent=news_section(other_commune.site),
        title="Tân Nghĩa: Quyết định phê duyệt danh sách hộ nghèo năm 2024",
        published_at=local_datetime(2024, 1, 16),
    )
    ArticlePageFactory(
        parent=news_section(district.site),
        title="Huyện Hàm Tân: Quyết định hỗ trợ hộ nghèo đón Tết",
        published_at=local_datetime(2024, 1, 17),
    )


def test_query_without_diacritics_finds_the_vietnamese_title(client, searchable):
    for query in ("quyet dinh ho ngheo", "Quyết định hộ nghèo", "QUYET DINH   HO NGHEO", "quyết-định/hộ.nghèo"):
        assert result_titles(search(client, query)) == [POOR_HOUSEHOLDS], query


def test_folded_d_and_capitals_match_both_ways(client, searchable):
    for query in ("ĐẢNG BỘ", "dang bo", "Đảng bộ", "DANG BO"):
        assert result_titles(search(client, query)) == [PARTY_CONGRESS], query


def test_author_and_source_are_searchable(client, searchable):
    assert result_titles(search(client, "ban tuyen giao")) == [PARTY_CONGRESS]
    assert result_titles(search(client, "bao binh thuan")) == ["Tân Hà ra quân làm đường giao thông nông thôn"]


def test_a_commune_finds_its_own_live_articles_and_the_district_every_communes(client, searchable):
    commune_results = result_titles(search(client, "quyet dinh"))
    assert commune_results == [POOR_HOUSEHOLDS]  # not the draft, not the other commune's, not the district's

    # The district's box covers its communes too, each result naming its portal (newest first among equals).
    district = search(client, "quyet dinh ho ngheo", host=DISTRICT_HOST)
    assert result_titles(district) == [
        "Huyện Hàm Tân: Quyết định hỗ trợ hộ nghèo đón Tết",
        "Tân Nghĩa: Quyết định phê duyệt danh sách hộ nghèo năm 2024",
        POOR_HOUSEHOLDS,
    ]
    assert re.findall(r'<span class="legal-result__site">– ([^<]+)</span>', district) == [
        "Huyện Hàm Tân",
        "Thị trấn Tân Nghĩa",
        "Xã Tân Hà",
    ]


def test_result_page_shows_the_count_and_keeps_the_query_in_the_form(client, searchable):
    content = search(client, "quyet dinh ho ngheo")
    assert content.count("<h1") == 1
    assert "Tìm thấy 1 kết quả cho “quyet dinh ho ngheo”." in content
    assert "Tin bài: 1 kết quả" in content
    assert '<label class="search-form__label" for="tu-khoa-tim-kiem">' in content
    assert 'id="tu-khoa-tim-kiem" name="q" value="quyet dinh ho ngheo"' in content

    nothing = search(client, "thanh long ruot do")
    assert result_titles(nothing) == []
    assert "Không tìm thấy kết quả nào cho “thanh long ruot do”." in nothing


def test_empty_query_gets_a_friendly_prompt(client, searchable):
    for query in ("", "   ", "&&& !!!"):
        content = search(client, query)
        assert "Nhập từ khóa cần tìm" in content
        assert result_titles(content) == []
    assert client.get("/tim-kiem/", HTTP_HOST=COMMUNE_HOST).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "x" * 2000,
        "quyết định " * 200,
        '"quyet dinh" AND (ho | ngheo) & !dang : * \\ \' -- ;',
        "ho:* & ngheo",
        "'); DROP TABLE wagtailcore_page; --",
        "%_%",
        "a b c d e f g h i j k l m n o p",
        "\x00\x01 quyet",
    ],
)
def test_odd_queries_never_fail(client, searchable, query):
    search(client, query)


def test_results_are_paginated(client, commune):
    section = news_section(commune.site)
    for day in range(1, 18):
        ArticlePageFactory(
            parent=section,
            title=f"Hội nghị tập huấn chuyển đổi số đợt {day}",
            published_at=local_datetime(2024, 4, day),
        )
    first = search(client, "chuyen doi so")
    assert "Tin bài: 17 kết quả – trang 1/2" in first and len(result_titles(first)) == 15
    assert 'href="?q=chuyen%20doi%20so&amp;loai=tin-bai&amp;trang=2"' in first
    second = search(client, "chuyen doi so", trang="2")
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    search(client, "chuyen doi so", trang="abc")
