"""The demo's legal documents and administrative procedures, on every one of its sites.

The district's site republishes the national documents and publishes its own, with the district-level
procedures; each commune publishes its own documents and the commune-level procedures, whose legal basis
links to the national documents on the district's site. Pages are found again by slug (documents: type
and number; procedures: a fixed slug), so a second run creates nothing, and a page an editor has since
changed or unpublished is left as it is. They are built through the page models rather than the
`legal_docs.importing` services, which update a page found again (the demo leaves an editor's changes
alone) and write pages without revisions, where each demo page has a revision dated as it is published.
"""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape

from cms.importing import deferred_indexing, index_in_bulk
from cms.models import AttributedDocument
from cms.text import ascii_slug
from legal_docs.attachments import validate_attachment
from legal_docs.models import (
    DocumentCategory,
    LegalDocumentFile,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalDocumentRelation,
    LegalDocumentType,
    LegalField,
    OnlineServiceLevel,
    ProcedureDossierItem,
    ProcedureIndexPage,
    ProcedureLegalBasis,
    ProcedureLevel,
    ProcedurePage,
    ProcedureSubmissionMethod,
)
from sites.models import Unit
from sites.provisioning import ProvisioningError

from . import data
from .docx import minimal_docx
from .helpers import at, fill, find_section, in_sentence, publish, resolve_date, section_slug
from .pdf import minimal_pdf, wrap

# Procedures are backdated like the demo's other standing pages, below the news in any date listing.
PROCEDURE_AGE = timedelta(days=400)
DOCUMENT_INDEX_SLUG = section_slug(LegalDocumentIndexPage)
PROCEDURE_INDEX_SLUG = section_slug(ProcedureIndexPage)
MISSING = "văn bản, thủ tục mẫu"


def load_legal_docs(demo):
    """Add the documents and procedures each of the district's sites is missing."""
    documents, procedures = data.legal_documents(), data.procedures()
    district = demo.district
    loader = _Loader(demo.today, demo.admin)
    communes = list(Unit.objects.filter(parent=district).with_sites().order_by("name"))
    # Each save of a page or of one of its inline rows would otherwise rebuild the page's search and
    # reference index entries on the spot (a procedure has a dozen rows, saved again on publishing).
    with deferred_indexing():
        national = loader.add_documents(district, documents["national_documents"], DocumentCategory.LEGAL_NORMATIVE)
        loader.add_documents(district, documents["district_documents"], DocumentCategory.DIRECTION, known=national)
        for unit in communes:
            loader.add_documents(unit, data.commune_documents(unit.name), DocumentCategory.DIRECTION)
        loader.add_procedures(district, procedures["district_procedures"], ProcedureLevel.DISTRICT, national)
        for unit in communes:
            loader.add_procedures(unit, procedures["commune_procedures"], ProcedureLevel.COMMUNE, national)
    demo.report.add_created(len(loader.created[LegalDocumentPage]), "văn bản")
    demo.report.add_created(len(loader.created[ProcedurePage]), "thủ tục hành chính")
    demo.report.add_created(loader.forms_created, "mẫu đơn, tờ khai")
    index_in_bulk(loader.created)


def document_index(unit):
    return find_section(unit, LegalDocumentIndexPage, DOCUMENT_INDEX_SLUG, MISSING)


def procedure_index(unit):
    return find_section(unit, ProcedureIndexPage, PROCEDURE_INDEX_SLUG, MISSING)


def document_slug(type_slug, number):
    """The page slug of a demo document: its type's (stable) slug and its number, e.g. quyet-dinh-245-qd-ubnd."""
    return ascii_slug(f"{type_slug} {number}")


class _Loader:
    def __init__(self, today, user):
        self.today = today
        self.user = user
        self.now = timezone.now()
        self.types = {item.slug: item for item in LegalDocumentType.objects.all()}
        self.fields = {item.slug: item for item in LegalField.objects.all()}
        self.created = {LegalDocumentPage: set(), ProcedurePage: set()}
        self.forms = {}
        self.forms_created = 0

    # Documents

    def add_documents(self, unit, specs, default_category, known=None):
        """Create the missing documents of `specs` on the unit's site; returns every spec's page by key."""
        index = document_index(unit)
        existing = {page.slug: page for page in LegalDocumentPage.objects.child_of(index)}
        keyed = dict(known or {})
        for spec in specs:
            doc_type = self._lookup(self.types, spec["type"], "loại văn bản")
            slug = document_slug(doc_type.slug, spec["number"])
            page = existing.get(slug) or self._create_document(
                index, unit, spec, doc_type, slug, default_category, keyed
            )
            if "key" in spec:
                keyed[spec["key"]] = page
        return keyed

    def _create_document(self, index, unit, spec, doc_type, slug, default_category, keyed):
        documents = data.legal_documents()
        issued = resolve_date(spec["issued"], self.today)
        label = in_sentence(unit.name)
        values = {"year": issued.year, "next_year": issued.year + 1, "unit": label}
        number = spec["number"]
        if unit.is_parent_authority:
            signers = documents["district_signers"]
        else:
            signers = documents["commune_signers"].get(unit.name, {})
        page = LegalDocumentPage(
            title=fill(spec.get("title", spec["summary"]), values),
            slug=slug,
            number=number,
            doc_type=doc_type,
            category=spec.get("category", default_category),
            issuing_body=spec.get("issuing_body") or f"Ủy ban nhân dân {label}",
            signer=signers.get(spec["signer"], spec["signer"]),
            issued_date=issued,
            effective_date=resolve_date(spec.get("effective"), self.today, issued),
            expiry_date=resolve_date(spec.get("expiry"), self.today, issued),
            status_override=spec.get("status", ""),
            summary=fill(spec["summary"], values),
            fields=[self._lookup(self.fields, field, "lĩnh vực") for field in spec["fields"]],
            relations=[
                LegalDocumentRelation(sort_order=order, kind=kind, target=keyed[key])
                for order, (kind, key) in enumerate(spec.get("relations", []))
            ],
            owner=self.user,
        )
        if spec.get("file"):
            page.files = [
                LegalDocumentFile(sort_order=0, title=f"{doc_type.name} số {number}", file=self._pdf(page, slug))
            ]
        index.add_child(instance=page)
        # Documents are dated on the portal by their issue date, not by the day the demo was loaded.
        self._publish(page, at(issued, 9))
        return page

    def _pdf(self, page, slug):
        """A one-page PDF naming the document: small, but a real PDF the attachment rules accept."""
        lines = [
            page.issuing_body.upper(),
            f"So: {page.number}    Ngay ban hanh: {page.issued_date:%d/%m/%Y}",
            "",
            page.doc_type.name.upper(),
            *wrap(page.summary, 80),
            "",
            f"Nguoi ky: {page.signer}",
            "(Ban dien tu dang tren Trang thong tin dien tu - du lieu mau)",
        ]
        file = ContentFile(minimal_pdf(lines), name=f"{slug}.pdf")
        validate_attachment(file)
        return file

    # Procedures

    def add_procedures(self, unit, specs, level, documents):
        procedures = data.procedures()
        index = procedure_index(unit)
        existing = set(ProcedurePage.objects.child_of(index).values_list("slug", flat=True))
        label = in_sentence(unit.name)
        office = procedures["district_office"] if unit.is_parent_authority else procedures["commune_office"]
        values = {"unit": label, "office": fill(office, {"unit": label})}
        published_at = at(self.today - PROCEDURE_AGE, 8)
        for spec in specs:
            published_at -= timedelta(minutes=10)
            if spec["slug"] not in existing:
                self._create_procedure(unit, index, spec, level, values, documents, published_at)

    def _create_procedure(self, unit, index, spec, level, values, documents, published_at):
        online_level = spec["online_level"]
        online_url = data.procedures()["online_url"].format(code=spec["code"])
        steps = "".join(f"<li>{escape(fill(step, values))}</li>" for step in spec["steps"])
        page = ProcedurePage(
            title=spec["title"],
            slug=spec["slug"],
            code=spec["code"],
            field=self._lookup(self.fields, spec["field"], "lĩnh vực"),
            level=level,
            implementing_body=fill(spec.get("implementing_body", "Ủy ban nhân dân {unit}"), values),
            applicants=spec["applicants"],
            steps=f"<ol>{steps}</ol>",
            processing_time=spec["processing_time"],
            fees=spec["fees"],
            result=spec["result"],
            requirements=spec["requirements"],
            online_level=online_level,
            online_url=online_url if online_level != OnlineServiceLevel.NONE else "",
            submission_methods=[
                ProcedureSubmissionMethod(
                    sort_order=order, method=method, duration=duration, fee=fee, notes=fill(notes, values)
                )
                for order, (method, duration, fee, notes) in enumerate(spec["methods"])
            ],
            dossier_items=[
                ProcedureDossierItem(
                    sort_order=order,
                    name=name,
                    originals=originals,
                    copies=copies,
                    form_template=self._form(unit, form[0]) if form else None,
                )
                for order, (name, originals, copies, *form) in enumerate(spec["dossier"])
            ],
            legal_basis=[
                ProcedureLegalBasis(sort_order=order, citation=citation, document=documents[key] if key else None)
                for order, (citation, key) in enumerate(spec["legal_basis"])
            ],
            owner=self.user,
        )
        index.add_child(instance=page)
        self._publish(page, published_at)

    def _form(self, unit, key):
        """The unit's copy of the blank form `key` (a PDF or DOCX in its document collection), found again by title."""
        if (unit.pk, key) in self.forms:
            return self.forms[unit.pk, key]
        procedures = data.procedures()
        spec = procedures["forms"][key]
        document = AttributedDocument.objects.filter(collection_id=unit.collection_id, title=spec["title"]).first()
        if document is None:
            document = AttributedDocument(
                title=spec["title"],
                file=self._form_file(key, spec),
                collection_id=unit.collection_id,
                author=spec["issued_by"],
                source=f"Mẫu ban hành kèm theo {spec['basis']}",
                license=procedures["form_license"],
                uploaded_by_user=self.user,
            )
            document.save()
            self.forms_created += 1
        self.forms[unit.pk, key] = document
        return document

    def _form_file(self, key, spec):
        heading = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
        lines = [f"(Mẫu ban hành kèm theo {spec['basis']} của {spec['issued_by']})", ""]
        lines += [f"{field}: ...................................." for field in spec["fields"]]
        lines += ["", "Người khai (ký, ghi rõ họ tên)", "", "(Biểu mẫu trong dữ liệu mẫu của Trang thông tin điện tử)"]
        if spec["format"] == "docx":
            content = minimal_docx(spec["title"].upper(), lines, heading)
        else:
            content = minimal_pdf([*heading, spec["title"].upper(), *lines])
        file = ContentFile(content, name=f"{key}.{spec['format']}")
        validate_attachment(file)
        return file

    # Shared

    def _lookup(self, items, slug, label):
        try:
            return items[slug]
        except KeyError:
            raise ProvisioningError(
                f"Không có {label} “{slug}” trong danh mục nên không nạp được văn bản, thủ tục mẫu. Chạy migrate để "
                "có các danh mục mặc định rồi thử lại."
            ) from None

    def _publish(self, page, published_at):
        publish(page, self.user, min(published_at, self.now))
        self.created[type(page)].add(page.pk)
