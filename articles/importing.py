"""Import of articles from the older portal a unit moves away from.

The input is JSON Lines: one article per line, as `python manage.py import_articles` documents.
The file is streamed line by line and every line is imported in its own transaction, so a bad
line is reported and skipped without leaving half of an article (or its images) behind, and
memory does not grow with the size of the file. Re-importing the same file updates the articles
found by `external_id` on that site. Per-save search indexing is suspended during the run and
the imported objects are indexed in bulk at the end.
"""

import json
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail.rich_text import RichText

from cms.importing import (
    ImportHTMLConverter,
    ImportReport,
    ImportSetupError,
    deferred_indexing,
    forget_queries,
    image_from_file,
    index_in_bulk,
    os_reason,
    validation_message,
)
from cms.importing import RowError as LineError
from cms.text import ascii_slug, fold
from sites.models import Unit, UnitKind
from sites.provisioning import ProvisioningError, find_site_unit, provision_unit

from .blocks import ArticleBodyBlock
from .models import ArticleKind, ArticlePage, NewsIndexPage

SECTION_SEPARATOR = "›"
LINES_PER_COMMIT = 100
SLUG_BASE_LENGTH = 200
DATE_EXAMPLE = "2017-03-01T15:02:43+07:00"

Image = get_image_model()


@dataclass
class ImageSpec:
    path: Path
    caption: str
    author: str
    source: str
    license: str


@dataclass
class ArticleRecord:
    external_id: str
    title: str
    kind: str
    section_path: tuple
    published_at: datetime
    author: str
    unit_name: str
    summary: str
    body_html: str
    images: list
    source_name: str
    source_url: str
    source_permission: str
    tags: list


def import_articles(path, hostname, on_error=None):
    """Import the JSONL file at `path` into the site answering on `hostname`; returns an ImportReport.

    `on_error(line_number, reason)` is called for each skipped line as soon as it is found.
    """
    importer = ArticleImporter(hostname)
    return importer.run(path, on_error=on_error)


@cache
def _body_converter():
    return ImportHTMLConverter(features=ArticleBodyBlock().child_blocks["paragraph"].features)


def clean_body_html(html):
    """Old portal HTML as the paragraph block stores it: links kept, scripts and frames dropped."""
    return _body_converter().to_database_format(html)


class ArticleImporter:
    def __init__(self, hostname):
        self.unit = find_site_unit(hostname)
        if self.unit is None:
            raise ImportSetupError(f"Không tìm thấy trang thông tin có tên miền “{hostname}”.")
        self.site = self.unit.site
        news_slug = next(section["slug"] for section in settings.PORTAL_STANDARD_SECTIONS if section.get("news"))
        self.news_section = NewsIndexPage.objects.child_of(self.site.root_page).filter(slug=news_slug).first()
        if self.news_section is None:
            raise ImportSetupError(
                f"Trang {self.site.hostname} chưa có chuyên mục tin “{news_slug}”: chạy lại provision_site cho đơn vị."
            )
        if self.unit.collection is None:
            raise ImportSetupError(f"{self.unit.name} chưa có thư mục ảnh: chạy lại provision_site cho đơn vị.")
        self.authority = self.unit.authority
        self._units = None
        self._sections = {}
        self._indexed = {ArticlePage: set(), NewsIndexPage: set(), Image: set()}
        self.storage = Image._meta.get_field("file").storage

    def run(self, path, on_error=None):
        path = Path(path)
        try:
            stream = path.open("rb")
        except OSError as error:
            raise ImportSetupError(f"Không đọc được tệp “{path}”: {os_reason(error)}.") from None
        report = ImportReport()
        with stream, deferred_indexing():
            try:
                numbered = enumerate(stream, start=1)
                # A commit per batch rather than per line: each line still has its own savepoint.
                while batch := list(islice(numbered, LINES_PER_COMMIT)):
                    with transaction.atomic():
                        for line_number, raw in batch:
                            self._import_line(line_number, raw, path.parent, report, on_error)
                    forget_queries()
            finally:
                report.index_warnings = self._index()
        return report

    def _import_line(self, line_number, raw, folder, report, on_error):
        if not raw.strip():
            return
        try:
            created = self._import(parse_line(raw, folder, first_line=line_number == 1))
        except LineError as error:
            report.errors.append((line_number, str(error)))
            if on_error:
                on_error(line_number, str(error))
            return
        if created:
            report.created += 1
        else:
            report.updated += 1

    def _import(self, record):
        stored_files = []
        try:
            with transaction.atomic():
                section = self._section(record.section_path)
                unit = self._contributing_unit(record.unit_name)
                images = [self._image(spec, stored_files) for spec in record.images]
                page, created = self._write_article(record, section, unit, images)
        except BaseException as error:
            for name in stored_files:
                self.storage.delete(name)
            # Cached sections and units may have been created inside the rolled-back transaction.
            self._sections.clear()
            self._units = None
            if isinstance(error, ValidationError):
                raise LineError(validation_message(error)) from None
            raise
        self._indexed[ArticlePage].add(page.pk)
        self._indexed[Image].update(image.pk for image in images)
        return created

    def _section(self, names):
        key = tuple(fold(name) for name in names)
        if key in self._sections:
            return NewsIndexPage.objects.get(pk=self._sections[key])
        section = NewsIndexPage.objects.get(pk=self.news_section.pk)
        for name in names:
            section = self._child_section(section, name)
        self._sections[key] = section.pk
        return section

    def _child_section(self, parent, name):
        slug = ascii_slug(name)[:255].strip("-")
        children = NewsIndexPage.objects.child_of(parent)
        existing = children.filter(title__iexact=name).first() or children.filter(slug=slug).first()
        if existing:
            return existing
        if Page.objects.child_of(parent).filter(slug=slug).exists():
            raise LineError(
                f"không tạo được chuyên mục “{name}”: địa chỉ “{slug}” trong “{parent.title}” đã dùng cho trang khác"
            )
        section = NewsIndexPage(title=name, slug=slug, live=False)
        parent.add_child(instance=section)
        section.save_revision().publish(skip_permission_checks=True)
        self._indexed[NewsIndexPage].add(section.pk)
        return section

    def _contributing_unit(self, name):
        if not name:
            return None
        if self._units is None:
            self._units = {}
            # Short names first, so a full name always wins over another unit's short name.
            units = list(Unit.objects.contributing_to(self.authority))
            for unit in units:
                if unit.short_name:
                    self._units[unit_key(unit.short_name)] = unit
            for unit in units:
                self._units[unit_key(unit.name)] = unit
        key = unit_key(name)
        if key not in self._units:
            try:
                result = provision_unit(
                    kind=UnitKind.DEPARTMENT, name=name, parent_hostname=self.authority.site.hostname
                )
            except ProvisioningError as error:
                raise LineError(f"không tạo được đơn vị “{name}”: {error}") from None
            self._units[key] = result.unit
        return self._units[key]

    def _image(self, spec, stored_files):
        image, _created = image_from_file(
            spec.path,
            self.unit.collection,
            stored_files,
            title=(spec.caption or spec.path.name)[:255],
            author=spec.author,
            source=spec.source,
            license=spec.license,
        )
        return image

    def _write_article(self, record, section, unit, images):
        page = ArticlePage.objects.in_site(self.site).filter(external_id=record.external_id).first()
        created = page is None
        if created:
            page = ArticlePage(external_id=record.external_id, live=False)
            page.slug = free_slug(section, record.title, record.external_id)
        elif page.get_parent().pk != section.pk:
            # The move validates the slug against its new siblings, so free it first.
            slug = free_slug(section, record.title, record.external_id, page.slug)
            Page.objects.filter(pk=page.pk).update(slug=slug)
            page.move(section, pos="last-child")
            page = ArticlePage.objects.get(pk=page.pk)

        page.title = record.title
        page.kind = record.kind
        page.summary = record.summary
        page.author = record.author
        page.contributing_unit = unit
        page.source_name = record.source_name
        page.source_url = record.source_url
        page.source_permission = record.source_permission
        page.published_at = record.published_at
        page.featured_image = images[0] if images else None
        body = [("paragraph", RichText(clean_body_html(record.body_html)))] if record.body_html.strip() else []
        for spec, image in zip(record.images, images, strict=True):
            alt_text = spec.caption or record.title
            body.append(
                (
                    "image",
                    {"image": {"image": image, "alt_text": alt_text, "decorative": False}, "caption": spec.caption},
                )
            )
        page.body = body
        page.tags.set(record.tags)

        if created:
            section.add_child(instance=page)  # validates the new page
        revision = page.save_revision(clean=not created)
        revision.publish(skip_permission_checks=True)
        # Publishing stamps everything with "now"; the old portal's date is the one readers know.
        at = record.published_at
        Page.objects.filter(pk=page.pk).update(
            first_published_at=at, last_published_at=at, latest_revision_created_at=at
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=at)
        return page, created

    def _index(self):
        """Index what this run imported; returns warnings for backends that failed."""
        return index_in_bulk(self._indexed)


def unit_key(name):
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def free_slug(parent, title, external_id, preferred=""):
    """An ASCII slug not yet used under `parent`: `preferred`, else from the title, else with the old id."""
    base = ascii_slug(title)[:SLUG_BASE_LENGTH].strip("-") or "bai-viet"
    with_id = f"{base}-{ascii_slug(external_id)}".strip("-")
    siblings = Page.objects.child_of(parent)
    for candidate in (preferred, base, with_id):
        if candidate and not siblings.filter(slug=candidate).exists():
            return candidate
    number = 2
    while siblings.filter(slug=f"{with_id}-{number}").exists():
        number += 1
    return f"{with_id}-{number}"


# --- Parsing: everything about a line that can be checked without the database. ---

FIELD_LABELS = {
    "external_id": "mã bài ở hệ thống cũ (external_id)",
    "title": "tiêu đề (title)",
    "kind": "loại tin (kind)",
    "section": "chuyên mục (section)",
    "published_at": "ngày đăng (published_at)",
    "author": "tác giả (author)",
    "unit": "đơn vị cung cấp tin (unit)",
    "summary": "sapo (summary)",
    "body_html": "nội dung (body_html)",
    "images": "danh sách ảnh (images)",
    "source": "nguồn (source)",
    "tags": "từ khóa (tags)",
    "file": "tệp ảnh (file)",
    "caption": "chú thích ảnh (caption)",
    "license": "bản quyền ảnh (license)",
    "name": "tên nguồn (source.name)",
    "url": "địa chỉ bài gốc (source.url)",
    "permission": "văn bản cho phép đăng lại (source.permission)",
}


def parse_line(raw, base_dir, first_line=False):
    try:
        text = raw.decode("utf-8-sig" if first_line else "utf-8")
    except UnicodeDecodeError:
        raise LineError("dòng không phải văn bản UTF-8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LineError(f"không phải JSON hợp lệ (lỗi ở cột {error.colno})") from None
    if not isinstance(data, dict):
        raise LineError("mỗi dòng phải là một đối tượng JSON {…}")

    kind = _text(data, "kind", required=True)
    if kind not in ArticleKind.values:
        raise LineError(f"loại tin (kind) “{kind}” không hợp lệ; dùng một trong: {', '.join(ArticleKind.values)}")
    source_name, source_url, source_permission = _source(data.get("source"))
    if kind == ArticleKind.PRESS_REVIEW and not source_name:
        raise LineError("tin điểm báo (diem_bao) phải ghi tên báo, trang gốc (source.name)")
    external_id = data.get("external_id")
    if isinstance(external_id, int) and not isinstance(external_id, bool):
        data["external_id"] = str(external_id)

    return ArticleRecord(
        external_id=_text(data, "external_id", max_length=100, required=True),
        title=_text(data, "title", max_length=255, required=True),
        kind=kind,
        section_path=_section_path(_text(data, "section")),
        published_at=_published_at(data.get("published_at")),
        author=_text(data, "author", max_length=255),
        unit_name=_text(data, "unit", max_length=200),
        summary=_text(data, "summary"),
        body_html=_text(data, "body_html", strip=False),
        images=[_image_spec(item, base_dir, number) for number, item in enumerate(_list(data, "images"), start=1)],
        source_name=source_name,
        source_url=source_url,
        source_permission=source_permission,
        tags=_tags(_list(data, "tags")),
    )


def _text(data, key, max_length=None, required=False, strip=True, label=None):
    label = label or FIELD_LABELS.get(key, key)
    value = data.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise LineError(f"{label} phải là chuỗi ký tự")
    # Older systems often store Vietnamese in decomposed Unicode; search and sorting expect NFC.
    value = unicodedata.normalize("NFC", value)
    if strip:
        value = " ".join(value.split())
    if required and not value:
        raise LineError(f"thiếu {label}")
    if max_length and len(value) > max_length:
        raise LineError(f"{label} dài {len(value)} ký tự, tối đa {max_length}")
    return value


def _list(data, key):
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise LineError(f"{FIELD_LABELS[key]} phải là một danh sách […]")
    return value


def _section_path(value):
    if not value:
        return ()
    names = [" ".join(name.split()) for name in value.split(SECTION_SEPARATOR)]
    if any(not name for name in names):
        raise LineError(f"chuyên mục (section) “{value}” có mục trống giữa các dấu “{SECTION_SEPARATOR}”")
    news_title = next(s["title"] for s in settings.PORTAL_STANDARD_SECTIONS if s.get("news"))
    if fold(names[0]) == fold(news_title):
        names = names[1:]
    for name in names:
        if len(name) > 255:
            raise LineError(f"tên chuyên mục dài {len(name)} ký tự, tối đa 255")
        if not ascii_slug(name):
            raise LineError(f"tên chuyên mục “{name}” không có chữ hoặc số nào để tạo địa chỉ trang")
    return tuple(names)


def _published_at(value):
    if not value:
        raise LineError(f"thiếu ngày đăng (published_at), ví dụ {DATE_EXAMPLE}")
    if not isinstance(value, str):
        raise LineError(f"ngày đăng (published_at) phải là chuỗi dạng {DATE_EXAMPLE}")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise LineError(f"ngày đăng (published_at) “{value}” không đúng dạng ISO 8601, ví dụ {DATE_EXAMPLE}") from None
    if moment.tzinfo is None:
        raise LineError(f"ngày đăng (published_at) “{value}” thiếu múi giờ, ví dụ {DATE_EXAMPLE}")
    return moment


def _source(value):
    if value is None:
        return "", "", ""
    if not isinstance(value, dict):
        raise LineError("nguồn (source) phải là đối tượng {name, url, permission} hoặc null")
    name = _text(value, "name", max_length=255)
    url = _text(value, "url", max_length=500)
    permission = _text(value, "permission", max_length=500)
    if url:
        try:
            URLValidator()(url)
        except ValidationError:
            raise LineError(f"địa chỉ bài gốc (source.url) “{url}” không phải địa chỉ web hợp lệ") from None
        if not name:
            raise LineError("có địa chỉ bài gốc (source.url) thì phải ghi tên nguồn (source.name)")
    return name, url, permission


def _image_spec(item, base_dir, number):
    if not isinstance(item, dict):
        raise LineError(f"ảnh thứ {number} phải là đối tượng {{file, caption, author, source, license}}")
    prefix = f"ảnh thứ {number}: "
    file_name = _text(item, "file", required=True, label=prefix + FIELD_LABELS["file"])
    relative = Path(file_name)
    folder = base_dir.resolve()
    path = (folder / relative).resolve()
    if relative.is_absolute() or not path.is_relative_to(folder):
        raise LineError(f"{prefix}tệp “{file_name}” phải nằm trong thư mục chứa tệp JSONL")
    if not path.is_file():
        raise LineError(f"{prefix}không tìm thấy tệp “{file_name}” (tìm ở {path})")
    if path.suffix.lower().lstrip(".") not in settings.WAGTAILIMAGES_EXTENSIONS:
        allowed = ", ".join(settings.WAGTAILIMAGES_EXTENSIONS)
        raise LineError(f"{prefix}tệp “{file_name}” không phải định dạng ảnh được nhận ({allowed})")
    if path.stat().st_size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
        limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE // (1024 * 1024)
        raise LineError(f"{prefix}tệp “{file_name}” lớn hơn {limit} MB")
    return ImageSpec(
        path=path,
        caption=_text(item, "caption", label=prefix + FIELD_LABELS["caption"]),
        author=_text(item, "author", max_length=255, label=prefix + "tác giả ảnh (author)"),
        source=_text(item, "source", max_length=255, label=prefix + "nguồn ảnh (source)"),
        license=_text(item, "license", max_length=500, label=prefix + FIELD_LABELS["license"]),
    )


def _tags(values):
    tags = []
    for value in values:
        if not isinstance(value, str):
            raise LineError("từ khóa (tags) phải là danh sách chuỗi ký tự")
        tag = " ".join(unicodedata.normalize("NFC", value).split())
        if len(tag) > 100:
            raise LineError(f"từ khóa “{tag[:30]}…” dài {len(tag)} ký tự, tối đa 100")
        if tag and tag not in tags:
            tags.append(tag)
    return tags
