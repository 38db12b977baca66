"""New articles of a batch written together, as Wagtail's publish would have written them one by one.

Publishing a new page through Wagtail (`add_child`, `save_revision`, `publish`) takes about seventy
queries and most of an import's time. The importer instead hands out the slugs under each section
it writes into (`SectionSlots`, the section row locked for the batch) and validates each article,
and `NewArticleBatch.write()` then gives the articles their tree paths after the section's last
child and writes each table once for the batch: the page rows, the article rows, their tags, one
revision and the "wagtail.create" and "wagtail.publish" log entries of each article.
`page_published` (and Wagtail's generic `published`) are still sent for every article, after the
rows are written; the receivers that cost something defer their work to the end of the import
(`cms.publish_batch`).
tests/articles/test_import_bulk.py compares what this writes with what Wagtail's publish writes.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone

from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signals import page_published, published

from cms.importing import RowError as LineError

from ..models import ArticlePage, ArticleTag

# The state a new page has when Wagtail takes its first revision, before publishing changes it.
UNPUBLISHED_STATE = {
    "live": False,
    "has_unpublished_changes": False,
    "first_published_at": None,
    "last_published_at": None,
    "latest_revision_created_at": None,
    "latest_revision": None,
    "live_revision": None,
}


class SectionSlots:
    """The slugs handed out under one section during a batch.

    The section row is locked until the batch commits, so another import waits instead of
    handing out the same slugs, and an editor's page added meanwhile waits to count as a child.
    `slug_candidates` are the slugs the batch may want (one query tells which are taken).
    """

    def __init__(self, section_pk, slug_candidates):
        self.section = Page.objects.select_for_update().get(pk=section_pk)
        children = Page.objects.child_of(self.section)
        self.taken = set(children.filter(slug__in=slug_candidates).values_list("slug", flat=True))

    def free_slug(self, candidates, numbered_base):
        """The first of `candidates` not used under the section, else `numbered_base-2`, `-3`…"""
        for candidate in candidates:
            if candidate and candidate not in self.taken:
                self.taken.add(candidate)
                return candidate
        siblings = Page.objects.child_of(self.section)
        number = 2
        while (slug := f"{numbered_base}-{number}") in self.taken or siblings.filter(slug=slug).exists():
            number += 1
        self.taken.add(slug)
        return slug

    def place(self, page):
        """Give the unsaved `page` its depth, address and locale under the section; its path is
        given when the batch is written (`place_after_last_child`)."""
        page.depth = self.section.depth + 1
        page.url_path = f"{self.section.url_path}{page.slug}/"
        page.locale_id = self.section.locale_id
        page.numchild = 0
        # What treebeard's add_child leaves on a new page: get_parent() needs no query.
        page._cached_parent_obj = self.section


def place_after_last_child(section, pages):
    """Give `pages` the tree paths after the section's last child, in order, as treebeard's
    `add_child` would one by one. Read just before the insert, so the paths are still free."""
    last_path = Page.objects.child_of(section).order_by("-path").values_list("path", flat=True).first()
    step = Page._str2int(last_path[-Page.steplen :]) if last_path else 0
    for page in pages:
        step += 1
        if len(Page._int2str(step)) > Page.steplen:
            raise LineError(f"chuyên mục “{section.title}” đã hết chỗ cho trang con")
        page.path = Page._get_path(section.path, section.depth + 1, step)


@dataclass
class PendingArticle:
    """A new article validated but not written yet, and what its line needs to be written again."""

    line_number: int
    record: object
    section_pk: int
    unit: object
    images: list
    new_image_pks: list = field(default_factory=list)
    stored_files: list = field(default_factory=list)
    page: ArticlePage = None


class NewArticleBatch:
    def __init__(self):
        self.pending = []
        self.external_ids = set()

    def __len__(self):
        return len(self.pending)

    def __contains__(self, external_id):
        return external_id in self.external_ids

    def add(self, item):
        self.pending.append(item)
        self.external_ids.add(item.record.external_id)

    def clear(self):
        self.pending = []
        self.external_ids = set()

    def write(self):
        """Write every pending article and send its publish signals; returns the pages.

        The caller runs this in a savepoint: if the database refuses a row, nothing is written
        and the caller writes the lines one by one to tell which line it was.
        """
        pages = [item.page for item in self.pending]
        now = timezone.now()
        pages_by_section = defaultdict(list)
        for page in pages:
            pages_by_section[page._cached_parent_obj].append(page)
        for section, section_pages in pages_by_section.items():
            place_after_last_child(section, section_pages)
        # The wagtailcore_page part of each article in one insert: Page's bulk_create writes the
        # Page columns of the specific instances and gives them their ids.
        Page.objects.bulk_create(pages)
        for page in pages:
            page.page_ptr_id = page.id
        # Django's bulk_create refuses multi-table models, yet with the Page rows written, the
        # article rows are the insert that `save()` runs for the child table, once per batch.
        ArticlePage._base_manager._insert(pages, fields=ArticlePage._meta.local_concrete_fields)

        tagged_items = []
        for page in pages:
            for item in page.tagged_items.all():
                item.content_object = page
                tagged_items.append(item)
        ArticleTag.objects.bulk_create(tagged_items)

        page_type = ContentType.objects.get_for_model(ArticlePage)
        base_type = ContentType.objects.get_for_model(Page)
        revisions = []
        for page in pages:
            content = page.serializable_data()
            content.update(UNPUBLISHED_STATE)
            revisions.append(
                Revision(
                    content_type=page_type,
                    base_content_type=base_type,
                    object_id=str(page.pk),
                    created_at=page.latest_revision_created_at,
                    object_str=str(page),
                    content=content,
                )
            )
        Revision.objects.bulk_create(revisions)
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = page.live_revision = revision
        Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])

        log_context = get_active_log_context()
        entries = []
        for page, revision in zip(pages, revisions, strict=True):
            # What `add_child` logs for a new page, then what publishing its revision logs.
            for action, logged_revision in (("wagtail.create", None), ("wagtail.publish", revision)):
                entries.append(
                    PageLogEntry(
                        content_type=page_type,
                        label=page.get_admin_display_title(),
                        action=action,
                        timestamp=now,
                        data={},
                        page_id=page.pk,
                        revision=logged_revision,
                        user=log_context.user,
                        uuid=log_context.uuid,
                        content_changed=True,
                    )
                )
        PageLogEntry.objects.bulk_create(entries)

        for section, section_pages in pages_by_section.items():
            Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + len(section_pages))

        for page, revision in zip(pages, revisions, strict=True):
            page_published.send(sender=ArticlePage, instance=page, revision=revision)
            published.send(sender=ArticlePage, instance=page, revision=revision)
        return pages
