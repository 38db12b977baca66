"""`manage.py import_legal_docs` given what spreadsheets really contain: other separators, bad rows,
bad headers, unknown sites, unreadable files."""

from io import StringIO
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from django.core.management import CommandError, call_command

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from legal_docs.importing.documents import COLUMNS
from legal_docs.models import LegalDocumentFile, LegalDocumentPage, LegalField
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST

from .factories import document_index
from .helpers import assert_tree_valid, doc_row, imported, run_import, write_csv, write_file

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def test_search_indexing_is_done_in_bulk_at_the_end(commune, tmp_path):
    notice = doc_row(external_id="vb-2", number="27/TB-UBND", summary="Thông báo lịch tiếp công dân")
    path = write_csv(tmp_path, [doc_row(), notice])

    with mock.patch("modelsearch.signal_handlers.insert_or_update_object_task") as per_save_indexing:
        out, _, error = run_import(path)
        assert error is None and "2 văn bản mới" in out
        assert "legaldocumentpage" not in {call.args[1] for call in per_save_indexing.enqueue.call_args_list}

    results = get_search_backend().search("ke hoach su dung dat", LegalDocumentPage.objects.filter(site=commune.site))
    assert [page.external_id for page in results] == ["vb-1"]


def test_semicolon_separated_csv_is_accepted(commune, tmp_path):
    path = write_csv(tmp_path, [doc_row(fields="Đất đai;Hộ tịch")], delimiter=";")

    out, _, error = run_import(path)

    assert error is None and "1 văn bản mới" in out
    assert sorted(field.slug for field in imported(commune).get().fields.all()) == ["dat-dai", "ho-tich"]


BAD_ROWS = [
    pytest.param(
        doc_row(doc_type="Sắc lệnh"),
        "loại văn bản (doc_type) “Sắc lệnh” không có trong danh sách; dùng một trong: Luật, Nghị định",
        id="unknown-doc-type",
    ),  # fmt: skip
    pytest.param(
        doc_row(issued_date="2024-02-30"),
        "ngày ban hành (issued_date) “2024-02-30” không phải ngày hợp lệ",
        id="date-does-not-exist",
    ),  # fmt: skip
    pytest.param(doc_row(issued_date="15.03.2024"), "dạng YYYY-MM-DD hoặc DD/MM/YYYY", id="date-in-other-format"),
    pytest.param(doc_row(issued_date=""), "thiếu ngày ban hành (issued_date)", id="missing-issued-date"),
    pytest.param(
        doc_row(effective_date="2024-03-15", expiry_date="01/03/2024"),
        "ngày hết hiệu lực (expiry_date) phải sau ngày có hiệu lực",
        id="expiry-before-effect",
    ),  # fmt: skip
    pytest.param(
        doc_row(status="con hieu luc lam"),
        "tình trạng hiệu lực (status) “con hieu luc lam” không hợp lệ; dùng một trong: con_hieu_luc",
        id="bad-status",
    ),  # fmt: skip
    pytest.param(doc_row(category="mật"), "nhóm văn bản (category) “mật” không hợp lệ", id="bad-category"),
    pytest.param(doc_row(file="khong-co.pdf"), "không tìm thấy tệp “khong-co.pdf”", id="missing-file"),
    pytest.param(
        doc_row(file="gia-mao.pdf"), "Nội dung tệp “gia-mao.pdf” không phải là tệp PDF thật", id="spoofed-file"
    ),  # fmt: skip
    pytest.param(doc_row(file="bang.xlsx"), "Chỉ nhận tệp PDF, DOC hoặc DOCX", id="other-extension"),
    pytest.param(doc_row(file="../ngoai.pdf"), "phải nằm trong thư mục chứa tệp CSV", id="file-outside-folder"),
    pytest.param(doc_row(external_id=" "), "thiếu mã văn bản ở hệ thống cũ (external_id)", id="missing-external-id"),
    pytest.param(doc_row(number=""), "thiếu số ký hiệu (number)", id="missing-number"),
    pytest.param(doc_row(summary=""), "thiếu trích yếu (summary)", id="missing-summary"),
    pytest.param(
        doc_row(issuing_body="Ủy ban " * 40),
        "cơ quan ban hành (issuing_body) dài 279 ký tự, tối đa 255",
        id="issuing-body-too-long",
    ),  # fmt: skip
    pytest.param(["vb-x", "1/QĐ"], "dòng có 2 ô nhưng dòng tiêu đề có 13 cột", id="too-few-cells"),
]


@pytest.mark.parametrize(("bad_row", "reason"), BAD_ROWS)
def test_bad_row_is_reported_with_its_row_number_and_skipped(commune, tmp_path, bad_row, reason):
    write_file(tmp_path, "gia-mao.pdf", b"MZ\x90\x00 chuong trinh")
    write_file(tmp_path, "bang.xlsx", b"PK\x03\x04")
    if isinstance(bad_row, dict):
        bad_row = {**bad_row, "external_id": bad_row["external_id"].strip() and "xau"}
    files_before = LegalDocumentFile.objects.count()
    path = write_csv(tmp_path, [doc_row(external_id="tot-1"), bad_row, ["", ""], doc_row(external_id="tot-2")])

    out, err, error = run_import(path)

    assert error is not None and "1 dòng không nhập được" in str(error)
    assert err.startswith("Dòng 3: ") and reason in err and err.count("Dòng") == 1
    assert "2 văn bản mới, 0 văn bản cập nhật, 1 dòng lỗi" in out
    assert sorted(LegalDocumentPage.objects.filter(site=commune.site, external_id__startswith="tot")
                  .values_list("external_id", flat=True)) == ["tot-1", "tot-2"]  # fmt: skip
    assert not imported(commune, "xau").exists() and LegalDocumentFile.objects.count() == files_before
    assert_tree_valid()


def test_a_row_in_another_encoding_is_reported_and_the_others_imported(commune, tmp_path):
    path = write_csv(tmp_path, [doc_row(external_id="utf8")], bom=True)
    legacy = ",".join(doc_row(external_id="cp1258").values()).encode("cp1258", "replace")
    path.write_bytes(path.read_bytes() + legacy + b"\r\n")

    out, err, error = run_import(path)

    assert "1 văn bản mới, 0 văn bản cập nhật, 1 dòng lỗi" in out
    assert err.startswith("Dòng 3: dòng không phải văn bản UTF-8")
    assert imported(commune, "utf8").exists()


def test_a_failed_row_leaves_no_new_field_behind(commune, tmp_path):
    path = write_csv(tmp_path, [doc_row(fields="Lĩnh vực chưa có", file="khong-co.pdf")])

    assert run_import(path)[2] is not None

    assert not LegalField.objects.filter(name="Lĩnh vực chưa có").exists()


@pytest.mark.parametrize(
    ("header", "message"),
    [
        pytest.param(
            [c for c in COLUMNS if c not in ("issued_date", "file")], "thiếu cột issued_date, file", id="missing"
        ),
        pytest.param([*COLUMNS, "ghi_chu"], "cột không được nhận: ghi_chu", id="unknown"),
        pytest.param([], "Tệp trống hoặc thiếu dòng tiêu đề", id="empty"),
    ],
)
def test_bad_header_is_refused_and_nothing_is_written(commune, tmp_path, header, message):
    path = write_csv(tmp_path, [doc_row()], header=header) if header else write_file(tmp_path, "trong.csv", b"")
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match=message):
        call_command("import_legal_docs", str(path), "--site", COMMUNE_HOST, stdout=StringIO(), stderr=StringIO())

    assert Page.objects.count() == pages_before


def test_status_column_may_be_left_out(commune, tmp_path):
    header = [column for column in COLUMNS if column != "status"]

    out, _, error = run_import(write_csv(tmp_path, [doc_row(status="ignored")], header=header))

    assert error is None and "1 văn bản mới" in out and imported(commune).get().status_override == ""


@pytest.mark.parametrize("site", ["khong-co.hamtan.test", "HAMTAN"])
def test_unknown_site_is_refused(tmp_path, site):
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match="Không tìm thấy trang thông tin có tên miền"):
        call_command("import_legal_docs", str(write_csv(tmp_path, [doc_row()])), "--site", site,
                     stdout=StringIO(), stderr=StringIO())  # fmt: skip

    assert Page.objects.count() == pages_before


def test_site_without_a_documents_section_is_refused(commune, tmp_path):
    document_index(commune.site).delete()

    with pytest.raises(CommandError, match="chưa có chuyên mục “Văn bản”"):
        call_command("import_legal_docs", str(write_csv(tmp_path, [doc_row()])), "--site", COMMUNE_HOST,
                     stdout=StringIO(), stderr=StringIO())  # fmt: skip


@pytest.mark.parametrize("name", ["khong-co.csv", "."])
def test_unreadable_file_is_refused(commune, tmp_path, name):
    with pytest.raises(CommandError, match="Không đọc được tệp"):
        call_command("import_legal_docs", str(tmp_path / name), "--site", DISTRICT_HOST,
                     stdout=StringIO(), stderr=StringIO())  # fmt: skip


def test_district_import_goes_to_the_district_site(district, commune, tmp_path):
    out, _, error = run_import(write_csv(tmp_path, [doc_row()]), site=DISTRICT_HOST)

    assert error is None and "1 văn bản mới" in out
    assert imported(district).get().get_parent().pk == document_index(district.site).pk
    assert not imported(commune).exists()
