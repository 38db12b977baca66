"""The search box of every header (`/tim-kiem/`): news, documents, procedures and content pages in
one search, grouped by kind, with the ranking of cms.folded_search. Runs on PostgreSQL and SQLite."""

import datetime
import re

import pytest

from tests.articles.factories import ArticlePageFactory, local_datetime, news_section
from tests.factories import ContentPageFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST
from tests.legal_docs.factories import LegalDocumentPageFactory, ProcedurePageFactory, document_index, procedure_index

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

LAND_LAW_2024 = "31/2024/QH15"
BIRTH = "Đăng ký khai sinh"
BIRTH_CODE = "1.001193"


def law(parent, number, title, issued, **extra):
    return LegalDocumentPageFactory(
        parent=parent,
        number=number,
        doc_type="luat",
        category="qppl",
        issuing_body="Quốc hội",
        signer="Chủ tịch Quốc hội",
        issued_date=issued,
        title=title,
        summary=title,
        **extra,
    )


@pytest.fixture
def portal(district, commune, other_commune):
    """What a district and two communes publish, with the near misses each query must rank below."""
    district_docs = document_index(district.site)
    law(
        district_docs,
        LAND_LAW_2024,
        "Luật Đất đai",
        datetime.date(2024, 1, 18),
        effective_date=datetime.date(2024, 8, 1),
        fields=["dat-dai"],
    )
    law(
        district_docs,
        "45/2013/QH13",
        "Luật Đất đai",
        datetime.date(2013, 11, 29),
        effective_date=datetime.date(2014, 7, 1),
        expiry_date=datetime.date(2024, 7, 31),
        fields=["dat-dai"],
    )
    law(district_docs, "60/2014/QH13", "Luật Hộ tịch", datetime.date(2014, 11, 20), fields=["ho-tich"])
    LegalDocumentPageFactory(
        parent=district_docs,
        number="102/2024/NĐ-CP",
        doc_type="nghi-dinh",
        category="qppl",
        issuing_body="Chính phủ",
        issued_date=datetime.date(2024, 7, 30),
        summary="Quy định chi tiết thi hành một số điều của Luật Đất đai",
        fields=["dat-dai"],
    )
    LegalDocumentPageFactory(
        parent=district_docs,
        number="123/2015/NĐ-CP",
        doc_type="nghi-dinh",
        category="qppl",
        issuing_body="Chính phủ",
        issued_date=datetime.date(2015, 11, 15),
        summary="Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        fields=["ho-tich"],
    )
    LegalDocumentPageFactory(
        parent=district_docs,
        number="45/KH-UBND",
        doc_type="ke-hoach",
        issued_date=datetime.date(2025, 2, 10),
        summary="Kế hoạch sử dụng đất đai năm 2025 huyện Hàm Tân",
        fields=["dat-dai"],
    )
    # Newer than the law and about the same words: must still come after it.
    LegalDocumentPageFactory(
        parent=document_index(commune.site),
        number="25/UBND",
        doc_type="cong-van",
        issuing_body="Ủy ban nhân dân xã Tân Hà",
        issued_date=datetime.date(2025, 5, 6),
        summary="Về việc đẩy mạnh công tác hộ tịch và đăng ký khai sinh đúng hạn trên địa bàn xã",
        fields=["ho-tich"],
    )

    for site in (commune.site, other_commune.site, district.site):
        ProcedurePageFactory(parent=procedure_index(site), title=BIRTH, code=BIRTH_CODE, field="ho-tich")
    for title, code in (("Đăng ký kết hôn", "1.000894"), ("Cấp bản sao trích lục hộ tịch", "1.004884")):
        ProcedurePageFactory(parent=procedure_index(commune.site), title=title, code=code, field="ho-tich")
    ProcedurePageFactory(
        parent=procedure_index(district.site),
        title="Cấp giấy phép xây dựng nhà ở riêng lẻ",
        code="1.009994",
        field="xay-dung",
        level="huyen",
    )

    ArticlePageFactory(
        parent=news_section(commune.site),
        title="Tân Hà đẩy mạnh khai thác du lịch sinh thái ven biển",
        summary="Xã khuyến khích các mô hình du lịch gắn với bảo tồn đa dạng sinh học.",
        published_at=local_datetime(2025, 6, 1),
    )
    ArticlePageFactory(
        parent=news_section(district.site),
        title="Tuyên truyền Luật Đất đai năm 2024 đến người dân",
        summary="Huyện tổ chức hội nghị phổ biến những điểm mới của Luật Đất đai.",
        published_at=local_datetime(2025, 3, 2),
    )
    ArticlePageFactory(
        parent=news_section(other_commune.site),
        title="Tân Nghĩa hướng dẫn người dân đăng ký khai sinh trực tuyến",
        published_at=local_datetime(2025, 4, 2),
    )
    ContentPageFactory(
        parent=commune.site.root_page.get_children().get(slug="gioi-thieu"),
        title="Giới thiệu chung về xã Tân Hà",
        summary="Vị trí địa lý, dân số và lịch sử hình thành xã Tân Hà.",
    )
    ContentPageFactory(
        parent=commune.site.root_page.get_children().get(slug="gioi-thieu"),
        title="Đăng ký khai sinh cho con cần những giấy tờ gì?",
        summary="Giải đáp của công chức tư pháp – hộ tịch xã.",
    )


def search_page(client, host, query, **params):
    response = client.get("/tim-kiem/", {"q": query, **params}, HTTP_HOST=host)
    assert response.status_code == 200, (host, query, response.status_code)
    return response.content.decode()


def groups_of(content):
    """`[(kind label, count, [titles])]` in the order the page shows them."""
    groups = []
    for label, count, body in re.findall(
        r'<h2 id="ket-qua-[^"]+" class="panel__title">([^<(]+) \((\d+)\)</h2>(.*?)</section>', content, re.S
    ):
        titles = re.findall(r'<h3 class="legal-result__title"><a href="[^"]*">([^<]*)</a>', body)
        groups.append((label, int(count), titles))
    return groups


def first_hit(content):
    """(kind label, title, the line of details) of the first result on the page."""
    label, _count, titles = groups_of(content)[0]
    meta = re.search(r'<p class="legal-result__meta">(.*?)</p>', content, re.S).group(1)
    return label, titles[0], " ".join(re.sub(r"<[^>]+>", " ", meta).split())


PROCEDURES, DOCUMENTS, PAGES, NEWS = "Thủ tục hành chính", "Văn bản", "Trang thông tin, hỏi đáp", "Tin bài"

# (where, what a citizen types, the kind shown first, its first title, a detail of that first result)
QUERIES = [
    (COMMUNE_HOST, "khai sinh", PROCEDURES, BIRTH, f"Mã {BIRTH_CODE}"),
    (COMMUNE_HOST, "dang ky khai sinh", PROCEDURES, BIRTH, f"Mã {BIRTH_CODE}"),
    (COMMUNE_HOST, "Đăng ký khai sinh", PROCEDURES, BIRTH, f"Mã {BIRTH_CODE}"),
    (COMMUNE_HOST, "DANG KY KHAI SINH", PROCEDURES, BIRTH, f"Mã {BIRTH_CODE}"),
    (COMMUNE_HOST, BIRTH_CODE, PROCEDURES, BIRTH, f"Mã {BIRTH_CODE}"),
    (COMMUNE_HOST, "ket hon", PROCEDURES, "Đăng ký kết hôn", "Mã 1.000894"),
    (COMMUNE_HOST, "trich luc ho tich", PROCEDURES, "Cấp bản sao trích lục hộ tịch", "Mã 1.004884"),
    (DISTRICT_HOST, "luat dat dai", DOCUMENTS, "Luật Đất đai", f"Số {LAND_LAW_2024}"),
    (DISTRICT_HOST, "dat dai", DOCUMENTS, "Luật Đất đai", f"Số {LAND_LAW_2024}"),
    (DISTRICT_HOST, "Luật Đất đai", DOCUMENTS, "Luật Đất đai", f"Số {LAND_LAW_2024}"),
    (DISTRICT_HOST, "LUAT DAT DAI", DOCUMENTS, "Luật Đất đai", f"Số {LAND_LAW_2024}"),
    (DISTRICT_HOST, "đất đai", DOCUMENTS, "Luật Đất đai", f"Số {LAND_LAW_2024}"),
    (DISTRICT_HOST, "31/2024/QH15", DOCUMENTS, "Luật Đất đai", f"Số {LAND_LAW_2024}"),
    (DISTRICT_HOST, "luat ho tich", DOCUMENTS, "Luật Hộ tịch", "Số 60/2014/QH13"),
    (DISTRICT_HOST, "ho tich", DOCUMENTS, "Luật Hộ tịch", "Số 60/2014/QH13"),
    (DISTRICT_HOST, "nghi dinh 123/2015", DOCUMENTS, "Quy định chi tiết một số điều", "Số 123/2015/NĐ-CP"),
    (DISTRICT_HOST, "102/2024/ND-CP", DOCUMENTS, "Quy định chi tiết thi hành", "Số 102/2024/NĐ-CP"),
    (DISTRICT_HOST, "giay phep xay dung", PROCEDURES, "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Mã 1.009994"),
    (DISTRICT_HOST, "khai sinh", PROCEDURES, BIRTH, "Huyện Hàm Tân"),
    (DISTRICT_HOST, "tuyen truyen luat dat dai", NEWS, "Tuyên truyền Luật Đất đai năm 2024 đến người dân", "Tin"),
    (COMMUNE_HOST, "du lich sinh thai", NEWS, "Tân Hà đẩy mạnh khai thác du lịch sinh thái ven biển", "Tin"),
    (COMMUNE_HOST, "gioi thieu chung", PAGES, "Giới thiệu chung về xã Tân Hà", "Giới thiệu"),
    (OTHER_COMMUNE_HOST, "khai sinh truc tuyen", NEWS, "Tân Nghĩa hướng dẫn người dân đăng ký khai sinh", "Tin"),
]


@pytest.mark.parametrize(("host", "query", "kind", "title", "detail"), QUERIES, ids=[q[1] for q in QUERIES])
def test_the_query_finds_what_the_citizen_meant_first(client, portal, host, query, kind, title, detail):
    label, first_title, meta = first_hit(search_page(client, host, query))
    assert (label, first_title[: len(title)]) == (kind, title)
    assert detail in meta


def test_khai_sinh_finds_the_procedure_and_the_answer_not_the_article_on_khai_thac(client, portal):
    groups = groups_of(search_page(client, COMMUNE_HOST, "khai sinh"))
    assert groups[0] == (PROCEDURES, 1, [BIRTH])
    assert (DOCUMENTS, 1, ["Về việc đẩy mạnh công tác hộ tịch và đăng ký khai sinh đúng hạn trên địa bàn xã"]) in groups
    assert (PAGES, 1, ["Đăng ký khai sinh cho con cần những giấy tờ gì?"]) in groups
    # "khai thác … sinh thái" holds both words but not the phrase: it ranks in its own group, last.
    assert groups[-1] == (NEWS, 1, ["Tân Hà đẩy mạnh khai thác du lịch sinh thái ven biển"])


def test_whole_words_only(client, portal):
    assert "Không tìm thấy kết quả nào cho “khai thac sinh hoc vien”" in search_page(
        client, COMMUNE_HOST, "khai thac sinh hoc vien"
    )
    # "sinh" is no prefix of "sinhthai", and "tich" no word inside "trích lục hộ tịch" apart from itself
    assert groups_of(search_page(client, COMMUNE_HOST, "sin")) == []


def test_the_law_in_force_before_the_one_it_replaced(client, portal):
    content = search_page(client, DISTRICT_HOST, "luat dat dai", loai="van-ban")
    numbers = re.findall(r'<span class="legal-result__type">Số ([^<]+)</span>', content)
    assert numbers[:2] == [LAND_LAW_2024, "45/2013/QH13"]
    assert "Luật Đất đai" in numbers[2:] or numbers[2] == "102/2024/NĐ-CP"


def test_a_procedure_offered_by_every_site_is_one_result_naming_the_others(client, portal):
    content = search_page(client, DISTRICT_HOST, "dang ky khai sinh", loai="thu-tuc")
    assert "Thủ tục hành chính: 1 kết quả" in content
    also = re.search(r'<p class="legal-result__details search-hit__also">(.*?)</p>', content, re.S).group(1)
    # The district's own page is the result; the communes offering it follow, in the authority's order.
    assert re.findall(r'<a href="http://([^/"]+)/[^"]*">([^<]+)</a>', also) == [
        ("tan-nghia.hamtan.test", "Thị trấn Tân Nghĩa"),
        ("tan-ha.hamtan.test", "Xã Tân Hà"),
    ]
    first = re.search(r'<h3 class="legal-result__title"><a href="([^"]*)">', content).group(1)
    assert first.startswith("/thu-tuc-hanh-chinh/")  # the district's own page, on the district's host

    on_commune = search_page(client, COMMUNE_HOST, "dang ky khai sinh", loai="thu-tuc")
    assert "search-hit__also" not in on_commune  # a commune's search covers its own site only


def test_the_district_covers_its_communes_and_names_each_results_site(client, portal):
    content = search_page(client, DISTRICT_HOST, "khai sinh")
    groups = {label: titles for label, _count, titles in groups_of(content)}
    assert groups[NEWS] == [
        "Tân Nghĩa hướng dẫn người dân đăng ký khai sinh trực tuyến",
        "Tân Hà đẩy mạnh khai thác du lịch sinh thái ven biển",
    ]
    assert groups[PAGES] == ["Đăng ký khai sinh cho con cần những giấy tờ gì?"]
    content = search_page(client, DISTRICT_HOST, "khai sinh truc tuyen")
    assert '<span class="legal-result__site">– Thị trấn Tân Nghĩa</span>' in content
    assert "trên các trang của huyện và các xã, thị trấn" in content

    # A commune sees none of another commune's items.
    assert "Tân Nghĩa hướng dẫn" not in search_page(client, COMMUNE_HOST, "khai sinh")


def test_groups_link_to_their_own_search_and_to_the_full_list(client, portal, commune):
    for number in range(6):
        ArticlePageFactory(parent=news_section(commune.site), title=f"Tân Hà tập huấn chuyển đổi số đợt {number + 1}")
    content = search_page(client, COMMUNE_HOST, "chuyen doi so")
    assert groups_of(content)[0][:2] == (NEWS, 6) and len(groups_of(content)[0][2]) == 5
    assert 'href="?q=chuyen%20doi%20so&amp;loai=tin-bai">Xem cả 6 kết quả: tin bài</a>' in content

    documents = search_page(client, COMMUNE_HOST, "ho tich")
    assert 'href="/van-ban/?q=ho+tich">Tìm trong Văn bản' in documents
    assert 'href="/thu-tuc-hanh-chinh/?q=ho+tich">Tìm trong Thủ tục hành chính' in documents
    assert '<span class="search-kinds__current" aria-current="page">Tất cả</span>' in documents


def test_one_kind_alone_is_paginated(client, portal, commune):
    for number in range(17):
        ArticlePageFactory(parent=news_section(commune.site), title=f"Hội nghị chuyển đổi số lần {number + 1}")
    first = search_page(client, COMMUNE_HOST, "hoi nghi chuyen doi so", loai="tin-bai")
    assert "Tin bài: 17 kết quả – trang 1/2" in first
    assert 'href="?q=hoi%20nghi%20chuyen%20doi%20so&amp;loai=tin-bai&amp;trang=2" rel="next"' in first
    second = search_page(client, COMMUNE_HOST, "hoi nghi chuyen doi so", loai="tin-bai", trang="2")
    assert first.count("legal-result__title") == 15 and second.count("legal-result__title") == 2
    past_the_end = search_page(client, COMMUNE_HOST, "hoi nghi chuyen doi so", loai="tin-bai", trang="99")
    assert "trang 2/2" in past_the_end
    unknown_kind = search_page(client, COMMUNE_HOST, "hoi nghi chuyen doi so", loai="khong-co")
    assert groups_of(unknown_kind)[0][:2] == (NEWS, 17)


def test_drafts_are_never_found(client, commune):
    ArticlePageFactory(parent=news_section(commune.site), title="Tin nháp về đăng ký khai sinh", live=False)
    ProcedurePageFactory(parent=procedure_index(commune.site), title=BIRTH, code=BIRTH_CODE, live=False)
    assert "Không tìm thấy kết quả nào cho “khai sinh”" in search_page(client, COMMUNE_HOST, "khai sinh")


@pytest.mark.parametrize("query", ["", "   ", "&&& !!!", "\x00"])
def test_an_empty_query_gets_a_prompt(client, portal, query):
    content = search_page(client, COMMUNE_HOST, query)
    assert "Nhập từ khóa cần tìm" in content and groups_of(content) == []


def queries_of_search(client, host, query):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get("/tim-kiem/", {"q": query}, HTTP_HOST=host).status_code == 200
    return len(captured)


def test_the_query_count_does_not_grow_with_the_results(client, portal, commune, other_commune):
    # One article too, so that every group is shown before as after.
    ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà tập huấn nghiệp vụ hộ tịch")
    queries_of_search(client, DISTRICT_HOST, "ho tich")  # warms Wagtail's site caches
    before = queries_of_search(client, DISTRICT_HOST, "ho tich")
    for site in (commune.site, other_commune.site):
        for number in range(8):
            ProcedurePageFactory(parent=procedure_index(site), title=f"Thủ tục hộ tịch mẫu {number}")
            ArticlePageFactory(parent=news_section(site), title=f"Tin hộ tịch số {number}")
    assert queries_of_search(client, DISTRICT_HOST, "ho tich") == before <= 25
