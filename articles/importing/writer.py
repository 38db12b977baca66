"""Writing parsed article records: sections, the contributing unit, images, the page and its revision.

Every line is written in its own savepoint (`cms.importing.row_savepoint`), inside a commit per
batch of lines, so a bad line is reported and skipped without leaving half of an article (or its
images) behind.
"""

import unicodedata
from functools import cache
from itertools import islice
from pathlib import Path

from django.conf import settings
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
    open_import_file,
    row_savepoint,
)
from cms.importing import RowError as LineError
from cms.publish_batch import publishing_batch
from cms.text import ascii_slug, fold
from sites.models import Unit, UnitKind
from sites.provisioning import ProvisioningError, find_site_unit, provision_unit

from ..blocks import ArticleBodyBlock
from ..models import ArticlePage, NewsIndexPage
from .parser import parse_line

LINES_PER_COMMIT = 100
SLUG_BASE_LENGTH = 200

Image = get_image_model()


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
        stream = open_import_file(path)
        report = ImportReport()
        # The work publishing triggers (cache purges, compliance rescans) runs once, at the end.
        with stream, deferred_indexing(), publishing_batch():
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

        def forget_rolled_back():
            for name in stored_files:
                self.storage.delete(name)
            # Cached sections and units may have been created inside the rolled-back savepoint.
            self._sections.clear()
            self._units = None

        with row_savepoint(on_rollback=forget_rolled_back):
            section = self._section(record.section_path)
            unit = self._contributing_unit(record.unit_name)
            images = [self._image(spec, stored_files) for spec in record.images]
            page, created = self._write_article(record, section, unit, images)
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
