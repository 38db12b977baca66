"""Import of administrative procedures: `manage.py import_procedures FILE.json --site HOST`.

The file is a JSON list of objects (`.procedure_json.KEYS`). Each object is imported in its own
savepoint (a bad one is reported with its position in the list, counted from 1, and skipped);
re-importing updates the procedure of that site with the same `code`, replacing its ways of
submission, dossier items and legal basis. Form templates become Wagtail documents in the
unit's collection (the same file is stored once). Each legal basis keeps its citation text and
links to the live legal document with that number on the same site, or else on its parent
authority's site, when there is one. Pages are written live without revisions (see `.tree`).
"""

import json
from pathlib import Path

from django.core.files import File
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.utils.file import hash_filelike

from cms.folded_search import FOLDED_TEXT_FIELDS
from cms.importing import ImportReport, ImportSetupError, RowError, os_reason
from cms.text import ascii_slug

from ..models import (
    LegalDocumentPage,
    ProcedureDossierItem,
    ProcedureIndexPage,
    ProcedureLegalBasis,
    ProcedurePage,
    ProcedureSubmissionMethod,
)
from .common import RowImporter, find_target
from .procedure_json import KEYS, ProcedureParser
from .tree import free_slug, save_live_update, slug_base

__all__ = ["KEYS", "ProcedureImporter", "import_procedures"]

UPDATE_FIELDS = [
    "code",
    "field",
    "level",
    "implementing_body",
    "applicants",
    "steps",
    "processing_time",
    "fees",
    "result",
    "requirements",
    "online_level",
    "online_url",
    "site",
    *FOLDED_TEXT_FIELDS,
    "submission_methods",
    "dossier_items",
    "legal_basis",
]
COPIED_FIELDS = (
    "level",
    "implementing_body",
    "applicants",
    "steps",
    "processing_time",
    "fees",
    "result",
    "requirements",
    "online_level",
    "online_url",
)

Document = get_document_model()


def import_procedures(path, hostname, on_error=None):
    """Import the JSON list at `path` into the site answering on `hostname`; returns an ImportReport.

    `on_error(number, reason)` is called for each skipped procedure (its position, from 1).
    Raises ImportSetupError (nothing written) for an unknown site, an unreadable file or invalid JSON.
    """
    importer = ProcedureImporter(hostname)
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportSetupError(f"Không đọc được tệp “{path}”: {os_reason(error)}.") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportSetupError("Tệp không phải văn bản UTF-8: lưu lại tệp JSON với bảng mã UTF-8.") from None
    except json.JSONDecodeError as error:
        raise ImportSetupError(
            f"Tệp không phải JSON hợp lệ (lỗi ở dòng {error.lineno}, cột {error.colno}: {error.msg})."
        ) from None
    if not isinstance(data, list):
        raise ImportSetupError("Tệp JSON phải là một danh sách các thủ tục: [{…}, {…}].")
    folder = path.parent.resolve()
    rows = ((number, importer.parser.parse_item(item, folder)) for number, item in enumerate(data, start=1))
    return importer.run(rows, ImportReport(), on_error=on_error)


class ProcedureImporter(RowImporter):
    def __init__(self, hostname):
        self.unit, self.site, index = find_target(hostname, ProcedureIndexPage, "Thủ tục hành chính")
        super().__init__(index)
        self.parser = ProcedureParser()
        authority = self.unit.authority
        self.basis_sites = [self.site.pk]
        if authority and authority.pk != self.unit.pk and authority.site_id:
            self.basis_sites.append(authority.site_id)
        self._existing = {}
        self._taken_slugs = set()
        self._created_now = None

    def row_label(self, number):
        return f"thủ tục thứ {number}"

    def prepare_batch(self, records):
        codes = {record.code for record in records}
        self._existing = {}
        for page in ProcedurePage.objects.filter(site=self.site, code__in=codes).order_by("-pk"):
            self._existing[page.code] = page
        candidates = set()
        for record in records:
            if record.code not in self._existing:
                candidates.update(self._slug_candidates(record))
        self._taken_slugs = set(self.appender.children().filter(slug__in=candidates).values_list("slug", flat=True))

    @staticmethod
    def _slug_candidates(record):
        base = slug_base(record.name, "thu-tuc")
        return base, f"{base}-{ascii_slug(record.code)}"[:200]

    def write(self, record):
        page = self._existing.get(record.code)
        created = page is None
        if created:
            page = ProcedurePage()
        page.title = record.name
        page.code = record.code
        page.field = self.fields.get_or_create(record.field_name) if record.field_name else None
        for name in COPIED_FIELDS:
            setattr(page, name, getattr(record, name))
        page.site = self.site
        page.submission_methods = [ProcedureSubmissionMethod(**fields) for fields in record.submission_methods]
        page.dossier_items = [
            ProcedureDossierItem(**fields, form_template=self._template(path, fields["name"]) if path else None)
            for fields, path in record.dossier_items
        ]
        page.legal_basis = [
            ProcedureLegalBasis(citation=citation, document_id=self._document_numbered(numbers))
            for citation, numbers in record.legal_basis
        ]
        if created:
            page.slug = free_slug(self._taken_slugs, self.appender.children, *self._slug_candidates(record))
            self.appender.add(page, timezone.now())
            self.log(page, "wagtail.create")
            self._existing[record.code] = self._created_now = page
        else:
            self.log(page, save_live_update(page, UPDATE_FIELDS))
        self.index_later(ProcedurePage, page.pk)
        return created

    def _done(self, report):
        super()._done(report)
        self._created_now = None

    def forget_failed(self):
        if self._created_now is not None:
            self._existing.pop(self._created_now.code, None)
        self._created_now = None

    def _document_numbered(self, numbers):
        """The live document with one of these folded numbers: this site's first, then the newest."""
        if not numbers:
            return None
        found = LegalDocumentPage.objects.live().filter(site_id__in=self.basis_sites, number_folded__in=numbers)
        candidates = list(found.values_list("pk", "site_id", "number_folded", "issued_date"))
        if not candidates:
            return None
        best = min(
            candidates,
            key=lambda c: (self.basis_sites.index(c[1]), numbers.index(c[2]), -c[3].toordinal(), c[0]),
        )
        return best[0]

    def _template(self, path, title):
        if self.unit.collection_id is None:
            raise RowError(f"{self.unit.name} chưa có thư mục tài liệu: chạy lại provision_site cho đơn vị")
        try:
            with path.open("rb") as stream:
                file_hash = hash_filelike(stream)
                existing = Document.objects.filter(collection_id=self.unit.collection_id, file_hash=file_hash).first()
                if existing:
                    return existing
                stream.seek(0)
                stem = ascii_slug(path.stem)[:60].strip("-") or "mau"
                document = Document(
                    title=title[:255],
                    collection_id=self.unit.collection_id,
                    file_size=path.stat().st_size,
                    file_hash=file_hash,
                )
                document.file = File(stream, name=f"{stem}{path.suffix.lower()}")
                document.save()
        except OSError as error:
            raise RowError(f"không đọc được tệp mẫu “{path.name}”: {os_reason(error)}") from None
        self.stored_files.append((document.file.storage, document.file.name))
        self.index_later(Document, document.pk)
        return document
