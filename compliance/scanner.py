"""Scanning: run the detections over whole sites or one page, and store the findings.

- `run_scan(sites, trigger)`: every live page, image used and site link of the given sites, stored as
  findings (new -> open, seen again -> kept, gone -> resolved; waived stay waived while seen) and
  recorded as an inspection with counts per site and rule.
- `rescan_page(page)`: the same storing rules for one page's findings and its images' findings.
- `detect_for_page(page)` (from `compliance.detection`): what one page breaks; no writes.

Detection lives in `compliance.detection`, storage in `compliance.findings_store`. Queries of a
full scan do not grow with the number of pages: pages are read per content type in chunks, images
in bulk by id, existing findings at once, writes in bulk.
"""

import logging
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page, Site

from sites.access import site_id_for_page, site_id_for_url_path
from sites.models import SiteLink

from .detection import (
    CHUNK_SIZE,
    Detection,
    detect,
    detect_for_page,
    error_detection,
    image_detections,
    images_by_id,
    link_detection,
    page_detections,
)
from .findings_store import images_left_behind, store_detections
from .models import Finding, Inspection, ObjectKind, Trigger
from .rules import DomainLists

__all__ = [
    "Detection",
    "detect_for_page",
    "link_detection",
    "page_detections",
    "rescan_page",
    "rescan_pages",
    "run_scan",
    "site_id_for_page",
]

logger = logging.getLogger(__name__)


# -- full scan ----------------------------------------------------------------------------------------


def _live_pages_by_site(sites):
    """{content type id: [(page id, site id), ...]} of the live pages in the sites' trees."""
    scanned = {site.pk for site in sites}
    condition = Q()
    for site in sites:
        condition |= Q(path__startswith=site.root_page.path)
    pages = defaultdict(list)
    if not sites:
        return pages
    for page_id, content_type_id, url_path in (
        Page.objects.live().filter(condition).order_by("path").values_list("pk", "content_type_id", "url_path")
    ):
        site_id = site_id_for_url_path(url_path)
        if site_id in scanned:
            pages[content_type_id].append((page_id, site_id))
    return pages


def _load_chunk(model, ids):
    with transaction.atomic():  # a savepoint: a failed read must not spoil the scan's transaction
        return {page.pk: page for page in model._default_manager.filter(pk__in=ids)}


def _scan_pages(sites, lists):
    detections = []
    image_pages = {}  # (site id, image id) -> page id (the first page using it)
    pages_scanned = 0
    for content_type_id, rows in _live_pages_by_site(sites).items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        for start in range(0, len(rows), CHUNK_SIZE):
            chunk = rows[start : start + CHUNK_SIZE]
            try:
                loaded = _load_chunk(model, [page_id for page_id, _ in chunk])
            except Exception:
                logger.exception("Không đọc được một nhóm trang %s; đọc từng trang", model.__name__)
                loaded = None
            for page_id, site_id in chunk:
                pages_scanned += 1
                try:
                    page = loaded[page_id] if loaded is not None else _load_chunk(model, [page_id])[page_id]
                    page_found, image_ids = detect(page, site_id, lists)
                except Exception as exc:  # a broken page is itself a finding; the scan goes on
                    logger.warning("Trang %s không kiểm tra được: %r", page_id, exc)
                    detections.append(error_detection(site_id, page_id, exc))
                    continue
                detections.extend(page_found)
                for image_id in image_ids:
                    key = (site_id, image_id)
                    if key not in image_pages or page_id < image_pages[key]:
                        image_pages[key] = page_id
    return detections, image_pages, pages_scanned


def _site_link_detections(sites, lists, image_pages):
    """Findings of each site's link lists (banners, "Liên kết website"); their images join the image check."""
    detections = []
    site_ids = [site.pk for site in sites]
    for link in SiteLink.objects.filter(setting__site_id__in=site_ids).select_related("setting").order_by("pk"):
        site_id = link.setting.site_id
        detection = link_detection(site_id, None, ObjectKind.SITE_LINK, link.pk, link.url, lists)
        if detection:
            detections.append(detection)
        if link.image_id:
            image_pages.setdefault((site_id, link.image_id), None)
    return detections


def run_scan(sites, trigger=Trigger.COMMAND, user=None):
    """Scan the live content of the given Wagtail sites and store what was found; returns the Inspection.

    Reading and checking come first; everything is written at the end in one transaction, so a long
    scan does not hold a write lock (SQLite) or a long writing transaction while it reads.
    """
    started_at = timezone.now()
    sites = list(Site.objects.filter(pk__in=[site.pk for site in sites]).select_related("root_page"))
    lists = DomainLists.load()
    detections, image_pages, pages_scanned = _scan_pages(sites, lists)
    detections.extend(_site_link_detections(sites, lists, image_pages))
    images = images_by_id({image_id for _, image_id in image_pages})
    for (site_id, image_id), page_id in sorted(image_pages.items(), key=lambda item: item[0]):
        if image_id in images:
            detections.extend(image_detections(site_id, page_id, [images[image_id]]))
    with transaction.atomic():
        inspection = Inspection.objects.create(trigger=trigger, started_by=user, started_at=started_at)
        inspection.sites.set(sites)
        existing = Finding.objects.filter(site__in=sites).current().select_for_update()
        store_detections(inspection, detections, existing, pages_scanned, move_images=True)
    return inspection


def rescan_page(page, trigger=Trigger.PUBLISH, user=None):
    """Rescan one page (on publishing): its page findings and its images' findings. None outside any site."""
    page = page.specific
    site_id = site_id_for_page(page)
    if site_id is None:
        return None
    lists = DomainLists.load()
    with transaction.atomic():
        inspection = Inspection.objects.create(trigger=trigger, started_by=user)
        inspection.sites.set([site_id])
        image_ids = []
        if page.live:
            try:
                detections, image_ids = detect(page, site_id, lists)
                images = images_by_id(image_ids)
                detections += image_detections(site_id, page.pk, [images[i] for i in image_ids if i in images])
            except Exception as exc:
                detections = [error_detection(site_id, page.pk, exc)]
        else:
            detections = []  # unpublished: nothing of it is on the portal any more
        images_in_scope = set(image_ids) | images_left_behind(site_id, page, image_ids)
        scope = Q(object_kind=ObjectKind.PAGE, page=page)
        scope |= Q(object_kind=ObjectKind.IMAGE, object_id__in=images_in_scope)
        existing = Finding.objects.filter(Q(site_id=site_id) & scope)
        store_detections(inspection, detections, existing, 1 if page.live else 0, move_images=False)
    return inspection


def rescan_pages(page_ids, trigger=Trigger.PUBLISH, user=None):
    """`rescan_page` for many pages at once (the end of a publishing batch, e.g. an import): the
    same findings, one inspection per site instead of one per page. Returns the inspections.

    Pages are read in chunks (a query per content type and chunk) and images in bulk, so the
    queries grow with the chunks, not the pages, and memory holds one chunk of pages at a time;
    only a page that showed image findings costs a few queries of its own (`images_left_behind`)."""
    ids_by_site = defaultdict(list)
    page_ids = sorted(set(page_ids))
    for start in range(0, len(page_ids), CHUNK_SIZE):
        rows = Page.objects.filter(pk__in=page_ids[start : start + CHUNK_SIZE]).values_list("pk", "url_path")
        for page_id, url_path in rows:
            site_id = site_id_for_url_path(url_path)
            if site_id is not None:
                ids_by_site[site_id].append(page_id)
    lists = DomainLists.load()
    return [
        _rescan_site_pages(site_id, sorted(ids), lists, trigger, user) for site_id, ids in sorted(ids_by_site.items())
    ]


def _specific_pages_in_chunks(page_ids):
    """The pages of `page_ids` (in that order), read a chunk at a time so memory stays flat."""
    for start in range(0, len(page_ids), CHUNK_SIZE):
        chunk = page_ids[start : start + CHUNK_SIZE]
        pages = Page.objects.filter(pk__in=chunk).specific().in_bulk()
        yield from (pages[page_id] for page_id in chunk if page_id in pages)


def _rescan_site_pages(site_id, page_ids, lists, trigger, user):
    detections, used_images, live = [], {}, 0
    for page in _specific_pages_in_chunks(page_ids):
        if not page.live:
            continue  # unpublished: nothing of it is on the portal any more
        live += 1
        try:
            page_found, image_ids = detect(page, site_id, lists)
        except Exception as exc:
            detections.append(error_detection(site_id, page.pk, exc))
            continue
        detections.extend(page_found)
        used_images[page.pk] = list(image_ids)
    images = images_by_id({image_id for ids in used_images.values() for image_id in ids})
    for page_id in page_ids:
        present = [images[image_id] for image_id in used_images.get(page_id, ()) if image_id in images]
        detections += image_detections(site_id, page_id, present)
    with transaction.atomic():
        inspection = Inspection.objects.create(trigger=trigger, started_by=user)
        inspection.sites.set([site_id])
        showing_images = set()
        for start in range(0, len(page_ids), CHUNK_SIZE):
            showing_images.update(
                Finding.objects.filter(
                    site_id=site_id, object_kind=ObjectKind.IMAGE, page_id__in=page_ids[start : start + CHUNK_SIZE]
                ).values_list("page_id", flat=True)
            )
        images_in_scope = {image_id for ids in used_images.values() for image_id in ids}
        for page in _specific_pages_in_chunks(sorted(showing_images)):
            images_in_scope |= images_left_behind(site_id, page, used_images.get(page.pk, []))
        existing = []
        for start in range(0, len(page_ids), CHUNK_SIZE):
            chunk = page_ids[start : start + CHUNK_SIZE]
            existing += Finding.objects.filter(site_id=site_id, object_kind=ObjectKind.PAGE, page_id__in=chunk)
        image_list = sorted(images_in_scope)
        for start in range(0, len(image_list), CHUNK_SIZE):
            existing += Finding.objects.filter(
                site_id=site_id, object_kind=ObjectKind.IMAGE, object_id__in=image_list[start : start + CHUNK_SIZE]
            )
        store_detections(inspection, detections, existing, live, move_images=False)
    return inspection
