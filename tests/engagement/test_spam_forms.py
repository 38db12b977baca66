"""The spam guard (engagement/spam.py) on each citizens' form that uses it, Hỏi đáp's question form
and the comment form of Ý kiến bạn đọc: the honeypot, the fill time, the limits per address and per
e-mail, and no raw address kept. Each test runs once per form."""

import time
from dataclasses import dataclass

import pytest

from django.core.cache import cache

from engagement.models import Comment, Question
from engagement.spam import HONEYPOT_FIELD, STARTED_FIELD, started_token
from tests.helpers import COMMUNE_HOST

from .comment_factories import article_on, comment_data, comment_path
from .question_factories import ask_path, form_data


@dataclass
class PublicForm:
    kind: str  # the guard's kind, the key of SPAM_RATE_LIMITS
    path: str
    data: object  # (**overrides) -> what the form posts
    model: type
    noun: str  # how the e-mail limit's message names what was sent

    def post(self, client, **overrides):
        address = overrides.pop("REMOTE_ADDR", "127.0.0.1")
        return client.post(self.path, self.data(**overrides), HTTP_HOST=COMMUNE_HOST, REMOTE_ADDR=address)

    def stored(self):
        return self.model.objects.count()


@pytest.fixture(params=["question", "comment"])
def public_form(request, commune):
    if request.param == "question":
        return PublicForm("question", ask_path(commune), form_data, Question, "câu hỏi")
    return PublicForm("comment", comment_path(article_on(commune)), comment_data, Comment, "ý kiến")


def text_of(response):
    return response.content.decode()


def test_a_filled_honeypot_is_refused_and_the_next_form_carries_the_challenge(client, public_form):
    response = public_form.post(client, **{HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 400 and "gửi tự động" in text_of(response)
    assert public_form.stored() == 0
    assert "<altcha-widget" in text_of(client.get(public_form.path, HTTP_HOST=COMMUNE_HOST))


def test_a_form_sent_too_fast_forged_or_without_its_start_time_is_refused(client, public_form):
    assert public_form.post(client, **{STARTED_FIELD: started_token(time.time())}).status_code == 400
    assert public_form.post(client, **{STARTED_FIELD: "123:forged"}).status_code == 400
    assert public_form.post(client, **{STARTED_FIELD: None}).status_code == 400
    assert public_form.stored() == 0


def test_thirty_submissions_in_a_minute_from_one_address_are_refused_after_the_limit(client, public_form, settings):
    settings.SPAM_RATE_LIMITS = {public_form.kind: {"address": (10, 600), "email": (100, 3600)}}
    statuses = [
        public_form.post(client, email=f"nguoi{n}@example.com", REMOTE_ADDR="203.0.113.7").status_code
        for n in range(30)
    ]
    assert statuses[:5] == [200] * 5
    assert statuses[10:] == [429] * 20
    refused = public_form.post(client, email="them@example.com", REMOTE_ADDR="203.0.113.7")
    assert "quá nhiều lần" in text_of(refused) and "10 phút" in text_of(refused)
    assert public_form.stored() <= 10
    # Another address is not held back (past half the limit it may be asked the challenge, never a 429),
    # and nothing of the limit is in a cookie.
    assert public_form.post(client, email="x@example.com", REMOTE_ADDR="198.51.100.2").status_code != 429
    assert set(client.cookies) <= {"csrftoken"}


def test_one_email_is_limited_whatever_the_address(client, public_form, settings):
    settings.SPAM_RATE_LIMITS = {public_form.kind: {"address": (100, 600), "email": (2, 3600)}}
    accepted = public_form.data()["email"]
    for n in range(2):
        assert public_form.post(client, REMOTE_ADDR=f"192.0.2.{n}").status_code == 200
    refused = public_form.post(client, REMOTE_ADDR="192.0.2.9", email=accepted.upper())
    assert refused.status_code == 400
    assert f"Thư điện tử này đã gửi nhiều {public_form.noun}" in text_of(refused)
    assert public_form.stored() == 2


def test_no_raw_address_is_kept(client, public_form):
    public_form.post(client, REMOTE_ADDR="203.0.113.99")
    keys = list(cache._cache.keys())
    assert keys and not any("203.0.113.99" in key for key in keys)
    row = public_form.model.objects.get()
    assert "203.0.113.99" not in " ".join(str(value) for value in row.__dict__.values())
