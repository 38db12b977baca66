"""Keeping `PublishedItem` in step with what is live.

A published article, legal document or procedure gets its row (written again on every publish,
so a changed kind, contributing unit or date follows); an unpublished one loses it; a deleted
page takes its row with it (cascade); a moved branch gets its site and credit again.
`rebuild_items()` makes the ledger again from the live pages, for an upgrade or a repair.
"""

from django.db import transaction

from wagtail.models import Page

from articles.models import ArticlePage
from legal_docs.models import LegalDocumentPage, ProcedurePage
from sites.access import site_ids_for_pages
from sites.models import Unit

from .models import ItemKind, PublishedItem

CHUNK = 2000


def _article_row(article):
    return {
        "kind": article.kind,
        "published_at": article.published_at,
        "photos": article_photo_count(article),
        "author": article.author[:255],
    }


def _document_row(kind):
    def row(page):
        return {
            "kind": kind,
            "published_at": page.first_published_at or page.last_published_at,
            "photos": 0,
            "author": "",
        }

    return row


# The page types the reports count, what each row holds, and the columns it needs to say so.
COUNTED = {
    ArticlePage: (
        _article_row,
        ["kind", "published_at", "featured_image_id", "body", "author", "contributing_unit_id"],
    ),
    LegalDocumentPage: (_document_row(ItemKind.LEGAL_DOCUMENT), ["first_published_at", "last_published_at"]),
    ProcedurePage: (_document_row(ItemKind.PROCEDURE), ["first_published_at", "last_published_at"]),
}
_PAGE_COLUMNS = ["id", "path", "url_path", "live"]


def article_photo_count(article):
    """The distinct photos of an article: its featured photo and the photos of its body."""
    ids = {article.featured_image_id} if article.featured_image_id else set()
    for block in article.body.raw_data:
        if block.get("type") != "image":
            continue
        image = (block.get("value") or {}).get("image")
        image_id = image.get("image") if isinstance(image, dict) else image
        if image_id:
            ids.add(image_id)
    return len(ids)


def _units_by_site():
    return dict(Unit.objects.filter(site__isnull=False).values_list("site_id", "pk"))


def record_pages(page_ids):
    """Write (or remove, if no longer live) the ledger rows of these pages, of any counted type."""
    page_ids = list(dict.fromkeys(page_ids))
    if not page_ids:
        return
    units_by_site = _units_by_site()
    for start in range(0, len(page_ids), CHUNK):
        chunk = page_ids[start : start + CHUNK]
        rows = {}
        for model, (make_row, columns) in COUNTED.items():
            pages = list(model._base_manager.filter(pk__in=chunk, live=True).only(*_PAGE_COLUMNS, *columns))
            site_ids = site_ids_for_pages(pages)
            for page in pages:
                site_id = site_ids[page.pk]
                unit_id = getattr(page, "contributing_unit_id", None) or units_by_site.get(site_id)
                rows[page.pk] = {"site_id": site_id, "unit_id": unit_id, **make_row(page)}
        with transaction.atomic():
            PublishedItem.objects.filter(page_id__in=chunk).exclude(page_id__in=rows).delete()
            PublishedItem.objects.bulk_create(
                [PublishedItem(page_id=pk, **row) for pk, row in rows.items()],
                update_conflicts=True,
                unique_fields=["page"],
                update_fields=["site", "unit", "kind", "published_at", "photos", "author"],
            )


def forget_pages(page_ids):
    PublishedItem.objects.filter(page_id__in=list(page_ids)).delete()


def record_branch(path):
    """A branch moved: the site and credit of every counted page in it again."""
    record_pages(PublishedItem.objects.filter(page__path__startswith=path).values_list("page_id", flat=True))


def rebuild_items():
    """The whole ledger again from the live pages; returns how many rows it holds."""
    live_ids = []
    for model in COUNTED:
        live_ids += model._base_manager.filter(live=True).values_list("pk", flat=True)
    with transaction.atomic():
        PublishedItem.objects.exclude(page_id__in=Page.objects.filter(pk__in=live_ids)).delete()
        record_pages(live_ids)
    return PublishedItem.objects.count()
