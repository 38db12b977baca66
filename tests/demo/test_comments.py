"""The demo's Ý kiến bạn đọc: comments waiting and approved on the district and three communes,
the approved ones under their articles without the e-mail, a queue for the commune's editor, and a
second run that adds nothing."""

from collections import Counter

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from engagement.models import Comment, CommentStatus

from .helpers import run_load_demo

pytestmark = pytest.mark.django_db


def test_the_demo_has_waiting_and_approved_comments_on_four_portals(demo):
    by_site = Counter(Comment.objects.values_list("site__hostname", flat=True))
    assert {"localhost", "tan-ha.localhost", "tan-nghia.localhost", "son-my.localhost"} <= set(by_site)
    statuses = Counter(Comment.objects.values_list("status", flat=True))
    assert statuses[CommentStatus.PENDING] >= 3 and statuses[CommentStatus.APPROVED] >= 3
    assert statuses[CommentStatus.REJECTED] >= 1


def test_approved_demo_comments_are_under_their_article(client, demo):
    pending = Comment.objects.filter(site__hostname="tan-ha.localhost", status=CommentStatus.PENDING)
    comment = Comment.objects.filter(page__in=pending.values("page"), status=CommentStatus.APPROVED).first()
    html = client.get(comment.page.url, HTTP_HOST="tan-ha.localhost").content.decode()
    assert comment.text in html and comment.name in html and comment.email not in html
    assert not any(waiting.text in html for waiting in pending.filter(page=comment.page))


def test_the_commune_editor_finds_its_comments_in_the_queue(client, demo):
    client.force_login(get_user_model().objects.get(username="tanha_bientap"))
    response = client.get(reverse("engagement_comments"))
    hosts = {comment.site.hostname for comment in response.context["comments"]}
    assert hosts == {"tan-ha.localhost"}


def test_the_first_run_reports_its_comments_and_a_second_adds_none(first_run_output, demo):
    assert "ý kiến bạn đọc" in first_run_output
    before = Comment.objects.count()
    run_load_demo()
    assert Comment.objects.count() == before
