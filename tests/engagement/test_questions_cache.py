"""Hỏi đáp behind the page cache: the listing and the answers come from it and are expired when
an answer is published, changed or closed; the form to ask and the lookup always answer afresh."""

import pytest

from django.contrib.auth import get_user_model

from engagement import questions as steps
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST
from tests.purge_recorder import recording_purge_server

from .question_factories import answered_question, ask_path, lookup_path, make_question, page_path, published_question

pytestmark = pytest.mark.django_db

READER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def staff(db):
    return get_user_model().objects.get(username="chief")


def get(client, path):
    response = client.get(path, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    assert response.status_code == 200, (path, response.status_code)
    return response


def is_hit(response):
    return response.get("X-Page-Cache") == "hit"


def test_the_listing_comes_from_the_cache_and_shows_an_answer_once_published(client, commune, staff):
    get(client, page_path(commune))
    assert is_hit(get(client, page_path(commune)))
    assert "public" in get(client, page_path(commune))["Cache-Control"]

    question = answered_question(commune, staff, title="Cấp lại giấy chứng nhận quyền sử dụng đất bị mất")
    listing = get(client, page_path(commune))
    assert is_hit(listing)  # answered but not yet published: nothing public changed
    assert question.title not in listing.content.decode()

    steps.publish(question, staff, notify=False)
    listing = get(client, page_path(commune))
    assert not is_hit(listing)
    assert question.title in listing.content.decode()


def test_an_answer_changed_or_closed_after_publishing_is_not_served_stale(client, commune, staff):
    question = published_question(commune, staff, title="Thủ tục chuyển trường cho học sinh")
    detail = page_path(commune, f"{question.pk}/")
    get(client, detail)
    assert is_hit(get(client, detail))

    question.answer = "Phụ huynh nộp đơn tại trường nơi chuyển đến; hồ sơ gồm học bạ và giấy giới thiệu."
    question.save()
    refreshed = get(client, detail)
    assert not is_hit(refreshed)
    assert "giấy giới thiệu" in refreshed.content.decode()

    get(client, page_path(commune))
    steps.close(question, staff, "Câu hỏi trùng với câu đã trả lời")
    assert question.title not in get(client, page_path(commune)).content.decode()


def test_a_question_received_expires_nothing(client, commune):
    get(client, page_path(commune))
    make_question(commune)
    assert is_hit(get(client, page_path(commune)))


def test_the_form_and_the_lookup_are_never_stored(client, commune):
    for path in (ask_path(commune), lookup_path(commune)):
        get(client, path)
        again = get(client, path)
        assert not is_hit(again)
        assert "no-store" in again["Cache-Control"]
        assert "csrfmiddlewaretoken" in again.content.decode()


def test_publishing_an_answer_purges_the_listing_and_the_answer_from_the_front_cache(
    settings, commune, staff, django_capture_on_commit_callbacks
):
    question = answered_question(commune, staff)
    with recording_purge_server(settings) as server, django_capture_on_commit_callbacks(execute=True):
        steps.publish(question, staff, notify=False)
    purged = set(server.purged)
    assert (COMMUNE_HOST, page_path(commune)) in purged
    assert (COMMUNE_HOST, page_path(commune, f"{question.pk}/")) in purged
    assert (COMMUNE_HOST, "/") in purged
    assert (DISTRICT_HOST, "/") in purged
