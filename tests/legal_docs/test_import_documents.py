"""`manage.py import_legal_docs`: a CSV spreadsheet of legal documents into a site's “Văn bản”."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from django.db import transaction

from wagtail.models import Page, ReferenceIndex

from legal_docs.importing.documents import DocumentImporter
from legal_docs.models import EffectStatus, LegalDocumentFile, LegalDocumentPage, LegalField
from tests.helpers import COMMUNE_HOST

from .factories import LegalDocumentPageFactory, document_index, document_type
from .helpers import LAND_PLAN, PDF, assert_tree_valid, doc_row, docx_bytes, imported, run_import, write_csv, write_file

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.sqlite
def test_import_creates_live_documents_with_every_field(commune, tmp_path):
    write_file(tmp_path, "tep/qd-15.pdf", PDF)
    write_file(tmp_path, "tep/ke-hoach.docx", docx_bytes())
    path = write_csv(
        tmp_path,
        [
            doc_row(file="tep/qd-15.pdf", fields="Đất đai; tu-phap;Chuyển đổi số cấp xã"),
            doc_row(
                external_id="vb-2",
                number="08/KH-UBND",
                doc_type="ke-hoach",
                summary="Kế hoạch " + "triển khai công tác chuyển đổi số " * 10,
                issued_date="2023-01-05",
                effective_date="05/01/2023",
                expiry_date="31/12/2023",
                category="Văn bản quy phạm pháp luật",
                status="Ngưng hiệu lực",
                file="tep/ke-hoach.docx",
                fields="",
            ),
        ],
        bom=True,
    )
    index = document_index(commune.site)
    numchild_before = index.numchild

    out, err, error = run_import(path)

    assert error is None and err == ""
    assert "2 văn bản mới, 0 văn bản cập nhật, 0 dòng lỗi" in out
    assert "Đã tạo lĩnh vực mới “Chuyển đổi số cấp xã” (dòng 2)" in out
    page = imported(commune).get()
    assert page.title == page.summary == LAND_PLAN
    assert (page.number, page.number_folded, page.doc_type.slug) == ("15/QĐ-UBND", "15 qd ubnd", "quyet-dinh")
    assert (page.issuing_body, page.signer, page.category) == (
        "Ủy ban nhân dân xã Tân Hà",
        "Nguyễn Văn Minh",
        "chi_dao_dieu_hanh",
    )
    assert (page.issued_date, page.effective_date, page.expiry_date) == (
        datetime.date(2024, 3, 15),
        datetime.date(2024, 3, 15),
        None,
    )
    assert page.status_override == "" and page.status == EffectStatus.IN_FORCE
    assert sorted(field.slug for field in page.fields.all()) == ["chuyen-doi-so-cap-xa", "dat-dai", "tu-phap"]
    assert LegalField.objects.filter(name="Chuyển đổi số cấp xã").count() == 1
    assert page.live and not page.has_unpublished_changes and page.live_revision is None
    assert page.first_published_at == page.last_published_at == datetime.datetime(2024, 3, 15, 8, tzinfo=VIETNAM)
    assert page.site == commune.site
    assert page.slug == "15-qd-ubnd" and page.url_path == f"{index.url_path}15-qd-ubnd/"
    assert " 15 qd ubnd " in page.search_text and " ke hoach su dung dat " in page.search_text
    assert " dat dai " in page.search_text and " quyet dinh " in page.search_text
    (attachment,) = page.files.all()
    assert attachment.file.name.startswith("van-ban/") and attachment.file.name.endswith(".pdf")
    assert attachment.file.read() == PDF

    plan = imported(commune, "vb-2").get()
    assert len(plan.title) <= 255 and plan.title.endswith("…") and plan.summary.startswith(plan.title[:-1])
    assert (plan.doc_type.slug, plan.category, plan.status_override) == ("ke-hoach", "qppl", "ngung_hieu_luc")
    assert plan.expiry_date == datetime.date(2023, 12, 31) and not plan.fields.exists()
    assert plan.files.get().file.name.endswith(".docx")

    assert Page.objects.get(pk=index.pk).numchild == numchild_before + 2
    assert_tree_valid()


def test_imported_document_renders_on_its_site(client, commune, tmp_path):
    write_file(tmp_path, "qd.pdf", PDF)
    assert run_import(write_csv(tmp_path, [doc_row(file="qd.pdf")]))[2] is None
    page = imported(commune).get()

    response = client.get(page.url, HTTP_HOST=COMMUNE_HOST)

    assert response.status_code == 200
    assert "15/QĐ-UBND" in response.content.decode()


def test_rerun_is_idempotent_and_updates_values_and_changed_files_only(commune, tmp_path):
    write_file(tmp_path, "qd.pdf", PDF)
    rows = [doc_row(file="qd.pdf"), doc_row(external_id="vb-2", number="16/QĐ-UBND", file="")]
    path = write_csv(tmp_path, rows)
    assert run_import(path)[2] is None
    page = imported(commune).get()
    stored_name = page.files.get().file.name
    pages_before, files_before = Page.objects.count(), LegalDocumentFile.objects.count()

    out, _, error = run_import(path)

    assert error is None and "0 văn bản mới, 2 văn bản cập nhật, 0 dòng lỗi" in out
    assert Page.objects.count() == pages_before and LegalDocumentFile.objects.count() == files_before
    assert page.files.get().file.name == stored_name  # same content: the file is not stored again

    write_file(tmp_path, "qd.pdf", PDF + b"% ban sua\n")
    rows[0] = doc_row(file="qd.pdf", summary="Về việc điều chỉnh kế hoạch sử dụng đất", status="het_hieu_luc",
                      fields="Hộ tịch", number="15/QĐ-UBND-ĐC")  # fmt: skip
    out, _, error = run_import(write_csv(tmp_path, rows))

    assert error is None and "0 văn bản mới, 2 văn bản cập nhật" in out
    updated = imported(commune).get()
    assert updated.pk == page.pk and updated.slug == page.slug
    assert (updated.title, updated.status_override, updated.number_folded) == (
        "Về việc điều chỉnh kế hoạch sử dụng đất",
        "het_hieu_luc",
        "15 qd ubnd dc",
    )
    assert [field.slug for field in updated.fields.all()] == ["ho-tich"]
    assert " dieu chinh " in updated.search_text and " dat dai " not in updated.search_text
    (attachment,) = updated.files.all()
    assert attachment.file.name != stored_name and attachment.file.read().endswith(b"% ban sua\n")
    assert Page.objects.count() == pages_before
    assert_tree_valid()


def test_reimport_of_a_document_edited_in_the_admin_publishes_a_new_revision(commune, tmp_path):
    path = write_csv(tmp_path, [doc_row()])
    assert run_import(path)[2] is None
    page = imported(commune).get()
    page.signer = "Người sửa trong trang quản trị"
    page.save_revision().publish()

    assert run_import(write_csv(tmp_path, [doc_row(signer="Trần Thị Lan")]))[2] is None

    page.refresh_from_db()
    assert page.signer == "Trần Thị Lan"
    assert page.revisions.count() == 2 and page.live_revision == page.latest_revision
    assert page.latest_revision.as_object().signer == "Trần Thị Lan"


def test_import_into_a_commune_never_touches_another_site(commune, other_commune, tmp_path):
    other = LegalDocumentPageFactory(parent=document_index(other_commune.site), summary="Văn bản của thị trấn")
    LegalDocumentPage.objects.filter(pk=other.pk).update(external_id="vb-1")
    other_before = LegalDocumentPage.objects.get(pk=other.pk)

    out, _, error = run_import(write_csv(tmp_path, [doc_row()]))

    assert error is None and "1 văn bản mới" in out
    assert imported(commune).get().pk != other.pk
    after = LegalDocumentPage.objects.get(pk=other.pk)
    assert (after.title, after.summary, after.number, after.site_id) == (
        other_before.title,
        other_before.summary,
        other_before.number,
        other_commune.site.pk,
    )
    assert not LegalDocumentPage.objects.filter(site=other_commune.site, summary=LAND_PLAN).exists()


@pytest.mark.sqlite
def test_rows_are_committed_in_batches_and_the_tree_stays_valid(commune, tmp_path, monkeypatch):
    monkeypatch.setattr(DocumentImporter, "rows_per_commit", 3)
    index = document_index(commune.site)
    existing = LegalDocumentPageFactory(parent=index, number="01/KH-UBND", slug="01-kh-ubnd")
    rows = [
        doc_row(external_id=f"lo-{n}", number="01/KH-UBND" if n < 3 else f"{n}/QĐ-UBND", issued_date=f"{n + 1}/02/2024")
        for n in range(8)
    ]
    rows[4]["doc_type"] = "Sắc lệnh"  # fails inside the second batch
    rows.append(doc_row(external_id="lo-0", number="01/KH-UBND", signer="Lặp lại"))  # repeats row 2

    out, err, error = run_import(write_csv(tmp_path, rows))

    assert error is not None and "7 văn bản mới, 1 văn bản cập nhật, 1 dòng lỗi" in out
    assert err.count("Dòng") == 1 and "Dòng 6: loại văn bản (doc_type) “Sắc lệnh” không có trong danh sách" in err
    assert_tree_valid()
    index.refresh_from_db()
    children = list(index.get_children().order_by("path"))
    assert index.numchild == len(children)
    assert [child.slug for child in children][-7:] == [
        "01-kh-ubnd-2024",
        "01-kh-ubnd-lo-1",
        "01-kh-ubnd-lo-2",
        "3-qd-ubnd",
        "5-qd-ubnd",
        "6-qd-ubnd",
        "7-qd-ubnd",
    ]
    assert children[-8].pk == existing.pk
    assert imported(commune, "lo-0").get().signer == "Lặp lại"
    # Wagtail's own tree operations still work after the import.
    added = index.add_child(
        instance=LegalDocumentPageFactory.build(number="99/QĐ-UBND", doc_type=document_type("chi-thi"))
    )
    assert added.path > children[-1].path
    assert_tree_valid()


@pytest.mark.sqlite
def test_when_the_database_refuses_a_row_the_batch_is_redone_row_by_row(commune, tmp_path, media_root, monkeypatch):
    write_file(tmp_path, "qd.pdf", PDF)
    fill = DocumentImporter._fill

    def fill_leaving_out_the_type(self, page, record, fields):
        fill(self, page, record, fields)
        if record.external_id == "xau":
            page.doc_type = None  # a required column: the database refuses the row

    monkeypatch.setattr(DocumentImporter, "_fill", fill_leaving_out_the_type)
    rows = [
        doc_row(external_id="tot-1", file="qd.pdf", fields="Lĩnh vực mới một"),
        doc_row(external_id="xau", number="2/QĐ-UBND", file="qd.pdf", fields="Lĩnh vực mới hai"),
        doc_row(external_id="tot-2", number="3/QĐ-UBND"),
    ]

    out, err, error = run_import(write_csv(tmp_path, rows))

    assert error is not None and "2 văn bản mới, 0 văn bản cập nhật, 1 dòng lỗi" in out
    assert err.startswith("Dòng 3: cơ sở dữ liệu từ chối dữ liệu") and err.count("Dòng") == 1
    assert imported(commune, "tot-1").get().slug == "15-qd-ubnd"  # the first attempt's slugs were given back
    assert imported(commune, "tot-2").exists() and not imported(commune, "xau").exists()
    assert LegalField.objects.filter(name="Lĩnh vực mới một").exists()
    assert not LegalField.objects.filter(name="Lĩnh vực mới hai").exists()
    on_disk = {str(path.relative_to(media_root)) for path in media_root.rglob("*") if path.is_file()}
    assert on_disk == {attachment.file.name for attachment in LegalDocumentFile.objects.filter(page__site=commune.site)}
    assert len(on_disk) == 1
    assert_tree_valid()


def test_saving_an_imported_document_again_derives_the_same_values(commune, tmp_path):
    assert run_import(write_csv(tmp_path, [doc_row(fields="Đất đai;Hộ tịch")]))[2] is None
    page = imported(commune).get()
    derived = (page.search_text, page.number_folded, page.field_ids_copy, page.site_id, page.url_path, page.draft_title)
    assert len(page.field_ids_copy.split()) == 2

    page.save()

    page.refresh_from_db()
    assert (
        page.search_text,
        page.number_folded,
        page.field_ids_copy,
        page.site_id,
        page.url_path,
        page.draft_title,
    ) == derived


def test_the_reference_index_written_in_bulk_is_the_one_wagtail_writes(commune, tmp_path):
    assert run_import(write_csv(tmp_path, [doc_row(), doc_row(external_id="vb-2", doc_type="Kế hoạch")]))[2] is None
    page = imported(commune).get()

    def references():
        found = ReferenceIndex.get_references_for_object(page)
        return sorted(found.values_list("to_content_type", "to_object_id", "model_path", "content_path"))

    imported_references = references()
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(page)

    assert ("doc_type", "doc_type") in {(ref[2], ref[3]) for ref in imported_references}
    assert references() == imported_references


def test_control_characters_from_old_exports_are_dropped(commune, tmp_path):
    path = write_csv(
        tmp_path, [doc_row(signer="Nguyễn\x00 Văn Minh\x1b", file="qd\x00.pdf"), doc_row(external_id="vb-2")]
    )

    out, err, _ = run_import(path)

    assert "Dòng 2: không tìm thấy tệp “qd\x00.pdf”" in err and "1 văn bản mới" in out
    path = write_csv(tmp_path, [doc_row(signer="Nguyễn\x00 Văn Minh\x1b")])
    assert run_import(path)[2] is None
    assert imported(commune).get().signer == "Nguyễn Văn Minh"
