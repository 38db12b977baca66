"""Detection: what a page, its images and a site link break, as plain `Detection` objects.

Nothing here writes: `detect_for_page(page)` checks one page as it is in memory (saved or not, from
the editor's form), and the scanner (`compliance.scanner`) uses the same functions over whole sites
before `compliance.findings_store` keeps what they found.
"""

import hashlib
from dataclasses import dataclass

from wagtail.images import get_image_model

from sites.access import site_id_for_page

from . import rules
from .extraction import extract_page
from .models import ObjectKind, Severity
from .rules import RULES, DomainLists

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


def images_by_id(image_ids):
    image_model = get_image_model()
    images = {}
    ids = sorted(set(image_ids))
    for start in range(0, len(ids), CHUNK_SIZE):
        for image in image_model.objects.filter(pk__in=ids[start : start + CHUNK_SIZE]).only(*_IMAGE_FIELDS):
            images[image.pk] = image
    return images


def detect(page, site_id, lists):
    content = extract_page(page)
    detections = page_detections(site_id, page.pk, content, lists)
    return detections, content.image_ids


def detect_for_page(page, lists=None, site=None):
    """The detections of one page as it is in memory (saved or not). No writes; one image query."""
    lists = lists or DomainLists.load()
    site_id = site.pk if site is not None else site_id_for_page(page)
    detections, image_ids = detect(page, site_id, lists)
    images = images_by_id(image_ids) if image_ids else {}
    present = [images[image_id] for image_id in image_ids if image_id in images]  # a deleted image is skipped
    return detections + image_detections(site_id, page.pk, present)
