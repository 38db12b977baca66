"""The editors' side: creating documents and procedures in the admin, attachments, and the shared lists."""

import io
import zipfile

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from legal_docs.models import LegalDocumentPage, LegalDocumentType, LegalField, ProcedurePage
from sites.models import Unit
from tests.factories import UserFactory
from tests.helpers import COMMUNE_HOST, refused
from tests.legal_docs.factories import (
    LegalDocumentPageFactory,
    ProcedurePageFactory,
    document_index,
    document_type,
    legal_field,
    procedure_index,
)

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
OLE2_BYTES = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def document_form_data(title, slug, *, files=(), fields=("dat-dai",), **extra):
    """What the admin's LegalDocumentPage create/edit form posts."""
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "number": "15/QĐ-UBND",
            "doc_type": str(document_type("quyet-dinh").pk),
            "category": "chi_dao_dieu_hanh",
            "summary": "Về việc ban hành Quy chế tiếp công dân của Ủy ban nhân dân xã",
            "issuing_body": "Ủy ban nhân dân xã Tân Hà",
            "signer": "Lê Văn Tâm",
            "issued_date": "2025-03-10",
            "effective_date": "2025-03-10",
            "expiry_date": "",
            "status_override": "",
            "files": inline_formset([{"file": file, "title": ""} for file in files]),
            "relations": inline_formset([]),
            **extra,
        }
    )
    data["fields"] = [str(legal_field(slug).pk) for slug in fields]
    return data


def procedure_form_data(title, slug, **extra):
    """What the admin's ProcedurePage create/edit form posts."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "code": "1.001193",
            "field": str(legal_field("ho-tich").pk),
            "level": "xa",
            "implementing_body": "Ủy ban nhân dân xã Tân Hà",
            "applicants": "Công dân Việt Nam",
            "steps": rich_text("<p>Nộp hồ sơ tại Bộ phận một cửa.</p>"),
            "processing_time": "Ngay trong ngày",
            "fees": "Miễn lệ phí",
            "result": "Giấy khai sinh",
            "requirements": "",
            "online_level": "",
            "online_url": "",
            "submission_methods": inline_formset(
                [{"method": "truc_tiep", "duration": "Trong ngày", "fee": "", "notes": ""}]
            ),
            "dossier_items": inline_formset(
                [{"name": "Tờ khai", "form_template": "", "originals": "1", "copies": "0"}]
            ),
            "legal_basis": inline_formset([{"citation": "Luật Hộ tịch số 60/2014/QH13", "document": ""}]),
            **extra,
        }
    )


def add_url(model_name, parent):
    return reverse("wagtailadmin_pages:add", args=["legal_docs", model_name, parent.pk])


def stored_files(media_root):
    return [path for path in media_root.rglob("*") if path.is_file()] if media_root.exists() else []


class DocumentAndProcedureEditorTest(WagtailPageTestCase):
    """Each page type edits and previews with the data its admin form posts."""

    def setUp(self):
        self.client.defaults["HTTP_HOST"] = COMMUNE_HOST
        self.login()
        site = Unit.objects.get(site__hostname=COMMUNE_HOST).site
        self.document = LegalDocumentPageFactory(parent=document_index(site), slug="quy-che-tiep-cong-dan")
        self.procedure = ProcedurePageFactory(parent=procedure_index(site), slug="dang-ky-khai-sinh")

    def test_document_page_edits_and_previews(self):
        amended = LegalDocumentPageFactory(parent=self.document.get_parent(), number="8/QĐ-UBND")
        data = document_form_data(
            self.document.title,
            self.document.slug,
            fields=("tu-phap", "dat-dai"),
            relations=inline_formset([{"kind": "amends", "target": str(amended.pk)}]),
        )
        self.assertPageIsEditable(self.document, post_data=data)
        self.assertPageIsPreviewable(self.document, post_data=data)

    def test_procedure_page_edits_and_previews(self):
        data = procedure_form_data(self.procedure.title, self.procedure.slug)
        self.assertPageIsEditable(self.procedure, post_data=data)
        self.assertPageIsPreviewable(self.procedure, post_data=data)


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def test_commune_editor_creates_a_document_with_its_files_in_its_own_section(client, login, commune):
    login("editor")
    files = [
        upload("quy-che.pdf", PDF_BYTES, "application/pdf"),
        upload("quy-che.doc", OLE2_BYTES, "application/msword"),
        upload("quy-che.docx", docx_bytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ]
    data = document_form_data("Quy chế tiếp công dân", "quy-che-tiep-cong-dan", files=files, fields=("tu-phap",))
    response = client.post(add_url("legaldocumentpage", document_index(commune.site)), data)
    assert response.status_code == 302, response.content.decode()[:2000]

    page = LegalDocumentPage.objects.get(slug="quy-che-tiep-cong-dan")
    assert page.get_parent().specific == document_index(commune.site)
    assert page.site == commune.site and not page.live  # an editor saves drafts; publishing goes through review
    assert page.number == "15/QĐ-UBND" and page.doc_type.slug == "quyet-dinh"
    assert [field.slug for field in page.fields.all()] == ["tu-phap"]
    assert sorted(item.extension for item in page.files.all()) == ["DOC", "DOCX", "PDF"]
    assert page.files.get(file__endswith=".pdf").file.read() == PDF_BYTES


def test_commune_editor_is_refused_in_another_communes_document_and_procedure_sections(
    client, login, other_commune, media_root
):
    login("editor")
    document_url = add_url("legaldocumentpage", document_index(other_commune.site))
    data = document_form_data("Văn bản lạc chỗ", "van-ban-lac-cho", files=[upload("a.pdf", PDF_BYTES)])
    assert refused(client.get(document_url))
    assert refused(client.post(document_url, data))
    procedure_url = add_url("procedurepage", procedure_index(other_commune.site))
    assert refused(client.post(procedure_url, procedure_form_data("Thủ tục lạc chỗ", "thu-tuc-lac-cho")))
    assert not LegalDocumentPage.objects.filter(slug="van-ban-lac-cho").exists()
    assert not ProcedurePage.objects.filter(slug="thu-tuc-lac-cho").exists()
    assert stored_files(media_root) == []


@pytest.mark.parametrize(
    ("name", "content", "content_type", "message"),
    [
        (
            "cai-dat.exe",
            EXE_BYTES,
            "application/x-msdownload",
            "Chỉ nhận tệp PDF, DOC hoặc DOCX (tệp “cai-dat.exe” có đuôi không được phép).",
        ),
        (
            "quyet-dinh.pdf",
            EXE_BYTES,
            "application/pdf",
            "Nội dung tệp “quyet-dinh.pdf” không phải là tệp PDF thật (có thể đã bị đổi đuôi).",
        ),
        (
            "ke-hoach.pdf",
            b"<html><body>Trang web, khong phai PDF</body></html>",
            "application/pdf",
            "Nội dung tệp “ke-hoach.pdf” không phải là tệp PDF thật (có thể đã bị đổi đuôi).",
        ),
        (
            "bao-cao.docx",
            b"PK\x03\x04" + b"\x00" * 100,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Nội dung tệp “bao-cao.docx” không phải là tệp DOCX thật (có thể đã bị đổi đuôi).",
        ),
    ],
    ids=["exe", "exe-renamed-pdf", "spoofed-content-type", "zip-without-word-document"],
)
def test_attachments_that_are_not_real_pdf_doc_or_docx_are_refused(
    client, login, commune, media_root, name, content, content_type, message
):
    login("editor")
    data = document_form_data("Văn bản có tệp lạ", "van-ban-co-tep-la", files=[upload(name, content, content_type)])
    response = client.post(add_url("legaldocumentpage", document_index(commune.site)), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not LegalDocumentPage.objects.filter(slug="van-ban-co-tep-la").exists()
    assert stored_files(media_root) == []


def test_an_attachment_over_the_size_limit_is_refused(client, login, commune, settings, media_root):
    settings.LEGAL_DOC_MAX_UPLOAD_MB = 1
    login("editor")
    too_big = PDF_BYTES + b"0" * int(1.1 * 1024 * 1024)
    data = document_form_data(
        "Văn bản quá lớn", "van-ban-qua-lon", files=[upload("lon.pdf", too_big, "application/pdf")]
    )
    response = client.post(add_url("legaldocumentpage", document_index(commune.site)), data)
    assert response.status_code == 200
    assert "Tệp vượt quá dung lượng cho phép (1 MB)." in response.content.decode()
    assert not LegalDocumentPage.objects.filter(slug="van-ban-qua-lon").exists()
    assert stored_files(media_root) == []

    data = document_form_data("Văn bản vừa", "van-ban-vua", files=[upload("vua.pdf", PDF_BYTES + b"0" * 900_000)])
    assert client.post(add_url("legaldocumentpage", document_index(commune.site)), data).status_code == 302
    assert LegalDocumentPage.objects.get(slug="van-ban-vua").files.count() == 1


def test_expiry_before_the_effective_date_is_refused(client, login, commune):
    login("editor")
    url = add_url("legaldocumentpage", document_index(commune.site))
    data = document_form_data(
        "Văn bản sai ngày", "van-ban-sai-ngay", effective_date="2025-03-10", expiry_date="2025-01-01"
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Ngày hết hiệu lực phải sau ngày có hiệu lực." in response.content.decode()
    assert not LegalDocumentPage.objects.filter(slug="van-ban-sai-ngay").exists()


def test_procedure_with_an_online_level_needs_its_online_address(client, login, commune):
    login("editor")
    url = add_url("procedurepage", procedure_index(commune.site))
    data = procedure_form_data("Đăng ký khai sinh", "dang-ky-khai-sinh", online_level="toan_trinh")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Thủ tục có dịch vụ công trực tuyến phải có địa chỉ nộp trực tuyến." in response.content.decode()
    assert not ProcedurePage.objects.filter(slug="dang-ky-khai-sinh").exists()

    decree = LegalDocumentPageFactory(parent=document_index(commune.site), number="123/2015/NĐ-CP")
    data = procedure_form_data(
        "Đăng ký khai sinh",
        "dang-ky-khai-sinh",
        online_level="toan_trinh",
        online_url="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
        legal_basis=inline_formset([{"citation": "Nghị định 123/2015/NĐ-CP", "document": str(decree.pk)}]),
    )
    assert client.post(url, data).status_code == 302
    procedure = ProcedurePage.objects.get(slug="dang-ky-khai-sinh")
    assert procedure.site == commune.site and procedure.field.slug == "ho-tich"
    assert procedure.legal_basis.get().document == decree
    assert procedure.submission_methods.get().get_method_display() == "Trực tiếp"
    assert procedure.dossier_items.get().originals == 1


# --- The shared lists: superusers and the board edit them; no other role may ---

LISTS = [
    ("legaldocumenttype", LegalDocumentType, {"name": "Quy chế", "slug": "quy-che", "sort_order": "200"}),
    ("legalfield", LegalField, {"name": "Dân tộc", "slug": "dan-toc"}),
]


def snippet_url(model_name, view, *args):
    return reverse(f"wagtailsnippets_legal_docs_{model_name}:{view}", args=args)


@pytest.mark.parametrize(("model_name", "model", "new_entry"), LISTS, ids=["types", "fields"])
@pytest.mark.parametrize("username", ["editor", "chief", "collaborator", "district_editor", "inspector"])
def test_no_other_role_can_add_or_change_the_lists(client, login, username, model_name, model, new_entry):
    login(username)
    entry = model.objects.order_by("pk").first()
    count = model.objects.count()
    assert refused(client.get(snippet_url(model_name, "list")))
    assert refused(client.get(snippet_url(model_name, "add")))
    assert refused(client.post(snippet_url(model_name, "add"), new_entry))
    assert refused(client.get(snippet_url(model_name, "edit", entry.pk)))
    assert refused(client.post(snippet_url(model_name, "edit", entry.pk), {**new_entry, "slug": entry.slug}))
    assert refused(client.post(snippet_url(model_name, "delete", entry.pk)))
    assert model.objects.count() == count
    assert model.objects.get(pk=entry.pk).name == entry.name


@pytest.mark.parametrize(("model_name", "model", "new_entry"), LISTS, ids=["types", "fields"])
def test_the_board_adds_and_changes_entries_but_does_not_delete_them(client, login, model_name, model, new_entry):
    login("board")
    listing = client.get(snippet_url(model_name, "list"))
    assert listing.status_code == 200
    assert client.post(snippet_url(model_name, "add"), new_entry).status_code == 302
    entry = model.objects.get(slug=new_entry["slug"])
    assert entry.name == new_entry["name"]

    renamed = {**new_entry, "name": f"{new_entry['name']} (sửa)"}
    assert client.post(snippet_url(model_name, "edit", entry.pk), renamed).status_code == 302
    assert model.objects.get(pk=entry.pk).name == renamed["name"]

    assert refused(client.post(snippet_url(model_name, "delete", entry.pk)))
    assert model.objects.filter(pk=entry.pk).exists()


def test_the_list_is_searchable_by_name_and_by_unaccented_code(client, login):
    login("board")
    by_name = client.get(snippet_url("legalfield", "list"), {"q": "Hộ tịch"}).content.decode()
    assert "Hộ tịch" in by_name and "Xây dựng" not in by_name
    by_code = client.get(snippet_url("legaldocumenttype", "list"), {"q": "nghi-dinh"}).content.decode()
    assert "Nghị định" in by_code and "Thông tư" not in by_code


def test_a_superuser_may_delete_an_unused_entry(client):
    admin = UserFactory(username="quantri", is_superuser=True, is_staff=True)
    client.force_login(admin)
    unused = LegalDocumentType.objects.create(name="Quy chế", slug="quy-che")
    assert client.post(snippet_url("legaldocumenttype", "delete", unused.pk)).status_code == 302
    assert not LegalDocumentType.objects.filter(pk=unused.pk).exists()


def test_the_lists_menu_is_shown_to_the_board_only(client, login):
    login("board")
    board_dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert snippet_url("legaldocumenttype", "list") in board_dashboard
    assert snippet_url("legalfield", "list") in board_dashboard
    login("editor")
    editor_dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert snippet_url("legaldocumenttype", "list") not in editor_dashboard
    assert snippet_url("legalfield", "list") not in editor_dashboard
