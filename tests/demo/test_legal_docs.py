"""The demo's legal documents and procedures: `load_demo` publishes them on every site, once
(tests/demo/conftest.py)."""

import re
from datetime import date
from html import unescape

import pytest

from django.utils import timezone
from django.utils.html import escape

from demo.loading import data
from demo.loading.helpers import PLACEHOLDER, in_sentence
from demo.loading.legal_docs import document_index, procedure_index
from legal_docs.attachments import validate_attachment
from legal_docs.models import (
    DocumentCategory,
    EffectStatus,
    LegalDocumentFile,
    LegalDocumentPage,
    LegalDocumentRelation,
    LegalDocumentType,
    ProcedureDossierItem,
    ProcedureLegalBasis,
    ProcedureLevel,
    ProcedurePage,
    ProcedureSubmissionMethod,
    RelationKind,
)
from sites.models import Unit

from .helpers import DISTRICT_HOST, demo_district, district_document, site_units

PDF_OBJECT = re.compile(rb"(\d+) 0 obj")
DOCS = data.legal_documents()
PROCEDURES = data.procedures()


def citation(procedure_slug, key):
    """The first legal basis citation of a commune procedure linking to the demo document `key` (None: no page)."""
    spec = next(spec for spec in PROCEDURES["commune_procedures"] if spec["slug"] == procedure_slug)
    return next(citation for citation, document_key in spec["legal_basis"] if document_key == key)


def expected_documents(unit):
    if unit.is_parent_authority:
        return DOCS["national_documents"] + DOCS["district_documents"]
    return data.commune_documents(unit.name)


def all_specs():
    specs = DOCS["national_documents"] + DOCS["district_documents"]
    return specs + [spec for name in DOCS["commune_documents"] for spec in data.commune_documents(name)]


def totals():
    communes = len(DOCS["commune_documents"])
    documents = sum(len(expected_documents(unit)) for unit in site_units())
    procedures = len(PROCEDURES["district_procedures"]) + communes * len(PROCEDURES["commune_procedures"])
    return documents, procedures


@pytest.mark.django_db
def test_first_run_reports_documents_and_procedures_in_its_summary_line(first_run_output):
    documents, procedures = totals()
    lines = first_run_output.strip().splitlines()
    assert len(lines) == 1
    assert f"{documents} văn bản" in lines[0]
    assert f"{procedures} thủ tục hành chính" in lines[0]


@pytest.mark.django_db
def test_every_site_publishes_its_own_documents_in_its_document_section(first_run_output):
    units = site_units()
    assert len(units) == 1 + len(DOCS["commune_documents"])
    for unit in units:
        documents = LegalDocumentPage.objects.child_of(document_index(unit))
        specs = expected_documents(unit)
        assert sorted(page.number for page in documents) == sorted(spec["number"] for spec in specs)
        assert not documents.not_live().exists()
        assert all(page.site_id == unit.site.pk for page in documents), unit.site.hostname
        if not unit.is_parent_authority:
            assert len(specs) >= 3
            assert {page.issuing_body for page in documents} == {f"Ủy ban nhân dân {in_sentence(unit.name)}"}
            assert all(page.signer in DOCS["commune_signers"][unit.name].values() for page in documents)
    assert 40 <= LegalDocumentPage.objects.count() <= 60
    assert LegalDocumentPage.objects.count() == totals()[0]


@pytest.mark.django_db
def test_documents_cover_every_type_and_category_and_many_fields(first_run_output):
    documents = LegalDocumentPage.objects.all()
    assert {page.doc_type.slug for page in documents} == set(LegalDocumentType.objects.values_list("slug", flat=True))
    assert {page.category for page in documents} == set(DocumentCategory.values)
    assert len({field.slug for page in documents for field in page.fields.all()}) >= 12
    assert all(page.fields.exists() for page in documents)


@pytest.mark.django_db
def test_national_documents_keep_their_real_numbers_dates_and_signers(first_run_output):
    for spec in DOCS["national_documents"]:
        page = district_document(spec["key"])
        assert (page.number, page.issuing_body, page.signer) == (spec["number"], spec["issuing_body"], spec["signer"])
        # Fixed ISO dates, not dates relative to the load day.
        assert (page.issued_date, page.effective_date, page.expiry_date) == (
            date.fromisoformat(spec["issued"]),
            spec.get("effective") and date.fromisoformat(spec["effective"]),
            spec.get("expiry") and date.fromisoformat(spec["expiry"]),
        )
    civil_status_law = district_document("luat-ho-tich")
    assert civil_status_law.title == "Luật Hộ tịch" and civil_status_law.doc_type.name == "Luật"
    assert " 60 2014 qh13 " in civil_status_law.search_text and " ho tich " in civil_status_law.search_text


@pytest.mark.django_db
def test_documents_are_complete_and_valid_pages(first_run_output):
    today = timezone.localdate()
    for page in LegalDocumentPage.objects.all():
        assert not PLACEHOLDER.search(page.title + page.summary), page.number
        assert page.signer and page.summary
        assert page.issued_date <= today
        page.full_clean()
    # Local documents take the load year: this year's plan is this year's.
    plan = district_document("kh-pctt")
    assert f"năm {plan.issued_date.year} " in plan.summary
    assert plan.issued_date.year in (today.year, today.year - 1)


@pytest.mark.django_db
def test_every_effect_status_occurs_and_the_query_agrees_with_each_page(first_run_output):
    documents = list(LegalDocumentPage.objects.all())
    statuses = {page.status for page in documents}
    assert {
        EffectStatus.IN_FORCE,
        EffectStatus.EXPIRED,
        EffectStatus.NOT_YET_IN_FORCE,
        EffectStatus.PARTLY_EXPIRED,
    } <= statuses
    for status in EffectStatus:
        expected = sorted(page.pk for page in documents if page.status == status)
        assert sorted(LegalDocumentPage.objects.with_status(status).values_list("pk", flat=True)) == expected

    assert district_document("luat-dat-dai-2013").status == EffectStatus.EXPIRED
    assert district_document("luat-dat-dai-2024").status == EffectStatus.IN_FORCE
    partly = district_document("qd-quy-che-trang-ttdt")
    assert partly.status_override == EffectStatus.PARTLY_EXPIRED
    pending = district_document("qd-quy-che-phan-anh")
    assert pending.status == EffectStatus.NOT_YET_IN_FORCE
    assert pending.issued_date < timezone.localdate() < pending.effective_date
    later = [page for page in documents if page.effective_date and page.effective_date > page.issued_date]
    assert len(later) >= 8


@pytest.mark.django_db
def test_relations_are_recorded_and_shown_from_both_sides(first_run_output):
    specs = [spec for spec in DOCS["national_documents"] + DOCS["district_documents"] if spec.get("relations")]
    kinds = set()
    for spec in specs:
        page = district_document(spec["key"])
        for kind, key in spec["relations"]:
            target = district_document(key)
            kinds.add(kind)
            assert page.relations.filter(kind=kind, target=target).count() == 1
            assert (RelationKind(kind).label, target) in page.related_documents()
            assert (RelationKind(kind).reverse_label, page) in target.related_documents()
    assert kinds == set(RelationKind)
    assert LegalDocumentRelation.objects.count() == sum(len(spec["relations"]) for spec in specs)

    old_law = district_document("luat-dat-dai-2013")
    assert set(old_law.related_documents()) == {
        ("Được hướng dẫn bởi", district_document("nd-43-2014")),
        ("Được thay thế bởi", district_document("luat-dat-dai-2024")),
    }


@pytest.mark.django_db
def test_attachments_are_tiny_valid_pdfs_on_the_documents_that_have_one(first_run_output):
    with_file = [spec for spec in all_specs() if spec.get("file")]
    assert 4 <= len(with_file) <= 10
    assert LegalDocumentFile.objects.count() == len(with_file)
    for item in LegalDocumentFile.objects.select_related("page"):
        assert item.page.number in item.display_name and item.extension == "PDF"
        validate_attachment(item.file)
        with item.file.open("rb") as handle:
            content = handle.read()
        assert len(content) < 2048
        assert content.startswith(b"%PDF-1.4\n") and content.endswith(b"%%EOF\n")
        # The cross-reference table points at each object, as a PDF reader expects.
        xref = int(content.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
        assert content[xref:].startswith(b"xref\n0 6\n")
        offsets = [int(row[:10]) for row in content[xref:].split(b"\n")[3:8]]
        assert [int(PDF_OBJECT.match(content, offset).group(1)) for offset in offsets] == [1, 2, 3, 4, 5]


@pytest.mark.django_db
def test_district_offers_district_procedures_and_each_commune_the_commune_ones(first_run_output):
    for unit in site_units():
        procedures = ProcedurePage.objects.child_of(procedure_index(unit))
        specs = PROCEDURES["district_procedures"] if unit.is_parent_authority else PROCEDURES["commune_procedures"]
        level = ProcedureLevel.DISTRICT if unit.is_parent_authority else ProcedureLevel.COMMUNE
        assert sorted(page.code for page in procedures) == sorted(spec["code"] for spec in specs), unit.site.hostname
        assert {page.level for page in procedures} == {level}
        assert not procedures.not_live().exists()
        assert all(page.site_id == unit.site.pk for page in procedures)
        if not unit.is_parent_authority:
            label = in_sentence(unit.name)
            assert {page.implementing_body for page in procedures} == {f"Ủy ban nhân dân {label}"}
            in_person = ProcedureSubmissionMethod.objects.filter(page__in=procedures, method="truc_tiep")
            assert all(label in method.notes for method in in_person)
    assert 8 <= len(PROCEDURES["commune_procedures"]) + len(PROCEDURES["district_procedures"]) <= 12


@pytest.mark.django_db
def test_procedures_are_complete_with_online_links_where_offered(first_run_output):
    birth = ProcedurePage.objects.filter(code="1.001193", level=ProcedureLevel.COMMUNE).first()
    assert "Miễn lệ phí" in birth.fees
    assert birth.online_url.startswith("https://dichvucong.binhthuan.gov.vn/") and "1.001193" in birth.online_url
    for page in ProcedurePage.objects.all():
        assert page.steps.startswith("<ol><li>") and "{" not in page.steps
        assert page.submission_methods.exists() and page.dossier_items.exists() and page.legal_basis.exists()
        assert page.processing_time and page.fees and page.result
        assert bool(page.online_level) == bool(page.online_url), page.code
        assert not PLACEHOLDER.search(" ".join(method.notes for method in page.submission_methods.all()))
        page.full_clean()


@pytest.mark.django_db
def test_inline_rows_keep_their_order_and_legal_basis_links_to_the_national_documents(first_run_output):
    site = demo_district().site
    for spec in PROCEDURES["district_procedures"] + PROCEDURES["commune_procedures"]:
        for page in ProcedurePage.objects.filter(slug=spec["slug"]):
            basis = list(page.legal_basis.select_related("document"))
            assert [item.name for item in page.dossier_items.all()] == [item[0] for item in spec["dossier"]]
            assert [item.method for item in page.submission_methods.all()] == [item[0] for item in spec["methods"]]
            assert [item.citation for item in basis] == [citation for citation, _key in spec["legal_basis"]]
            for item, (_citation, key) in zip(basis, spec["legal_basis"], strict=True):
                if key is None:
                    assert item.document is None
                    continue
                assert item.document == district_document(key)
                assert item.document.live and item.document.site == site
                assert item.document.number in item.citation
    assert ProcedureLegalBasis.objects.filter(document__isnull=False).count() >= 40


@pytest.mark.django_db
def test_a_commune_procedure_page_links_its_legal_basis_to_document_pages_that_answer(client, first_run_output):
    commune = Unit.objects.select_related("site__root_page").get(site__hostname="tan-ha.localhost")
    marriage = ProcedurePage.objects.child_of(procedure_index(commune)).get(slug="dang-ky-ket-hon")

    response = client.get(marriage.relative_url(commune.site), HTTP_HOST=commune.site.hostname)

    assert response.status_code == 200
    html = response.content.decode()
    linked = {unescape(text): href for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', html)}
    law = district_document("luat-ho-tich")
    href = linked[citation("dang-ky-ket-hon", "luat-ho-tich")]
    assert href.endswith(law.relative_url(law.site)) and "://localhost" in href
    # A citation with no page on the portal is shown as text only.
    unlinked = citation("dang-ky-ket-hon", None)
    assert unlinked.startswith("Luật Hôn nhân và gia đình")
    assert escape(unlinked) in html and unlinked not in linked

    page = client.get(href, HTTP_HOST=DISTRICT_HOST)

    assert page.status_code == 200
    content = page.content.decode()
    assert escape("Được hướng dẫn bởi") in content
    assert escape(district_document("nd-123-2015").title) in content
    assert escape(marriage.title) in content


@pytest.mark.django_db
def test_procedures_attach_their_blank_forms_as_credited_pdf_and_docx_files(first_run_output):
    forms = PROCEDURES["forms"]
    for unit in site_units():
        items = ProcedureDossierItem.objects.filter(page__in=ProcedurePage.objects.child_of(procedure_index(unit)))
        attached = items.filter(form_template__isnull=False).select_related("form_template")
        specs = PROCEDURES["district_procedures"] if unit.is_parent_authority else PROCEDURES["commune_procedures"]
        assert attached.count() == sum(len(item) == 4 for spec in specs for item in spec["dossier"]), unit.name
        for item in attached:
            document = item.form_template
            assert document.collection_id == unit.collection_id
            assert document.author and document.source.startswith("Mẫu ban hành kèm theo") and document.license
            validate_attachment(document.file)
            assert document.file_extension in {"pdf", "docx"}
    assert {spec["format"] for spec in forms.values()} == {"pdf", "docx"}
    with_form = {item[3] for spec in PROCEDURES["commune_procedures"] for item in spec["dossier"] if len(item) == 4}
    assert len(with_form) >= 5 and with_form <= set(forms)


@pytest.mark.django_db
def test_a_procedure_page_links_its_forms_for_download(client, first_run_output):
    commune = Unit.objects.select_related("site__root_page").get(site__hostname="tan-ha.localhost")
    birth = ProcedurePage.objects.child_of(procedure_index(commune)).get(slug="dang-ky-khai-sinh")
    form = birth.dossier_items.get(form_template__isnull=False).form_template

    html = client.get(birth.relative_url(commune.site), HTTP_HOST=commune.site.hostname).content.decode()

    assert f'<a href="{form.url}">Tờ khai đăng ký khai sinh</a>' in html
    download = client.get(form.url, HTTP_HOST=commune.site.hostname)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"PK\x03\x04")
