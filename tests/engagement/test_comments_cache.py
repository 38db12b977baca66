"""Ý kiến bạn đọc and the page cache: the article stays cached with its comment box, the form page is
never kept, and approving, rejecting or deleting a shown comment renders the article afresh (and
purges the front cache), like publishing it does."""

import pytest

from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from cms.page_cache import HIT_HEADER
from engagement import comments as steps
from engagement.models import Comment
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST
from tests.purge_recorder import recording_purge_server

from .comment_factories import article_on, article_path, comment_data, comment_path, make_comment

READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def article(commune):
    article = article_on(commune)
    article.save_revision().publish()
    return article


@pytest.fixture
def reader():
    return Client(HTTP_USER_AGENT=READER)


def read(reader, unit, article, host=COMMUNE_HOST):
    response = reader.get(article_path(unit, article), HTTP_HOST=host)
    assert response.status_code == 200
    return response


def test_the_article_with_its_comment_box_comes_from_the_cache_and_sets_no_cookie(reader, commune, article):
    read(reader, commune, article)
    hit = read(reader, commune, article)
    assert hit.get(HIT_HEADER) == "hit"
    assert f'href="{comment_path(article)}"' in hit.content.decode()
    assert not hit.cookies and "csrfmiddlewaretoken" not in hit.content.decode()


def test_the_form_page_is_never_kept_and_works_after_a_cached_article(reader, commune, article):
    read(reader, commune, article)
    read(reader, commune, article)
    for _ in range(2):
        form = reader.get(comment_path(article), HTTP_HOST=COMMUNE_HOST)
        assert form.get(HIT_HEADER) is None and "no-store" in form["Cache-Control"]
    response = reader.post(comment_path(article), comment_data(), HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 200 and Comment.objects.count() == 1


def test_approving_in_the_admin_shows_the_comment_on_the_cached_article(
    reader, client, login, commune, article, django_capture_on_commit_callbacks
):
    comment = make_comment(commune, article, text="Cảm ơn xã, đường thôn 3 đã sạch đẹp.")
    read(reader, commune, article)
    assert read(reader, commune, article).get(HIT_HEADER) == "hit"
    login("editor")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("engagement_comment_approve", args=[comment.pk])).status_code == 302
    fresh = read(reader, commune, article)
    assert fresh.get(HIT_HEADER) is None and comment.text in fresh.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("engagement_comment_reject", args=[comment.pk]))
    assert comment.text not in read(reader, commune, article).content.decode()


def test_deleting_a_shown_comment_takes_it_off_the_cached_article(
    reader, commune, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(commune, article, text="Ý kiến sẽ bị xoá khỏi bài.", status="approved")
    assert comment.text in read(reader, commune, article).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        steps.delete(comment)
    assert comment.text not in read(reader, commune, article).content.decode()


def test_a_new_pending_comment_leaves_the_cache_alone(reader, commune, article, django_capture_on_commit_callbacks):
    read(reader, commune, article)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        reader.post(comment_path(article), comment_data(), HTTP_HOST=COMMUNE_HOST)
    assert not callbacks and Comment.objects.count() == 1
    assert read(reader, commune, article).get(HIT_HEADER) == "hit"


def test_moderating_expires_the_articles_site_not_a_neighbour(
    reader, commune, other_commune, article, django_capture_on_commit_callbacks
):
    neighbour = article_on(other_commune, title="Thị trấn Tân Nghĩa sửa chữa chợ")
    neighbour.save_revision().publish()
    read(reader, other_commune, neighbour, host=OTHER_COMMUNE_HOST)
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(commune, article, status="approved")
    assert read(reader, other_commune, neighbour, host=OTHER_COMMUNE_HOST).get(HIT_HEADER) == "hit"


def test_approving_purges_the_front_cache_of_the_article(
    settings, commune, article, django_capture_on_commit_callbacks
):
    comment = make_comment(commune, article)
    with recording_purge_server(settings) as server, django_capture_on_commit_callbacks(execute=True):
        steps.approve(comment, None)
    assert (COMMUNE_HOST, article_path(commune, article)) in set(server.purged)


def test_switching_a_portal_off_shows_on_its_cached_articles(
    reader, commune, article, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_PARTS_CACHE_SECONDS = 300  # the switch is kept with the site's page parts
    read(reader, commune, article)
    with django_capture_on_commit_callbacks(execute=True):
        steps.set_site_rule(commune.site, accepts_comments=False)
    html = read(reader, commune, article).content.decode()
    assert f'href="{comment_path(article)}"' not in html
    assert reader.get(comment_path(article), HTTP_HOST=COMMUNE_HOST).status_code == 404


def test_a_comment_shown_at_once_expires_the_cached_article(
    reader, commune, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        steps.set_site_rule(commune.site, premoderated=False)
    read(reader, commune, article)
    assert read(reader, commune, article).get(HIT_HEADER) == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        reader.post(
            comment_path(article), comment_data(text="Hiển thị ngay trên bài đã lưu sẵn"), HTTP_HOST=COMMUNE_HOST
        )
    assert "Hiển thị ngay trên bài đã lưu sẵn" in read(reader, commune, article).content.decode()
