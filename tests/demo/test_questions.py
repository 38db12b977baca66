"""The demo's Hỏi đáp: questions in every state on the district and three communes, published
answers on the portals, an inbox for the commune's editor, and a second run that adds nothing."""

from collections import Counter

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from engagement.models import Question, QuestionStatus

from .helpers import run_load_demo

pytestmark = pytest.mark.django_db


def test_the_demo_has_questions_in_every_state_on_four_portals(demo):
    by_site = Counter(Question.objects.values_list("site__hostname", flat=True))
    assert {"localhost", "tan-ha.localhost", "tan-nghia.localhost", "son-my.localhost"} <= set(by_site)
    statuses = set(Question.objects.values_list("status", flat=True))
    assert {
        QuestionStatus.RECEIVED,
        QuestionStatus.ASSIGNED,
        QuestionStatus.ANSWERED,
        QuestionStatus.PUBLISHED,
    } <= statuses
    cited = Question.objects.filter(status=QuestionStatus.PUBLISHED, cited_documents__isnull=False).distinct()
    assert cited.exists()


def test_published_demo_answers_are_on_the_portal(client, demo):
    question = Question.objects.filter(site__hostname="localhost", status=QuestionStatus.PUBLISHED).first()
    html = client.get("/hoi-dap/", HTTP_HOST="localhost").content.decode()
    assert question.title in html and question.asker_name not in html


def test_the_commune_editor_finds_its_questions_in_the_inbox(client, demo):
    client.force_login(get_user_model().objects.get(username="tanha_bientap"))
    response = client.get(reverse("engagement_questions"), {"status": "all"})
    hosts = {question.site.hostname for question in response.context["questions"]}
    assert hosts == {"tan-ha.localhost"}


def test_the_first_run_reports_its_questions_and_a_second_adds_none(first_run_output, demo):
    assert "câu hỏi của người dân" in first_run_output
    before = Question.objects.count()
    run_load_demo()
    assert Question.objects.count() == before
