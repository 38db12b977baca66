"""Two authorities side by side: Lâm Đồng's inspector and board reach none of Hàm Tân's compliance.

Each refusal goes through the admin as a logged-in member and leaves the finding (or the page)
unchanged; each comes with its positive control, the same request by Hàm Tân's own member (or by
Lâm Đồng's member on Lâm Đồng's own site).
"""

import csv
import io

import pytest

from django.urls import reverse

from compliance.models import FindingStatus, Inspection, Trigger
from compliance.publish_check import OVERRIDE_URL_NAME
from tests.compliance.helpers import (
    ADS_HTML,
    ADS_URL,
    FINDINGS,
    INSPECTIONS,
    REASON,
    SCAN_NOW,
    article_on,
    draft_article,
    finding,
    finding_state,
    inspections_and_findings,
    override_entries,
    refreshed,
    text,
)
from tests.helpers import assert_refused, unchanged

pytestmark = pytest.mark.django_db

HAMTAN_MESSAGE = "Liên kết cá cược trên trang xã Tân Hà"
LAMDONG_MESSAGE = "Liên kết cá cược trên trang phường Đà Lạt"


@pytest.fixture
def two(commune, province_commune):
    return {
        "hamtan": finding(commune.site, HAMTAN_MESSAGE, page=article_on(commune.site, "Tân Hà làm đường giao thông")),
        "lamdong": finding(
            province_commune.site, LAMDONG_MESSAGE, page=article_on(province_commune.site, "Đà Lạt đón khách du lịch")
        ),
    }


def export_rows(response):
    assert response.status_code == 200, response.status_code
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize("username", ["province_inspector", "province_board"])
def test_the_province_does_not_see_hamtans_findings(client, login, two, username):
    login(username)
    listing = text(client.get(FINDINGS))
    assert LAMDONG_MESSAGE in listing  # its own ward: the positive control
    assert HAMTAN_MESSAGE not in listing
    assert HAMTAN_MESSAGE not in text(client.get(FINDINGS, {"q": "Tân Hà"}))
    assert client.get(f"{FINDINGS}{two['hamtan'].pk}/").status_code == 404
    assert text(client.get(f"{FINDINGS}{two['lamdong'].pk}/"))


@pytest.mark.parametrize("username", ["inspector", "board"])
def test_hamtan_sees_its_own_findings_and_not_the_provinces(client, login, two, username):
    login(username)
    listing = text(client.get(FINDINGS))
    assert HAMTAN_MESSAGE in listing
    assert LAMDONG_MESSAGE not in listing
    assert text(client.get(f"{FINDINGS}{two['hamtan'].pk}/"))
    assert client.get(f"{FINDINGS}{two['lamdong'].pk}/").status_code == 404


@pytest.mark.parametrize("username", ["province_inspector", "province_board"])
def test_the_province_cannot_export_hamtans_report(client, login, commune, province_commune, two, username):
    login(username)
    assert_refused(client.get(f"{FINDINGS}xuat/csv/", {"site": commune.site.pk}))
    assert_refused(client.get(f"{FINDINGS}xuat/xlsx/", {"site": commune.site.pk}))
    own = export_rows(client.get(f"{FINDINGS}xuat/csv/", {"site": province_commune.site.pk}))
    assert any(LAMDONG_MESSAGE in row for row in own)


@pytest.mark.parametrize("username", ["inspector", "board"])
def test_hamtan_exports_its_own_report_and_not_the_provinces(client, login, commune, province_commune, two, username):
    login(username)
    own = export_rows(client.get(f"{FINDINGS}xuat/csv/", {"site": commune.site.pk}))
    assert any(HAMTAN_MESSAGE in row for row in own)
    assert_refused(client.get(f"{FINDINGS}xuat/csv/", {"site": province_commune.site.pk}))


def test_the_provinces_inspector_cannot_waive_or_reopen_hamtans_findings(client, login, commune, two):
    waived = finding(commune.site, "Ảnh đã được miễn ở Tân Hà", status=FindingStatus.WAIVED, waive_reason="Có văn bản")
    login("province_inspector")
    for target, action in ((two["hamtan"], "mien"), (waived, "bo-mien")):
        with unchanged(lambda target=target: finding_state(target)):
            response = client.post(f"{FINDINGS}{target.pk}/{action}/", {"reason": "Miễn thay cho huyện khác"})
            assert response.status_code == 404  # not even shown to exist

    # the positive control: its own ward's finding
    response = client.post(f"{FINDINGS}{two['lamdong'].pk}/mien/", {"reason": "Đã có văn bản của Sở"})
    assert response.status_code == 302
    assert finding_state(two["lamdong"])[0] == FindingStatus.WAIVED


def test_hamtans_inspector_waives_its_own_and_not_the_provinces(client, login, two):
    inspector = login("inspector")
    with unchanged(lambda: finding_state(two["lamdong"])):
        assert (
            client.post(f"{FINDINGS}{two['lamdong'].pk}/mien/", {"reason": "Không phải việc của huyện"}).status_code
            == 404
        )
    response = client.post(f"{FINDINGS}{two['hamtan'].pk}/mien/", {"reason": "Đã có văn bản đồng ý"})
    assert response.status_code == 302
    state = finding_state(two["hamtan"])
    assert (state[0], state[1], state[3]) == (FindingStatus.WAIVED, inspector.pk, "Đã có văn bản đồng ý")


def test_the_provinces_board_cannot_waive_even_its_own(client, login, two):
    login("province_board")
    with unchanged(lambda: finding_state(two["lamdong"])):
        assert_refused(client.post(f"{FINDINGS}{two['lamdong'].pk}/mien/", {"reason": "Ban biên tập tự miễn"}))


def test_the_provinces_inspector_cannot_scan_hamtan_from_the_admin(client, login, commune, province_commune):
    inspector = login("province_inspector")
    with unchanged(inspections_and_findings):
        assert_refused(client.post(SCAN_NOW, {"site": commune.site.pk}))
    response = client.post(SCAN_NOW, {"site": province_commune.site.pk})
    inspection = Inspection.objects.get(trigger=Trigger.ADMIN, started_by=inspector)
    assert response["Location"] == f"{INSPECTIONS}{inspection.pk}/"
    assert list(inspection.sites.all()) == [province_commune.site]


def test_the_provinces_inspection_history_leaves_hamtan_out(client, login, commune, province_commune):
    hamtan = Inspection.objects.create(trigger=Trigger.COMMAND, pages_scanned=3)
    hamtan.sites.set([commune.site])
    lamdong = Inspection.objects.create(trigger=Trigger.COMMAND, pages_scanned=2)
    lamdong.sites.set([province_commune.site])
    login("province_inspector")
    html = text(client.get(INSPECTIONS))
    assert f"{INSPECTIONS}{lamdong.pk}/" in html and f"{INSPECTIONS}{hamtan.pk}/" not in html
    assert client.get(f"{INSPECTIONS}{hamtan.pk}/").status_code == 404
    login("inspector")
    html = text(client.get(INSPECTIONS))
    assert f"{INSPECTIONS}{hamtan.pk}/" in html and f"{INSPECTIONS}{lamdong.pk}/" not in html


def test_the_provinces_board_cannot_override_a_hamtan_publish(client, login, commune, province_commune):
    page = draft_article(commune.site, "Giới thiệu sản phẩm OCOP của xã Tân Hà", ADS_HTML)
    url = reverse(OVERRIDE_URL_NAME, args=[page.pk])

    def state():
        fresh = refreshed(page)
        return fresh.live, fresh.latest_revision_id, override_entries(page).count()

    login("province_board")
    with unchanged(state):
        assert_refused(client.get(url))
        assert_refused(client.post(url, {"reason": REASON}))

    # the positive controls: Hàm Tân's own board, and the province's board on its own ward
    board = login("board")
    assert ADS_URL in text(client.get(url))
    assert client.post(url, {"reason": REASON}).status_code == 302
    assert refreshed(page).live
    assert override_entries(page).get().user == board

    ward_page = draft_article(province_commune.site, "Giới thiệu đặc sản phường Đà Lạt", ADS_HTML)
    province_board = login("province_board")
    ward_url = reverse(OVERRIDE_URL_NAME, args=[ward_page.pk])
    assert client.post(ward_url, {"reason": REASON}).status_code == 302
    assert refreshed(ward_page).live
    assert override_entries(ward_page).get().user == province_board


def test_the_scan_commands_site_option_keeps_to_that_authoritys_site(commune, province_commune):
    from compliance.models import Finding
    from tests.compliance.helpers import betting_article
    from tests.helpers import run_command

    hamtan_page = betting_article(commune.site, "Tân Hà giới thiệu sản phẩm OCOP")
    ward_page = betting_article(province_commune.site, "Đà Lạt giới thiệu đặc sản")

    def hamtan_findings():
        return sorted(Finding.objects.filter(site=commune.site).values_list("pk", "status", "last_seen_at"))

    with unchanged(hamtan_findings):
        result = run_command("compliance_scan", "--site", province_commune.site.hostname, "--format", "json")
        assert not result.failed, result.error
    assert Finding.objects.filter(page=ward_page, rule="ads.link").exists()
    assert not Finding.objects.filter(page=hamtan_page).exists()
    assert commune.site.hostname not in result.stdout

    # the positive control: Hàm Tân's own scan finds its page
    assert not run_command("compliance_scan", "--site", commune.site.hostname).failed
    assert Finding.objects.filter(page=hamtan_page, rule="ads.link").exists()
