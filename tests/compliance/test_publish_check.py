"""The compliance check in the publish step, through the admin as the people who use it.

Every publish path is driven over HTTP: the edit and create views' "Publish" (also scheduled), the
workflow approval that ends a workflow (from the dashboard's action view and from the edit form),
the page listing's bulk publish and the board's override page.
"""

import datetime

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry, TaskState, WorkflowState
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.models import ArticlePage
from compliance.models import Finding, FindingStatus, ObjectKind, Severity
from compliance.publish_check import OVERRIDE_ACTION, OVERRIDE_FIELD, OVERRIDE_LABEL, OVERRIDE_URL_NAME
from compliance.rules import RULES
from compliance.scanner import detect_for_page
from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, article_form_data, news_section

ADS_URL = "https://fb88.com/khuyen-mai"
ADS_HTML = f'<p>Nhận ưu đãi tại <a href="{ADS_URL}">trang khuyến mãi</a> hôm nay.</p>'
COPIED_HTML = "<p>Theo báo Tuổi Trẻ, giá thanh long ruột đỏ tăng gấp đôi so với tháng trước.</p>"
CLEAN_HTML = '<p>Xem chi tiết trên <a href="https://binhthuan.gov.vn/tin-tuc">Cổng thông tin tỉnh</a>.</p>'

REFUSED = "Không xuất bản"
WARNED = "Xuất bản kèm cảnh báo tuân thủ"
REASON = "Đường dẫn đã được Sở TT&TT xác nhận là trang của nhà tài trợ chương trình, không phải quảng cáo."


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def joined(response):
    return "\n".join(messages_of(response))


def body_form(html):
    return nested_form_data({"body": streamfield([("paragraph", rich_text(html))])})


def draft_article(site, title, html, **kwargs):
    """A never-published article whose latest revision carries `html` in its body."""
    page = ArticlePageFactory(
        parent=news_section(site), title=title, live=False, body=[("paragraph", RichText(html))], **kwargs
    )
    page.save_revision()
    return page


def edit_post(client, page, html, **extra):
    data = article_form_data(page.title, page.slug, summary=page.summary, **body_form(html), **extra)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def publish(client, page, html, **extra):
    return edit_post(client, page, html, **{"action-publish": "action-publish", **extra})


def refreshed(page):
    return ArticlePage.objects.get(pk=page.pk)


def latest_body(page):
    return str(refreshed(page).get_latest_revision_as_object().body[0].value)


def denied(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def with_body(page, html):
    page = refreshed(page)
    page.body = [("paragraph", RichText(html))]
    return page


def override_entries(page):
    return PageLogEntry.objects.filter(page=page, action=OVERRIDE_ACTION)


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
def test_edit_view_lists_the_pages_open_findings(client, login, commune):
    page = draft_article(commune.site, "Tin có liên kết lạ", ADS_HTML)
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
    assert "Lần kiểm tra gần nhất" not in joined(client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])))


# --- moderation ----------------------------------------------------------------------------------


def current_task_state(page):
    return WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS).current_task_state


def act(client, page, action, **data):
    task_state = current_task_state(page)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]), {"comment": "", **data}
    )


def submit_with_ads(client, site, slug):
    parent = news_section(site)
    data = article_form_data(
        "Thông báo chương trình ưu đãi", slug, **body_form(ADS_HTML), **{"action-submit": "action-submit"}
    )
    response = client.post(reverse("wagtailadmin_pages:add", args=["articles", "articlepage", parent.pk]), data)
    return response, ArticlePage.objects.get(slug=slug)


@pytest.mark.django_db
def test_an_editor_submitting_from_the_edit_view_sees_the_findings(client, login, commune):
    page = draft_article(commune.site, "Tin về phiên chợ quê", CLEAN_HTML)
    login("editor")

    response = edit_post(client, page, ADS_HTML, **{"action-submit": "action-submit"})

    text = joined(response)
    assert "Đã gửi duyệt; trang có cảnh báo tuân thủ" in text and ADS_URL in text
    assert REFUSED not in text
    assert current_task_state(page).task.specific.unit == commune
    assert not refreshed(page).live


@pytest.mark.django_db
def test_board_approval_that_publishes_needs_an_override(client, login, commune, district):
    login("editor")
    response, page = submit_with_ads(client, commune.site, "uu-dai-tan-ha")
    assert "Đã gửi duyệt" in joined(response) and ADS_URL in joined(response), "the editor is warned, not blocked"
    assert current_task_state(page).task.specific.unit == commune

    login("chief")  # the commune step does not publish: it goes on, with the findings shown
    approved = act(client, page, "approve")
    assert REFUSED not in joined(approved)
    assert current_task_state(page).task.specific.unit == district

    board = login("board")
    refused = act(client, page, "approve")
    assert REFUSED in joined(refused) and "Trang vẫn ở bước duyệt hiện tại" in joined(refused)
    assert not refreshed(page).live
    assert current_task_state(page).status == TaskState.STATUS_IN_PROGRESS

    act(client, page, "approve", **{OVERRIDE_FIELD: REASON})
    assert refreshed(page).live
    assert override_entries(page).get().user == board


APPROVE_FROM_FORM = {
    "action-workflow-action": "true",
    "workflow-action-name": "approve",
    "workflow-action-extra-data": "{}",
}


@pytest.mark.django_db
def test_the_approval_modal_is_refused_too(client, login, commune):
    login("editor")
    _, page = submit_with_ads(client, commune.site, "uu-dai-hop-thoai")
    login("chief")
    act(client, page, "approve")

    login("board")
    task_state = current_task_state(page)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Đồng ý"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response.json()["redirect"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert REFUSED in joined(response)
    assert not refreshed(page).live


@pytest.mark.django_db
def test_board_approves_with_a_reason_on_the_override_page(client, login, commune):
    login("editor")
    _, page = submit_with_ads(client, commune.site, "uu-dai-xac-nhan")
    login("chief")
    act(client, page, "approve")

    board = login("board")
    url = reverse(OVERRIDE_URL_NAME, args=[page.pk])
    assert "Duyệt và xuất bản bỏ qua cảnh báo" in client.get(url).content.decode()
    client.post(url, {"reason": REASON})

    assert refreshed(page).live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_APPROVED
    final = TaskState.objects.filter(workflow_state__object_id=str(page.pk)).order_by("-pk").first()
    assert (final.finished_by, final.comment) == (board, REASON)
    assert override_entries(page).get().data["reason"] == REASON


@pytest.mark.django_db
def test_board_approval_from_the_edit_form_is_checked_and_keeps_edits(client, login, commune, settings):
    # Edits made while approving would otherwise send the page back to the commune step instead
    # of publishing it (the project's WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT).
    settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
    login("editor")
    _, page = submit_with_ads(client, commune.site, "uu-dai-tu-form")
    login("chief")
    act(client, page, "approve")

    login("board")
    edited = ADS_HTML.replace("hôm nay", "trong tuần")
    response = edit_post(client, page, edited, **APPROVE_FROM_FORM)
    assert response.status_code == 302
    assert REFUSED in joined(response)
    assert not refreshed(page).live
    assert current_task_state(page).status == TaskState.STATUS_IN_PROGRESS
    assert "trong tuần" in latest_body(page), "the approver's edits are kept as a draft"

    edit_post(client, page, edited, **APPROVE_FROM_FORM, **{OVERRIDE_FIELD: REASON})
    assert refreshed(page).live
    assert override_entries(page).get().data["reason"] == REASON


@pytest.mark.django_db
def test_an_edit_while_approving_restarts_the_review_and_is_not_refused(client, login, commune):
    login("editor")
    _, page = submit_with_ads(client, commune.site, "uu-dai-sua-lai")
    login("chief")
    act(client, page, "approve")

    login("board")
    response = edit_post(client, page, ADS_HTML.replace("hôm nay", "trong tuần"), **APPROVE_FROM_FORM)
    assert REFUSED not in joined(response)
    assert ADS_URL in joined(response), "the findings are still shown"
    assert not refreshed(page).live
    assert current_task_state(page).task.specific.unit == commune


def sonmy_editor_client(client, trusted_commune):
    """A second editor of the trusted commune, who submits to its only step."""
    from django.contrib.auth import get_user_model

    from sites.membership import add_member

    add_member("sonmy_editor", trusted_commune.site.hostname, "editor")
    client.force_login(get_user_model().objects.get(username="sonmy_editor"))
    return client


@pytest.mark.django_db
def test_trusted_commune_final_approval_is_refused_with_a_high_finding(client, login, trusted_commune):
    sonmy_editor_client(client, trusted_commune)
    _, page = submit_with_ads(client, trusted_commune.site, "uu-dai-son-my")

    login("trusted_chief")
    response = act(client, page, "approve", **{OVERRIDE_FIELD: REASON})
    assert REFUSED in joined(response)
    assert not refreshed(page).live
    assert current_task_state(page).status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.django_db
def test_a_clean_page_goes_through_moderation_untouched(client, login, trusted_commune):
    sonmy_editor_client(client, trusted_commune)
    parent = news_section(trusted_commune.site)
    data = article_form_data(
        "Lịch tiêm chủng tháng 12", "lich-tiem-chung", **body_form(CLEAN_HTML), **{"action-submit": "action-submit"}
    )
    submitted = client.post(reverse("wagtailadmin_pages:add", args=["articles", "articlepage", parent.pk]), data)
    assert "tuân thủ" not in joined(submitted)
    page = ArticlePage.objects.get(slug="lich-tiem-chung")

    login("trusted_chief")
    approved = act(client, page, "approve")
    assert "tuân thủ" not in joined(approved)
    assert refreshed(page).live


# --- bulk publish -------------------------------------------------------------------------------------


def bulk_publish(client, pages, next_url):
    ids = "&".join(f"id={page.pk}" for page in pages)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?{ids}&next={next_url}"
    return client.post(url, {})


@pytest.mark.django_db
def test_bulk_publish_refuses_all_when_one_page_has_a_high_finding(client, login, commune):
    clean = draft_article(commune.site, "Họp mặt kỷ niệm ngày Nhà giáo", CLEAN_HTML)
    bad = draft_article(commune.site, "Khuyến mãi lớn cuối năm", ADS_HTML)
    section = news_section(commune.site)
    next_url = reverse("wagtailadmin_explore", args=[section.pk])
    login("board")

    response = bulk_publish(client, [clean, bad], next_url)

    assert response.status_code == 302 and response.url == next_url
    text = joined(response)
    assert REFUSED in text and bad.title in text and ADS_URL in text
    assert not refreshed(clean).live and not refreshed(bad).live

    bulk_publish(client, [clean], next_url)
    assert refreshed(clean).live


@pytest.mark.django_db
def test_bulk_publish_with_descendants_checks_the_draft_descendants(client, login, commune):
    section = NewsIndexPageFactory(parent=news_section(commune.site), title="Tin doanh nghiệp")
    clean = draft_article(commune.site, "Doanh nghiệp đóng góp quỹ vì người nghèo", CLEAN_HTML)
    ArticlePage.objects.get(pk=clean.pk).move(section, pos="last-child")
    bad = draft_article(commune.site, "Doanh nghiệp giới thiệu khuyến mãi", ADS_HTML)
    ArticlePage.objects.get(pk=bad.pk).move(section, pos="last-child")
    next_url = reverse("wagtailadmin_explore", args=[news_section(commune.site).pk])
    login("board")

    ids = f"id={section.pk}"
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?{ids}&next={next_url}"
    response = client.post(url, {"include_descendants": "on"})

    assert REFUSED in joined(response) and bad.title in joined(response)
    assert not refreshed(clean).live and not refreshed(bad).live


# --- copies ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_live_copy_of_a_page_with_a_high_finding_is_refused(client, login, commune, other_commune):
    source = ArticlePageFactory(
        parent=news_section(commune.site), title="Tin có liên kết cá cược", body=[("paragraph", RichText(ADS_HTML))]
    )
    target = news_section(other_commune.site)
    url = reverse("wagtailadmin_pages:copy", args=[source.pk])
    login("board")

    data = {"new_title": "Bản sao", "new_slug": "ban-sao-lien-ket", "new_parent_page": target.pk}
    refused = client.post(url, {**data, "publish_copies": "on"})
    assert "Không sao chép ở trạng thái xuất bản" in joined(refused)
    assert not ArticlePage.objects.filter(slug="ban-sao-lien-ket").exists()

    client.post(url, data)
    assert not ArticlePage.objects.get(slug="ban-sao-lien-ket").live, "a draft copy is allowed"
