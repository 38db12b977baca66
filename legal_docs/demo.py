"""The demo district's legal documents and administrative procedures, on every one of its sites.

`load_demo_legal_docs` receives `cms.signals.demo_district_loaded`, so `manage.py load_demo` creates
them inside its own transaction (connected by importing `legal_docs.receivers`). The district's site
republishes the national documents and publishes its own, with the district-level procedures; each
commune publishes its own documents and the commune-level procedures, whose legal basis links to
the national documents on the district's site. Pages are found again by slug (documents: type and
number; procedures: a fixed slug), so a second run creates nothing, and a page an editor has since
changed or unpublished is left as it is. Relations and attachments are set when a page is created.
"""

import re
from datetime import datetime, time, timedelta

from anyascii import anyascii

from django.conf import settings
from django.core.files.base import ContentFile
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Revision

from cms.importing import deferred_indexing, index_in_bulk
from cms.signals import demo_district_loaded
from cms.text import ascii_slug
from sites.models import Unit
from sites.provisioning import ProvisioningError

from . import demo_data as data
from .attachments import validate_attachment
from .models import (
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

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Procedures are backdated like the demo's other standing pages, below the news in any date listing.
PROCEDURE_AGE = timedelta(days=400)


def _section_slug(model):
    label = f"{model._meta.app_label}.{model.__name__}"
    return next(section["slug"] for section in settings.PORTAL_STANDARD_SECTIONS if section["model"] == label)


DOCUMENT_INDEX_SLUG = _section_slug(LegalDocumentIndexPage)
PROCEDURE_INDEX_SLUG = _section_slug(ProcedureIndexPage)


@receiver(demo_district_loaded, dispatch_uid="legal_docs.demo.load_demo_legal_docs")
def load_demo_legal_docs(sender, district, report, today, user, **kwargs):
    """Add the documents and procedures each of the district's sites is missing."""
    loader = DemoLoader(today, user)
    communes = list(Unit.objects.filter(parent=district).with_sites().order_by("name"))
    # Each save of a page or of one of its inline rows would otherwise rebuild the page's search and
    # reference index entries on the spot (a procedure has a dozen rows, saved again on publishing).
    with deferred_indexing():
        national = loader.add_documents(district, data.NATIONAL_DOCUMENTS, DocumentCategory.LEGAL_NORMATIVE)
        loader.add_documents(district, data.DISTRICT_DOCUMENTS, DocumentCategory.DIRECTION, known=national)
        for unit in communes:
            loader.add_documents(unit, data.commune_documents(unit.name), DocumentCategory.DIRECTION)
        loader.add_procedures(district, data.DISTRICT_PROCEDURES, ProcedureLevel.DISTRICT, national)
        for unit in communes:
            loader.add_procedures(unit, data.COMMUNE_PROCEDURES, ProcedureLevel.COMMUNE, national)
    report.add_created(len(loader.created[LegalDocumentPage]), "văn bản")
    report.add_created(len(loader.created[ProcedurePage]), "thủ tục hành chính")
    index_in_bulk(loader.created)


def document_index(unit):
    return _section(unit, LegalDocumentIndexPage, DOCUMENT_INDEX_SLUG)


def procedure_index(unit):
    return _section(unit, ProcedureIndexPage, PROCEDURE_INDEX_SLUG)


def _section(unit, model, slug):
    section = model.objects.child_of(unit.site.root_page).filter(slug=slug).first()
    if section is None:
        raise ProvisioningError(
            f"Trang {unit.site.hostname} không có chuyên mục “{slug}” kiểu {model._meta.verbose_name} nên không nạp "
            "được văn bản, thủ tục mẫu. Chạy migrate rồi thử lại, hoặc nạp dữ liệu mẫu trên cơ sở dữ liệu mới."
        )
    return section


def most_recent(month, day, today):
    """The latest (month, day) strictly before `today`."""
    candidate = today.replace(month=month, day=day)
    return candidate if candidate < today else candidate.replace(year=today.year - 1)


def resolve_date(when, today, issued=None):
    """A date of the demo data: a fixed date, or one relative to the load day or to the issue date."""
    if isinstance(when, data.Recent):
        day = most_recent(when.month, when.day, today)
        return day.replace(year=day.year - when.years_back)
    if isinstance(when, data.DaysAgo):
        return today - timedelta(days=when.days)
    if isinstance(when, data.After):
        return issued + timedelta(days=when.days)
    return when


def in_sentence(name):
    """“Xã Tân Hà” → “xã Tân Hà”, as the name reads inside a sentence."""
    return name[:1].lower() + name[1:]


def fill(text, values):
    return PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def document_slug(type_slug, number):
    """The page slug of a demo document: its type's (stable) slug and its number, e.g. quyet-dinh-245-qd-ubnd."""
    return ascii_slug(f"{type_slug} {number}")


class DemoLoader:
    def __init__(self, today, user):
        self.today = today
        self.user = user
        self.now = timezone.now()
        self.types = {item.slug: item for item in LegalDocumentType.objects.all()}
        self.fields = {item.slug: item for item in LegalField.objects.all()}
        self.created = {LegalDocumentPage: set(), ProcedurePage: set()}

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
        issued = resolve_date(spec["issued"], self.today)
        label = in_sentence(unit.name)
        values = {"year": issued.year, "next_year": issued.year + 1, "unit": label}
        number = spec["number"]
        signers = data.DISTRICT_SIGNERS if unit.is_parent_authority else data.COMMUNE_SIGNERS.get(unit.name, {})
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
        self._publish(page, timezone.make_aware(datetime.combine(issued, time(9, 0))))
        return page

    def _pdf(self, page, slug):
        """A one-page PDF naming the document: small, but a real PDF the attachment rules accept."""
        lines = [
            page.issuing_body.upper(),
            f"So: {page.number}    Ngay ban hanh: {page.issued_date:%d/%m/%Y}",
            "",
            page.doc_type.name.upper(),
            *_wrap(page.summary, 80),
            "",
            f"Nguoi ky: {page.signer}",
            "(Ban dien tu dang tren Trang thong tin dien tu - du lieu mau)",
        ]
        file = ContentFile(minimal_pdf(lines), name=f"{slug}.pdf")
        validate_attachment(file)
        return file

    # Procedures

    def add_procedures(self, unit, specs, level, documents):
        index = procedure_index(unit)
        existing = set(ProcedurePage.objects.child_of(index).values_list("slug", flat=True))
        label = in_sentence(unit.name)
        office = data.DISTRICT_OFFICE if unit.is_parent_authority else data.COMMUNE_OFFICE
        values = {"unit": label, "office": fill(office, {"unit": label})}
        published_at = timezone.make_aware(datetime.combine(self.today - PROCEDURE_AGE, time(8, 0)))
        for spec in specs:
            published_at -= timedelta(minutes=10)
            if spec["slug"] not in existing:
                self._create_procedure(index, spec, level, values, documents, published_at)

    def _create_procedure(self, index, spec, level, values, documents, published_at):
        online_level = spec["online_level"]
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
            online_url=data.ONLINE_URL.format(code=spec["code"]) if online_level != OnlineServiceLevel.NONE else "",
            submission_methods=[
                ProcedureSubmissionMethod(
                    sort_order=order, method=method, duration=duration, fee=fee, notes=fill(notes, values)
                )
                for order, (method, duration, fee, notes) in enumerate(spec["methods"])
            ],
            dossier_items=[
                ProcedureDossierItem(sort_order=order, name=name, originals=originals, copies=copies)
                for order, (name, originals, copies) in enumerate(spec["dossier"])
            ],
            legal_basis=[
                ProcedureLegalBasis(sort_order=order, citation=citation, document=documents[key] if key else None)
                for order, (citation, key) in enumerate(spec["legal_basis"])
            ],
            owner=self.user,
        )
        index.add_child(instance=page)
        self._publish(page, published_at)

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
        """Publish directly (an initial data load does not go through review), dated `published_at`."""
        published_at = min(published_at, self.now)
        revision = page.save_revision(user=self.user)
        revision.publish(user=self.user, skip_permission_checks=True)
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at, latest_revision_created_at=published_at
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=published_at)
        self.created[type(page)].add(page.pk)


def _wrap(text, width):
    words, lines, line = anyascii(text).split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _pdf_text(text):
    return anyascii(text).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def minimal_pdf(lines):
    """A valid one-page PDF 1.4 showing `lines` (folded to ASCII) in Helvetica, with a correct xref table."""
    text = "".join(f"({_pdf_text(line)}) Tj T* " for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 56 780 Td {text}ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(output)
