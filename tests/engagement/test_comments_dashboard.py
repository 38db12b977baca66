"""The dashboard panel of what waits in engagement: comments to moderate, questions open and
overdue, counted for the user's own scope, in the same queries whatever the number of portals."""

import pytest

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from engagement.dashboard import WaitingPanel, add_waiting_panel
from engagement.models import Question
from tests.helpers import PROVINCE_COMMUNE_HOST, unit_on

from .comment_factories import article_on, make_comment
from .question_factories import make_question


def panel_for(username):
    request = RequestFactory().get("/admin/")
    request.user = get_user_model().objects.get(username=username)
    panels = []
    add_waiting_panel(request, panels)
    return request, panels


def panel_context(username):
    request, panels = panel_for(username)
    (panel,) = [panel for panel in panels if isinstance(panel, WaitingPanel)]
    return panel.get_context_data({"request": request})


@pytest.fixture
def waiting(commune, other_commune):
    for unit, count in ((commune, 2), (other_commune, 1)):
        article = article_on(unit, title=f"Tin của {unit.name}")
        for n in range(count):
            make_comment(unit, article, text=f"Ý kiến số {n} chờ duyệt")
        make_comment(unit, article, text="Ý kiến đã duyệt", status="approved")
    ward = unit_on(PROVINCE_COMMUNE_HOST)
    make_comment(ward, article_on(ward, title="Tin của phường Đà Lạt"), text="Ý kiến ngoài huyện")
    make_question(commune, title="Câu hỏi mới nhận")
    overdue = make_question(commune, title="Câu hỏi đã quá hạn")
    Question.objects.filter(pk=overdue.pk).update(due_on=timezone.localdate() - timezone.timedelta(days=3))
    make_question(other_commune, title="Câu hỏi của thị trấn")


@pytest.mark.sqlite
def test_each_user_counts_its_own_scope(waiting):
    editor = panel_context("editor")
    assert editor["pending_comments"] == 2
    assert editor["questions"] == {"open": 2, "overdue": 1}
    board = panel_context("board")
    assert board["pending_comments"] == 3
    assert board["questions"] == {"open": 3, "overdue": 1}
    assert panel_context("province_board")["pending_comments"] == 1


def test_a_collaborator_sees_its_questions_but_no_comment_count(waiting):
    collaborator = panel_context("collaborator")
    assert "pending_comments" not in collaborator and collaborator["questions"]["open"] == 2


def test_the_dashboard_shows_the_panel_with_its_links(client, login, waiting):
    login("editor")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Ý kiến bạn đọc chờ duyệt: 2" in html and f"{reverse('engagement_comments')}?status=pending" in html
    assert "Câu hỏi quá hạn trả lời: 1" in html and reverse("engagement_questions_overdue") in html


def test_two_queries_whatever_the_number_of_portals(waiting, district, trusted_commune):
    request, panels = panel_for("board")
    (panel,) = panels  # deciding to show it read the user's roles, once per request (sites.access)
    with CaptureQueriesContext(connection) as few:
        panel.get_context_data({"request": request})
    for unit in (district, trusted_commune):
        article = article_on(unit, title=f"Tin thêm của {unit.name}")
        make_comment(unit, article)
        make_question(unit, title=f"Câu hỏi thêm của {unit.name}")
    with CaptureQueriesContext(connection) as more:
        context = panel.get_context_data({"request": request})
    assert context["pending_comments"] == 5
    assert len(few) == len(more) == 2


def test_an_anonymous_or_roleless_user_gets_no_panel(db):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/admin/")
    request.user = AnonymousUser()
    panels = []
    add_waiting_panel(request, panels)
    assert panels == []
    request.user = get_user_model().objects.create_user("nobody", password="x")
    add_waiting_panel(request, panels)
    assert panels == []
