"""Moderation: commune review, then the district board; rejections carry a comment."""

import pytest

from django.urls import reverse

from wagtail.models import TaskState, WorkflowState

from tests.articles.factories import article_form_data
from tests.helpers import current_task_state, workflow_action
from tests.helpers import submit_news as submit_to_review

NEWS_TITLE = "Xã Tân Hà ra quân làm đường giao thông nông thôn"


def submit_news(client, commune):
    """The commune editor writes a news page and submits it for moderation through the admin."""
    return submit_to_review(
        client,
        commune,
        NEWS_TITLE,
        "ra-quan-lam-duong",
        summary="Hơn 300 đoàn viên, hội viên cùng nhân dân ra quân bê tông hóa 1,2 km đường thôn.",
    )


def act(client, page, action, comment=""):
    return workflow_action(client, page, action, comment)


def dashboard(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_commune_news_reaches_board_only_after_commune_approval(client, login, commune, district):
    login("editor")
    page = submit_news(client, commune)
    assert not page.live
    assert current_task_state(page).task.specific.unit == commune

    # The board neither sees it awaiting review nor can approve the commune's step.
    login("board")
    assert NEWS_TITLE not in dashboard(client)
    act(client, page, "approve")
    assert current_task_state(page).task.specific.unit == commune

    login("chief")
    assert NEWS_TITLE in dashboard(client)
    act(client, page, "approve")
    page.refresh_from_db()
    assert not page.live
    assert current_task_state(page).task.specific.unit == district

    login("board")
    assert NEWS_TITLE in dashboard(client)
    act(client, page, "approve")
    page.refresh_from_db()
    assert page.live
    assert client.get(page.relative_url(commune.site), HTTP_HOST=commune.site.hostname).status_code == 200


@pytest.mark.django_db
def test_other_communes_head_editor_cannot_approve(client, login, commune):
    login("editor")
    page = submit_news(client, commune)
    login("other_chief")
    act(client, page, "approve")
    assert current_task_state(page).task.specific.unit == commune


@pytest.mark.django_db
def test_trusted_commune_publishes_after_its_own_approval(client, login, trusted_commune):
    from django.contrib.auth import get_user_model

    from sites.membership import add_member

    add_member("sonmy_editor", trusted_commune.site.hostname, "editor")
    client.force_login(get_user_model().objects.get(username="sonmy_editor"))
    page = submit_news(client, trusted_commune)
    login("trusted_chief")
    act(client, page, "approve")
    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db
def test_rejection_without_comment_is_refused(client, login, commune):
    login("editor")
    page = submit_news(client, commune)
    login("chief")
    act(client, page, "reject", comment="   ")
    state = current_task_state(page)
    assert state.status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.django_db
def test_rejection_from_edit_form_without_comment_is_refused(client, login, commune):
    login("editor")
    page = submit_news(client, commune)
    login("chief")
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        article_form_data(
            page.title,
            page.slug,
            summary=page.summary,
            **{"action-workflow-action": "true", "workflow-action-name": "reject", "workflow-action-extra-data": "{}"},
        ),
        follow=True,
    )
    assert "phải kèm nội dung cần sửa" in response.content.decode()
    assert current_task_state(page).status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.django_db
def test_author_sees_the_rejection_comment(client, login, commune):
    login("editor")
    page = submit_news(client, commune)
    login("chief")
    act(client, page, "reject", comment="Bổ sung số liệu km đường đã làm và tên người chụp ảnh.")
    workflow_state = WorkflowState.objects.get(object_id=str(page.pk))
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    login("editor")
    content = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Bổ sung số liệu km đường đã làm và tên người chụp ảnh." in content
