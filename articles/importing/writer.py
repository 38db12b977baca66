"""Writing parsed article records: sections, the contributing unit, images, the page and its revision.

Lines are read and committed in batches. Each line is prepared in its own savepoint
(`cms.importing.row_savepoint`), so a bad line is reported and skipped without leaving half of an
article (or its images, a new section or unit) behind. A new article is validated and placed in
the tree at once but written with the batch's other new articles (`.bulk`); an article already on
the site is updated through Wagtail's revisions as an editor's edit would be.
"""

import unicodedata
from functools import cache
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.db import DataError, IntegrityError, transaction

from wagtail.images import get_image_model
from wagtail.models import COMMENTS_RELATION_NAME, Page, Revision
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
    row_errors,
    row_savepoint,
)
from cms.importing import RowError as LineError
from cms.publish_batch import publishing_batch
from cms.text import ascii_slug, fold
from sites.models import Unit, UnitKind
from sites.provisioning import ProvisioningError, find_site_unit, provision_unit

from ..blocks import ArticleBodyBlock
from ..models import ArticlePage, ArticleTag, NewsIndexPage
from .bulk import NewArticleBatch, PendingArticle, SectionSlots
from .parser import parse_line

LINES_PER_COMMIT = 250
SLUG_BASE_LENGTH = 200
# Fields of a new article its validation skips: objects this import just read or created, and the
# tree path, which is given when the batch is written.
TRUSTED_FIELDS = ["content_type", "locale", "contributing_unit", "featured_image", "path"]

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
        self._tags = {}
        self._indexed = {ArticlePage: set(), NewsIndexPage: set(), Image: set()}
        self.storage = Image._meta.get_field("file").storage
        # Per batch: the articles already on the site, the sections written into, the new articles.
        self._existing = {}
        self._slots = {}
        self._slug_candidates = {}
        self._new_articles = NewArticleBatch()

    def run(self, path, on_error=None):
        path = Path(path)
        stream = open_import_file(path)
        self._report = report = ImportReport()
        self._on_error = on_error
        # The work publishing triggers (cache purges, compliance rescans) runs once, at the end.
        with stream, deferred_indexing(), publishing_batch():
            try:
                numbered = enumerate(stream, start=1)
                # A commit per batch rather than per line: each line still has its own savepoint.
                while batch := list(islice(numbered, LINES_PER_COMMIT)):
                    with transaction.atomic():
                        self._import_batch(batch, path.parent)
                    forget_queries()
            finally:
                report.index_warnings = self._index()
        return report

    def _import_batch(self, lines, folder):
        parsed = []
        for line_number, raw in lines:
            if not raw.strip():
                continue
            try:
                parsed.append((line_number, parse_line(raw, folder, first_line=line_number == 1)))
            except LineError as error:
                parsed.append((line_number, error))
        records = [record for _line_number, record in parsed if not isinstance(record, LineError)]
        self._existing = dict(
            ArticlePage.objects.in_site(self.site)
            .filter(external_id__in={record.external_id for record in records})
            .values_list("external_id", "pk")
        )
        self._slots = {}
        self._slug_candidates = {}
        for record in records:
            candidates = self._slug_candidates.setdefault(section_key(record.section_path), set())
            candidates.update(slug_candidates(record.title, record.external_id))

        for line_number, record in parsed:
            if isinstance(record, LineError):
                self._line_failed(line_number, record)
                continue
            try:
                updated = self._import(line_number, record)
            except LineError as error:
                self._line_failed(line_number, error)
                continue
            if updated:
                self._report.updated += 1
        self._write_new_articles()

    def _line_failed(self, line_number, error):
        self._report.errors.append((line_number, str(error)))
        if self._on_error:
            self._on_error(line_number, str(error))

    def _import(self, line_number, record):
        """Import one line; True when it updated an article already on the site. A new article
        waits in `_new_articles` until the batch writes it."""
        if record.external_id in self._new_articles:
            # The same article twice in a batch: the second line updates what the first wrote.
            self._write_new_articles()
        existing_pk = self._existing.get(record.external_id)
        if existing_pk is not None or section_key(record.section_path) not in self._sections:
            # Moving a page or creating a section changes the tree under the batch's slots.
            self._write_new_articles()
            self._slots = {}

        pending = PendingArticle(line_number, record, section_pk=None, unit=None, images=[])

        def forget_rolled_back():
            for name in pending.stored_files:
                self.storage.delete(name)
            # Cached sections, units and tags may have been created inside the rolled-back savepoint.
            self._sections.clear()
            self._units = None
            self._tags.clear()

        # Most lines of a long import only read what earlier lines stored: they need no savepoint.
        prepared = row_errors() if self._writes_nothing(record, existing_pk) else row_savepoint(forget_rolled_back)
        with prepared:
            pending.section_pk = self._section_pk(record.section_path)
            pending.unit = self._contributing_unit(record.unit_name)
            pending.images = [self._image(spec, pending) for spec in record.images]
            if existing_pk is not None:
                self._update_article(existing_pk, pending)
            else:
                pending.page = self._placed_new_page(pending)
        self._indexed[Image].update(image.pk for image in pending.images)
        if existing_pk is not None:
            self._indexed[ArticlePage].add(existing_pk)
            return True
        self._new_articles.add(pending)
        return False

    def _writes_nothing(self, record, existing_pk):
        """Whether preparing `record` reads only: what it may write (its section, its unit, its
        tags, its photos, the update of an article already on the site) is all known or absent."""
        units = self._units or {}
        return (
            existing_pk is None
            and not record.images
            and section_key(record.section_path) in self._sections
            and (not record.unit_name or unit_key(record.unit_name) in units)
            and all(name in self._tags for name in record.tags)
        )

    def _section_pk(self, names):
        key = section_key(names)
        if key in self._sections:
            return self._sections[key]
        section = NewsIndexPage.objects.get(pk=self.news_section.pk)
        for name in names:
            section = self._child_section(section, name)
        self._sections[key] = section.pk
        return section.pk

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

    def _image(self, spec, pending):
        image, created = image_from_file(
            spec.path,
            self.unit.collection,
            pending.stored_files,
            title=(spec.caption or spec.path.name)[:255],
            author=spec.author,
            source=spec.source,
            license=spec.license,
        )
        if created:
            pending.new_image_pks.append(image.pk)
        return image

    def _placed_new_page(self, pending):
        """The new article, validated, with its slug and address under its locked section."""
        if pending.section_pk not in self._slots:
            key = section_key(pending.record.section_path)
            self._slots[pending.section_pk] = SectionSlots(pending.section_pk, self._slug_candidates.get(key, ()))
        slots = self._slots[pending.section_pk]
        page = self._new_page(pending)
        base, with_id = slug_candidates(pending.record.title, pending.record.external_id)
        page.slug = slots.free_slug((base, with_id), numbered_base=with_id)
        slots.place(page)
        # Wagtail's full_clean without its queries: the slug (Page.clean's check) is free under the
        # section locked by `slots`, counting this batch's articles not written yet.
        page.clean_fields(exclude=TRUSTED_FIELDS)
        page.clean_source()
        return page

    def _new_page(self, pending):
        record = pending.record
        page = ArticlePage(external_id=record.external_id)
        # A new page has no comments; said here, its revision needs no query to find that out.
        setattr(page, COMMENTS_RELATION_NAME, [])
        self._fill(page, record, pending.unit, pending.images)
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        # The old portal's date is the one readers know, not the import's.
        page.first_published_at = page.last_published_at = page.latest_revision_created_at = record.published_at
        page.refresh_folded_text()
        return page

    def _write_new_articles(self):
        if not len(self._new_articles):
            return
        pending = self._new_articles.pending
        try:
            with transaction.atomic():
                pages = self._new_articles.write()
        except (IntegrityError, DataError, ValueError, LineError):
            # The database refused a row the validation let through: write the lines one by one
            # so that only the line it refuses is reported and skipped.
            pages = self._write_one_by_one(pending)
        self._new_articles.clear()
        self._report.created += len(pages)
        self._indexed[ArticlePage].update(page.pk for page in pages)
        for page in pages:
            self._existing[page.external_id] = page.pk

    def _write_one_by_one(self, pending_articles):
        written = []
        for pending in pending_articles:
            placed = pending.page
            page = self._new_page(pending)
            for name in ("slug", "depth", "url_path", "locale_id", "numchild", "_cached_parent_obj"):
                setattr(page, name, getattr(placed, name))
            pending.page = page
            single = NewArticleBatch()
            single.add(pending)

            def forget_line_images(pending=pending):
                Image.objects.filter(pk__in=pending.new_image_pks).delete()
                for name in pending.stored_files:
                    self.storage.delete(name)

            try:
                with row_savepoint(on_rollback=forget_line_images):
                    written.extend(single.write())
            except LineError as error:
                self._line_failed(pending.line_number, error)
        return written

    def _update_article(self, pk, pending):
        record = pending.record
        section = NewsIndexPage.objects.get(pk=pending.section_pk)
        page = ArticlePage.objects.get(pk=pk)
        if page.get_parent().pk != section.pk:
            # The move validates the slug against its new siblings, so free it first.
            slug = free_slug(section, record.title, record.external_id, page.slug)
            Page.objects.filter(pk=page.pk).update(slug=slug)
            page.move(section, pos="last-child")
            page = ArticlePage.objects.get(pk=page.pk)
        self._fill(page, record, pending.unit, pending.images)
        revision = page.save_revision()
        revision.publish(skip_permission_checks=True)
        # Publishing stamps everything with "now"; the old portal's date is the one readers know.
        at = record.published_at
        Page.objects.filter(pk=page.pk).update(
            first_published_at=at, last_published_at=at, latest_revision_created_at=at
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=at)

    def _fill(self, page, record, unit, images):
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
        # What `page.tags.set(names)` leaves in memory, without taggit's lookups for each article.
        page.tagged_items = [ArticleTag(tag=tag) for tag in self._tag_objects(record.tags)]

    def _tag_objects(self, names):
        """The tags named `names`, each looked up (or created, as taggit's `set` would) once per run."""
        missing = [name for name in names if name not in self._tags]
        if missing:
            tags = ArticleTag.tag_model().objects
            self._tags.update((tag.name, tag) for tag in tags.filter(name__in=missing))
            for name in missing:
                if name not in self._tags:
                    self._tags[name] = tags.create(name=name)
        return [self._tags[name] for name in names]

    def _index(self):
        """Index what this run imported; returns warnings for backends that failed."""
        return index_in_bulk(self._indexed)


def unit_key(name):
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def section_key(names):
    return tuple(fold(name) for name in names)


def slug_candidates(title, external_id):
    """The slugs an article prefers, in order: from its title, then with its old id."""
    base = ascii_slug(title)[:SLUG_BASE_LENGTH].strip("-") or "bai-viet"
    return base, f"{base}-{ascii_slug(external_id)}".strip("-")


def free_slug(parent, title, external_id, preferred=""):
    """An ASCII slug not yet used under `parent`: `preferred`, else from the title, else with the old id."""
    base, with_id = slug_candidates(title, external_id)
    siblings = Page.objects.child_of(parent)
    for candidate in (preferred, base, with_id):
        if candidate and not siblings.filter(slug=candidate).exists():
            return candidate
    number = 2
    while siblings.filter(slug=f"{with_id}-{number}").exists():
        number += 1
    return f"{with_id}-{number}"
