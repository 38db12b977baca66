"""`manage.py import_links`: a CSV of links and banners into one site's “Liên kết website” list."""

from io import StringIO
from unittest import mock

import pytest

from django.core.management import CommandError, call_command

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from sites.links_import import LinkImporter
from sites.models import SiteLink, SiteLinkSettings
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST, write_csv_file

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

Image = get_image_model()
HEADER = ("title", "url", "image", "position")


def write_csv(folder, rows, header=HEADER, name="lien-ket.csv", bom=False, delimiter=","):
    return write_csv_file(folder / name, header, rows, bom=bom, delimiter=delimiter)


def png(folder, name="banner.png", colour="white"):
    path = folder / name
    path.write_bytes(get_test_image_file(colour=colour).file.getvalue())
    return path


def run(path, site=COMMUNE_HOST):
    """call_command; returns (stdout, stderr, CommandError or None)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_links", str(path), site=site, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def links_of(hostname=COMMUNE_HOST):
    settings = SiteLinkSettings.objects.filter(site__hostname=hostname).first()
    if settings is None:
        return []
    return [(link.title, link.url, link.position) for link in settings.links.all()]


GOVERNMENT_ROWS = [
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", "", "lien_ket"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "banner.png", "banner"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn", "", ""),
]


def test_imports_links_and_banners_in_file_order_with_the_image_in_the_units_collection(tmp_path, commune):
    png(tmp_path)
    out, err, error = run(write_csv(tmp_path, GOVERNMENT_ROWS))
    assert error is None, err
    assert "3 liên kết mới, 0 liên kết cập nhật, 0 dòng lỗi" in out
    assert "không thay đổi" not in out
    assert links_of() == [
        ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", "lien_ket"),
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "banner"),
        ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn", "lien_ket"),
    ]
    banner = SiteLink.objects.get(url="https://dichvucong.gov.vn")
    assert banner.image.collection == commune.collection
    assert banner.image.title == "Cổng Dịch vụ công quốc gia"
    assert links_of(OTHER_COMMUNE_HOST) == []


def test_importing_the_same_file_again_changes_nothing(tmp_path):
    png(tmp_path)
    path = write_csv(tmp_path, GOVERNMENT_ROWS)
    run(path)
    before = list(SiteLink.objects.values_list("pk", "title", "url", "position", "image_id", "sort_order"))
    images = Image.objects.count()
    out, err, error = run(path)
    assert error is None, err
    assert "0 liên kết mới, 0 liên kết cập nhật, 0 dòng lỗi" in out
    assert "3 liên kết đã có, không thay đổi." in out
    assert list(SiteLink.objects.values_list("pk", "title", "url", "position", "image_id", "sort_order")) == before
    assert Image.objects.count() == images


def test_reimport_updates_title_image_and_order_instead_of_duplicating(tmp_path):
    png(tmp_path)
    run(write_csv(tmp_path, GOVERNMENT_ROWS))
    old_banner = SiteLink.objects.get(url="https://dichvucong.gov.vn")
    png(tmp_path, "banner-moi.png", colour="red")
    rows = [
        ("CSDL quốc gia về văn bản pháp luật", "https://vbpl.vn", "", "Liên kết website"),
        ("Dịch vụ công trực tuyến", "https://dichvucong.gov.vn", "banner-moi.png", "Banner"),
        ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", "", ""),
    ]
    out, err, error = run(write_csv(tmp_path, rows, name="lan-2.csv"))
    assert error is None, err
    assert "0 liên kết mới, 2 liên kết cập nhật, 0 dòng lỗi" in out
    assert "1 liên kết đã có, không thay đổi." in out
    assert links_of() == [
        ("CSDL quốc gia về văn bản pháp luật", "https://vbpl.vn", "lien_ket"),
        ("Dịch vụ công trực tuyến", "https://dichvucong.gov.vn", "banner"),
        ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", "lien_ket"),
    ]
    banner = SiteLink.objects.get(url="https://dichvucong.gov.vn")
    assert banner.pk == old_banner.pk and banner.image_id != old_banner.image_id


def test_same_address_in_both_positions_is_two_links(tmp_path):
    rows = [("Dịch vụ công", "https://dichvucong.gov.vn", "banner"), ("Dịch vụ công", "https://dichvucong.gov.vn", "")]
    out, err, error = run(write_csv(tmp_path, rows, header=("title", "url", "position")))
    assert error is None, err
    assert sorted(position for _, _, position in links_of()) == ["banner", "lien_ket"]


def test_bad_rows_are_reported_with_their_number_and_skipped(tmp_path):
    (tmp_path / "ghi-chu.png").write_text("không phải ảnh")
    (tmp_path / "tai-lieu.pdf").write_bytes(b"%PDF-1.4")
    rows = [
        ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", "", ""),  # row 2: fine
        ("", "https://nhandan.vn", "", ""),  # 3
        ("Báo Nhân Dân", "", "", ""),  # 4
        ("Báo Bình Thuận", "baobinhthuan.com.vn", "", ""),  # 5
        ("Mã độc", "javascript:alert(1)", "", ""),  # 6
        ("Tỉnh Bình Thuận", "https://binhthuan.gov.vn", "", "cột phải"),  # 7
        ("Dịch vụ công", "https://dichvucong.gov.vn", "khong-co.png", "banner"),  # 8
        ("Dịch vụ công", "https://dichvucong.gov.vn", "ghi-chu.png", "banner"),  # 9
        ("Dịch vụ công", "https://dichvucong.gov.vn", "tai-lieu.pdf", "banner"),  # 10
        ("Dịch vụ công", "https://dichvucong.gov.vn", "../ngoai.png", "banner"),  # 11
        ("Chính phủ (lặp)", "https://chinhphu.vn", "", "lien_ket"),  # 12
        ("Văn bản pháp luật", "https://vbpl.vn", "", ""),  # 13: fine
    ]
    out, err, error = run(write_csv(tmp_path, rows))
    assert error is not None and "Có 10 dòng không nhập được" in str(error)
    assert "2 liên kết mới" in out and "10 dòng lỗi" in out
    lines = err.splitlines()
    assert lines[0] == "Dòng 3: thiếu tiêu đề (title)."
    assert lines[1] == "Dòng 4: thiếu địa chỉ liên kết (url)."
    assert lines[2].startswith("Dòng 5: địa chỉ liên kết (url) “baobinhthuan.com.vn” không hợp lệ.")
    assert "http:// hoặc https://" in lines[2]
    assert lines[3].startswith("Dòng 6: địa chỉ liên kết (url) “javascript:alert(1)” không hợp lệ.")
    assert lines[4].startswith("Dòng 7: vị trí (position) “cột phải” không hợp lệ")
    assert lines[5] == "Dòng 8: không tìm thấy ảnh (image) “khong-co.png” trong thư mục chứa tệp CSV."
    assert lines[6] == "Dòng 9: tệp “ghi-chu.png” không phải ảnh hoặc đã hỏng."
    assert lines[7].startswith("Dòng 10: tệp “tai-lieu.pdf” không phải định dạng ảnh được nhận")
    assert lines[8] == "Dòng 11: ảnh (image) “../ngoai.png” phải nằm trong thư mục chứa tệp CSV."
    assert lines[9] == "Dòng 12: trùng địa chỉ và vị trí với dòng 2."
    assert links_of() == [
        ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", "lien_ket"),
        ("Văn bản pháp luật", "https://vbpl.vn", "lien_ket"),
    ]
    assert not Image.objects.exists()


def test_a_row_that_fails_while_writing_leaves_neither_link_nor_image_file(tmp_path, media_root):
    png(tmp_path)
    rows = [("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "banner.png", "banner")]
    with mock.patch.object(SiteLink, "save", side_effect=[RuntimeError("mất kết nối")]), pytest.raises(RuntimeError):
        LinkImporter(COMMUNE_HOST).run(write_csv(tmp_path, rows))
    assert not SiteLink.objects.exists() and not Image.objects.exists()
    assert not list(media_root.rglob("*.png"))


def test_accepts_semicolons_a_byte_order_mark_and_vietnamese_position_labels(tmp_path):
    rows = [
        ("Báo Bình Thuận", "https://baobinhthuan.com.vn", "", "liên kết website"),
        ("Báo Nhân Dân", "https://nhandan.vn", "", "BANNER"),
    ]
    out, err, error = run(write_csv(tmp_path, rows, bom=True, delimiter=";"))
    assert error is None, err
    assert links_of() == [
        ("Báo Bình Thuận", "https://baobinhthuan.com.vn", "lien_ket"),
        ("Báo Nhân Dân", "https://nhandan.vn", "banner"),
    ]


def test_image_attribution_columns_are_stored_on_the_image(tmp_path):
    png(tmp_path)
    header = (*HEADER, "image_author", "image_source", "image_license")
    rows = [
        (
            "Dịch vụ công",
            "https://dichvucong.gov.vn",
            "banner.png",
            "banner",
            "Văn phòng UBND xã",
            "",
            "Tác phẩm của đơn vị",
        )
    ]
    out, err, error = run(write_csv(tmp_path, rows, header=header))
    assert error is None, err
    image = SiteLink.objects.get().image
    assert (image.author, image.license) == ("Văn phòng UBND xã", "Tác phẩm của đơn vị")


def test_links_the_file_does_not_mention_stay_after_the_imported_ones(tmp_path, commune):
    settings = SiteLinkSettings.for_site(commune.site)
    SiteLink.objects.create(setting=settings, title="Thêm trong trang quản trị", url="https://nhandan.vn", sort_order=0)
    run(write_csv(tmp_path, GOVERNMENT_ROWS[:1]))
    assert [title for title, _, _ in links_of()] == ["Cổng thông tin điện tử Chính phủ", "Thêm trong trang quản trị"]


# The run cannot start: a clear message and nothing written


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("unknown_site", "Không tìm thấy trang thông tin có tên miền “khong-co.hamtan.test”."),
        ("missing_file", "không có tệp này"),
        ("wrong_header", "Dòng tiêu đề không đúng (thiếu cột url; cột không được nhận: link)"),
        ("empty_file", "Tệp trống hoặc thiếu dòng tiêu đề; dòng đầu phải là: title,url,image,position (có thể thêm"),
        ("not_utf8", "Tệp không phải văn bản UTF-8"),
    ],
)
def test_setup_errors_are_clear_and_write_nothing(tmp_path, setup, message):
    path = write_csv(tmp_path, GOVERNMENT_ROWS[:1])
    site = COMMUNE_HOST
    if setup == "unknown_site":
        site = "khong-co.hamtan.test"
    elif setup == "missing_file":
        path = tmp_path / "khong-co.csv"
    elif setup == "wrong_header":
        path = write_csv(tmp_path, [("Chính phủ", "https://chinhphu.vn")], header=("title", "link"))
    elif setup == "empty_file":
        path.write_bytes(b"")
    elif setup == "not_utf8":
        path.write_bytes(b"title,url,ghi ch\xfa\nChinh phu,https://chinhphu.vn\n")
    with pytest.raises(CommandError) as raised:
        call_command("import_links", str(path), site=site, stdout=StringIO(), stderr=StringIO())
    assert message in str(raised.value)
    assert not SiteLink.objects.exists()
