"""The inspector's admin: dashboard, findings, waiving, inspection history, domain lists and legal-basis texts.

Every screen is fetched as a logged-in member of the test district; each permission rule is
tested from the refused side too.
"""

import datetime
import itertools

import pytest

from django.utils import timezone

from compliance.models import (
    DomainEntry,
    Finding,
    FindingStatus,
    Inspection,
    InspectionCount,
    ObjectKind,
    RuleText,
    Severity,
    Trigger,
)
from tests.articles.factories import ArticlePageFactory, news_section

pytestmark = pytest.mark.django_db

ROOT = "/admin/kiem-tra-tuan-thu/"
FINDINGS = ROOT + "vi-pham/"
INSPECTIONS = ROOT + "lich-su/"
DOMAINS = ROOT + "ten-mien/"
RULE_TEXTS = ROOT + "can-cu-phap-ly/"

_numbers = itertools.count(1)


def refused(response):
    """Wagtail's admin answers a refused request with 403, or a redirect to the dashboard for a page view."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def finding(site, message, *, page=None, rule="ads.link", severity=Severity.HIGH, status=FindingStatus.OPEN, **extra):
    """A stored finding, as a scan leaves it."""
    number = next(_numbers)
    return Finding.objects.create(
        fingerprint=f"test-{number}-{message}"[:64],
        site=site,
        page=page,
        object_kind=ObjectKind.PAGE if page else ObjectKind.SITE_LINK,
        object_id=page.pk if page else number,
        rule=rule,
        severity=severity,
        message=message,
        evidence=extra.pop("evidence", f"https://fb88.example/{number}"),
        status=status,
        **extra,
    )


def article_on(site, title):
    return ArticlePageFactory(parent=news_section(site), title=title)


@pytest.fixture
def findings(district, commune, other_commune):
    ha_page = article_on(commune.site, "Tân Hà ra quân làm đường giao thông nông thôn")
    nghia_page = article_on(other_commune.site, "Tân Nghĩa tổng kết vụ lúa hè thu")
    return {
        "ha": finding(commune.site, "Liên kết cá cược ở Tân Hà", page=ha_page),
        "ha_low": finding(
            commune.site,
            "Nội dung chép ở Tân Hà chưa ghi nguồn",
            page=ha_page,
            rule="copyright.unattributed_copy",
            severity=Severity.LOW,
        ),
        "ha_waived": finding(
            commune.site,
            "Ảnh đã được miễn ở Tân Hà",
            page=ha_page,
            rule="copyright.image_attribution",
            status=FindingStatus.WAIVED,
            waive_reason="Tác giả đã đồng ý bằng văn bản",
        ),
        "ha_resolved": finding(commune.site, "Liên kết đã gỡ ở Tân Hà", page=ha_page, status=FindingStatus.RESOLVED),
        "nghia": finding(
            other_commune.site, "Liên kết bán hàng ở Tân Nghĩa", page=nghia_page, severity=Severity.MEDIUM
        ),
        "district": finding(district.site, "Banner quảng cáo trên trang huyện"),
    }


def text(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# --- Dashboard ---------------------------------------------------------------------------------


def test_dashboard_counts_per_site_rule_and_severity_for_the_inspector(client, login, findings):
    login("inspector")
    html = text(client.get(ROOT))
    for site_name in ("Huyện Hàm Tân", "Xã Tân Hà", "Thị trấn Tân Nghĩa", "Xã Sơn Mỹ"):
        assert site_name in html
    # every rule is a column, by its title from compliance.rules, even where nothing was found
    for title in ("Liên kết quảng cáo, thương mại", "Nhúng mã quảng cáo, theo dõi", "Ảnh thiếu thông tin bản quyền"):
        assert title in html
    ha_row = html.split('data-site="tan-ha.hamtan.test"')[1].split("</tr>")[0]
    # ads.link: 1 open (the resolved one is history); image attribution: 0 open + 1 waived
    assert ">1</a>" in ha_row
    assert "0 (+1 miễn)" in ha_row
    severity_table = html.split('id="compliance-severity-totals"')[1].split("</table>")[0]
    assert "<th>Tổng cộng</th><th>4</th><th>1</th>" in severity_table


def test_dashboard_of_a_commune_editor_shows_its_site_only(client, login, findings, commune):
    login("editor")
    html = text(client.get(ROOT))
    assert "Xã Tân Hà" in html
    assert "Thị trấn Tân Nghĩa" not in html
    assert "Huyện Hàm Tân" not in html
    assert f"{FINDINGS}xuat/xlsx/?site={commune.site.pk}" in html
    severity_table = html.split('id="compliance-severity-totals"')[1].split("</table>")[0]
    assert "<th>Tổng cộng</th><th>2</th><th>1</th>" in severity_table


def test_dashboard_shows_the_last_visible_inspection(client, login, commune, other_commune):
    # later than any inspection that publishing the test portal's pages may have left
    soon = timezone.now() + datetime.timedelta(minutes=5)
    older = Inspection.objects.create(trigger=Trigger.COMMAND, started_at=soon)
    older.sites.set([commune.site])
    newer = Inspection.objects.create(trigger=Trigger.ADMIN, started_at=soon + datetime.timedelta(minutes=1))
    newer.sites.set([other_commune.site])
    login("editor")
    html = text(client.get(ROOT))
    assert f"{INSPECTIONS}{older.pk}/" in html
    assert f"{INSPECTIONS}{newer.pk}/" not in html
    login("inspector")
    assert f"{INSPECTIONS}{newer.pk}/" in text(client.get(ROOT))


# --- Findings list -----------------------------------------------------------------------------


def test_inspector_sees_every_site_current_findings_high_first(client, login, findings):
    login("inspector")
    html = text(client.get(FINDINGS))
    for key in ("ha", "ha_low", "ha_waived", "nghia", "district"):
        assert findings[key].message in html, key
    assert findings["ha_resolved"].message not in html  # default: open and waived only
    assert html.index(findings["ha"].message) < html.index(findings["nghia"].message)
    assert html.index(findings["nghia"].message) < html.index(findings["ha_low"].message)


@pytest.mark.parametrize("username", ["editor", "chief", "collaborator"])
def test_commune_members_see_only_their_own_site(client, login, findings, username):
    login(username)
    html = text(client.get(FINDINGS))
    assert findings["ha"].message in html
    assert findings["ha_waived"].message in html
    assert findings["nghia"].message not in html
    assert findings["district"].message not in html
    assert "Thị trấn Tân Nghĩa" not in html  # not even in the site filter


def test_other_commune_editor_sees_only_its_site(client, login, findings):
    login("other_editor")
    html = text(client.get(FINDINGS))
    assert findings["nghia"].message in html
    assert findings["ha"].message not in html


def test_board_sees_every_site_read_only(client, login, findings):
    login("board")
    html = text(client.get(FINDINGS))
    assert findings["nghia"].message in html and findings["ha"].message in html
    detail = text(client.get(f"{FINDINGS}{findings['ha'].pk}/"))
    assert "Miễn vi phạm" not in detail


def test_filters_narrow_the_list(client, login, findings, commune):
    login("inspector")
    by_site = text(client.get(FINDINGS, {"site": commune.site.pk}))
    assert findings["ha"].message in by_site and findings["nghia"].message not in by_site
    by_rule = text(client.get(FINDINGS, {"rule": "copyright.unattributed_copy"}))
    assert findings["ha_low"].message in by_rule and findings["ha"].message not in by_rule
    by_severity = text(client.get(FINDINGS, {"severity": "medium"}))
    assert findings["nghia"].message in by_severity and findings["ha"].message not in by_severity
    waived = text(client.get(FINDINGS, {"status": "waived"}))
    assert findings["ha_waived"].message in waived and findings["ha"].message not in waived
    resolved = text(client.get(FINDINGS, {"status": "resolved"}))
    assert findings["ha_resolved"].message in resolved and findings["ha"].message not in resolved
    everything = text(client.get(FINDINGS, {"status": "all"}))
    assert findings["ha_resolved"].message in everything and findings["ha"].message in everything
    results = text(client.get(FINDINGS + "results/", {"site": commune.site.pk, "severity": "high"}))
    assert findings["ha"].message in results and findings["ha_low"].message not in results


def test_a_commune_editor_cannot_filter_its_way_to_another_site(client, login, findings, other_commune):
    login("editor")
    html = text(client.get(FINDINGS, {"site": other_commune.site.pk}))
    assert findings["nghia"].message not in html


def test_the_list_is_paginated(client, login, commune):
    for number in range(55):
        finding(commune.site, f"Liên kết quảng cáo số {number:02d}")
    login("inspector")
    first = text(client.get(FINDINGS))
    assert "Liên kết quảng cáo số 00" in first and "Liên kết quảng cáo số 54" not in first
    second = text(client.get(FINDINGS, {"p": 2}))
    assert "Liên kết quảng cáo số 54" in second


def test_evidence_is_shown_as_text_not_as_a_link(client, login, commune):
    finding(commune.site, "Liên kết cá cược", evidence="https://nhacai.example/khuyen-mai")
    login("inspector")
    html = text(client.get(FINDINGS))
    assert "https://nhacai.example/khuyen-mai" in html
    assert 'href="https://nhacai.example' not in html


def test_page_links_go_to_the_editor_for_editors_and_to_the_live_page_for_inspectors(client, login, findings):
    page = findings["ha"].page
    edit_url = f"/admin/pages/{page.pk}/edit/"
    login("editor")
    assert edit_url in text(client.get(FINDINGS))
    login("inspector")
    html = text(client.get(FINDINGS))
    assert edit_url not in html
    assert page.full_url in html


def test_an_inspector_cannot_open_the_page_editor(client, login, findings):
    login("inspector")
    response = client.get(f"/admin/pages/{findings['ha'].page.pk}/edit/")
    assert refused(response)


def test_rule_title_falls_back_to_the_code(client, login, commune):
    finding(commune.site, "Quy tắc cũ", rule="legacy.rule")
    login("inspector")
    assert "legacy.rule" in text(client.get(FINDINGS))


# --- One finding, waiving ----------------------------------------------------------------------


def test_detail_of_another_site_finding_is_refused(client, login, findings):
    login("editor")
    assert client.get(f"{FINDINGS}{findings['nghia'].pk}/").status_code == 404
    html = text(client.get(f"{FINDINGS}{findings['ha'].pk}/"))
    assert findings["ha"].message in html
    assert "Miễn vi phạm" not in html


def test_inspector_waives_with_a_reason(client, login, findings):
    inspector = login("inspector")
    target = findings["nghia"]
    assert "Miễn vi phạm" in text(client.get(f"{FINDINGS}{target.pk}/"))
    response = client.post(f"{FINDINGS}{target.pk}/mien/", {"reason": "  Đã có văn bản đồng ý số 12/CV  "})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.status == FindingStatus.WAIVED
    assert target.waived_by == inspector
    assert target.waived_at is not None
    assert target.waive_reason == "Đã có văn bản đồng ý số 12/CV"
    html = text(client.get(response["Location"]))
    assert "Đã có văn bản đồng ý số 12/CV" in html
    assert "Bỏ miễn" in html


def test_waiving_needs_a_reason(client, login, findings):
    login("inspector")
    target = findings["ha"]
    response = client.post(f"{FINDINGS}{target.pk}/mien/", {"reason": "   "})
    assert "Vui lòng ghi lý do miễn vi phạm này." in text(response)
    target.refresh_from_db()
    assert target.status == FindingStatus.OPEN
    assert target.waived_by is None


def test_waiving_is_post_only(client, login, findings):
    login("inspector")
    assert client.get(f"{FINDINGS}{findings['ha'].pk}/mien/").status_code == 405
    findings["ha"].refresh_from_db()
    assert findings["ha"].status == FindingStatus.OPEN


@pytest.mark.parametrize("username", ["editor", "chief", "board", "district_editor"])
@pytest.mark.parametrize("key", ["ha", "nghia"])
def test_editors_and_board_cannot_waive(client, login, findings, username, key):
    login(username)
    target = findings[key]
    response = client.post(f"{FINDINGS}{target.pk}/mien/", {"reason": "Tự miễn cho mình"})
    assert refused(response)
    target.refresh_from_db()
    assert target.status == FindingStatus.OPEN
    assert target.waive_reason == ""


@pytest.mark.parametrize("username", ["editor", "board"])
def test_editors_and_board_cannot_reopen(client, login, findings, username):
    login(username)
    target = findings["ha_waived"]
    assert refused(client.post(f"{FINDINGS}{target.pk}/bo-mien/"))
    target.refresh_from_db()
    assert target.status == FindingStatus.WAIVED


def test_inspector_reopens_a_waived_finding(client, login, findings):
    login("inspector")
    target = findings["ha_waived"]
    assert client.post(f"{FINDINGS}{target.pk}/bo-mien/").status_code == 302
    target.refresh_from_db()
    assert target.status == FindingStatus.OPEN
    assert target.waive_reason == "" and target.waived_at is None


def test_a_resolved_finding_cannot_be_waived(client, login, findings):
    login("inspector")
    target = findings["ha_resolved"]
    assert client.post(f"{FINDINGS}{target.pk}/mien/", {"reason": "Muộn rồi"}).status_code == 302
    target.refresh_from_db()
    assert target.status == FindingStatus.RESOLVED


# --- Inspection history ------------------------------------------------------------------------


@pytest.fixture
def inspections(district, commune, other_commune, login):
    inspector = login("inspector")
    whole = Inspection.objects.create(
        trigger=Trigger.COMMAND, started_by=inspector, pages_scanned=120, open_count=7, waived_count=2, resolved_count=3
    )
    whole.sites.set([district.site, commune.site, other_commune.site])
    InspectionCount.objects.create(inspection=whole, site=commune.site, rule="ads.link", open_count=4, waived_count=1)
    InspectionCount.objects.create(
        inspection=whole, site=other_commune.site, rule="copyright.image_attribution", open_count=3, waived_count=1
    )
    nghia_only = Inspection.objects.create(
        trigger=Trigger.PUBLISH,
        pages_scanned=1,
        open_count=9,
        started_at=timezone.now() - datetime.timedelta(days=1),
    )
    nghia_only.sites.set([other_commune.site])
    InspectionCount.objects.create(inspection=nghia_only, site=other_commune.site, rule="ads.embed", open_count=9)
    return {"whole": whole, "nghia_only": nghia_only}


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


# --- Domain lists and legal-basis texts --------------------------------------------------------


def test_inspector_adds_edits_and_deletes_domain_entries(client, login):
    login("inspector")
    response = client.post(
        DOMAINS + "new/",
        {
            "domain": "https://WWW.Cacuoc-Moi.example/khuyen-mai",
            "list": "advertising",
            "category": "betting",
            "note": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = DomainEntry.objects.get(domain="cacuoc-moi.example", list="advertising")
    assert "cacuoc-moi.example" in text(client.get(DOMAINS, {"q": "cacuoc"}))
    response = client.post(
        f"{DOMAINS}edit/{entry.pk}/",
        {"domain": "cacuoc-moi.example", "list": "advertising", "category": "betting", "note": "Báo cáo của Sở"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.note == "Báo cáo của Sở"
    assert client.post(f"{DOMAINS}delete/{entry.pk}/").status_code == 302
    assert not DomainEntry.objects.filter(pk=entry.pk).exists()


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("*.Cuoc-Moi88.com", "cuoc-moi88.com"),
        ("//www.cho-moi.example/san-pham", "cho-moi.example"),
        ("bóng-đá.vn", "xn--bng--8na8hpj.vn"),
    ],
)
def test_domains_are_stored_the_way_the_scanner_compares_them(client, login, typed, stored):
    login("inspector")
    response = client.post(DOMAINS + "new/", {"domain": typed, "list": "advertising", "category": "other"})
    assert response.status_code == 302
    assert DomainEntry.objects.filter(domain=stored, list="advertising").exists()


def test_domain_entries_are_validated_in_vietnamese(client, login):
    DomainEntry.objects.get_or_create(domain="trung-lap.example", list="advertising")
    login("inspector")
    for typed in ("không phải tên miền", "localhost", "http://192.168.1.1/"):
        bad = text(client.post(DOMAINS + "new/", {"domain": typed, "list": "advertising", "category": "other"}))
        assert "Tên miền không hợp lệ" in bad, typed
    twice = text(
        client.post(DOMAINS + "new/", {"domain": "trung-lap.example", "list": "advertising", "category": "other"})
    )
    assert "Tên miền này đã có trong danh sách đã chọn." in twice


@pytest.mark.parametrize("username", ["board", "editor", "chief"])
def test_others_cannot_touch_the_domain_lists(client, login, username):
    entry, _ = DomainEntry.objects.get_or_create(domain="giu-nguyen.example", list="advertising")
    login(username)
    assert refused(client.get(DOMAINS))
    assert refused(client.get(DOMAINS + "new/"))
    response = client.post(DOMAINS + "new/", {"domain": "chen-vao.example", "list": "allowed", "category": "other"})
    assert refused(response)
    assert not DomainEntry.objects.filter(domain="chen-vao.example").exists()
    assert refused(client.post(f"{DOMAINS}delete/{entry.pk}/"))
    assert DomainEntry.objects.filter(pk=entry.pk).exists()


def test_inspector_edits_only_the_legal_basis(client, login):
    rule_text, _ = RuleText.objects.get_or_create(code="ads.link", defaults={"legal_basis": "Nghị định cũ"})
    login("inspector")
    html = text(client.get(RULE_TEXTS))
    assert "Liên kết quảng cáo, thương mại" in html
    response = client.post(
        f"{RULE_TEXTS}edit/{rule_text.pk}/",
        {"legal_basis": "Nghị định 147/2024/NĐ-CP, Điều 23", "code": "doi.ma"},
    )
    assert response.status_code == 302
    rule_text.refresh_from_db()
    assert rule_text.legal_basis == "Nghị định 147/2024/NĐ-CP, Điều 23"
    assert rule_text.code == "ads.link"
    assert client.get(RULE_TEXTS + "new/").status_code == 404
    assert client.post(f"{RULE_TEXTS}delete/{rule_text.pk}/").status_code == 404
    assert RuleText.objects.filter(pk=rule_text.pk).exists()


@pytest.mark.parametrize("username", ["board", "editor"])
def test_others_cannot_edit_the_legal_basis(client, login, username):
    rule_text, _ = RuleText.objects.get_or_create(code="ads.link", defaults={"legal_basis": "Nghị định cũ"})
    before = rule_text.legal_basis
    login(username)
    assert refused(client.post(f"{RULE_TEXTS}edit/{rule_text.pk}/", {"legal_basis": "Đã sửa trái phép"}))
    rule_text.refresh_from_db()
    assert rule_text.legal_basis == before


def test_waiving_and_reopening_are_kept_in_the_waiver_history(client, login, findings):
    login("inspector")
    target = findings["ha"]
    client.post(f"{FINDINGS}{target.pk}/mien/", {"reason": "Lý do lần đầu"})
    client.post(f"{FINDINGS}{target.pk}/bo-mien/")
    html = text(client.get(f"{FINDINGS}{target.pk}/"))
    history = html.split('id="waiver-history"')[1].split("</table>")[0]
    assert "Lý do lần đầu" in history and "Bỏ miễn" in history and "inspector" in history


# --- Scanning from the dashboard, end to end ---------------------------------------------------


def betting_article(site, title):
    from tests.compliance.factories import article, paragraph

    return article(site, title=title, body=[paragraph('<p>Xem <a href="https://fb88.com/khuyen-mai">tại đây</a>.</p>')])


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
    assert refused(client.post(ROOT + "quet/", {"site": commune.site.pk}))
    assert not Inspection.objects.filter(trigger=Trigger.ADMIN).exists()


def test_scan_now_is_post_only(client, login):
    login("inspector")
    assert client.get(ROOT + "quet/").status_code == 405


def test_the_list_and_dashboard_queries_do_not_grow_with_findings(client, login, commune):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login("editor")
    counts = []
    for batch in (3, 30):
        for number in range(batch):
            page = article_on(commune.site, f"Bài kiểm tra số truy vấn {batch}-{number}")
            finding(commune.site, f"Vi phạm {batch}-{number}", page=page)
        with CaptureQueriesContext(connection) as listing:
            assert client.get(FINDINGS).status_code == 200
        with CaptureQueriesContext(connection) as dashboard:
            assert client.get(ROOT).status_code == 200
        counts.append((len(listing.captured_queries), len(dashboard.captured_queries)))
    (few_list, few_dash), (many_list, many_dash) = counts
    assert many_list <= few_list and many_dash <= few_dash


def test_search_and_a_mistyped_filter(client, login, findings):
    login("inspector")
    found = text(client.get(FINDINGS, {"q": "bán hàng"}))
    assert findings["nghia"].message in found and findings["ha"].message not in found
    by_page_title = text(client.get(FINDINGS, {"q": "vụ lúa hè thu"}))
    assert findings["nghia"].message in by_page_title and findings["ha"].message not in by_page_title
    mistyped = text(client.get(FINDINGS, {"status": "khong-co"}))
    assert findings["ha"].message in mistyped and findings["ha_resolved"].message not in mistyped


def test_a_domain_listed_in_the_admin_is_flagged_by_the_next_scan(client, login, commune):
    from tests.compliance.factories import article, paragraph

    page = article(commune.site, body=[paragraph('<p>Mua tại <a href="https://shop.cho-moi.example/ao">đây</a>.</p>')])
    login("inspector")
    client.post(ROOT + "quet/", {"site": commune.site.pk})
    assert not Finding.objects.filter(page=page, rule="ads.link").exists()
    response = client.post(DOMAINS + "new/", {"domain": "cho-moi.example", "list": "advertising", "category": "shop"})
    assert response.status_code == 302
    client.post(ROOT + "quet/", {"site": commune.site.pk})
    assert Finding.objects.get(page=page, rule="ads.link").evidence == "https://shop.cho-moi.example/ao"
