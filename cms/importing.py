"""What every bulk import shares: its errors, its report, deferred search indexing, HTML cleaning.

An importer (articles from an older portal, legal documents from a spreadsheet, procedures from
the national portal's export) reads its file row by row, imports each row in its own savepoint,
reports bad rows with their number and a Vietnamese reason, and keeps going. Saving a page or an
image normally indexes it for search on the spot, one object at a time; during an import that
is suspended (`deferred_indexing`) and what was imported is indexed in bulk at the end
(`index_in_bulk`).
"""

import csv
import logging
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image as PILImage

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from django.db.models.signals import post_save
from django.utils.functional import cached_property

from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.admin.rich_text.converters.editor_html import DbWhitelister, EditorHTMLConverter
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.utils.file import hash_filelike

logger = logging.getLogger(__name__)

INDEX_CHUNK_SIZE = 500
# Elements whose content is code or a foreign document, not text: dropped whole. Other tags
# outside the allowed features are unwrapped by Wagtail's whitelister, keeping their text.
DROPPED_ELEMENTS = frozenset({"script", "style", "iframe", "object", "embed", "noscript", "template", "form"})


class ImportSetupError(Exception):
    """The run cannot start (unknown site, unreadable file, bad header); nothing has been written."""


class RowError(Exception):
    """One row (line, record) cannot be imported; the message (Vietnamese) says why."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)  # (row number, reason)
    notices: list = field(default_factory=list)  # things the run created on the side, e.g. a new field
    index_warnings: list = field(default_factory=list)

    @property
    def failed(self):
        return len(self.errors)


@contextmanager
def deferred_indexing():
    """Suspend the per-save search and reference index updates; the importer indexes in bulk.

    Disconnecting signal receivers affects the whole process, which is what a management
    command wants; the receivers are connected again however the block ends.
    """
    disconnected = [
        model for model in get_indexed_models() if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def index_in_bulk(pks_by_model, chunk_size=INDEX_CHUNK_SIZE):
    """Index `{model: set of pks}` in the search backends and the reference index, in chunks.

    The sets are emptied as they are indexed. Returns Vietnamese warnings for search backends
    that failed and catch their errors (the content is imported; `update_index` repairs it).
    """
    warnings = []
    backends = list(get_search_backends(with_auto_update=True))
    for model, pk_set in pks_by_model.items():
        pks = sorted(pk_set)
        pk_set.clear()
        queryset = model.get_indexed_objects()
        if issubclass(model, ClusterableModel):
            # Inline children are read for the reference index: one query per relation and chunk.
            queryset = queryset.prefetch_related(*(rel.get_accessor_name() for rel in get_all_child_relations(model)))
        for start in range(0, len(pks), chunk_size):
            objects = list(queryset.filter(pk__in=pks[start : start + chunk_size]))
            for backend in backends:
                try:
                    backend.add_bulk(model, objects)
                except Exception as error:
                    if not backend.catch_indexing_errors:
                        raise
                    logger.exception("Bulk indexing of %s failed", model.__name__)
                    warnings.append(f"chưa cập nhật được chỉ mục tìm kiếm ({error}); chạy update_index sau")
            if ReferenceIndex.is_indexed(model):
                update_reference_index(model, objects)
            forget_queries()
    return warnings


@transaction.atomic
def update_reference_index(model, objects):
    """`ReferenceIndex.create_or_update_for_object` for many objects of `model` at once.

    The same records, written with one delete and one insert instead of two or three queries per
    object. Records stored under a more specific content type than `model` are left alone, as
    Wagtail does.
    """
    content_types = [
        ContentType.objects.get_for_model(klass, for_concrete_model=False)
        for klass in [model, *model._meta.get_parent_list()]
    ]
    records = []
    for obj in objects:
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(obj)
        ):
            records.append(
                ReferenceIndex(
                    content_type=content_types[0],
                    base_content_type=content_types[-1],
                    object_id=str(obj.pk),
                    to_content_type_id=to_content_type_id,
                    to_object_id=to_object_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
            )
    ReferenceIndex.objects.filter(
        base_content_type=content_types[-1],
        content_type__in=content_types,
        object_id__in=[str(obj.pk) for obj in objects],
    ).delete()
    ReferenceIndex.objects.bulk_create(records, ignore_conflicts=connection.features.supports_ignore_conflicts)


def forget_queries():
    # With DEBUG on, Django keeps the text of the last 9,000 queries; the bulk index inserts
    # alone would make that grow with the size of the file.
    if settings.DEBUG:
        reset_queries()


def os_reason(error):
    """Why a file could not be read, in Vietnamese."""
    if isinstance(error, FileNotFoundError):
        return "không có tệp này"
    if isinstance(error, IsADirectoryError):
        return "đây là một thư mục, không phải tệp"
    if isinstance(error, PermissionError):
        return "không có quyền đọc"
    return f"lỗi hệ thống ({error.strerror or error})"


def file_in_folder(name, folder, label, folder_label):
    """The existing file `name` names, relative to `folder` (resolved) and inside it, or RowError."""
    relative = Path(name.replace("\\", "/"))
    try:
        path = (folder / relative).resolve()
        if relative.is_absolute() or not path.is_relative_to(folder):
            raise RowError(f"{label} “{name}” phải nằm trong thư mục chứa {folder_label}")
        # Files copied from a Mac may carry their names in decomposed Unicode.
        for form in ("NFC", "NFD"):
            variant = folder / unicodedata.normalize(form, str(relative))
            if variant.is_file():
                return variant
    except (OSError, ValueError):  # a name too long for the system, or with a NUL byte
        pass
    raise RowError(f"không tìm thấy {label} “{name}” trong thư mục chứa {folder_label}")


def image_from_file(path, collection, stored_files, **fields):
    """(image, created): the image in `collection` with the content of the file at `path`, or a
    new one stored with `fields` (title, author, source, license).

    The name of a new file goes to `stored_files`, so that a row rolled back can delete it.
    RowError for a file that cannot be read or is not an image.
    """
    image_model = get_image_model()
    try:
        with path.open("rb") as stream:
            file_hash = hash_filelike(stream)
            existing = image_model.objects.filter(collection=collection, file_hash=file_hash).first()
            if existing:
                return existing, False
            try:
                PILImage.open(stream).verify()
            except Exception:
                raise RowError(f"tệp “{path.name}” không phải ảnh hoặc đã hỏng") from None
            stream.seek(0)
            image = image_model(collection=collection, file_size=path.stat().st_size, file_hash=file_hash, **fields)
            image.file = File(stream, name=path.name)
            image.save()
            stored_files.append(image.file.name)
            return image, True
    except OSError as error:
        raise RowError(f"không đọc được ảnh “{path.name}”: {os_reason(error)}") from None


def validation_message(error):
    """A Django ValidationError as one line of text."""
    if hasattr(error, "message_dict"):
        return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
    return " ".join(error.messages)


class _ImportWhitelister(DbWhitelister):
    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED_ELEMENTS:
            tag.decompose()
            return
        super().clean_tag_node(doc, tag)


class ImportHTMLConverter(EditorHTMLConverter):
    """Wagtail's own rich text whitelisting for HTML from another system: links kept, scripts and
    frames dropped with their content, other tags outside `features` unwrapped.

        ImportHTMLConverter(features=[...]).to_database_format(html)
    """

    @cached_property
    def whitelister(self):
        return _ImportWhitelister(self.converter_rules)


class ImportCommand(BaseCommand):
    """`manage.py import_… FILE --site HOST`: runs an importer and reports like every import does.

    Bad entries go to stderr with their number as they are met; the summary ends the output; the
    exit status is non-zero when any entry failed (the others are imported all the same).
    """

    file_help = ""
    site_help = "Tên miền của trang nhận dữ liệu, ví dụ tan-ha.hamtan.gov.vn."
    item_noun = ""  # what is imported: "văn bản", "bài"
    entry_noun = "dòng"  # what a bad entry is called: "dòng", "thủ tục"
    entry_label = "Dòng {number}"

    def run_import(self, path, hostname, on_error):
        """The importer's ImportReport; raises ImportSetupError when the run cannot start."""
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("file", help=self.file_help)
        parser.add_argument("--site", required=True, help=self.site_help)

    def handle(self, *args, **options):
        def report_entry(number, reason):
            self.stderr.write(f"{self.entry_label.format(number=number)}: {reason}.")

        try:
            report = self.run_import(options["file"], options["site"], on_error=report_entry)
        except ImportSetupError as error:
            raise CommandError(str(error)) from None

        for notice in report.notices:
            self.stdout.write(notice)
        for warning in report.index_warnings:
            self.stderr.write(f"Cảnh báo: {warning}.")
        summary = (
            f"Đã nhập vào {options['site']}: {report.created} {self.item_noun} mới, "
            f"{report.updated} {self.item_noun} cập nhật, {report.failed} {self.entry_noun} lỗi."
        )
        if report.failed:
            self.stdout.write(summary)
            raise CommandError(
                f"Có {report.failed} {self.entry_noun} không nhập được (xem lý do ở trên); "
                f"các {self.entry_noun} khác đã được nhập."
            )
        self.stdout.write(self.style.SUCCESS(summary))


class CsvRows:
    """Iterates (spreadsheet row number, record or RowError) over a CSV file opened in binary mode.

    UTF-8 with or without a byte order mark, comma- or (as Excel writes it under some regional
    settings) semicolon-separated. The header is checked on creation (ImportSetupError): columns
    may come in any order, `required` ones must be there, unknown or repeated ones are refused.
    Row numbers are those a spreadsheet shows (the header is row 1); blank rows are skipped;
    `parse({column: stripped cell})` makes the record or raises RowError.
    """

    def __init__(self, stream, parse, columns, required, expected_header=None):
        self.parse = parse
        self.columns = tuple(columns)
        self.required = tuple(required)
        self.expected_header = expected_header or ",".join(self.columns)
        self.bad_lines = set()
        first = stream.readline()
        try:
            first_text = first.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportSetupError("Tệp không phải văn bản UTF-8: lưu lại tệp CSV với bảng mã UTF-8.") from None
        delimiter = ";" if "," not in first_text and ";" in first_text else ","
        self.reader = csv.reader(self._lines(first_text, stream), delimiter=delimiter)
        try:
            header = next(self.reader, None)
        except csv.Error as error:
            raise ImportSetupError(f"Dòng tiêu đề không đọc được: {error}.") from None
        self.header = self._check_header(header)

    def _lines(self, first_text, stream):
        yield first_text
        for number, raw in enumerate(stream, start=2):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                self.bad_lines.add(number)
                yield raw.decode("utf-8", "replace")

    def _check_header(self, header):
        if not header or not any(cell.strip() for cell in header):
            raise ImportSetupError(f"Tệp trống hoặc thiếu dòng tiêu đề; dòng đầu phải là: {self.expected_header}.")
        names = [cell.strip().lower() for cell in header]
        missing = [name for name in self.required if name not in names]
        unknown = [name or "(trống)" for name in names if name not in self.columns]
        repeated = sorted({name for name in names if name and names.count(name) > 1})
        problems = []
        if missing:
            problems.append(f"thiếu cột {', '.join(missing)}")
        if unknown:
            problems.append(f"cột không được nhận: {', '.join(unknown)}")
        if repeated:
            problems.append(f"cột lặp lại: {', '.join(repeated)}")
        if problems:
            raise ImportSetupError(
                f"Dòng tiêu đề không đúng ({'; '.join(problems)}). Dòng đầu phải là: {self.expected_header}."
            )
        return names

    def __iter__(self):
        number = 1
        while True:
            start_line = self.reader.line_num + 1
            try:
                cells = next(self.reader, None)
            except csv.Error as error:
                number += 1
                yield number, RowError(f"dòng không đọc được theo định dạng CSV ({error})")
                continue
            if cells is None:
                return
            number += 1
            if not any(cell.strip() for cell in cells):
                continue
            if any(line in self.bad_lines for line in range(start_line, self.reader.line_num + 1)):
                yield number, RowError("dòng không phải văn bản UTF-8: lưu lại tệp CSV với bảng mã UTF-8")
                continue
            yield number, self._record(cells)

    def _record(self, cells):
        header = self.header
        extra = cells[len(header) :]
        # A spreadsheet may drop empty cells at the end of a row; a required column cannot be among them.
        short = len(cells) < len(header) and any(name in self.required for name in header[len(cells) :])
        if short or any(cell.strip() for cell in extra):
            return RowError(f"dòng có {len(cells)} ô nhưng dòng tiêu đề có {len(header)} cột")
        try:
            return self.parse(dict(zip(header, (cell.strip() for cell in cells), strict=False)))
        except RowError as error:
            return error
