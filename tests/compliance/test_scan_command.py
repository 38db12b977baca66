"""`manage.py compliance_scan`: choosing sites, JSON and text output, exit statuses."""

import datetime
import io
import json

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from wagtail.models import Page, Site

from compliance.models import Finding, FindingStatus, Inspection
from compliance.rules import ADS_LINK, IMAGE_ATTRIBUTION, UNATTRIBUTED_COPY
from sites.models import SiteLink, SiteLinkSettings
from tests.compliance.factories import article, image_block, paragraph, unattributed_image
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

FINDING_KEYS = {
    "site",
    "page_id",
    "page_url",
    "object",
    "rule",
    "severity",
    "message",
    "evidence",
    "status",
    "override",
}


def scan(*args):
    out = io.StringIO()
    call_command("compliance_scan", *args, stdout=out)
    return out.getvalue()


def scan_json(*args):
    return json.loads(scan(*args, "--format", "json"))


@pytest.fixture
def bad_pages(commune, other_commune):
    photo = unattributed_image(title="Lễ ra quân")
    return {
        "ads": article(
            commune.site,
            title="Tin có liên kết nhà cái",
            body=[paragraph('<p>Xem <a href="https://fb88.com/vn">đây</a></p>'), image_block(photo)],
        ),
        "copy": article(
            commune.site, title="Tin chép báo", body=[paragraph("<p>Giá lúa tăng.</p><p>(Theo VnExpress)</p>")]
        ),
        "other": article(other_commune.site, body=[paragraph('<p><a href="https://shopee.vn/a">Mua</a></p>')]),
    }


def test_a_site_or_all_sites_must_be_chosen(db):
    inspections = Inspection.objects.count()
    with pytest.raises(CommandError, match="Cần chọn trang web cần kiểm tra"):
        scan()
    with pytest.raises(CommandError, match="Chỉ chọn một trong hai"):
        scan("--site", COMMUNE_HOST, "--all")
    with pytest.raises(CommandError, match="Không có trang web nào có tên miền “khong-co.test”"):
        scan("--site", "khong-co.test")
    assert Inspection.objects.count() == inspections


def test_json_output_matches_the_schema_and_the_stored_findings(bad_pages, commune):
    data = scan_json("--site", COMMUNE_HOST)

    assert set(data) == {"scanned_at", "sites", "pages_scanned", "findings"}
    scanned_at = datetime.datetime.fromisoformat(data["scanned_at"])
    assert abs(timezone.now() - scanned_at) < datetime.timedelta(minutes=5)
    assert data["sites"] == [COMMUNE_HOST]
    assert data["pages_scanned"] == Page.objects.live().descendant_of(commune.site.root_page, inclusive=True).count()
    for item in data["findings"]:
        assert set(item) == FINDING_KEYS
        assert item["site"] == COMMUNE_HOST and item["status"] == "open"

    stored = Finding.objects.filter(site=commune.site).current()
    assert sorted((f["rule"], f["page_id"], f["object"], f["evidence"]) for f in data["findings"]) == sorted(
        (f.rule, f.page_id, f.object_kind, f.evidence) for f in stored
    )
    by_rule = {item["rule"]: item for item in data["findings"]}
    ads = by_rule[ADS_LINK]
    assert ads["page_id"] == bad_pages["ads"].pk
    assert ads["page_url"] == bad_pages["ads"].full_url and ads["page_url"].startswith(f"http://{COMMUNE_HOST}")
    assert (ads["severity"], ads["evidence"], ads["object"]) == ("high", "https://fb88.com/vn", "page")
    assert ads["message"].startswith("Liên kết tới trang quảng cáo")
    assert by_rule[IMAGE_ATTRIBUTION]["object"] == "image"
    copy = by_rule[UNATTRIBUTED_COPY]
    assert (copy["severity"], copy["evidence"], copy["page_id"]) == ("medium", "Theo VnExpress", bad_pages["copy"].pk)


def test_json_reports_waived_findings_as_waived_and_leaves_resolved_out(bad_pages, commune):
    scan("--site", COMMUNE_HOST)
    Finding.objects.filter(site=commune.site, rule=ADS_LINK).update(
        status=FindingStatus.WAIVED, waived_at=timezone.now(), waive_reason="Đã có văn bản giải trình"
    )
    copy = bad_pages["copy"]
    copy.body = [paragraph("<p>Giá lúa tăng.</p>")]
    copy.save()

    data = scan_json("--site", COMMUNE_HOST)

    statuses = {item["rule"]: item["status"] for item in data["findings"]}
    assert statuses == {ADS_LINK: "waived", IMAGE_ATTRIBUTION: "open"}
    assert Finding.objects.get(site=commune.site, rule=UNATTRIBUTED_COPY).status == FindingStatus.RESOLVED


def test_all_scans_every_site_of_a_unit(bad_pages):
    data = scan_json("--all")
    assert data["sites"] == sorted(Site.objects.filter(unit__isnull=False).values_list("hostname", flat=True))
    assert OTHER_COMMUNE_HOST in {item["site"] for item in data["findings"]}


def test_text_output_summarises_per_site_and_rule(bad_pages):
    text = scan("--site", COMMUNE_HOST)
    assert "trang nội dung đã quét" in text
    assert f"== {COMMUNE_HOST}: 3 vi phạm" in text
    assert "Liên kết quảng cáo, thương mại: 1 chưa xử lý, 0 được miễn" in text
    assert "https://fb88.com/vn" in text
    assert "ads.link" not in text and "copyright." not in text, "people read rule titles, not codes"
    clean = scan("--site", "son-my.hamtan.test")
    assert "son-my.hamtan.test: không có vi phạm" in clean


def test_fail_on_exits_1_only_for_open_findings_at_or_above_the_level(bad_pages, commune, trusted_commune):
    with pytest.raises(CommandError) as raised:
        scan("--site", COMMUNE_HOST, "--fail-on", "high")
    assert raised.value.returncode == 1 and "mức cao" in str(raised.value)
    with pytest.raises(CommandError):
        scan("--site", COMMUNE_HOST, "--fail-on", "medium")

    Finding.objects.filter(site=commune.site, severity="high").update(status=FindingStatus.WAIVED)
    scan("--site", COMMUNE_HOST, "--fail-on", "high")  # waived findings do not count
    with pytest.raises(CommandError):
        scan("--site", COMMUNE_HOST, "--fail-on", "medium")  # the unattributed copy is still open

    scan("--site", "son-my.hamtan.test", "--fail-on", "low")  # a clean site passes at any level
    SiteLink.objects.create(setting=SiteLinkSettings.for_site(trusted_commune.site), title="Lạ", url="javascript:x()")
    scan("--site", "son-my.hamtan.test", "--fail-on", "medium")
    with pytest.raises(CommandError):
        scan("--site", "son-my.hamtan.test", "--fail-on", "low")


def test_without_fail_on_the_command_succeeds_whatever_it_finds(bad_pages):
    assert "vi phạm" in scan("--all")


def test_exit_status_of_the_real_command(bad_pages):
    """call_command raises; manage.py turns the same CommandError into exit status 1."""
    with pytest.raises(SystemExit) as exited:
        from django.core.management import ManagementUtility

        ManagementUtility(["manage.py", "compliance_scan", "--site", COMMUNE_HOST, "--fail-on", "high"]).execute()
    assert exited.value.code == 1
