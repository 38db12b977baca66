"""What the document and procedure imports share: the target site, parsing helpers, the row loop.

`RowImporter.run` commits a batch of rows per transaction. The new pages of a batch that an
importer can write in bulk (`bulk_rows`) are written together in one savepoint; if anything in
it fails, that savepoint is rolled back and those rows are written again one at a time. Every
other row is written in its own savepoint. Either way a bad row is reported with its number and
a Vietnamese reason and leaves nothing behind, and the other rows are imported.
"""

import datetime
import re
from itertools import islice

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction
from django.utils import timezone

from wagtail.models import PageLogEntry

from cms.importing import (
    ImportSetupError,
    RowError,
    deferred_indexing,
    forget_queries,
    index_in_bulk,
    row_savepoint,
)
from cms.importing import clean_text as text
from cms.text import ascii_slug, fold
from sites.access import site_id_for_url_path
from sites.provisioning import find_site_unit

from ..models import LegalField
from ..search.cache import expire_answers
from .tree import ChildAppender

ROWS_PER_COMMIT = 250
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
DATE_HINT = "YYYY-MM-DD hoặc DD/MM/YYYY"
_HTML_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")


def find_target(hostname, index_model, section_label):
    """(unit, site, listing page) for the portal answering on `hostname`, or ImportSetupError.

    The listing page is found by its type (a home page has at most one of each), so a section
    whose address an editor has changed is still found.
    """
    unit = find_site_unit(hostname)
    if unit is None:
        raise ImportSetupError(f"Không tìm thấy trang thông tin có tên miền “{hostname}”.")
    site = unit.site
    index = index_model.objects.child_of(site.root_page).first()
    if index is None:
        raise ImportSetupError(
            f"Trang {site.hostname} chưa có chuyên mục “{section_label}”: chạy lại provision_site cho đơn vị."
        )
    return unit, site, index


def parse_date(value, label, required=False):
    value = text(value, label, required=required)
    if not value:
        return None
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, date_format).date()
        except ValueError:
            continue
    raise RowError(f"{label} “{value}” không phải ngày hợp lệ dạng {DATE_HINT}")


class Choices:
    """Matches a value against a TextChoices by its code or its Vietnamese label, folded.

    `extra` maps more folded spellings to codes, e.g. {"xa": "xa"} for “Xã”.
    """

    def __init__(self, choices, label, extra=None):
        self.label = label
        self.codes = list(choices.values)
        self.by_key = {}
        for code, name in zip(choices.values, choices.labels, strict=True):
            self.by_key[fold(code)] = code
            self.by_key[fold(name)] = code
        self.by_key.update(extra or {})

    def match(self, value, default=None):
        value = text(value, self.label)
        if not value:
            return default
        code = self.by_key.get(fold(value))
        if code is None:
            known = ", ".join(code for code in self.codes if code)
            raise RowError(f"{self.label} “{value}” không hợp lệ; dùng một trong: {known}")
        return code


class FieldLookup:
    """Lĩnh vực by folded name or slug; a name not yet in the list is created (and reported)."""

    def __init__(self):
        self.by_key = {}
        for legal_field in LegalField.objects.all():
            self._remember(legal_field)
        self._created = []  # (field, label of the row that needed it)
        self.row_label = ""

    def _remember(self, legal_field):
        self.by_key[fold(legal_field.name)] = legal_field
        self.by_key.setdefault(fold(legal_field.slug), legal_field)

    def known(self, name):
        return self.by_key.get(fold(name))

    def get_or_create(self, name):
        found = self.known(name)
        if found is not None:
            return found
        if len(name) > 150:
            raise RowError(f"tên lĩnh vực “{name[:40]}…” dài {len(name)} ký tự, tối đa 150")
        base = ascii_slug(name)[:140].strip("-")
        if not base:
            raise RowError(f"tên lĩnh vực “{name}” không có chữ hoặc số nào")
        slug, number = base, 2
        while LegalField.objects.filter(slug=slug).exists():
            slug, number = f"{base}-{number}", number + 1
        legal_field = LegalField.objects.create(name=name, slug=slug)
        self._remember(legal_field)
        self._created.append((legal_field, self.row_label))
        return legal_field

    def done(self, report):
        for legal_field, row_label in self._created:
            report.notices.append(f"Đã tạo lĩnh vực mới “{legal_field.name}” ({row_label}).")
        self._created = []

    def failed(self):
        # The creation was rolled back with the savepoint.
        for legal_field, _ in self._created:
            for key in (fold(legal_field.name), fold(legal_field.slug)):
                if self.by_key.get(key) is legal_field:
                    del self.by_key[key]
        self._created = []


def split_names(value, separator=";"):
    return [name for name in (" ".join(part.split()) for part in value.split(separator)) if name]


def looks_like_html(value):
    return bool(_HTML_TAG.search(value))


class RowImporter:
    """The row loop: a transaction per batch, savepoints within it, bulk indexing at the end.

    `run` takes an iterable of (row number, record or RowError). Subclasses give
    `prepare_batch(records)`, `write(record)` returning True when it created a page,
    `row_label(number)`, and optionally `bulk_rows(batch)` with `write_many(rows)`.
    """

    rows_per_commit = ROWS_PER_COMMIT

    def __init__(self, parent):
        self.appender = ChildAppender(parent)
        # The site whose documents the import changes: other sites keep their stored search counts.
        self.site_id = site_id_for_url_path(parent.url_path)
        self.fields = FieldLookup()
        self.indexed = {}
        self.stored_files = []  # (storage, name) written in the current savepoint
        self._pending_log = []
        self._batch_log = []

    def run(self, rows, report, on_error=None):
        rows = iter(rows)
        with deferred_indexing():
            try:
                while batch := list(islice(rows, self.rows_per_commit)):
                    with transaction.atomic():
                        self._batch(batch, report, on_error)
                        expire_answers([self.site_id])  # imported pages send no publish signal
                    forget_queries()
            finally:
                report.index_warnings = index_in_bulk(self.indexed)
        return report

    def _batch(self, batch, report, on_error):
        self.appender.begin_batch()
        self.prepare_batch([record for _, record in batch if not isinstance(record, RowError)])
        written = self._write_in_bulk(self.bulk_rows(batch), report)
        for number, record in batch:
            if number not in written:
                self._row(number, record, report, on_error)
        self.appender.end_batch()
        self._write_log()

    def bulk_rows(self, batch):
        """The (number, record) pairs of `batch` that `write_many` can create together."""
        return []

    def _write_in_bulk(self, rows, report):
        """Numbers of the rows written together, or none if that failed (they are then redone one by one)."""
        if not rows:
            return set()
        try:
            with transaction.atomic():
                self.write_many(rows)
        except (RowError, ValidationError, IntegrityError, DataError):
            self._failed()
            return set()
        except BaseException:
            self._failed()
            raise
        self._done(report)
        report.created += len(rows)
        return {number for number, _ in rows}

    def _row(self, number, record, report, on_error):
        reason = None
        if isinstance(record, RowError):
            reason = str(record)
        else:
            self.fields.row_label = self.row_label(number)
            try:
                with row_savepoint(on_rollback=self._failed):
                    created = self.write(record)
            except RowError as error:
                reason = str(error)
        if reason is not None:
            if isinstance(record, RowError):
                self._failed()
            report.errors.append((number, reason))
            if on_error:
                on_error(number, reason)
            return
        self._done(report)
        if created:
            report.created += 1
        else:
            report.updated += 1

    def _done(self, report):
        self.appender.done()
        self.fields.done(report)
        self.stored_files = []
        self._batch_log += self._pending_log
        self._pending_log = []

    def _failed(self):
        self.appender.failed()
        self.fields.failed()
        for storage, name in self.stored_files:
            storage.delete(name)
        self.stored_files = []
        self._pending_log = []
        self.forget_failed()

    def forget_failed(self):
        """Forget what the rolled-back savepoint cached."""

    def log(self, page, action):
        """Record `action` in the page's history once its savepoint is released (in bulk per batch)."""
        if action:
            self._pending_log.append((page, action))

    def _write_log(self):
        now = timezone.now()
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                label=page.get_admin_display_title(),
                action=action,
                timestamp=now,
                page_id=page.pk,
                content_changed=True,
            )
            for page, action in self._batch_log
        )
        self._batch_log = []

    def index_later(self, model, pk):
        self.indexed.setdefault(model, set()).add(pk)
