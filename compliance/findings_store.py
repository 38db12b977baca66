"""Storage of findings: what a scan detected becomes findings, and the scan an inspection.

New detections open findings, findings seen again are kept (a waived one stays waived), findings
no longer seen are resolved; a resolved finding that comes back is the same row again. The counts
per site and rule are recorded on the inspection. Writes are in bulk, in chunks.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site

from sites.models import SiteLink

from .models import Finding, FindingStatus, InspectionCount, ObjectKind

CHUNK_SIZE = 500


def images_left_behind(site_id, page, image_ids):
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


def store_detections(inspection, detections, existing_queryset, pages_scanned, move_images):
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
