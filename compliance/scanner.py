"""Scanning: run the rules over pages, images and site link lists, and keep the findings.

- `detect_for_page(page)`: what one page (possibly unsaved, from the editor's form) breaks; no writes.
- `run_scan(sites, trigger)`: every live page, image used and site link of the given sites, stored as
  findings (new -> open, seen again -> kept, gone -> resolved; waived stay waived while seen) and
  recorded as an inspection with counts per site and rule.
- `rescan_page(page)`: the same storing rules for one page's findings and its images' findings.

Queries of a full scan do not grow with the number of pages: pages are read per content type in
chunks, images in bulk by id, existing findings at once, writes in bulk.
"""

import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site

from sites.models import SiteLink

from . import rules
from .extraction import extract_page
from .models import Finding, FindingStatus, Inspection, InspectionCount, ObjectKind, Severity, Trigger
from .rules import RULES, DomainLists

logger = logging.getLogger(__name__)

CHUNK_SIZE = 500
_IMAGE_FIELDS = ("id", "title", "author", "source", "license")


@dataclass(frozen=True)
class Detection:
    site_id: int | None
    page_id: int | None
    object_kind: str
    object_id: int | None
    rule: str
    severity: str
    message: str
    evidence: str

    @property
    def fingerprint(self):
        # An image or a site link is one object wherever it is used: its finding does not depend on
        # which page the scan met it on (the page is only where an inspector can see it).
        page = self.page_id if self.object_kind == ObjectKind.PAGE else None
        parts = [self.site_id, page, self.object_kind, self.object_id, self.rule, self.evidence]
        return hashlib.sha256("\x1f".join("" if part is None else str(part) for part in parts).encode()).hexdigest()


def _detection(site_id, page_id, object_kind, object_id, code, evidence, detail="", severity=None):
    rule = RULES[code]
    message = f"{rule.message.rstrip('.')}: {detail}." if detail else rule.message
    severity = str(severity or rule.severity)
    return Detection(site_id, page_id, str(object_kind), object_id, code, severity, message, evidence[:2000])


def link_detection(site_id, page_id, object_kind, object_id, url, lists):
    """The ads.link detection of one link, or None (javascript:/data: links at low severity)."""
    problem = rules.link_problem(url, lists)
    if problem:
        return _detection(site_id, page_id, object_kind, object_id, rules.ADS_LINK, url.strip(), problem)
    problem = rules.script_link_problem(url)
    if problem:
        evidence = url.strip()
        return _detection(site_id, page_id, object_kind, object_id, rules.ADS_LINK, evidence, problem, Severity.LOW)
    return None


def page_detections(site_id, page_id, content, lists):
    """Page-level detections (everything except images) of one extracted page."""
    found = {}

    def add(code, evidence, detail=""):
        keep(_detection(site_id, page_id, ObjectKind.PAGE, page_id, code, evidence, detail))

    def keep(detection):
        found.setdefault((detection.rule, detection.evidence), detection)

    source = content.source
    has_source = source is not None and bool(source.source_name.strip() or source.source_url.strip())
    republished = source is not None and (source.kind == "diem_bao" or has_source)
    if republished and not source.source_permission.strip():
        origin = source.source_name.strip() or source.source_url.strip() or "chưa ghi nguồn"
        add(rules.REPUBLISHED_WITHOUT_PERMISSION, f"Nguồn: {origin}; chưa có văn bản cho phép đăng lại")

    if not has_source:
        claim = _first_claim(content)
        if claim:
            add(rules.UNATTRIBUTED_COPY, claim)

    for ref in content.links:
        detection = link_detection(site_id, page_id, ObjectKind.PAGE, page_id, ref.url, lists)
        if detection:
            keep(detection)
    for url in [*content.embeds, *content.html_sources]:
        problem = rules.embed_problem(url, lists)
        if problem:
            add(rules.ADS_EMBED, url.strip(), problem)
    return list(found.values())


def _first_claim(content):
    for paragraph in content.paragraphs:
        claim = rules.attribution_claim(paragraph)
        if claim:
            return claim
    for ref in content.links:
        link = rules.parse_link(ref.url)
        if link.is_web and rules.is_news_outlet(link.host) and rules.presented_as_origin(ref.text, ref.context):
            return ref.url.strip()
    return None


def image_detections(site_id, page_id, images):
    """One detection per image lacking author, source or licence."""
    detections = []
    for image in images:
        missing = rules.missing_attribution(image)
        if missing:
            evidence = rules.image_evidence(image, missing)
            detections.append(
                _detection(site_id, page_id, ObjectKind.IMAGE, image.pk, rules.IMAGE_ATTRIBUTION, evidence)
            )
    return detections


def error_detection(site_id, page_id, exc):
    evidence = f"{type(exc).__name__}: {exc}"[:500]
    return _detection(site_id, page_id, ObjectKind.PAGE, page_id, rules.PAGE_ERROR, evidence)


def site_id_for_page(page):
    """The site whose tree holds the page (deepest root first), or None."""
    url_path = getattr(page, "url_path", "") or ""
    if not url_path:
        return None
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return root.site_id
    return None


def _images_by_id(image_ids):
    image_model = get_image_model()
    images = {}
    ids = sorted(set(image_ids))
    for start in range(0, len(ids), CHUNK_SIZE):
        for image in image_model.objects.filter(pk__in=ids[start : start + CHUNK_SIZE]).only(*_IMAGE_FIELDS):
            images[image.pk] = image
    return images


def _detect(page, site_id, lists):
    content = extract_page(page)
    detections = page_detections(site_id, page.pk, content, lists)
    return detections, content.image_ids


def detect_for_page(page, lists=None, site=None):
    """The detections of one page as it is in memory (saved or not). No writes; one image query."""
    lists = lists or DomainLists.load()
    site_id = site.pk if site is not None else site_id_for_page(page)
    detections, image_ids = _detect(page, site_id, lists)
    images = _images_by_id(image_ids) if image_ids else {}
    present = [images[image_id] for image_id in image_ids if image_id in images]  # a deleted image is skipped
    return detections + image_detections(site_id, page.pk, present)


# -- full scan ----------------------------------------------------------------------------------------


def _live_pages_by_site(sites):
    """{content type id: [(page id, site id), ...]} of the live pages in the sites' trees."""
    scanned = {site.pk for site in sites}
    roots = sorted(Site.objects.values_list("pk", "root_page__path"), key=lambda row: -len(row[1]))
    condition = Q()
    for site in sites:
        condition |= Q(path__startswith=site.root_page.path)
    pages = defaultdict(list)
    if not sites:
        return pages
    for page_id, content_type_id, path in (
        Page.objects.live().filter(condition).order_by("path").values_list("pk", "content_type_id", "path")
    ):
        site_id = next((pk for pk, root_path in roots if path.startswith(root_path)), None)
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
                    page_found, image_ids = _detect(page, site_id, lists)
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
    images = _images_by_id({image_id for _, image_id in image_pages})
    for (site_id, image_id), page_id in sorted(image_pages.items(), key=lambda item: item[0]):
        if image_id in images:
            detections.extend(image_detections(site_id, page_id, [images[image_id]]))
    with transaction.atomic():
        inspection = Inspection.objects.create(trigger=trigger, started_by=user, started_at=started_at)
        inspection.sites.set(sites)
        existing = Finding.objects.filter(site__in=sites).current().select_for_update()
        _store(inspection, detections, existing, pages_scanned, move_images=True)
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
                detections, image_ids = _detect(page, site_id, lists)
                images = _images_by_id(image_ids)
                detections += image_detections(site_id, page.pk, [images[i] for i in image_ids if i in images])
            except Exception as exc:
                detections = [error_detection(site_id, page.pk, exc)]
        else:
            detections = []  # unpublished: nothing of it is on the portal any more
        images_in_scope = set(image_ids) | _images_left_behind(site_id, page, image_ids)
        scope = Q(object_kind=ObjectKind.PAGE, page=page)
        scope |= Q(object_kind=ObjectKind.IMAGE, object_id__in=images_in_scope)
        existing = Finding.objects.filter(Q(site_id=site_id) & scope)
        _store(inspection, detections, existing, 1 if page.live else 0, move_images=False)
    return inspection


def _images_left_behind(site_id, page, image_ids):
    """Images whose findings were shown on `page` and that it no longer uses (or no longer shows
    live). An image another live page or a link list of the site still uses stays in its finding,
    which moves to that page; only the others are left for this rescan to resolve."""
    findings = Finding.objects.filter(site_id=site_id, object_kind=ObjectKind.IMAGE, page=page)
    left = set(findings.exclude(object_id__in=image_ids).values_list("object_id", flat=True))
    if not left:
        return set()
    site = Site.objects.select_related("root_page").get(pk=site_id)
    references = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(get_image_model()),
        to_object_id__in=[str(image_id) for image_id in left],
    ).exclude(object_id=str(page.pk))
    users = defaultdict(set)
    for page_id, image_id in references.values_list("object_id", "to_object_id"):
        users[int(image_id)].add(int(page_id))
    live_users = set(
        Page.objects.live()
        .filter(pk__in={page_id for ids in users.values() for page_id in ids}, path__startswith=site.root_page.path)
        .values_list("pk", flat=True)
    )
    in_link_lists = set(
        SiteLink.objects.filter(setting__site_id=site_id, image_id__in=left).values_list("image_id", flat=True)
    )
    for image_id in left:
        other_pages = users[image_id] & live_users
        if other_pages:
            findings.filter(object_id=image_id).update(page_id=min(other_pages))
        elif image_id in in_link_lists:
            findings.filter(object_id=image_id).update(page_id=None)
    return {image_id for image_id in left if not (users[image_id] & live_users) and image_id not in in_link_lists}


def _store(inspection, detections, existing_queryset, pages_scanned, move_images):
    now = timezone.now()
    detected = {}
    for detection in detections:
        detected.setdefault(detection.fingerprint, detection)
    existing = {finding.fingerprint: finding for finding in existing_queryset}
    # Seen now but not in the scope's current findings: resolved earlier (they come back rather
    # than being stored twice), or stored under another scope (a page rescan meeting an image).
    missing = [fingerprint for fingerprint in detected if fingerprint not in existing]
    for start in range(0, len(missing), CHUNK_SIZE):
        stored = Finding.objects.filter(fingerprint__in=missing[start : start + CHUNK_SIZE])
        existing.update({finding.fingerprint: finding for finding in stored})

    to_create, to_update, resolved = [], [], []
    changed_pks = set()
    for fingerprint, detection in detected.items():
        finding = existing.get(fingerprint)
        if finding is None:
            to_create.append(
                Finding(
                    fingerprint=fingerprint,
                    site_id=detection.site_id,
                    page_id=detection.page_id,
                    object_kind=detection.object_kind,
                    object_id=detection.object_id,
                    rule=detection.rule,
                    severity=detection.severity,
                    message=detection.message,
                    evidence=detection.evidence,
                    status=FindingStatus.OPEN,
                    first_seen_at=now,
                    last_seen_at=now,
                )
            )
            continue
        before = (finding.status, finding.severity, finding.message, finding.page_id)
        if finding.status == FindingStatus.RESOLVED:
            # Back again: an inspector's waiver of this very finding (same evidence) still holds.
            finding.status = FindingStatus.WAIVED if finding.waived_at else FindingStatus.OPEN
            finding.resolved_at = None
        finding.last_seen_at = now
        finding.severity = detection.severity
        finding.message = detection.message
        if detection.object_kind == ObjectKind.PAGE or move_images or finding.page_id is None:
            finding.page_id = detection.page_id
        if before != (finding.status, finding.severity, finding.message, finding.page_id):
            changed_pks.add(finding.pk)
        to_update.append(finding)
    for fingerprint, finding in existing.items():
        if fingerprint not in detected and finding.status != FindingStatus.RESOLVED:
            finding.status = FindingStatus.RESOLVED
            finding.resolved_at = now
            resolved.append(finding)

    # A publish-time rescan may have stored the same finding meanwhile: keep that row.
    Finding.objects.bulk_create(to_create, batch_size=CHUNK_SIZE, ignore_conflicts=True)
    # Most findings seen again change only last_seen_at: one UPDATE per chunk, no CASE per row.
    changed = [finding for finding in to_update if finding.pk in changed_pks]
    unchanged = [finding.pk for finding in to_update if finding.pk not in changed_pks]
    fields = ["status", "resolved_at", "last_seen_at", "severity", "message", "page"]
    Finding.objects.bulk_update(changed, fields, batch_size=CHUNK_SIZE)
    for start in range(0, len(unchanged), CHUNK_SIZE):
        Finding.objects.filter(pk__in=unchanged[start : start + CHUNK_SIZE]).update(last_seen_at=now)
    resolved_pks = [finding.pk for finding in resolved]
    for start in range(0, len(resolved_pks), CHUNK_SIZE):
        Finding.objects.filter(pk__in=resolved_pks[start : start + CHUNK_SIZE]).update(
            status=FindingStatus.RESOLVED, resolved_at=now
        )

    counts = defaultdict(lambda: [0, 0])
    for finding in [*to_create, *to_update]:
        counts[(finding.site_id, finding.rule)][0 if finding.status == FindingStatus.OPEN else 1] += 1
    InspectionCount.objects.bulk_create(
        [
            InspectionCount(inspection=inspection, site_id=site_id, rule=rule, open_count=open_, waived_count=waived)
            for (site_id, rule), (open_, waived) in sorted(counts.items())
        ],
        batch_size=CHUNK_SIZE,
    )
    inspection.pages_scanned = pages_scanned
    inspection.open_count = sum(open_ for open_, _ in counts.values())
    inspection.waived_count = sum(waived for _, waived in counts.values())
    inspection.resolved_count = len(resolved)
    inspection.finished_at = timezone.now()
    inspection.save(update_fields=["pages_scanned", "open_count", "waived_count", "resolved_count", "finished_at"])
