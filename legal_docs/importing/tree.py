"""Writing imported pages into Wagtail's tree: live, without revisions, a batch at a time.

Pages are created live directly (`live=True`, no revision, first published at the document's
date) instead of through `save_revision().publish()`: Wagtail's revision and publish path costs
about 75 queries a row. They are appended under the listing page with tree paths computed
here rather than by treebeard's `add_child`, which looks up the last child of a parent holding
thousands of documents for every row. The tree stays valid (`Page.find_problems()` finds
nothing): the parent row is locked for the batch as `add_child` locks it, paths follow the last
child, and the parent's `numchild` counts what was really added. New pages of a batch can be
inserted with two multi-row INSERTs (`ChildAppender.add_many`).

A page that editors have since edited (it has revisions) is updated through a new revision and
published, so that the admin's latest revision is never older than the live page.
"""

import datetime

from django.db.models import F
from django.utils import timezone

from wagtail.models import Page

from cms.importing import RowError
from cms.text import ascii_slug, fold

SLUG_BASE_LENGTH = 120
PUBLISH_HOUR = datetime.time(8, 0)


def publish_moment(date):
    """When an imported page counts as published: 08:00 local time on its date."""
    return timezone.make_aware(datetime.datetime.combine(date, PUBLISH_HOUR))


class ChildAppender:
    """Appends live pages under one parent with tree paths computed a batch at a time.

    Call `begin_batch()` and `end_batch()` inside the batch's transaction, `add()` or
    `add_many()` inside a savepoint, then `done()` once that savepoint is released or
    `failed()` once it is rolled back.
    """

    def __init__(self, parent):
        self.parent = parent
        self._last_path = None
        self._pending = None  # (last path, count) written in the current savepoint
        self._added = 0

    def begin_batch(self):
        self.parent = type(self.parent).objects.select_for_update().get(pk=self.parent.pk)
        self._last_path = self.children().order_by("-path").values_list("path", flat=True).first()
        self._added = 0

    def end_batch(self):
        if self._added:
            Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + self._added)
            self.parent.numchild += self._added
        self._added = 0

    def children(self):
        return Page.objects.filter(
            path__range=Page._get_children_path_interval(self.parent.path), depth=self.parent.depth + 1
        )

    def add(self, page, published_at):
        """Save the new `page` (and its inline objects) live under the parent."""
        self._place([(page, published_at)])
        page._cached_parent_obj = self.parent
        page._is_site_root = False
        page.save(clean=False, force_insert=True, log_action=None)  # the importer logs in bulk

    def add_many(self, pages):
        """Insert new pages of one type, given as (page, published at), with two multi-row INSERTs.

        Only the pages' own fields are written: the caller inserts their inline objects and
        many-to-many rows, and sets what their `save()` would derive.
        """
        self._place(pages)
        insert_pages([page for page, _ in pages])

    def _place(self, pages):
        position = Page._str2int(self._last_path[-Page.steplen :]) if self._last_path else 0
        depth = self.parent.depth + 1
        for page, published_at in pages:
            position += 1
            page.depth = depth
            page.path = Page._get_path(self.parent.path, depth, position)
            if len(page.path) != len(self.parent.path) + Page.steplen:
                raise RowError(f"chuyên mục “{self.parent.title}” đã hết chỗ cho trang mới")
            page.numchild = 0
            page.locale_id = self.parent.locale_id
            page.url_path = f"{self.parent.url_path}{page.slug}/"
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = published_at
        self._pending = (pages[-1][0].path, len(pages))

    def done(self):
        if self._pending:
            self._last_path, count = self._pending
            self._added += count
        self._pending = None

    def failed(self):
        self._pending = None


def insert_pages(pages):
    """Insert unsaved pages of one specific type (a direct subclass of Page) in bulk; sets their ids."""
    model = type(pages[0])
    parent_link = model._meta.parents[Page]
    # Django refuses bulk_create for multi-table models, so the two tables are written in turn:
    # the Page rows (which returns the ids), then the page type's own rows.
    Page.objects.bulk_create(pages)
    for page in pages:
        setattr(page, parent_link.attname, page.id)
    model._base_manager.get_queryset()._batched_insert(pages, model._meta.local_concrete_fields, batch_size=None)


def free_slug(taken, siblings, base, *alternatives):
    """The first of `base`, `alternatives`, `base-2`, … not in `taken` (a set of slugs in use among
    `base` and `alternatives`, updated) nor used by one of the pages `siblings()` returns."""
    for candidate in (base, *alternatives):
        if candidate and candidate not in taken:
            taken.add(candidate)
            return candidate
    number = 2
    while True:
        candidate = f"{base}-{number}"
        if candidate not in taken and not siblings().filter(slug=candidate).exists():
            taken.add(candidate)
            return candidate
        number += 1


def slug_base(value, fallback):
    # Folded first, so that 15/QĐ-UBND gives 15-qd-ubnd rather than 15qd-ubnd.
    return ascii_slug(fold(value))[:SLUG_BASE_LENGTH].strip("-") or fallback


def save_live_update(page, update_fields):
    """Write an existing page's new content; through a revision if editors have revisions of it.

    Returns the history action still to record ("wagtail.edit"), or None when publishing did.
    """
    page.draft_title = page.title
    page.save(clean=False, update_fields=["title", "draft_title", *update_fields])
    if page.latest_revision_id:
        page.save_revision(clean=False).publish(skip_permission_checks=True)
        return None
    return "wagtail.edit"
