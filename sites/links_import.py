"""Import of a portal's link list and banners from a CSV file (`manage.py import_links`).

UTF-8 (with or without a byte order mark), comma- or semicolon-separated, header row
`title,url,image,position` (image and position optional, as are the image's author, source and
licence columns). Row numbers are those a spreadsheet shows: the header is row 1. Each row is
written in its own savepoint, so a bad row is reported with its number and skipped without
leaving half of it (or its image file) behind. A link is found again by its address and
position on that site: importing the same file twice changes nothing, and a changed title,
image or order updates the link instead of adding another.
"""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from wagtail.images import get_image_model

from cms.importing import (
    CsvRows,
    ImportReport,
    ImportSetupError,
    RowError,
    clean_text,
    deferred_indexing,
    file_in_folder,
    image_from_file,
    index_in_bulk,
    open_import_file,
    row_savepoint,
)
from cms.text import fold

from .models import LINK_URL_MESSAGE, LinkPosition, SiteLink, SiteLinkSettings, validate_link_url
from .provisioning import find_site_unit

COLUMNS = ("title", "url", "image", "position", "image_author", "image_source", "image_license")
REQUIRED_COLUMNS = ("title", "url")
TITLE_MAX_LENGTH = SiteLink._meta.get_field("title").max_length
URL_MAX_LENGTH = SiteLink._meta.get_field("url").max_length


def _position_key(value):
    return " ".join(fold(value).replace("_", " ").split())


# Spellings accepted in the position column: the stored value or the label, any case, with or without diacritics.
POSITIONS = {_position_key(text): value for value, label in LinkPosition.choices for text in (value, label)}
POSITION_HELP = ", ".join(f"{value} ({label})" for value, label in LinkPosition.choices)

Image = get_image_model()


@dataclass
class LinkImportReport(ImportReport):
    unchanged: int = 0


@dataclass
class LinkRecord:
    title: str
    url: str
    position: str
    image_path: Path | None
    image_author: str
    image_source: str
    image_license: str


def import_links(path, hostname, on_error=None):
    """Import the CSV at `path` into the link list of the site answering on `hostname`; returns an ImportReport.

    Raises ImportSetupError (nothing written) for an unknown site, an unreadable file or a bad
    header. `on_error(row_number, reason)` is called for each skipped row as soon as it is found.
    """
    return LinkImporter(hostname).run(path, on_error=on_error)


class LinkImporter:
    def __init__(self, hostname):
        self.unit = find_site_unit(hostname)
        if self.unit is None:
            raise ImportSetupError(f"Không tìm thấy trang thông tin có tên miền “{hostname}”.")
        self.site = self.unit.site
        self.storage = Image._meta.get_field("file").storage
        self.seen = {}  # (url, position) -> row number, for repeats within the file
        self.order = []  # link pks in file order
        self.new_images = set()

    def run(self, path, on_error=None):
        path = Path(path)
        stream = open_import_file(path)
        report = LinkImportReport()
        with stream, deferred_indexing():
            rows = CsvRows(
                stream,
                LinkParser(path.parent.resolve()),
                columns=COLUMNS,
                required=REQUIRED_COLUMNS,
                expected_header=f"{','.join(COLUMNS[:4])} (có thể thêm image_author, image_source, image_license)",
            )
            self.settings = SiteLinkSettings.for_site(self.site)
            try:
                for number, record in rows:
                    self._row(number, record, report, on_error)
                reordered = self._put_in_file_order() if self.order else False
                if reordered or report.created or report.updated:
                    # Saving the setting tells the page cache that the portal's pages changed.
                    self.settings.save()
            finally:
                report.index_warnings = index_in_bulk({Image: self.new_images})
        if report.unchanged:
            report.notices.append(f"{report.unchanged} liên kết đã có, không thay đổi.")
        return report

    def _row(self, number, record, report, on_error):
        try:
            if isinstance(record, RowError):
                raise record
            key = (record.url, record.position)
            if key in self.seen:
                raise RowError(f"trùng địa chỉ và vị trí với dòng {self.seen[key]}")
            created = self._write(record)
        except RowError as error:
            report.errors.append((number, str(error)))
            if on_error:
                on_error(number, str(error))
            return
        self.seen[key] = number
        if created is None:
            report.unchanged += 1
        elif created:
            report.created += 1
        else:
            report.updated += 1

    def _write(self, record):
        """Create or update one link in its own savepoint: True if created, False if changed, None if unchanged."""
        stored_files = []

        def delete_stored_files():
            for name in stored_files:
                self.storage.delete(name)

        with row_savepoint(on_rollback=delete_stored_files):
            image = self._image(record, stored_files) if record.image_path else None
            link = SiteLink.objects.filter(setting=self.settings, url=record.url, position=record.position).first()
            created = link is None
            if created:
                link = SiteLink(setting=self.settings, url=record.url, position=record.position)
            changed = created or link.title != record.title or (image is not None and link.image_id != image.pk)
            link.title = record.title
            if image is not None:
                link.image = image
            if changed:
                link.full_clean(exclude=["setting", "sort_order"])
                link.save()
        self.order.append(link.pk)
        return created if changed else None

    def _image(self, record, stored_files):
        if self.unit.collection is None:
            raise RowError(f"{self.unit.name} chưa có thư mục ảnh: chạy lại provision_site cho đơn vị")
        image, created = image_from_file(
            record.image_path,
            self.unit.collection,
            stored_files,
            title=record.title[:255],
            author=record.image_author,
            source=record.image_source,
            license=record.image_license,
        )
        if created:
            self.new_images.add(image.pk)
        return image

    @transaction.atomic
    def _put_in_file_order(self):
        """The file's links first, in the file's order; links the file does not mention keep theirs after them."""
        in_file = {pk: index for index, pk in enumerate(self.order)}
        links = list(self.settings.links.all())
        links.sort(key=lambda link: (link.pk not in in_file, in_file.get(link.pk, link.sort_order or 0)))
        changed = [link for index, link in enumerate(links) if link.sort_order != index]
        for index, link in enumerate(links):
            link.sort_order = index
        SiteLink.objects.bulk_update(changed, ["sort_order"])
        return bool(changed)


class LinkParser:
    """Turns one CSV row (a dict by column) into a LinkRecord, or raises RowError."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, values):
        title = clean_text(values.get("title", ""), "tiêu đề (title)", max_length=TITLE_MAX_LENGTH, required=True)
        return LinkRecord(
            title=title,
            url=_url(values.get("url", "")),
            position=_position(values.get("position", "")),
            image_path=self._image_path(values.get("image", "")),
            image_author=_short(values, "image_author", "tác giả ảnh"),
            image_source=_short(values, "image_source", "nguồn ảnh"),
            image_license=_short(values, "image_license", "giấy phép ảnh", 500),
        )

    def _image_path(self, name):
        if not name:
            return None
        path = file_in_folder(name, self.folder, "ảnh (image)", "tệp CSV")
        if path.suffix.lower().lstrip(".") not in settings.WAGTAILIMAGES_EXTENSIONS:
            allowed = ", ".join(settings.WAGTAILIMAGES_EXTENSIONS)
            raise RowError(f"tệp “{name}” không phải định dạng ảnh được nhận ({allowed})")
        if path.stat().st_size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
            limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE // (1024 * 1024)
            raise RowError(f"ảnh “{name}” lớn hơn {limit} MB")
        return path


def _url(value):
    if not value:
        raise RowError("thiếu địa chỉ liên kết (url)")
    if len(value) > URL_MAX_LENGTH:
        raise RowError(f"địa chỉ liên kết (url) dài {len(value)} ký tự, tối đa {URL_MAX_LENGTH}")
    try:
        validate_link_url(value)
    except ValidationError:
        raise RowError(f"địa chỉ liên kết (url) “{value}” không hợp lệ. {LINK_URL_MESSAGE}") from None
    return value


def _position(value):
    if not value:
        return LinkPosition.LINK
    position = POSITIONS.get(_position_key(value))
    if position is None:
        raise RowError(f"vị trí (position) “{value}” không hợp lệ; dùng {POSITION_HELP} hoặc để trống")
    return position


def _short(values, name, label, max_length=255):
    return clean_text(values.get(name, ""), f"{label} ({name})", max_length=max_length)
