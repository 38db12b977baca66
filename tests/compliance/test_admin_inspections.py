"""The inspector's admin, inspections side: the inspection history and scanning a site from the dashboard."""

import pytest

from compliance.models import Finding, FindingStatus, Inspection, Trigger
from tests.compliance.helpers import (
    FINDINGS,
    INSPECTIONS,
    ROOT,
    SCAN_NOW,
    betting_article,
    inspections_and_findings,
    text,
)
from tests.helpers import assert_refused, unchanged

pytestmark = pytest.mark.django_db


# --- Inspection history ------------------------------------------------------------------------


def test_inspector_sees_every_inspection_with_its_counts(client, login, inspections):
    login("inspector")
    html = text(client.get(INSPECTIONS))
    assert f"{INSPECTIONS}{inspections['whole'].pk}/" in html
    assert f"{INSPECTIONS}{inspections['nghia_only'].pk}/" not in html, "publish rescans only when asked for"
    assert f"{INSPECTIONS}{inspections['nghia_only'].pk}/" in text(client.get(INSPECTIONS, {"trigger": "publish"}))
    assert "<td>120</td>" in html and "<td>7</td>" in html
    detail = text(client.get(f"{INSPECTIONS}{inspections['whole'].pk}/"))
    assert "Xã Tân Hà" in detail and "Thị trấn Tân Nghĩa" in detail
    assert "Ảnh thiếu thông tin bản quyền" in detail


def test_commune_editor_sees_inspections_of_its_site_with_its_counts_only(client, login, inspections):
    login("editor")
    html = text(client.get(INSPECTIONS))
    assert f"{INSPECTIONS}{inspections['whole'].pk}/" in html
    assert f"{INSPECTIONS}{inspections['nghia_only'].pk}/" not in html
    assert "Thị trấn Tân Nghĩa" not in html
    assert "<td>4</td>" in html and "<td>7</td>" not in html  # its own 4 open, not the scan's 7
    detail = text(client.get(f"{INSPECTIONS}{inspections['whole'].pk}/"))
    assert "Liên kết quảng cáo, thương mại" in detail
    assert "Thị trấn Tân Nghĩa" not in detail
    assert "Ảnh thiếu thông tin bản quyền" not in detail
    assert client.get(f"{INSPECTIONS}{inspections['nghia_only'].pk}/").status_code == 404


def test_inspection_filters(client, login, inspections, commune):
    login("inspector")
    by_site = text(client.get(INSPECTIONS, {"site": commune.site.pk}))
    assert f"{INSPECTIONS}{inspections['nghia_only'].pk}/" not in by_site
    by_trigger = text(client.get(INSPECTIONS, {"trigger": "publish"}))
    assert f"{INSPECTIONS}{inspections['nghia_only'].pk}/" in by_trigger
    assert f"{INSPECTIONS}{inspections['whole'].pk}/" not in by_trigger


# --- Scanning from the dashboard, end to end ---------------------------------------------------


def test_inspector_scans_a_site_now_and_the_findings_show_up(client, login, commune, other_commune):
    ha_page = betting_article(commune.site, "Tân Hà giới thiệu sản phẩm OCOP")
    betting_article(other_commune.site, "Tân Nghĩa giới thiệu sản phẩm OCOP")
    inspector = login("inspector")
    assert 'id="compliance-scan-now"' in text(client.get(ROOT))
    response = client.post(ROOT + "quet/", {"site": commune.site.pk})
    inspection = Inspection.objects.get(trigger=Trigger.ADMIN, started_by=inspector)
    assert response.status_code == 302 and response["Location"] == f"{INSPECTIONS}{inspection.pk}/"
    assert list(inspection.sites.all()) == [commune.site]
    found = Finding.objects.get(site=commune.site, page=ha_page, rule="ads.link")
    assert not Finding.objects.filter(site=other_commune.site, rule="ads.link", evidence__contains="fb88").exists()
    assert "https://fb88.com/khuyen-mai" in text(client.get(FINDINGS, {"site": commune.site.pk}))

    # a waiver given here survives the next scan
    client.post(f"{FINDINGS}{found.pk}/mien/", {"reason": "Đã báo xã gỡ, chờ xử lý"})
    client.post(ROOT + "quet/", {"site": commune.site.pk})
    found.refresh_from_db()
    assert found.status == FindingStatus.WAIVED

    login("editor")
    html = text(client.get(FINDINGS))
    assert "https://fb88.com/khuyen-mai" in html and "Đã báo xã gỡ" not in html
    assert f"/admin/pages/{ha_page.pk}/edit/" in html


@pytest.mark.parametrize("username", ["board", "editor", "chief"])
def test_only_inspectors_scan_from_the_admin(client, login, commune, username):
    login(username)
    assert 'id="compliance-scan-now"' not in text(client.get(ROOT))
    with unchanged(inspections_and_findings):
        assert_refused(client.post(SCAN_NOW, {"site": commune.site.pk}))
    assert not Inspection.objects.filter(trigger=Trigger.ADMIN).exists()


def test_scan_now_is_post_only(client, login):
    login("inspector")
    assert client.get(ROOT + "quet/").status_code == 405
