"""`manage.py import_articles`: JSONL from an older portal into a site's news sections."""

import json
import unicodedata
from datetime import datetime, timedelta, timezone
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from PIL import Image as PILImage

from django.conf import settings
from django.core.management import CommandError, call_command

from wagtail.images import get_image_model
from wagtail.models import Page

from articles.models import ArticlePage, NewsIndexPage
from sites.models import Unit, UnitKind
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST

Image = get_image_model()
VIETNAM = timezone(timedelta(hours=7))
pytestmark = pytest.mark.usefixtures("media_root")

PUBLISHED = "2017-03-01T15:02:43+07:00"


def article_line(**overrides):
    line = {
        "external_id": "tin-1024",
        "title": "Xã Tân Hà ra quân chiến dịch thanh niên tình nguyện hè",
        "kind": "tin",
        "section": "Tin tức – Sự kiện › Văn hóa – Xã hội",
        "published_at": PUBLISHED,
        "author": "Minh Tâm",
        "unit": "Phòng Văn hóa và Thông tin",
        "summary": "Sáng 1/3, Đoàn Thanh niên xã ra quân chiến dịch tình nguyện hè.",
        "body_html": '<p>Chi tiết xem <a href="https://thanhnien.binhthuan.gov.vn/ke-hoach">kế hoạch</a>.</p>',
        "images": [],
        "source": None,
        "tags": ["thanh niên", "tình nguyện"],
    }
    line.update(overrides)
    return line


def write_jsonl(folder, lines, name="tin-cu.jsonl"):
    path = folder / name
    with path.open("w", encoding="utf-8") as stream:
        for line in lines:
            stream.write((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n")
    return path


def write_png(folder, name, colour):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    PILImage.new("RGB", (24, 16), colour).save(path)
    return path


def run_import(path, site=COMMUNE_HOST):
    """Run the command as an operator would; returns (stdout, stderr, CommandError or None)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", str(path), "--site", site, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def imported(site_unit, external_id="tin-1024"):
    return ArticlePage.objects.in_site(site_unit.site).filter(external_id=external_id)


def stored_files(stem):
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return sorted(folder.glob(f"{stem}*")) if folder.exists() else []


@pytest.mark.django_db
def test_import_publishes_article_with_every_field_and_original_dates(commune, district, tmp_path):
    write_png(tmp_path, "anh/quang-canh.png", (200, 30, 30))
    write_png(tmp_path, "anh/trao-qua.png", (30, 200, 30))
    department = Unit.objects.get(parent=district, name="Phòng Văn hóa và Thông tin")
    units_before = Unit.objects.count()
    path = write_jsonl(tmp_path, [article_line(
        # Older systems often store decomposed Unicode; the portal keeps the composed form.
        title=unicodedata.normalize("NFD", "Xã Tân Hà ra quân chiến dịch thanh niên tình nguyện hè"),
        section="Tin tức – Sự kiện › Kinh tế › Nông nghiệp",
        images=[
            {"file": "anh/quang-canh.png", "caption": "Quang cảnh lễ ra quân", "author": "Ngọc Hân",
             "source": "Đài Truyền thanh xã", "license": "Tác phẩm của đơn vị"},
            {"file": "anh/trao-qua.png", "caption": "", "author": "Văn Phúc", "license": "Tác phẩm của đơn vị"},
        ],
        source={"name": "Báo Bình Thuận", "url": "https://baobinhthuan.com.vn/tinh-nguyen-he.html",
                "permission": "Công văn 12/BBT ngày 02/01/2017"},
    )])

    out, err, error = run_import(path)

    assert error is None and err == ""
    assert "1 bài mới, 0 bài cập nhật, 0 dòng lỗi" in out
    page = imported(commune).get()
    assert page.title == "Xã Tân Hà ra quân chiến dịch thanh niên tình nguyện hè"
    assert page.slug == "xa-tan-ha-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he"
    assert page.live and not page.has_unpublished_changes
    assert (page.kind, page.author, page.summary) == ("tin", "Minh Tâm", article_line()["summary"])
    assert page.contributing_unit == department and Unit.objects.count() == units_before
    assert (page.source_name, page.source_url, page.source_permission) == (
        "Báo Bình Thuận", "https://baobinhthuan.com.vn/tinh-nguyen-he.html", "Công văn 12/BBT ngày 02/01/2017"
    )
    assert sorted(page.tags.names()) == ["thanh niên", "tình nguyện"]

    nong_nghiep = page.get_parent().specific
    kinh_te = nong_nghiep.get_parent().specific
    assert isinstance(nong_nghiep, NewsIndexPage) and isinstance(kinh_te, NewsIndexPage)
    assert (kinh_te.title, kinh_te.slug, nong_nghiep.title, nong_nghiep.slug) == (
        "Kinh tế", "kinh-te", "Nông nghiệp", "nong-nghiep"
    )
    assert kinh_te.live and nong_nghiep.live
    assert kinh_te.get_parent().slug == "tin-tuc-su-kien"
    assert kinh_te.get_parent().get_parent().pk == commune.site.root_page_id

    original = datetime(2017, 3, 1, 15, 2, 43, tzinfo=VIETNAM)
    assert page.published_at == page.first_published_at == page.last_published_at == original
    assert page.latest_revision_created_at == original
    assert page.live_revision.created_at == original

    first, second = Image.objects.filter(collection=commune.collection).order_by("pk")
    assert (first.title, first.author, first.source, first.license) == (
        "Quang cảnh lễ ra quân", "Ngọc Hân", "Đài Truyền thanh xã", "Tác phẩm của đơn vị"
    )
    assert (second.title, second.author) == ("trao-qua.png", "Văn Phúc")
    assert page.featured_image == first
    assert [block.block_type for block in page.body] == ["paragraph", "image", "image"]
    assert 'href="https://thanhnien.binhthuan.gov.vn/ke-hoach"' in page.body[0].value.source
    # Images in blocks carry their alt text, so they compare by id here.
    first_block, second_block = page.body[1].value, page.body[2].value
    assert (first_block["image"].pk, first_block["caption"]) == (first.pk, "Quang cảnh lễ ra quân")
    assert first_block["image"].contextual_alt_text == "Quang cảnh lễ ra quân"
    assert second_block["image"].pk == second.pk
    assert second_block["image"].contextual_alt_text == page.title  # no caption: the article's title
    assert page.featured_image_in_body  # so the article page shows that photo once, in the body


@pytest.mark.django_db
def test_imported_article_renders_on_its_site(client, commune, tmp_path):
    write_png(tmp_path, "le-hoi.png", (10, 10, 200))
    path = write_jsonl(tmp_path, [article_line(
        kind="diem_bao",
        images=[{"file": "le-hoi.png", "caption": "Lễ hội Nghinh Ông", "author": "Thu Hà",
                 "license": "Báo Bình Thuận đồng ý"}],
        source={"name": "Báo Bình Thuận", "url": "https://baobinhthuan.com.vn/le-hoi.html", "permission": ""},
    )])
    assert run_import(path)[2] is None
    page = imported(commune).get()

    response = client.get(page.url, HTTP_HOST=COMMUNE_HOST)

    assert response.status_code == 200
    html = response.content.decode()
    for text in (page.title, "Minh Tâm", "Phòng Văn hóa và Thông tin", "Lễ hội Nghinh Ông", "Thu Hà",
                 "https://baobinhthuan.com.vn/le-hoi.html", "https://thanhnien.binhthuan.gov.vn/ke-hoach"):
        assert text in html


@pytest.mark.django_db
def test_body_html_keeps_links_and_drops_scripts_and_frames(commune, tmp_path):
    body = (
        '<p onclick="steal()">Xem <a href="https://hamtan.binhthuan.gov.vn/lich" target="_blank">lịch</a>'
        '<script>alert("x")</script> và <a href="javascript:alert(1)">đây</a>.</p>'
        '<iframe src="https://quangcao.example/"></iframe><style>p {display:none}</style>'
        '<div class="cu"><span style="color:red">Đoạn cũ</span></div>'
    )
    assert run_import(write_jsonl(tmp_path, [article_line(body_html=body)]))[2] is None

    html = imported(commune).get().body[0].value.source

    assert '<a href="https://hamtan.binhthuan.gov.vn/lich">lịch</a>' in html
    assert "Đoạn cũ" in html
    for dropped in ("<script", "alert", "<iframe", "quangcao", "<style", "display:none", "onclick", "javascript:",
                    "<span", "style="):
        assert dropped not in html


@pytest.mark.django_db
def test_missing_section_and_unit_are_created_and_short_names_match(commune, district, tmp_path):
    Unit.objects.filter(parent=district, name="Phòng Văn hóa và Thông tin").update(short_name="Phòng VH&TT")
    path = write_jsonl(tmp_path, [
        article_line(external_id="a", section="Văn hóa – Xã hội › Lễ hội", unit="Phòng Tư pháp"),
        article_line(external_id="b", section="Tin tức – Sự kiện", unit="Phòng VH&TT"),
        article_line(external_id="c", section="", unit="phòng tư pháp"),
    ])

    out, _, error = run_import(path)

    assert error is None and "3 bài mới" in out
    justice = Unit.objects.get(name="Phòng Tư pháp")
    assert (justice.kind, justice.parent) == (UnitKind.DEPARTMENT, district)
    assert imported(commune, "a").get().contributing_unit == justice
    assert imported(commune, "c").get().contributing_unit == justice
    assert imported(commune, "b").get().contributing_unit.name == "Phòng Văn hóa và Thông tin"
    news = NewsIndexPage.objects.child_of(commune.site.root_page).get(slug="tin-tuc-su-kien")
    assert imported(commune, "a").get().get_parent().url_path == f"{news.url_path}van-hoa-xa-hoi/le-hoi/"
    assert imported(commune, "b").get().get_parent().pk == news.pk
    assert imported(commune, "c").get().get_parent().pk == news.pk


@pytest.mark.django_db
def test_rerun_updates_by_external_id_on_that_site_only(commune, district, tmp_path):
    write_png(tmp_path, "hop.png", (120, 120, 0))
    line = article_line(images=[{"file": "hop.png", "caption": "Hội nghị", "author": "Đức Anh", "license": "x"}])
    path = write_jsonl(tmp_path, [line])
    assert run_import(path)[2] is None
    page = imported(commune).get()
    images_before, pages_before = Image.objects.count(), Page.objects.count()

    path = write_jsonl(tmp_path, [{**line, "title": "Tên bài đã sửa", "section": "Kinh tế", "tags": ["hội nghị"]}])
    out, _, error = run_import(path)

    assert error is None and "0 bài mới, 1 bài cập nhật, 0 dòng lỗi" in out
    updated = imported(commune).get()
    assert updated.pk == page.pk and updated.title == "Tên bài đã sửa"
    assert updated.get_parent().slug == "kinh-te"  # moved to its new section
    assert updated.slug == page.slug  # its address keeps the old slug
    assert list(updated.tags.names()) == ["hội nghị"]
    assert updated.revisions.count() == 2 and updated.live_revision == updated.latest_revision
    assert updated.first_published_at == updated.last_published_at == updated.published_at
    assert Image.objects.count() == images_before  # the same photo is reused, not uploaded again
    assert Page.objects.count() == pages_before + 1  # only the new "Kinh tế" section

    # The same old id on another portal is another portal's article.
    out, _, error = run_import(path, site=DISTRICT_HOST)
    assert error is None and "1 bài mới" in out
    assert imported(district).get().pk != page.pk
    assert imported(commune).count() == 1


BAD_LINES = [
    pytest.param('{"title": "thiếu ngoặc"', "không phải JSON hợp lệ", id="invalid-json"),
    pytest.param("[1, 2]", "mỗi dòng phải là một đối tượng JSON", id="not-an-object"),
    pytest.param(article_line(title="  "), "thiếu tiêu đề (title)", id="missing-title"),
    pytest.param(article_line(title="Tin " * 70), "tiêu đề (title) dài 279 ký tự, tối đa 255", id="title-too-long"),
    pytest.param(article_line(external_id=None), "thiếu mã bài ở hệ thống cũ (external_id)", id="missing-id"),
    pytest.param(article_line(kind="video"), "loại tin (kind) “video” không hợp lệ", id="unknown-kind"),
    pytest.param(article_line(published_at="01/03/2017 15:02"), "“01/03/2017 15:02” không đúng dạng ISO 8601",
                 id="date-not-iso"),
    pytest.param(article_line(published_at="2017-02-30T10:00:00+07:00"), "không đúng dạng ISO 8601",
                 id="date-does-not-exist"),
    pytest.param(article_line(published_at="2017-03-01T15:02:43"), "thiếu múi giờ", id="date-without-offset"),
    pytest.param(article_line(kind="diem_bao", source=None), "tin điểm báo (diem_bao) phải ghi tên báo, trang gốc",
                 id="press-review-without-source"),
    pytest.param(article_line(source={"name": "", "url": "https://baobinhthuan.com.vn/x"}),
                 "phải ghi tên nguồn (source.name)", id="source-url-without-name"),
    pytest.param(article_line(source={"name": "Báo", "url": "baobinhthuan"}), "không phải địa chỉ web hợp lệ",
                 id="bad-source-url"),
    pytest.param(article_line(images=[{"file": "khong-co.png"}]), "ảnh thứ 1: không tìm thấy tệp “khong-co.png”",
                 id="missing-image-file"),
    pytest.param(article_line(images=[{"file": "../ngoai.png"}]), "phải nằm trong thư mục chứa tệp JSONL",
                 id="image-outside-folder"),
    pytest.param(article_line(images=[{"file": "bang.xlsx"}]), "không phải định dạng ảnh được nhận",
                 id="image-not-an-image-type"),
    pytest.param(article_line(section="Kinh tế ›  › Nông nghiệp"), "có mục trống", id="empty-section-name"),
    pytest.param(article_line(section="Kinh tế › ★★"), "tên chuyên mục “★★” không có chữ hoặc số",
                 id="section-name-without-letters"),
    pytest.param(article_line(tags="nông nghiệp"), "từ khóa (tags) phải là một danh sách", id="tags-not-a-list"),
    pytest.param(article_line(author=["Minh", "Tâm"]), "tác giả (author) phải là chuỗi ký tự", id="author-not-text"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("bad_line", "reason"), BAD_LINES)
def test_bad_line_is_reported_with_its_number_and_skipped(commune, tmp_path, bad_line, reason):
    (tmp_path / "bang.xlsx").write_bytes(b"PK")
    if isinstance(bad_line, dict):
        bad_line = {**bad_line, "external_id": bad_line["external_id"] and "xau"}
    path = write_jsonl(tmp_path, [article_line(external_id="tot-1"), bad_line, "", article_line(external_id="tot-2")])

    out, err, error = run_import(path)

    assert error is not None and "1 dòng không nhập được" in str(error)
    assert err.startswith("Dòng 2: ") and reason in err and err.count("Dòng") == 1
    assert "2 bài mới, 0 bài cập nhật, 1 dòng lỗi" in out
    assert sorted(ArticlePage.objects.in_site(commune.site).filter(external_id__startswith="tot")
                  .values_list("external_id", flat=True)) == ["tot-1", "tot-2"]
    assert not imported(commune, "xau").exists()


@pytest.mark.django_db
def test_a_failure_half_way_through_a_line_leaves_no_article_and_no_image(commune, tmp_path):
    write_png(tmp_path, "nua-chung-dau.png", (1, 2, 3))
    (tmp_path / "nua-chung-hong.png").write_bytes(b"\x89PNG\r\n\x1a\n khong phai anh")
    write_png(tmp_path, "nua-chung-thieu-dau.png", (4, 5, 6))
    images_before = Image.objects.count()
    path = write_jsonl(tmp_path, [
        # The first photo is stored before the second turns out to be broken.
        article_line(external_id="hong", section="Mục mới", unit="Phòng Mới",
                     images=[{"file": "nua-chung-dau.png"}, {"file": "nua-chung-hong.png"}]),
        article_line(external_id="thieu", images=[{"file": "nua-chung-thieu-dau.png"}, {"file": "khong-co.png"}]),
    ])

    out, err, error = run_import(path)

    assert error is not None and "0 bài mới, 0 bài cập nhật, 2 dòng lỗi" in out
    assert "Dòng 1: tệp “nua-chung-hong.png” không phải ảnh hoặc đã hỏng" in err
    assert "Dòng 2: ảnh thứ 2: không tìm thấy tệp “khong-co.png”" in err
    assert not ArticlePage.objects.filter(external_id__in=["hong", "thieu"]).exists()
    assert not NewsIndexPage.objects.filter(title="Mục mới").exists()
    assert not Unit.objects.filter(name="Phòng Mới").exists()
    assert Image.objects.count() == images_before
    assert stored_files("nua-chung") == []


@pytest.mark.django_db
def test_a_line_after_a_failed_one_still_finds_the_sections_it_needs(commune, tmp_path):
    (tmp_path / "hong.png").write_bytes(b"hong")
    path = write_jsonl(tmp_path, [
        article_line(external_id="1", section="Quốc phòng – An ninh", images=[{"file": "hong.png"}]),
        article_line(external_id="2", section="Quốc phòng – An ninh"),
    ])

    out, _, error = run_import(path)

    assert "1 bài mới, 0 bài cập nhật, 1 dòng lỗi" in out
    assert imported(commune, "2").get().get_parent().title == "Quốc phòng – An ninh"


@pytest.mark.django_db
@pytest.mark.parametrize("site", ["khong-co.hamtan.test", "HAMTAN"])
def test_unknown_site_is_refused_and_nothing_is_written(tmp_path, site):
    path = write_jsonl(tmp_path, [article_line()])
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match="Không tìm thấy trang thông tin có tên miền"):
        call_command("import_articles", str(path), "--site", site, stdout=StringIO(), stderr=StringIO())

    assert Page.objects.count() == pages_before


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["khong-co.jsonl", "."])
def test_unreadable_file_is_refused_and_nothing_is_written(commune, tmp_path, name):
    pages_before, units_before = Page.objects.count(), Unit.objects.count()

    with pytest.raises(CommandError, match="Không đọc được tệp"):
        call_command("import_articles", str(tmp_path / name), "--site", COMMUNE_HOST,
                     stdout=StringIO(), stderr=StringIO())

    assert (Page.objects.count(), Unit.objects.count()) == (pages_before, units_before)


@pytest.mark.django_db
def test_search_indexing_is_done_in_bulk_and_finds_imported_articles(client, commune, tmp_path):
    path = write_jsonl(tmp_path, [
        article_line(external_id="1", title="Khánh thành cầu Suối Đá nối liền hai thôn"),
        article_line(external_id="2", title="Tập huấn kỹ thuật trồng thanh long VietGAP"),
    ])

    with mock.patch("modelsearch.signal_handlers.insert_or_update_object_task") as per_save_indexing:
        out, _, error = run_import(path)
        assert error is None and "2 bài mới" in out
        # No article was indexed one save at a time...
        indexed_one_by_one = {call.args[1] for call in per_save_indexing.enqueue.call_args_list}
        assert "articlepage" not in indexed_one_by_one
        # ...and saving pages indexes them one by one again after the import.
        page = imported(commune, "1").get()
        page.save_revision().publish()
        assert "articlepage" in {call.args[1] for call in per_save_indexing.enqueue.call_args_list}

    response = client.get("/tim-kiem/", {"q": "cau suoi da"}, HTTP_HOST=COMMUNE_HOST)

    assert response.status_code == 200
    assert "Khánh thành cầu Suối Đá nối liền hai thôn" in response.content.decode()


@pytest.mark.django_db
def test_utf8_byte_order_mark_is_accepted_and_other_encodings_are_reported(commune, tmp_path):
    path = tmp_path / "xuat-tu-he-thong-cu.jsonl"
    good = json.dumps(article_line(external_id="bom"), ensure_ascii=False).encode("utf-8")
    # Old Vietnamese systems also exported in legacy 8-bit encodings (TCVN3, VNI, cp1258).
    legacy = json.dumps(article_line(external_id="cp1258"), ensure_ascii=False).encode("cp1258", "replace")
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + legacy + b"\n")

    out, err, error = run_import(path)

    assert "1 bài mới, 0 bài cập nhật, 1 dòng lỗi" in out
    assert err.startswith("Dòng 2: dòng không phải văn bản UTF-8")
    assert imported(commune, "bom").exists()
