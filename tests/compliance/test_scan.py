"""Full scans, stored findings across scans, broken pages, publishing, and the number of queries."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page
from wagtail.rich_text import RichText

from articles.models import ArticlePage
from compliance.models import Finding, FindingStatus, Inspection, InspectionCount, ObjectKind, Trigger
from compliance.rules import ADS_EMBED, ADS_LINK, IMAGE_ATTRIBUTION, PAGE_ERROR, UNATTRIBUTED_COPY
from compliance.scanner import Detection, rescan_page, run_scan
from sites.models import LinkPosition, SiteLink, SiteLinkSettings
from tests.compliance.factories import ImageFactory, article, content_page, image_block, paragraph, unattributed_image

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def bad_link_body(href="https://fb88.com/khuyen-mai"):
    return [paragraph(f'<p>Xem <a href="{href}">tại đây</a>.</p>')]


def findings(site, **filters):
    return Finding.objects.filter(site=site, **filters)


def test_full_scan_stores_findings_and_an_inspection(commune, other_commune):
    photo = unattributed_image(title="Hội nghị")
    bad = article(commune.site, body=bad_link_body() + [image_block(photo)])
    article(other_commune.site, body=bad_link_body("https://shopee.vn/x"), featured_image=photo)
    article(commune.site, title="Bài không vi phạm", body=[paragraph("<p>Nội dung tốt.</p>")])
    hidden = article(commune.site, body=bad_link_body("https://w88.com"))
    hidden.unpublish()

    inspection = run_scan([commune.site, other_commune.site], Trigger.COMMAND)

    assert {(f.rule, f.page_id, f.object_kind, f.evidence) for f in findings(commune.site)} == {
        (ADS_LINK, bad.pk, ObjectKind.PAGE, "https://fb88.com/khuyen-mai"),
        (IMAGE_ATTRIBUTION, bad.pk, ObjectKind.IMAGE, "Ảnh “Hội nghị”: thiếu tác giả, nguồn, bản quyền/giấy phép"),
    }
    # the same image on two sites is one finding per site
    assert findings(other_commune.site, rule=IMAGE_ATTRIBUTION, object_id=photo.pk).count() == 1
    assert set(Finding.objects.values_list("status", flat=True)) == {FindingStatus.OPEN}
    expected_pages = sum(
        Page.objects.live().descendant_of(site.root_page, inclusive=True).count()
        for site in (commune.site, other_commune.site)
    )
    assert inspection.pages_scanned == expected_pages
    assert inspection.trigger == Trigger.COMMAND and inspection.finished_at is not None
    assert set(inspection.sites.all()) == {commune.site, other_commune.site}
    assert (inspection.open_count, inspection.waived_count, inspection.resolved_count) == (4, 0, 0)
    assert set(InspectionCount.objects.filter(inspection=inspection).values_list("site_id", "rule", "open_count")) == {
        (commune.site.pk, ADS_LINK, 1),
        (commune.site.pk, IMAGE_ATTRIBUTION, 1),
        (other_commune.site.pk, ADS_LINK, 1),
        (other_commune.site.pk, IMAGE_ATTRIBUTION, 1),
    }


def test_scanning_one_site_leaves_the_others_alone(commune, other_commune):
    article(commune.site, body=bad_link_body())
    article(other_commune.site, body=bad_link_body())
    run_scan([commune.site], Trigger.COMMAND)
    assert findings(commune.site).count() == 1
    assert findings(other_commune.site).count() == 0


def test_fixed_content_is_resolved_and_reopens_when_it_comes_back(commune):
    page = article(commune.site, body=bad_link_body())
    run_scan([commune.site], Trigger.COMMAND)
    finding = findings(commune.site).get()
    first_seen = finding.first_seen_at

    page.body = [paragraph("<p>Đã gỡ liên kết.</p>")]
    page.save()
    second = run_scan([commune.site], Trigger.COMMAND)
    finding.refresh_from_db()
    assert finding.status == FindingStatus.RESOLVED and finding.resolved_at is not None
    assert second.resolved_count == 1 and second.open_count == 0

    page.body = bad_link_body()
    page.save()
    run_scan([commune.site], Trigger.COMMAND)
    finding.refresh_from_db()
    assert finding.status == FindingStatus.OPEN and finding.resolved_at is None
    assert finding.first_seen_at == first_seen and finding.last_seen_at > first_seen
    assert findings(commune.site).count() == 1


def test_waived_findings_stay_waived_while_seen_and_resolve_when_gone(commune, district):
    page = article(commune.site, body=bad_link_body())
    run_scan([commune.site], Trigger.COMMAND)
    findings(commune.site).update(status=FindingStatus.WAIVED, waived_at=timezone.now(), waive_reason="Nhà tài trợ")

    again = run_scan([commune.site], Trigger.COMMAND)
    finding = findings(commune.site).get()
    assert finding.status == FindingStatus.WAIVED and finding.waive_reason == "Nhà tài trợ"
    assert (again.open_count, again.waived_count) == (0, 1)
    assert InspectionCount.objects.get(inspection=again).waived_count == 1

    page.body = []
    page.save()
    run_scan([commune.site], Trigger.COMMAND)
    finding.refresh_from_db()
    assert finding.status == FindingStatus.RESOLVED


def test_a_broken_page_is_reported_and_the_scan_goes_on(commune):
    broken = article(commune.site, body=bad_link_body())
    good = article(commune.site, body=bad_link_body("https://w88.com"))
    # Stored StreamField JSON that is not a list of blocks: the page cannot even be loaded.
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {ArticlePage._meta.db_table} SET body = %s WHERE page_ptr_id = %s", ['{"x": 1}', broken.pk]
        )

    inspection = run_scan([commune.site], Trigger.COMMAND)

    error = findings(commune.site, rule=PAGE_ERROR).get()
    assert (error.page_id, error.object_kind, error.severity) == (broken.pk, ObjectKind.PAGE, "medium")
    assert findings(commune.site, rule=ADS_LINK).get().page_id == good.pk
    assert inspection.pages_scanned >= 2


def test_a_page_whose_checks_raise_is_reported(commune, monkeypatch):
    broken = article(commune.site, body=bad_link_body())
    good = article(commune.site, body=bad_link_body("https://w88.com"))
    from compliance import detection

    real_extract = detection.extract_page

    def extract(page):
        if page.pk == broken.pk:
            raise RuntimeError("hỏng dữ liệu")
        return real_extract(page)

    monkeypatch.setattr(detection, "extract_page", extract)
    run_scan([commune.site], Trigger.COMMAND)
    assert findings(commune.site, rule=PAGE_ERROR).get().evidence == "RuntimeError: hỏng dữ liệu"
    assert findings(commune.site, rule=ADS_LINK).get().page_id == good.pk


def test_site_links_and_their_images_are_scanned(commune):
    banner = unattributed_image(title="Banner nhà cái")
    settings = SiteLinkSettings.for_site(commune.site)
    bad = SiteLink.objects.create(
        setting=settings, title="Nhà cái", url="https://fb88.com/?aff_id=1", image=banner, position=LinkPosition.BANNER
    )
    SiteLink.objects.create(setting=settings, title="Dịch vụ công", url="https://dichvucong.gov.vn")
    SiteLink.objects.create(setting=settings, title="Lạ", url="javascript:void(0)")

    run_scan([commune.site], Trigger.COMMAND)

    site_links = findings(commune.site, object_kind=ObjectKind.SITE_LINK).order_by("severity")
    assert [(f.object_id, f.rule, f.severity, f.page_id) for f in site_links] == [
        (bad.pk, ADS_LINK, "high", None),
        (SiteLink.objects.get(title="Lạ").pk, ADS_LINK, "low", None),
    ]
    image = findings(commune.site, rule=IMAGE_ATTRIBUTION).get()
    assert (image.object_id, image.page_id) == (banner.pk, None)


def test_embeds_and_copies_are_stored_too(commune):
    html = '<p>Theo VnExpress</p><script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
    page = content_page(commune.site, body=[("paragraph", RichText(html))])
    run_scan([commune.site], Trigger.COMMAND)
    assert set(findings(commune.site, page=page).values_list("rule", flat=True)) == {ADS_EMBED, UNATTRIBUTED_COPY}


def test_fingerprints_are_stable_and_images_do_not_depend_on_the_page():
    one = Detection(1, 10, "image", 5, IMAGE_ATTRIBUTION, "high", "m", "Ảnh “A”: thiếu nguồn")
    other_page = Detection(1, 11, "image", 5, IMAGE_ATTRIBUTION, "high", "m2", "Ảnh “A”: thiếu nguồn")
    other_site = Detection(2, 10, "image", 5, IMAGE_ATTRIBUTION, "high", "m", "Ảnh “A”: thiếu nguồn")
    assert one.fingerprint == other_page.fingerprint != other_site.fingerprint
    link = Detection(1, 10, "page", 10, ADS_LINK, "high", "m", "https://fb88.com")
    assert link.fingerprint != Detection(1, 11, "page", 11, ADS_LINK, "high", "m", "https://fb88.com").fingerprint
    assert len(link.fingerprint) == 64 and int(link.fingerprint, 16) >= 0


# -- publishing --------------------------------------------------------------------------------------


def test_publishing_a_page_rescans_it(commune):
    clean = ImageFactory()
    page = article(commune.site, body=[paragraph("<p>Nội dung.</p>")], featured_image=clean)
    page.body = bad_link_body()
    page.featured_image = unattributed_image(title="Ảnh mới")
    page.save_revision().publish()

    assert set(findings(commune.site, page=page).values_list("rule", "status")) == {
        (ADS_LINK, FindingStatus.OPEN),
        (IMAGE_ATTRIBUTION, FindingStatus.OPEN),
    }
    inspection = Inspection.objects.latest("pk")
    assert (inspection.trigger, inspection.pages_scanned) == (Trigger.PUBLISH, 1)

    page.body = [paragraph("<p>Đã sửa.</p>")]
    page.featured_image = clean
    page.save_revision().publish()
    assert set(findings(commune.site, page=page).values_list("status", flat=True)) == {FindingStatus.RESOLVED}


def test_rescanning_one_page_leaves_other_pages_findings_alone(commune):
    first = article(commune.site, body=bad_link_body())
    second = article(commune.site, body=bad_link_body("https://w88.com"))
    run_scan([commune.site], Trigger.COMMAND)
    rescan_page(first)
    assert findings(commune.site, page=second).get().status == FindingStatus.OPEN
    first.unpublish()
    assert findings(commune.site, page=first).get().status == FindingStatus.RESOLVED
    assert findings(commune.site, page=second).get().status == FindingStatus.OPEN


def test_a_shared_image_stays_with_its_finding_on_a_page_rescan(commune):
    photo = unattributed_image()
    first = article(commune.site, featured_image=photo)
    second = article(commune.site, featured_image=photo)
    run_scan([commune.site], Trigger.COMMAND)
    finding = findings(commune.site, rule=IMAGE_ATTRIBUTION).get()
    assert finding.page_id == first.pk
    rescan_page(second)
    finding.refresh_from_db()
    assert (finding.page_id, finding.status) == (first.pk, FindingStatus.OPEN)


def test_a_shared_image_left_by_one_page_keeps_its_finding_and_waiver(commune):
    photo = unattributed_image()
    first = article(commune.site, featured_image=photo)
    second = article(commune.site, featured_image=photo)
    run_scan([commune.site], Trigger.COMMAND)
    finding = findings(commune.site, rule=IMAGE_ATTRIBUTION).get()
    finding.status, finding.waived_at, finding.waive_reason = FindingStatus.WAIVED, timezone.now(), "Ảnh của huyện"
    finding.save()

    first.featured_image = None
    first.save_revision().publish()

    finding.refresh_from_db()
    assert (finding.status, finding.page_id) == (FindingStatus.WAIVED, second.pk)
    run_scan([commune.site], Trigger.COMMAND)
    finding.refresh_from_db()
    assert finding.status == FindingStatus.WAIVED


def test_an_image_no_page_uses_any_more_is_resolved_on_the_rescan(commune):
    photo = unattributed_image()
    page = article(commune.site, featured_image=photo)
    run_scan([commune.site], Trigger.COMMAND)
    page.featured_image = None
    page.save_revision().publish()
    assert findings(commune.site, rule=IMAGE_ATTRIBUTION).get().status == FindingStatus.RESOLVED


def test_a_waived_finding_that_comes_back_is_still_waived(commune):
    page = article(commune.site, body=bad_link_body())
    run_scan([commune.site], Trigger.COMMAND)
    findings(commune.site).update(status=FindingStatus.WAIVED, waived_at=timezone.now(), waive_reason="Nhà tài trợ")
    page.body = []
    page.save_revision().publish()
    assert findings(commune.site).get().status == FindingStatus.RESOLVED

    page.body = bad_link_body()
    page.save_revision().publish()
    assert findings(commune.site).get().status == FindingStatus.WAIVED


# -- batching ----------------------------------------------------------------------------------------


def add_pages(site, count):
    for _ in range(count):
        article(site, body=bad_link_body() + [image_block(unattributed_image())], featured_image=unattributed_image())
        content_page(site, body=[paragraph('<p><a href="https://bit.ly/x">rút gọn</a></p>')])


def count_queries(sites):
    with CaptureQueriesContext(connection) as context:
        run_scan(sites, Trigger.COMMAND)
    return len(context)


def test_queries_of_a_full_scan_do_not_grow_with_pages(commune, other_commune):
    add_pages(commune.site, 4)
    add_pages(other_commune.site, 12)
    # first scans: every finding new
    small, large = count_queries([commune.site]), count_queries([other_commune.site])
    assert large <= small + 2, (small, large)
    # later scans: every finding seen again
    small, large = count_queries([commune.site]), count_queries([other_commune.site])
    assert large <= small + 2, (small, large)
    print("queries", small, large)
    assert findings(other_commune.site).count() == 12 * 4


def test_a_failing_rescan_never_stops_publishing(commune, monkeypatch):
    from compliance import receivers

    def broken(*args, **kwargs):
        raise RuntimeError("máy quét hỏng")

    monkeypatch.setattr(receivers, "rescan_page", broken)
    page = article(commune.site, body=[paragraph("<p>Nội dung.</p>")])
    page.body = bad_link_body()
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes
    assert not findings(commune.site, page=page).exists()
