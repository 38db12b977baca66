"""The inspector's admin, findings side: the dashboard, the findings list, one finding and its waiver.

Every screen is fetched as a logged-in member of the test district; each permission rule is
tested from the refused side too, with the finding unchanged.
"""

import datetime

import pytest

from django.utils import timezone

from compliance.models import FindingStatus, Inspection, Trigger
from tests.compliance.helpers import FINDINGS, INSPECTIONS, ROOT, article_on, finding, finding_state, text
from tests.helpers import assert_refused, unchanged

pytestmark = pytest.mark.django_db


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
    assert_refused(response)


def test_rule_title_falls_back_to_the_code(client, login, commune):
    finding(commune.site, "Quy tắc cũ", rule="legacy.rule")
    login("inspector")
    assert "legacy.rule" in text(client.get(FINDINGS))


def test_search_and_a_mistyped_filter(client, login, findings):
    login("inspector")
    found = text(client.get(FINDINGS, {"q": "bán hàng"}))
    assert findings["nghia"].message in found and findings["ha"].message not in found
    by_page_title = text(client.get(FINDINGS, {"q": "vụ lúa hè thu"}))
    assert findings["nghia"].message in by_page_title and findings["ha"].message not in by_page_title
    mistyped = text(client.get(FINDINGS, {"status": "khong-co"}))
    assert findings["ha"].message in mistyped and findings["ha_resolved"].message not in mistyped


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
    with unchanged(lambda: finding_state(target)):
        assert_refused(client.post(f"{FINDINGS}{target.pk}/mien/", {"reason": "Tự miễn cho mình"}))
    target.refresh_from_db()
    assert target.status == FindingStatus.OPEN
    assert target.waive_reason == ""


@pytest.mark.parametrize("username", ["editor", "board"])
def test_editors_and_board_cannot_reopen(client, login, findings, username):
    login(username)
    target = findings["ha_waived"]
    with unchanged(lambda: finding_state(target)):
        assert_refused(client.post(f"{FINDINGS}{target.pk}/bo-mien/"))
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
    with unchanged(lambda: finding_state(target)):
        assert client.post(f"{FINDINGS}{target.pk}/mien/", {"reason": "Muộn rồi"}).status_code == 302
    target.refresh_from_db()
    assert target.status == FindingStatus.RESOLVED


def test_waiving_and_reopening_are_kept_in_the_waiver_history(client, login, findings):
    login("inspector")
    target = findings["ha"]
    client.post(f"{FINDINGS}{target.pk}/mien/", {"reason": "Lý do lần đầu"})
    client.post(f"{FINDINGS}{target.pk}/bo-mien/")
    html = text(client.get(f"{FINDINGS}{target.pk}/"))
    history = html.split('id="waiver-history"')[1].split("</table>")[0]
    assert "Lý do lần đầu" in history and "Bỏ miễn" in history and "inspector" in history
