"""The compliance check in the publish step, through the admin: the edit and create views.

Every publish path is driven over HTTP as the people who use it: the edit and create views'
"Publish" (also scheduled) and the board's override page here; moderation, bulk publish and
copies in test_publish_moderation.py.
"""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.rich_text import RichText

from articles.models import ArticlePage
from compliance.models import Finding, FindingStatus, ObjectKind, Severity
from compliance.publish_check import OVERRIDE_FIELD, OVERRIDE_LABEL, OVERRIDE_URL_NAME
from compliance.rules import RULES
from compliance.scanner import detect_for_page
from tests.articles.factories import article_form_data, news_section
from tests.compliance.helpers import (
    ADS_HTML,
    ADS_URL,
    CLEAN_HTML,
    COPIED_HTML,
    REASON,
    REFUSED,
    WARNED,
    body_form,
    draft_article,
    joined,
    latest_body,
    override_entries,
    publish,
    refreshed,
)
from tests.helpers import unchanged


def denied(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def with_body(page, html):
    page = refreshed(page)
    page.body = [("paragraph", RichText(html))]
    return page


def publish_state(page):
    """Whether the page is live, its latest revision and its overrides, read from the database."""
    fresh = refreshed(page)
    return fresh.live, fresh.latest_revision_id, override_entries(page).count()


# --- the edit and create views -----------------------------------------------------------------


@pytest.mark.django_db
def test_trusted_chief_cannot_publish_a_page_with_a_high_finding(client, login, trusted_commune):
    page = draft_article(trusted_commune.site, "Xã Sơn Mỹ khai trương chợ đêm", CLEAN_HTML)
    login("trusted_chief")

    response = publish(client, page, ADS_HTML)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    text = joined(response)
    assert REFUSED in text and "mức cao" in text and ADS_URL in text
    assert "Chỉ Ban biên tập" not in text and "xuất bản bỏ qua cảnh báo kèm lý do" not in text
    assert not refreshed(page).live
    assert ADS_URL in latest_body(page), "the editor's typing is kept as a draft"
    assert not override_entries(page).exists()


@pytest.mark.django_db
def test_a_refused_page_made_with_publish_in_the_create_view_stays_a_draft(client, login, trusted_commune):
    login("trusted_chief")
    parent = news_section(trusted_commune.site)
    data = article_form_data(
        "Khuyến mãi mùa lễ hội", "khuyen-mai-mua-le-hoi", **body_form(ADS_HTML), **{"action-publish": "action-publish"}
    )
    response = client.post(reverse("wagtailadmin_pages:add", args=["articles", "articlepage", parent.pk]), data)

    page = ArticlePage.objects.get(slug="khuyen-mai-mua-le-hoi")
    assert response.status_code == 302
    assert REFUSED in joined(response)
    assert not page.live
    assert page.last_published_at is None
    assert ADS_URL in latest_body(page)
    public = client.get(page.relative_url(trusted_commune.site), HTTP_HOST=trusted_commune.site.hostname)
    assert public.status_code == 404


@pytest.mark.django_db
def test_a_reason_from_someone_outside_the_board_does_not_override(client, login, trusted_commune):
    page = draft_article(trusted_commune.site, "Hội chợ nông sản xã Sơn Mỹ", CLEAN_HTML)
    login("trusted_chief")

    response = publish(client, page, ADS_HTML, **{OVERRIDE_FIELD: REASON})

    assert "Chỉ Ban biên tập mới được xuất bản bỏ qua" in joined(response)
    assert not refreshed(page).live
    assert not override_entries(page).exists()


@pytest.mark.django_db
def test_board_without_a_reason_is_refused_and_offered_the_override_page(client, login, commune):
    page = draft_article(commune.site, "Xã Tân Hà tổ chức ngày hội đại đoàn kết", CLEAN_HTML)
    login("board")

    response = publish(client, page, ADS_HTML, **{OVERRIDE_FIELD: "   "})

    text = joined(response)
    assert REFUSED in text
    assert reverse(OVERRIDE_URL_NAME, args=[page.pk]) in text
    assert not refreshed(page).live
    assert not override_entries(page).exists()


@pytest.mark.django_db
def test_board_with_a_reason_publishes_and_the_override_is_in_the_page_history(client, login, commune):
    page = draft_article(commune.site, "Chương trình tri ân khách hàng của doanh nghiệp", CLEAN_HTML)
    board = login("board")

    response = publish(client, page, ADS_HTML, **{OVERRIDE_FIELD: REASON})

    assert response.status_code == 302
    assert refreshed(page).live
    assert "bỏ qua cảnh báo tuân thủ" in joined(response)
    entry = override_entries(page).get()
    assert entry.user == board
    assert entry.data["reason"] == REASON
    assert [(f["rule"], f["severity"], f["evidence"]) for f in entry.data["findings"] if f["severity"] == "high"]
    assert any(ADS_URL in f["evidence"] for f in entry.data["findings"])

    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert OVERRIDE_LABEL in history


@pytest.mark.django_db
def test_board_overrides_on_the_confirmation_page(client, login, commune):
    page = draft_article(commune.site, "Giới thiệu sản phẩm OCOP của xã", ADS_HTML)
    url = reverse(OVERRIDE_URL_NAME, args=[page.pk])

    with unchanged(lambda: publish_state(page)):
        login("trusted_chief")
        assert denied(client.get(url))
        login("chief")
        assert denied(client.get(url))
        assert denied(client.post(url, {"reason": REASON}))
    assert not refreshed(page).live

    board = login("board")
    shown = client.get(url)
    assert shown.status_code == 200
    assert ADS_URL in shown.content.decode()

    empty = client.post(url, {"reason": "  "})
    assert empty.status_code == 200
    assert "Vui lòng ghi lý do" in empty.content.decode()
    assert not refreshed(page).live

    done = client.post(url, {"reason": REASON})
    assert done.status_code == 302
    assert refreshed(page).live
    entry = override_entries(page).get()
    assert (entry.user, entry.data["reason"]) == (board, REASON)


@pytest.mark.django_db
def test_a_clean_page_publishes_without_compliance_messages(client, login, trusted_commune):
    page = draft_article(trusted_commune.site, "Sơn Mỹ ra quân dọn vệ sinh bãi biển", CLEAN_HTML)
    login("trusted_chief")

    response = publish(client, page, CLEAN_HTML)

    assert refreshed(page).live
    text = joined(response)
    assert REFUSED not in text and WARNED not in text and "tuân thủ" not in text


@pytest.mark.django_db
def test_a_medium_finding_publishes_with_a_warning(client, login, trusted_commune):
    page = draft_article(trusted_commune.site, "Giá thanh long tăng mạnh", CLEAN_HTML)
    login("trusted_chief")

    response = publish(client, page, COPIED_HTML)

    assert refreshed(page).live
    text = joined(response)
    assert WARNED in text
    assert RULES["copyright.unattributed_copy"].title in text
    assert REFUSED not in text
    assert not override_entries(page).exists()


@pytest.mark.django_db
def test_a_finding_waived_by_an_inspector_does_not_block(client, login, trusted_commune):
    page = draft_article(trusted_commune.site, "Liên kết nhà tài trợ giải chạy", CLEAN_HTML)
    detection = next(item for item in detect_for_page(with_body(page, ADS_HTML)) if item.rule == "ads.link")
    Finding.objects.create(
        fingerprint=detection.fingerprint,
        site=trusted_commune.site,
        page=page,
        object_kind=detection.object_kind,
        object_id=detection.object_id,
        rule=detection.rule,
        severity=detection.severity,
        message=detection.message,
        evidence=detection.evidence,
        status=FindingStatus.WAIVED,
        waive_reason="Nhà tài trợ chính thức của giải chạy do huyện tổ chức.",
    )
    login("trusted_chief")

    response = publish(client, page, ADS_HTML)

    assert refreshed(page).live
    assert REFUSED not in joined(response)


@pytest.mark.django_db
def test_scheduled_publishing_is_checked_when_it_is_scheduled(client, login, trusted_commune):
    go_live = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    bad = draft_article(trusted_commune.site, "Lịch khuyến mãi cuối tuần", CLEAN_HTML)
    good = draft_article(trusted_commune.site, "Lịch tiếp công dân tháng 12", CLEAN_HTML)
    login("trusted_chief")

    response = publish(client, bad, ADS_HTML, go_live_at=go_live)
    assert REFUSED in joined(response)
    assert refreshed(bad).scheduled_revision is None

    publish(client, good, CLEAN_HTML, go_live_at=go_live)
    assert refreshed(good).scheduled_revision is not None, "scheduling itself works"


@pytest.mark.django_db
def test_edit_view_of_a_live_page_lists_its_open_findings(client, login, commune):
    page = draft_article(commune.site, "Tin có liên kết lạ", ADS_HTML)
    page.get_latest_revision().publish()
    Finding.objects.create(
        fingerprint="publish-check-test-open",
        site=commune.site,
        page=page,
        object_kind=ObjectKind.PAGE,
        object_id=page.pk,
        rule="ads.link",
        severity=Severity.HIGH,
        message="Liên kết tới trang quảng cáo.",
        evidence=ADS_URL,
    )
    Finding.objects.create(
        fingerprint="publish-check-test-resolved",
        site=commune.site,
        page=page,
        object_kind=ObjectKind.PAGE,
        object_id=page.pk,
        rule="ads.link",
        severity=Severity.HIGH,
        message="Liên kết tới trang quảng cáo.",
        evidence="https://da-sua.example/",
        status=FindingStatus.RESOLVED,
    )
    login("editor")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    text = joined(response)
    assert "Lần kiểm tra gần nhất" in text and ADS_URL in text
    assert "da-sua.example" not in text

    other = draft_article(commune.site, "Tin không có vi phạm", CLEAN_HTML)
    other.get_latest_revision().publish()
    assert "tuân thủ" not in joined(client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])))


@pytest.mark.django_db
def test_edit_view_of_a_draft_lists_what_the_publish_check_sees_in_it(client, login, commune):
    page = draft_article(commune.site, "Bản nháp có liên kết lạ", ADS_HTML)
    login("editor")

    text = joined(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))

    assert "Bản nháp mới nhất của trang có vi phạm tuân thủ" in text and ADS_URL in text
    assert "chặn việc xuất bản" in text
    assert "Lần kiểm tra gần nhất" not in text, "no scan has stored a finding of a draft"
