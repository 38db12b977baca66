"""`manage.py import_procedures`: a JSON list of administrative procedures into a site."""

import json
from io import StringIO

import pytest

from django.core.management import CommandError, call_command

from wagtail.documents import get_document_model
from wagtail.models import Page

from legal_docs.models import (
    ProcedureDossierItem,
    ProcedureLegalBasis,
    ProcedurePage,
    ProcedureSubmissionMethod,
)
from tests.helpers import COMMUNE_HOST

from .factories import LegalDocumentPageFactory, document_index, procedure_index

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

Document = get_document_model()
DOCX_TEMPLATE = b"PK\x03\x04 mau to khai"
ONLINE_URL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193"


def procedure(**overrides):
    item = {
        "code": "1.001193",
        "name": "Thủ tục đăng ký khai sinh",
        "field": "Hộ tịch",
        "level": "Cấp xã",
        "implementing_body": "Ủy ban nhân dân xã Tân Hà",
        "applicants": "Công dân Việt Nam",
        "steps": "<p>Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.</p><script>alert(1)</script><p>Bước 2: Nhận kết quả.</p>",
        "submission_methods": [
            {
                "method": "Trực tiếp",
                "duration": "Ngay trong ngày",
                "fee": "Miễn lệ phí",
                "notes": "Tại Bộ phận Một cửa",
            },
            {"method": "truc_tuyen", "duration": "Ngay trong ngày", "fee": "Miễn lệ phí"},
        ],
        "dossier_items": [
            {"name": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0, "form_template": "mau/to-khai.docx"},
            {"name": "Giấy chứng sinh", "originals": "1"},
        ],
        "processing_time": "Ngay trong ngày tiếp nhận hồ sơ",
        "fees": "Miễn lệ phí",
        "result": "Giấy khai sinh (bản chính)",
        "requirements": "Không",
        "legal_basis": [
            "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014",
            "Nghị định số 42/2022/NĐ-CP của Chính phủ",
            {"citation": "Quyết định công nhận hộ nghèo của UBND xã", "number": "15/QĐ-UBND"},
        ],
        "online_level": "toan_trinh",
        "online_url": ONLINE_URL,
    }
    item.update(overrides)
    return item


def write_json(folder, items, name="thu-tuc.json"):
    template = folder / "mau" / "to-khai.docx"
    template.parent.mkdir(parents=True, exist_ok=True)
    if not template.exists():
        template.write_bytes(DOCX_TEMPLATE)
    path = folder / name
    path.write_text(items if isinstance(items, str) else json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return path


def run_import(path, site=COMMUNE_HOST):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_procedures", str(path), "--site", site, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def imported(unit, code="1.001193"):
    return ProcedurePage.objects.filter(site=unit.site, code=code)


def assert_tree_valid():
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.sqlite
def test_import_creates_a_live_procedure_with_every_field(commune, documents, tmp_path):
    out, err, error = run_import(write_json(tmp_path, [procedure(code="1.999001")]))

    assert error is None and err == ""
    assert "1 thủ tục mới, 0 thủ tục cập nhật, 0 thủ tục lỗi" in out
    page = imported(commune, "1.999001").get()
    assert page.title == "Thủ tục đăng ký khai sinh" and page.slug == "thu-tuc-dang-ky-khai-sinh"
    assert page.get_parent().pk == procedure_index(commune.site).pk
    assert page.live and not page.has_unpublished_changes and page.first_published_at is not None
    assert (page.field.slug, page.level, page.implementing_body) == ("ho-tich", "xa", "Ủy ban nhân dân xã Tân Hà")
    assert (page.applicants, page.processing_time, page.fees, page.result, page.requirements) == (
        "Công dân Việt Nam",
        "Ngay trong ngày tiếp nhận hồ sơ",
        "Miễn lệ phí",
        "Giấy khai sinh (bản chính)",
        "Không",
    )
    assert (page.online_level, page.online_url) == ("toan_trinh", ONLINE_URL)
    assert page.steps == "<p>Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.</p><p>Bước 2: Nhận kết quả.</p>"
    assert page.site == commune.site
    assert " 1 999001 " in page.search_text and " dang ky khai sinh " in page.search_text
    assert " ho tich " in page.search_text

    methods = list(page.submission_methods.order_by("sort_order").values_list("method", "duration", "fee", "notes"))
    assert methods == [
        ("truc_tiep", "Ngay trong ngày", "Miễn lệ phí", "Tại Bộ phận Một cửa"),
        ("truc_tuyen", "Ngay trong ngày", "Miễn lệ phí", ""),
    ]
    form, certificate = page.dossier_items.order_by("sort_order")
    assert (form.name, form.originals, form.copies) == ("Tờ khai đăng ký khai sinh", 1, 0)
    assert form.form_template.collection == commune.collection
    assert form.form_template.title == "Tờ khai đăng ký khai sinh"
    assert form.form_template.file.read() == DOCX_TEMPLATE
    assert (certificate.name, certificate.originals, certificate.copies, certificate.form_template) == (
        "Giấy chứng sinh",
        1,
        0,
        None,
    )
    law, decree, decision = page.legal_basis.order_by("sort_order")
    assert (law.citation, law.document) == ("Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014", None)
    assert decree.citation == "Nghị định số 42/2022/NĐ-CP của Chính phủ"
    assert decree.document == documents["decree_42"]  # on the district's site, the commune's authority
    assert (decision.citation, decision.document) == (
        "Quyết định công nhận hộ nghèo của UBND xã",
        documents["commune_poverty"],
    )
    assert_tree_valid()


def test_imported_procedure_renders_on_its_site(client, commune, tmp_path):
    assert run_import(write_json(tmp_path, [procedure(code="1.999002")]))[2] is None
    page = imported(commune, "1.999002").get()

    response = client.get(page.url, HTTP_HOST=COMMUNE_HOST)

    assert response.status_code == 200
    assert "Thủ tục đăng ký khai sinh" in response.content.decode()


def test_legal_basis_prefers_the_same_site_and_never_links_another_commune(commune, district, documents, tmp_path):
    district_copy = LegalDocumentPageFactory(parent=document_index(district.site), number="15/QĐ-UBND")
    draft = LegalDocumentPageFactory(parent=document_index(commune.site), number="99/QĐ-UBND", live=False)
    item = procedure(legal_basis=["Quyết định 15/QĐ-UBND", "Quyết định 27/QĐ-UBND", "99/QĐ-UBND", "15/QD-UBND"])

    assert run_import(write_json(tmp_path, [item]))[2] is None

    linked = [basis.document for basis in imported(commune).get().legal_basis.order_by("sort_order")]
    assert linked == [documents["commune_poverty"], None, None, documents["commune_poverty"]]
    assert district_copy not in linked and draft not in linked  # 27/QĐ-UBND is another commune's


def test_rerun_is_idempotent_and_updates_values_and_inlines(commune, procedures, other_commune, tmp_path):
    existing = procedures["birth"]  # made in the admin, same code
    path = write_json(tmp_path, [procedure(), procedure(code="2.000815", name="Chứng thực bản sao", level="xa")])
    out, _, error = run_import(path)
    assert error is None and "0 thủ tục mới, 2 thủ tục cập nhật" in out
    counts = lambda: (  # noqa: E731
        Page.objects.count(),
        ProcedureSubmissionMethod.objects.count(),
        ProcedureDossierItem.objects.count(),
        ProcedureLegalBasis.objects.count(),
        Document.objects.count(),
    )
    before = counts()

    out, _, error = run_import(path)

    assert error is None and "0 thủ tục mới, 2 thủ tục cập nhật, 0 thủ tục lỗi" in out
    assert counts() == before
    page = imported(commune).get()
    assert page.pk == existing.pk and page.slug == existing.slug

    changed = procedure(name="Đăng ký khai sinh (sửa)", level="Cấp huyện", submission_methods=[{"method": "Bưu chính"}])
    out, _, error = run_import(write_json(tmp_path, [changed]))

    assert error is None and "0 thủ tục mới, 1 thủ tục cập nhật" in out
    page = imported(commune).get()
    assert (page.title, page.level, page.slug) == ("Đăng ký khai sinh (sửa)", "huyen", existing.slug)
    assert list(page.submission_methods.values_list("method", flat=True)) == ["buu_chinh"]
    other = procedures["other_birth"]
    assert ProcedurePage.objects.get(pk=other.pk).title == other.title  # another site's procedure, same code
    assert imported(other_commune).count() == 1
    assert_tree_valid()


def test_steps_as_plain_text_or_a_list_become_paragraphs_or_a_numbered_list(commune, tmp_path):
    items = [
        procedure(code="1", steps="Bước 1: Nộp hồ sơ <đủ giấy tờ>.\nBước 2: Nhận kết quả."),
        procedure(code="2", name="Thủ tục khác", steps=["Nộp hồ sơ", "Nhận kết quả"]),
    ]

    assert run_import(write_json(tmp_path, items))[2] is None

    assert imported(commune, "1").get().steps == (
        "<p>Bước 1: Nộp hồ sơ &lt;đủ giấy tờ&gt;.</p><p>Bước 2: Nhận kết quả.</p>"
    )
    assert imported(commune, "2").get().steps == "<ol><li>Nộp hồ sơ</li><li>Nhận kết quả</li></ol>"


def test_the_same_form_template_is_stored_once(commune, tmp_path):
    items = [procedure(code="1"), procedure(code="2", name="Thủ tục khác")]
    documents_before = Document.objects.count()

    assert run_import(write_json(tmp_path, items))[2] is None

    assert Document.objects.count() == documents_before + 1


BAD_ITEMS = [
    pytest.param(
        procedure(level="thôn"),
        "cấp thực hiện (level) “thôn” không hợp lệ; dùng một trong: xa, huyen, tinh",
        id="bad-level",
    ),  # fmt: skip
    pytest.param(procedure(level=""), "thiếu cấp thực hiện (level)", id="missing-level"),
    pytest.param(procedure(code=""), "thiếu mã thủ tục (code)", id="missing-code"),
    pytest.param(procedure(name=None), "thiếu tên thủ tục (name)", id="missing-name"),
    pytest.param(["không", "phải", "đối tượng"], "mỗi thủ tục phải là một đối tượng JSON", id="not-an-object"),
    pytest.param(procedure(legal_bases=[]), "khóa không được nhận: legal_bases", id="unknown-key"),
    pytest.param(
        procedure(submission_methods=[{"method": "fax"}]), "hình thức nộp (method) “fax” không hợp lệ", id="bad-method"
    ),  # fmt: skip
    pytest.param(
        procedure(submission_methods="Trực tiếp"),
        "cách thức thực hiện (submission_methods) phải là một danh sách",
        id="methods-not-a-list",
    ),  # fmt: skip
    pytest.param(
        procedure(online_url="dichvucong"),
        "địa chỉ nộp trực tuyến (online_url) “dichvucong” không phải địa chỉ web",
        id="bad-url",
    ),  # fmt: skip
    pytest.param(
        procedure(online_url=""),
        "thủ tục có dịch vụ công trực tuyến phải có địa chỉ nộp trực tuyến",
        id="online-without-url",
    ),  # fmt: skip
    pytest.param(
        procedure(online_level="cap 4"),
        "mức dịch vụ công trực tuyến (online_level) “cap 4” không hợp lệ",
        id="bad-online-level",
    ),  # fmt: skip
    pytest.param(
        procedure(dossier_items=[{"name": "Tờ khai", "form_template": "mau/khong-co.docx"}]),
        "giấy tờ thứ 1: không tìm thấy tệp mẫu “mau/khong-co.docx”",
        id="missing-template",
    ),  # fmt: skip
    pytest.param(
        procedure(dossier_items=[{"name": "Tờ khai", "form_template": "../ngoai.docx"}]),
        "phải nằm trong thư mục chứa tệp JSON",
        id="template-outside-folder",
    ),  # fmt: skip
    pytest.param(
        procedure(dossier_items=[{"name": "Tờ khai", "copies": -1}]),
        "số bản sao (copies) phải là số nguyên",
        id="negative-copies",
    ),  # fmt: skip
    pytest.param(procedure(steps={"buoc": 1}), "trình tự thực hiện (steps) phải là chuỗi ký tự", id="steps-not-text"),
    pytest.param(procedure(name="Thủ tục " * 40), "tên thủ tục (name) dài 319 ký tự, tối đa 255", id="name-too-long"),
]


@pytest.mark.parametrize(("bad_item", "reason"), BAD_ITEMS)
def test_bad_item_is_reported_with_its_number_and_skipped(commune, tmp_path, bad_item, reason):
    if isinstance(bad_item, dict) and bad_item.get("code"):
        bad_item = {**bad_item, "code": "xau"}
    documents_before = Document.objects.count()
    items = [procedure(code="tot-1"), bad_item, procedure(code="tot-2", name="Thủ tục thứ ba")]

    out, err, error = run_import(write_json(tmp_path, items))

    assert error is not None and "1 thủ tục không nhập được" in str(error)
    assert err.startswith("Thủ tục thứ 2: ") and reason in err and err.count("Thủ tục thứ") == 1
    assert "2 thủ tục mới, 0 thủ tục cập nhật, 1 thủ tục lỗi" in out
    assert sorted(ProcedurePage.objects.filter(site=commune.site, code__startswith="tot")
                  .values_list("code", flat=True)) == ["tot-1", "tot-2"]  # fmt: skip
    assert not imported(commune, "xau").exists()
    assert Document.objects.count() == documents_before + 1  # the good items' template, once
    assert_tree_valid()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param('[{"code": "1.001193",}]', "Tệp không phải JSON hợp lệ (lỗi ở dòng 1, cột", id="invalid-json"),
        pytest.param('{"code": "1.001193"}', "Tệp JSON phải là một danh sách các thủ tục", id="not-a-list"),
        pytest.param("", "Tệp không phải JSON hợp lệ", id="empty"),
    ],
)
def test_invalid_json_is_refused_and_nothing_is_written(commune, tmp_path, content, message):
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match=message.replace("(", r"\(")):
        call_command("import_procedures", str(write_json(tmp_path, content)), "--site", COMMUNE_HOST,
                     stdout=StringIO(), stderr=StringIO())  # fmt: skip

    assert Page.objects.count() == pages_before


def test_file_in_another_encoding_is_refused(commune, tmp_path):
    path = tmp_path / "cp1258.json"
    path.write_bytes(json.dumps([procedure()], ensure_ascii=False).encode("cp1258", "replace"))

    with pytest.raises(CommandError, match="không phải văn bản UTF-8"):
        call_command("import_procedures", str(path), "--site", COMMUNE_HOST, stdout=StringIO(), stderr=StringIO())


@pytest.mark.parametrize("site", ["khong-co.hamtan.test", ""])
def test_unknown_site_is_refused(tmp_path, site):
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match="Không tìm thấy trang thông tin có tên miền"):
        call_command("import_procedures", str(write_json(tmp_path, [procedure()])), "--site", site,
                     stdout=StringIO(), stderr=StringIO())  # fmt: skip

    assert Page.objects.count() == pages_before


def test_unreadable_file_is_refused(commune, tmp_path):
    with pytest.raises(CommandError, match="Không đọc được tệp .*không có tệp này"):
        call_command("import_procedures", str(tmp_path / "khong-co.json"), "--site", COMMUNE_HOST,
                     stdout=StringIO(), stderr=StringIO())  # fmt: skip
