"""Each rule on one page: the bad case is flagged, the good case left alone (through detect_for_page)."""

import pytest

from wagtail.rich_text import RichText

from articles.models import ArticleKind
from compliance.models import DomainCategory, DomainEntry, DomainList, RuleText
from compliance.rules import (
    ADS_EMBED,
    ADS_LINK,
    IMAGE_ATTRIBUTION,
    PAGE_ERROR,
    REPUBLISHED_WITHOUT_PERMISSION,
    RULES,
    UNATTRIBUTED_COPY,
    DomainLists,
    attribution_claim,
    legal_basis,
)
from compliance.scanner import detect_for_page
from tests.compliance.factories import (
    ImageFactory,
    article,
    content_page,
    image_block,
    paragraph,
    quote_block,
    unattributed_image,
    video_block,
)

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def found(page, rule=None):
    detections = detect_for_page(page)
    return [d for d in detections if rule is None or d.rule == rule]


def evidence(page, rule):
    return sorted(d.evidence for d in found(page, rule))


def linked(*hrefs):
    return [paragraph("<p>" + " ".join(f'<a href="{href}">liên kết</a>' for href in hrefs) + "</p>")]


# -- the rule table --------------------------------------------------------------------------------


def test_rules_have_codes_severities_and_vietnamese_texts():
    assert set(RULES) == {
        IMAGE_ATTRIBUTION,
        REPUBLISHED_WITHOUT_PERMISSION,
        UNATTRIBUTED_COPY,
        ADS_LINK,
        ADS_EMBED,
        PAGE_ERROR,
    }
    assert RULES[IMAGE_ATTRIBUTION].severity == "high"
    assert RULES[UNATTRIBUTED_COPY].severity == "medium"
    assert RULES[PAGE_ERROR].severity == "medium"
    for rule in RULES.values():
        assert rule.title and rule.message and rule.default_legal_basis


def test_legal_basis_is_seeded_and_editable():
    seeded = dict(RuleText.objects.values_list("code", "legal_basis"))
    assert {code: seeded.get(code) for code in RULES} == {code: r.default_legal_basis for code, r in RULES.items()}
    assert "Luật Quảng cáo" in legal_basis(ADS_LINK)
    RuleText.objects.filter(code=ADS_LINK).update(legal_basis="Quy chế của Ban Biên tập")
    assert legal_basis(ADS_LINK) == "Quy chế của Ban Biên tập"
    RuleText.objects.filter(code=ADS_LINK).delete()
    assert legal_basis(ADS_LINK) == RULES[ADS_LINK].default_legal_basis


def test_default_lists_are_seeded():
    lists = DomainLists.load()
    assert lists.advertising_match("fb88.com") == ("fb88.com", DomainCategory.BETTING)
    assert lists.advertising_match("www.shopee.vn")[0] == "shopee.vn"
    assert lists.advertising_match("bit.ly")[1] == DomainCategory.SHORTENER
    assert lists.advertising_match("pagead2.googlesyndication.com")[1] == DomainCategory.AD_NETWORK
    assert lists.is_exempt("chinhphu.vn") and lists.is_exempt("www.youtube.com")
    assert lists.is_exempt("dichvucong.gov.vn") and lists.is_exempt("gov.vn")
    assert not lists.is_exempt("vnexpress.net")


# -- ads.link ---------------------------------------------------------------------------------------


def test_advertising_domains_in_rich_text_are_flagged(commune):
    page = article(
        commune.site,
        body=linked("https://fb88.com/khuyen-mai", "HTTPS://WWW.Shopee.VN/ao-dai", "https://m.lazada.vn/x"),
    )
    assert evidence(page, ADS_LINK) == [
        "HTTPS://WWW.Shopee.VN/ao-dai",
        "https://fb88.com/khuyen-mai",
        "https://m.lazada.vn/x",
    ]
    assert {d.severity for d in found(page, ADS_LINK)} == {"high"}
    assert any("Cá cược" in d.message for d in found(page, ADS_LINK))


def test_shorteners_and_affiliate_or_ad_click_parameters_are_flagged(commune):
    page = article(
        commune.site,
        body=linked(
            "https://bit.ly/3abcXYZ",
            "https://example.com/may-loc-nuoc?aff_id=123",
            "https://example.org/khoa-hoc?utm_source=fb&amp;utm_medium=cpc",
            "https://example.net/?gclid=EAIaIQ",
        ),
    )
    assert evidence(page, ADS_LINK) == [
        "https://bit.ly/3abcXYZ",
        "https://example.com/may-loc-nuoc?aff_id=123",
        "https://example.net/?gclid=EAIaIQ",
        "https://example.org/khoa-hoc?utm_source=fb&utm_medium=cpc",
    ]
    message = next(d.message for d in found(page, ADS_LINK) if "bit.ly" in d.evidence)
    assert message.endswith(": liên kết rút gọn che địa chỉ đích (bit.ly).")


def test_gov_vn_allowed_and_harmless_links_are_not_flagged(commune):
    page = article(
        commune.site,
        body=linked(
            "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
            "https://hamtan.binhthuan.gov.vn/tin?aff=1",  # *.gov.vn wins over any parameter
            "https://baochinhphu.vn/bai-viet.htm?utm_medium=display",  # allow-listed wins too
            "https://www.youtube.com/watch?v=abc",
            "https://example.com/tin?id=5&page=2&utm_source=zalo&utm_campaign=tet",
            "/tin-tuc-su-kien/",
            "#muc-1",
            "mailto:ubnd@tanha.gov.vn",
            "tel:02523888888",
        ),
    )
    assert found(page, ADS_LINK) == []


def test_inspectors_lists_are_data(commune):
    DomainEntry.objects.create(domain="Ban-Hang-Online.vn", list=DomainList.ADVERTISING, category="shop")
    DomainEntry.objects.create(domain="shopee.vn", list=DomainList.ALLOWED)
    page = article(commune.site, body=linked("https://ban-hang-online.vn/a", "https://shopee.vn/gian-hang-ocop"))
    assert evidence(page, ADS_LINK) == ["https://ban-hang-online.vn/a"]


def test_malformed_links_are_read_without_crashing(commune):
    page = article(
        commune.site,
        body=linked(
            "http://",
            "javascript:alert(1)",
            "../tin-cu.html",
            "https://bóng-đá.vn/keo",
            "http://xn--bng--8na8hpj.vn/keo",
            "HTTP://FB88.COM:8080/",
            "http://user@w88.com./dang-ky",
            "www.kubet.net/vn",
            "http://[::1",
            "",
        ),
    )
    DomainEntry.objects.create(domain="bóng-đá.vn", list=DomainList.ADVERTISING, category="betting")
    assert evidence(page, ADS_LINK) == sorted(
        [
            "javascript:alert(1)",
            "https://bóng-đá.vn/keo",
            "http://xn--bng--8na8hpj.vn/keo",
            "HTTP://FB88.COM:8080/",
            "http://user@w88.com./dang-ky",
            "www.kubet.net/vn",
        ]
    )
    script = next(d for d in found(page, ADS_LINK) if d.evidence.startswith("javascript:"))
    assert script.severity == "low"


def test_url_fields_and_quotes_are_checked(commune):
    page = article(
        commune.site,
        source_name="Báo Bình Thuận",
        source_url="https://shopee.vn/bai-goc",
        source_permission="Công văn 12/BBT",
        body=[quote_block("Đăng ký tại https://w88.com/vn ngay", "Quảng cáo")],
    )
    assert evidence(page, ADS_LINK) == ["https://shopee.vn/bai-goc", "https://w88.com/vn"]


# -- ads.embed --------------------------------------------------------------------------------------


def test_ad_scripts_frames_and_embeds_are_flagged(commune):
    html = (
        '<p>Tin <script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script></p>'
        '<p><iframe src="//ads.taboola.com/frame"></iframe><img src="https://eclick.vn/px.gif" alt=""></p>'
    )
    page = content_page(commune.site, body=[("paragraph", RichText(html))])
    assert evidence(page, ADS_EMBED) == [
        "//ads.taboola.com/frame",
        "https://eclick.vn/px.gif",
        "https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js",
    ]
    video = article(commune.site, body=[video_block("https://www.youtube.com/watch?v=abc")])
    assert found(video, ADS_EMBED) == []
    DomainEntry.objects.create(domain="video-quang-cao.vn", list=DomainList.ADVERTISING, category="ad_network")
    advert = article(commune.site, body=[video_block("https://video-quang-cao.vn/v/1")])
    assert evidence(advert, ADS_EMBED) == ["https://video-quang-cao.vn/v/1"]


def test_ordinary_images_in_rich_text_are_not_embeds(commune):
    html = '<p><img src="https://tanha.binhthuan.gov.vn/anh.jpg" alt="Ảnh"><img src="/media/anh.jpg" alt=""></p>'
    assert found(content_page(commune.site, body=[("paragraph", RichText(html))]), ADS_EMBED) == []


# -- copyright.image_attribution ----------------------------------------------------------------------


def test_images_lacking_attribution_are_flagged_once_each(commune):
    no_author = ImageFactory(title="Lễ ra quân", author="", source="")
    no_licence = ImageFactory(title="Cầu Tân Hà", license=" ")
    page = article(
        commune.site,
        featured_image=no_author,
        body=[image_block(no_author), image_block(no_licence), paragraph("<p>Nội dung</p>")],
    )
    detections = sorted(found(page, IMAGE_ATTRIBUTION), key=lambda d: d.object_id)
    assert [(d.object_kind, d.object_id, d.evidence) for d in detections] == [
        ("image", no_author.pk, "Ảnh “Lễ ra quân”: thiếu tác giả, nguồn"),
        ("image", no_licence.pk, "Ảnh “Cầu Tân Hà”: thiếu bản quyền/giấy phép"),
    ]
    assert {d.page_id for d in detections} == {page.pk}


def test_attributed_images_are_not_flagged(commune):
    photo = ImageFactory()
    page = article(commune.site, featured_image=photo, body=[image_block(photo, "Ảnh: Nguyễn Văn An")])
    assert found(page, IMAGE_ATTRIBUTION) == []


def test_images_embedded_in_rich_text_and_content_pages_count(commune):
    photo = unattributed_image(title="Ảnh trong đoạn văn")
    html = f'<p>Trước</p><embed alt="x" embedtype="image" format="fullwidth" id="{photo.pk}"/><p>Sau</p>'
    page = content_page(commune.site, body=[("paragraph", RichText(html))])
    assert [d.object_id for d in found(page, IMAGE_ATTRIBUTION)] == [photo.pk]


def test_a_deleted_image_or_a_missing_file_does_not_crash(commune):
    photo = unattributed_image()
    lost_file = unattributed_image(title="Tệp ảnh đã mất")
    page = article(commune.site, body=[image_block(photo), image_block(lost_file)])
    type(photo).objects.filter(pk=photo.pk).delete()
    lost_file.file.delete(save=False)
    page = type(page).objects.get(pk=page.pk)
    assert [d.object_id for d in found(page, IMAGE_ATTRIBUTION)] == [lost_file.pk]


# -- copyright.republished_without_permission ---------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": ArticleKind.PRESS_REVIEW, "source_name": "Báo Bình Thuận"},
        {"kind": ArticleKind.REPORTAGE, "source_name": "VnExpress", "source_url": "https://vnexpress.net/a"},
        {"kind": ArticleKind.NEWS, "source_name": "Báo Bình Thuận"},
    ],
)
def test_republished_content_without_permission_is_flagged(commune, fields):
    page = article(commune.site, **fields)
    detections = found(page, REPUBLISHED_WITHOUT_PERMISSION)
    assert len(detections) == 1 and detections[0].severity == "high"
    assert "chưa có văn bản cho phép" in detections[0].evidence


def test_republished_content_with_permission_and_own_news_are_not_flagged(commune):
    allowed = article(
        commune.site,
        kind=ArticleKind.PRESS_REVIEW,
        source_name="Báo Bình Thuận",
        source_permission="Văn bản số 15/BBT ngày 02/01/2026",
    )
    own = article(commune.site, kind=ArticleKind.REPORTAGE)
    assert found(allowed, REPUBLISHED_WITHOUT_PERMISSION) == []
    assert found(own, REPUBLISHED_WITHOUT_PERMISSION) == []


# -- copyright.unattributed_copy ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "html, claim",
    [
        ("<p>Theo báo Tuổi Trẻ, giá lúa tăng mạnh.</p>", "Theo báo Tuổi Trẻ"),
        ("<p>Giá lúa tăng mạnh.</p><p>(Theo VnExpress)</p>", "Theo VnExpress"),
        ("<p>Giá lúa tăng mạnh.</p><p><b>Theo TTXVN</b></p>", "Theo TTXVN"),
        ("<p>Giá lúa tăng.</p><p>Nguồn: dantri.com.vn</p>", "Nguồn: dantri.com.vn"),
        ("<p>Giá lúa tăng.</p><p>Nguồn: Internet</p>", "Nguồn: Internet"),
        (
            '<p>Giá lúa tăng. <a href="https://thanhnien.vn/gia-lua.htm">Xem bài gốc</a></p>',
            "https://thanhnien.vn/gia-lua.htm",
        ),
        ('<p>Giá lúa tăng (theo <a href="https://vnexpress.net/a">VnExpress</a>)</p>', "theo VnExpress"),
    ],
)
def test_text_taken_from_another_outlet_without_source_is_flagged(commune, html, claim):
    page = article(commune.site, body=[paragraph(html)])
    assert evidence(page, UNATTRIBUTED_COPY) == [claim]


@pytest.mark.parametrize(
    "html",
    [
        "<p>Theo kế hoạch, UBND xã tổ chức ra quân vào ngày 15/3.</p>",
        "<p>Theo quy định, hồ sơ nộp tại Bộ phận một cửa.</p>",
        "<p>Người dân theo dõi thông tin trên Trang thông tin điện tử xã.</p>",
        "<p>Theo báo cáo của UBND xã, năm 2026 có 35 hộ thoát nghèo.</p>",
        "<p>Theo ông Nguyễn Văn A, Chủ tịch UBND xã, việc này rất cần thiết.</p>",
        "<p>Nguồn: Phòng Văn hóa và Thông tin huyện</p>",
        '<p>Mời xem thêm <a href="https://vnexpress.net/a">bài phân tích</a>.</p>',
        "",
    ],
)
def test_ordinary_text_is_not_taken_for_a_copy(commune, html):
    page = article(commune.site, body=[paragraph(html)] if html else [])
    assert found(page, UNATTRIBUTED_COPY) == []


def test_a_recorded_source_answers_the_claim(commune):
    page = article(
        commune.site,
        source_name="VnExpress",
        source_permission="Thỏa thuận số 3/2026",
        body=[paragraph("<p>Giá lúa tăng.</p><p>(Theo VnExpress)</p>")],
    )
    assert found(page) == []


def test_empty_page_has_no_findings(commune):
    assert found(article(commune.site, body=[], summary="")) == []
    assert found(content_page(commune.site, body=[], summary="")) == []


def test_unsaved_page_from_a_form_is_checked(commune):
    from articles.models import ArticlePage

    page = ArticlePage(title="Bài mới", slug="bai-moi", body=linked("https://fb88.com"))
    detections = detect_for_page(page, site=commune.site)
    assert [(d.rule, d.page_id, d.site_id) for d in detections] == [(ADS_LINK, None, commune.site.pk)]


def test_attribution_claims_in_plain_text():
    assert attribution_claim("Đà Nẵng – (Theo Lao Động)") == "Theo Lao Động"
    assert attribution_claim("phân theo lao động và việc làm") is None
    assert attribution_claim("Theo thanhnien.vn, hôm qua") == "Theo thanhnien.vn"


def test_tables_and_other_blocks_are_read(commune):
    table = {
        "data": [["Đơn vị", "Liên hệ"], ["Cửa hàng", "https://shopee.vn/shop/1"], [None, ""]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
    }
    page = article(commune.site, body=[("table", table), quote_block("Đoạn trích", "Nguồn: Báo Tuổi Trẻ")])
    assert evidence(page, ADS_LINK) == ["https://shopee.vn/shop/1"]
    assert evidence(page, UNATTRIBUTED_COPY) == ["Nguồn: Báo Tuổi Trẻ"]


def test_checking_one_page_costs_one_query_for_its_images(commune, django_assert_max_num_queries):
    photo = unattributed_image()
    page = article(commune.site, body=linked("https://fb88.com") + [image_block(photo)], featured_image=ImageFactory())
    page = type(page).objects.get(pk=page.pk)
    lists = DomainLists.load()
    with django_assert_max_num_queries(1):  # the images, in one query
        detections = detect_for_page(page, lists=lists, site=commune.site)
    assert {d.rule for d in detections} == {ADS_LINK, IMAGE_ATTRIBUTION}
