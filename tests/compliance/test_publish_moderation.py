"""The compliance check in the publish step, through the admin: moderation, bulk publish and copies.

The workflow approval that ends a workflow (from the dashboard's action view, the approval modal
and the edit form), the page listing's bulk publish and copies that stay live.
"""

import pytest

from django.urls import reverse

from wagtail.models import TaskState, WorkflowState
from wagtail.rich_text import RichText

from articles.models import ArticlePage
from compliance.publish_check import OVERRIDE_FIELD, OVERRIDE_URL_NAME
from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, article_form_data, news_section
from tests.compliance.helpers import (
    ADS_HTML,
    ADS_URL,
    CLEAN_HTML,
    REASON,
    REFUSED,
    body_form,
    draft_article,
    edit_post,
    joined,
    latest_body,
    override_entries,
    refreshed,
)
from tests.helpers import current_task_state, workflow_action

# --- moderation ----------------------------------------------------------------------------------


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
    approved = workflow_action(client, page, "approve")
    assert REFUSED not in joined(approved)
    assert current_task_state(page).task.specific.unit == district

    board = login("board")
    refused = workflow_action(client, page, "approve")
    assert REFUSED in joined(refused) and "Trang vẫn ở bước duyệt hiện tại" in joined(refused)
    assert not refreshed(page).live
    assert current_task_state(page).status == TaskState.STATUS_IN_PROGRESS

    workflow_action(client, page, "approve", **{OVERRIDE_FIELD: REASON})
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
    workflow_action(client, page, "approve")

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
    workflow_action(client, page, "approve")

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
    workflow_action(client, page, "approve")

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
    workflow_action(client, page, "approve")

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
    response = workflow_action(client, page, "approve", **{OVERRIDE_FIELD: REASON})
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
    approved = workflow_action(client, page, "approve")
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
