"""Import of legal documents from a spreadsheet: `manage.py import_legal_docs FILE.csv --site HOST`.

The CSV is read as `.document_csv` describes: streamed, a header of `COLUMNS`, row numbers as a
spreadsheet shows them. Rows are committed in batches; the new documents of a batch are
inserted together, everything else row by row, each in a savepoint (see `.common`), so a bad
row is reported and skipped without leaving anything behind. A row updates the document of
that site with the same `external_id`; its file is replaced only if its content changed. Pages
are written live without revisions, with tree paths computed per batch (see `.tree`).
"""

from pathlib import Path

from django.core.files import File
from django.db import connection, transaction

from wagtail.utils.file import hash_filelike

from cms.folded_search import FOLDED_TEXT_FIELDS
from cms.importing import CsvRows, ImportReport, open_import_file
from cms.text import ascii_slug, fold

from ..models import LegalDocumentFile, LegalDocumentIndexPage, LegalDocumentPage
from .common import RowImporter, find_target
from .document_csv import COLUMNS, OPTIONAL_COLUMNS, DocumentParser, DocumentRecord
from .tree import free_slug, publish_moment, save_live_update, slug_base

__all__ = ["COLUMNS", "DocumentImporter", "import_legal_documents"]

TITLE_LENGTH = 255
UPDATE_FIELDS = [
    "number",
    "number_folded",
    "doc_type",
    "category",
    "issuing_body",
    "signer",
    "issued_date",
    "effective_date",
    "expiry_date",
    "status_override",
    "summary",
    "fields",
    "field_ids_copy",
    "site",
    *FOLDED_TEXT_FIELDS,
]


def import_legal_documents(path, hostname, on_error=None):
    """Import the CSV at `path` into the site answering on `hostname`; returns an ImportReport.

    `on_error(row_number, reason)` is called for each skipped row as soon as it is found.
    Raises ImportSetupError (nothing written) for an unknown site, an unreadable file or a bad header.
    """
    importer = DocumentImporter(hostname)
    path = Path(path)
    stream = open_import_file(path)
    with stream:
        folder = path.parent.resolve()
        rows = CsvRows(
            stream,
            lambda values: importer.parser.parse(values, folder),
            columns=COLUMNS,
            required=[column for column in COLUMNS if column not in OPTIONAL_COLUMNS],
        )
        return importer.run(rows, ImportReport(), on_error=on_error)


def title_from(summary):
    """The page title: the summary, cut at a word boundary when longer than a title may be."""
    if len(summary) <= TITLE_LENGTH:
        return summary
    cut = summary[: TITLE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–")
    return f"{cut}…"


class DocumentImporter(RowImporter):
    def __init__(self, hostname):
        self.unit, self.site, index = find_target(hostname, LegalDocumentIndexPage, "Văn bản")
        super().__init__(index)
        self.parser = DocumentParser(self.fields)
        self.storage = LegalDocumentFile._meta.get_field("file").storage
        self._existing = {}  # external_id -> page (or the id of a page created in bulk)
        self._taken_slugs = set()
        self._created_now = []

    def row_label(self, number):
        return f"dòng {number}"

    def prepare_batch(self, records):
        self._existing = {}
        ids = {record.external_id for record in records}
        for page in LegalDocumentPage.objects.filter(site=self.site, external_id__in=ids).order_by("-pk"):
            self._existing[page.external_id] = page  # the oldest page wins if there are several
        candidates = set()
        for record in records:
            if record.external_id not in self._existing:
                candidates.update(self._slug_candidates(record))
        self._taken_slugs = set(self.appender.children().filter(slug__in=candidates).values_list("slug", flat=True))

    @staticmethod
    def _slug_candidates(record):
        base = slug_base(record.number, "van-ban")
        return base, f"{base}-{record.issued_date.year}", f"{base}-{ascii_slug(record.external_id)}"[:200]

    def bulk_rows(self, batch):
        if not connection.features.can_return_rows_from_bulk_insert:
            return []
        rows, seen = [], set()
        for number, record in batch:
            if isinstance(record, DocumentRecord) and record.external_id not in self._existing:
                if record.external_id not in seen:
                    rows.append((number, record))
                seen.add(record.external_id)
        return rows

    def write_many(self, rows):
        """Create the documents of `rows` with a few multi-row INSERTs (see ChildAppender.add_many)."""
        taken_slugs = set(self._taken_slugs)
        try:
            self._insert_many(rows)
        except BaseException:
            self._taken_slugs = taken_slugs  # the rows are written again one by one, with the same slugs
            raise

    def _insert_many(self, rows):
        pages, links, files = [], [], []
        for number, record in rows:
            self.fields.row_label = self.row_label(number)
            page, fields, document_file = self._new_page(record)
            # What LegalDocumentPage.save() would derive (a test checks that saving again changes nothing).
            page.number_folded = fold(page.number)
            page.refresh_folded_text()
            pages.append((page, publish_moment(record.issued_date)))
            links += [(page, legal_field) for legal_field in fields]
            if document_file:
                files.append((page, document_file))
        self.appender.add_many(pages)
        field = LegalDocumentPage._meta.get_field("fields")
        through, source, target = field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            through(**{f"{source}_id": page.pk, f"{target}_id": legal_field.pk}) for page, legal_field in links
        )
        for page, document_file in files:
            document_file.page_id, document_file.sort_order = page.pk, 0
        LegalDocumentFile.objects.bulk_create(document_file for _, document_file in files)
        for page, _ in pages:
            self.log(page, "wagtail.create")
            self.index_later(LegalDocumentPage, page.pk)
            self._existing[page.external_id] = page.pk
            self._created_now.append(page.external_id)

    def write(self, record):
        page = self._existing.get(record.external_id)
        if page is None:
            page, _, document_file = self._new_page(record)
            if document_file:
                page.files = [document_file]
            self.appender.add(page, publish_moment(record.issued_date))
            self.log(page, "wagtail.create")
            self._existing[record.external_id] = page
            self._created_now.append(record.external_id)
            created = True
        else:
            if isinstance(page, int):
                page = LegalDocumentPage.objects.get(pk=page)
            self._fill(page, record, [self.fields.get_or_create(name) for name in record.field_names])
            update_fields = list(UPDATE_FIELDS)
            if record.file_path and self._replace_file(page, record.file_path):
                update_fields.append("files")
            self.log(page, save_live_update(page, update_fields))
            created = False
        self.index_later(LegalDocumentPage, page.pk)
        return created

    def _done(self, report):
        super()._done(report)
        self._created_now = []

    def forget_failed(self):
        for external_id in self._created_now:
            self._existing.pop(external_id, None)
        self._created_now = []

    def _new_page(self, record):
        """An unsaved page for `record`, with its fields and its stored file (or None)."""
        fields = [self.fields.get_or_create(name) for name in record.field_names]
        page = LegalDocumentPage(external_id=record.external_id)
        self._fill(page, record, fields)
        page.slug = free_slug(self._taken_slugs, self.appender.children, *self._slug_candidates(record))
        document_file = self._stored(LegalDocumentFile(), record.file_path) if record.file_path else None
        return page, fields, document_file

    def _fill(self, page, record, fields):
        page.title = title_from(record.summary)
        page.number = record.number
        page.doc_type = record.doc_type
        page.category = record.category
        page.summary = record.summary
        page.issuing_body = record.issuing_body
        page.signer = record.signer
        page.issued_date = record.issued_date
        page.effective_date = record.effective_date
        page.expiry_date = record.expiry_date
        page.status_override = record.status
        page.fields = fields
        page.site = self.site  # saves the per-row lookup of the site from the tree path

    def _stored(self, document_file, path):
        stem = ascii_slug(path.stem)[:60].strip("-") or "van-ban"
        extension = path.suffix.lower().lstrip(".")
        with path.open("rb") as stream:
            document_file.file.save(f"{stem}.{extension}", File(stream), save=False)
        self.stored_files.append((self.storage, document_file.file.name))
        return document_file

    def _replace_file(self, page, path):
        """Put the file at `path` on `page` unless one of its files has that content already.

        The first file is the imported one: it is replaced; files added by editors are kept.
        """
        files = list(page.files.all())
        for existing in files:
            if self._same_content(existing.file.name, path):
                return False
        if files:
            old_name = files[0].file.name
            self._stored(files[0], path)
            transaction.on_commit(lambda: self.storage.delete(old_name))
        else:
            files = [self._stored(LegalDocumentFile(), path)]
        page.files = files
        return True

    def _same_content(self, name, path):
        try:
            if self.storage.size(name) != path.stat().st_size:
                return False
            with self.storage.open(name, "rb") as stored, path.open("rb") as new:
                return hash_filelike(stored) == hash_filelike(new)
        except OSError:
            return False
