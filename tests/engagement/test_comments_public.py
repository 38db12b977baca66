"""Ý kiến bạn đọc, the reader's side: the form and its bad input, pre-moderation, what the article
shows (plain text, never the e-mail), the switches, and the 404s of pages that take no comment."""

import re

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from engagement import comments as steps
from engagement.models import Comment, CommentStatus
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST, PROVINCE_COMMUNE_HOST

from .comment_factories import article_on, article_path, comment_data, comment_path, make_comment

RECEIVED = "Ý kiến của bạn đã được gửi và sẽ hiển thị sau khi được duyệt"


@pytest.fixture
def article(commune):
    return article_on(commune)


def post_comment(client, article, host=COMMUNE_HOST, **overrides):
    return client.post(comment_path(article), comment_data(**overrides), HTTP_HOST=host)


def text_of(response):
    return response.content.decode()


def article_html(client, unit, article, host=COMMUNE_HOST):
    response = client.get(article_path(unit, article), HTTP_HOST=host)
    assert response.status_code == 200
    return text_of(response)


@pytest.mark.sqlite
def test_the_article_links_the_form_which_asks_consent_unticked(client, commune, article):
    html = article_html(client, commune, article)
    assert "Ý kiến bạn đọc" in html and f'href="{comment_path(article)}"' in html
    response = client.get(comment_path(article), HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]  # the form carries a CSRF token: never kept by a cache
    form = text_of(response)
    consent = re.search(r"<input[^>]*name=\"consent\"[^>]*>", form).group(0)
    assert "checked" not in consent
    assert 'name="csrfmiddlewaretoken"' in form and "Nghị định số 356/2025/NĐ-CP" in form
    assert article.title in form


@pytest.mark.sqlite
def test_a_comment_waits_for_moderation_then_shows_without_the_email(client, commune, article):
    response = post_comment(client, article, text="Đường làm xong chưa?\nBà con mong lắm.")
    assert response.status_code == 200, text_of(response)[:2000]
    assert RECEIVED in text_of(response)
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert (comment.site, comment.unit, comment.authority) == (commune.site, commune, commune.parent)
    assert comment.consented_at is not None
    assert "Bà con mong lắm" not in article_html(client, commune, article)  # not before it is approved
    steps.approve(comment, None)
    html = article_html(client, commune, article)
    assert "Trần Thị Mai" in html and "Đường làm xong chưa?<br>Bà con mong lắm." in html
    assert comment.created_at.astimezone().strftime("%d/%m/%Y") in html
    assert "mai@example.com" not in html


def test_rejected_and_pending_comments_are_not_shown(client, commune, article):
    make_comment(commune, article, text="Ý kiến bị từ chối vì lạc đề", status="rejected")
    make_comment(commune, article, text="Ý kiến còn chờ duyệt ở đây")
    make_comment(commune, article, text="Ý kiến đã được duyệt đăng", status="approved")
    html = article_html(client, commune, article)
    assert "Ý kiến đã được duyệt đăng" in html
    assert "bị từ chối" not in html and "còn chờ duyệt" not in html
    assert "Ý kiến bạn đọc (1)" in html


def test_html_script_and_links_are_shown_as_text(client, commune, article):
    typed = "<script>alert('x')</script> xem <a href=\"http://spam.example\">đây</a> http://spam.example/khuyen-mai 😀"
    assert post_comment(client, article, text=typed).status_code == 200
    comment = Comment.objects.get()
    assert comment.text == typed  # kept as typed
    steps.approve(comment, None)
    html = article_html(client, commune, article)
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert 'href="http://spam.example' not in html and "http://spam.example/khuyen-mai 😀" in html


def test_emoji_and_mixed_scripts_are_accepted_in_the_text(client, article):
    text = "Rất hay 👍🏽 – 和平 – Привет – مرحبا – ສະບາຍດີ"
    assert post_comment(client, article, name="Nguyễn Ánh", text=text).status_code == 200
    assert Comment.objects.get().text == text


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"name": ""}, "Vui lòng nhập họ và tên."),
        ({"name": "A" * 101}, "Họ và tên dài tối đa 100 ký tự"),
        ({"name": "Mai 😀"}, "Họ và tên chỉ gồm chữ cái"),
        ({"name": "<b>Mai</b>"}, "Họ và tên chỉ gồm chữ cái"),
        ({"email": ""}, "Vui lòng nhập thư điện tử."),
        ({"email": "mai.example.com"}, "Thư điện tử không hợp lệ"),
        ({"email": "a" * 250 + "@example.com"}, "Thư điện tử dài tối đa 254 ký tự"),
        ({"text": ""}, "Vui lòng nhập nội dung ý kiến."),
        ({"text": "   \t  "}, "Vui lòng nhập nội dung ý kiến."),
        ({"text": "Hay"}, "Nội dung ý kiến cần ít nhất 5 ký tự."),
        ({"text": "x" * 2001}, "Nội dung ý kiến dài tối đa 2000 ký tự"),
        ({"text": "Có ký tự \x00 lạ trong ý kiến"}, "Nội dung ý kiến có ký tự không hợp lệ."),
        ({"consent": None}, "Bạn cần đồng ý với thông báo xử lý dữ liệu cá nhân để gửi ý kiến."),
    ],
)
def test_bad_input_gets_a_vietnamese_error_and_stores_nothing(client, article, overrides, message):
    response = post_comment(client, article, **overrides)
    assert response.status_code == 400
    assert message in text_of(response)
    assert not Comment.objects.exists()


@pytest.mark.sqlite
def test_every_field_empty_is_refused_in_vietnamese(client, article):
    response = client.post(comment_path(article), dict.fromkeys(comment_data(), ""), HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 400
    for message in ("Vui lòng nhập họ và tên.", "Vui lòng nhập thư điện tử.", "Vui lòng nhập nội dung ý kiến."):
        assert message in text_of(response)
    assert not Comment.objects.exists()


def test_a_missing_csrf_token_is_refused_in_vietnamese(article):
    client = Client(enforce_csrf_checks=True)
    response = client.post(comment_path(article), comment_data(), HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 403
    assert "Không gửi được biểu mẫu" in text_of(response)
    assert not Comment.objects.exists()


def test_the_form_posted_with_its_csrf_token_is_taken(article):
    client = Client(enforce_csrf_checks=True)
    form = text_of(client.get(comment_path(article), HTTP_HOST=COMMUNE_HOST))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    response = client.post(comment_path(article), comment_data(csrfmiddlewaretoken=token), HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 200 and Comment.objects.count() == 1


# -- spam, with the guard the question form uses ------------------------------------------------------


def test_comments_and_questions_are_limited_apart(client, article, settings):
    settings.SPAM_RATE_LIMITS = {"comment": {"address": (2, 600)}, "question": {"address": (10, 600)}}
    for _ in range(3):
        post_comment(client, article, REMOTE_ADDR="203.0.113.8")
    from engagement.spam import SpamGuard

    class Request:
        META = {"REMOTE_ADDR": "203.0.113.8"}

    assert SpamGuard("question", Request()).allow()


# -- pages that take no comment ---------------------------------------------------------------------


def assert_not_found_and_nothing_stored(client, article, host=COMMUNE_HOST):
    assert client.get(comment_path(article), HTTP_HOST=host).status_code == 404
    assert post_comment(client, article, host=host).status_code == 404
    assert not Comment.objects.exists()


def test_an_unpublished_article_takes_no_comment(client, article):
    article.unpublish()
    assert_not_found_and_nothing_stored(client, article)


def test_another_portals_host_takes_no_comment(client, article):
    assert_not_found_and_nothing_stored(client, article, host=OTHER_COMMUNE_HOST)
    assert_not_found_and_nothing_stored(client, article, host=PROVINCE_COMMUNE_HOST)
    assert post_comment(client, article).status_code == 200  # the positive control, on its own host


def test_an_article_that_is_not_one_takes_no_comment(client, commune):
    home = commune.site.root_page
    assert client.get(f"/y-kien-ban-doc/{home.pk}/", HTTP_HOST=COMMUNE_HOST).status_code == 404
    assert client.get("/y-kien-ban-doc/999999/", HTTP_HOST=COMMUNE_HOST).status_code == 404


def test_a_restricted_article_takes_no_comment(client, article):
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert_not_found_and_nothing_stored(client, article)


def test_an_article_switched_off_takes_no_comment_but_keeps_its_approved_ones(client, commune, article):
    make_comment(commune, article, text="Ý kiến đã duyệt từ trước", status="approved")
    article.accepts_comments = False
    article.save_revision().publish()
    assert client.get(comment_path(article), HTTP_HOST=COMMUNE_HOST).status_code == 404
    assert post_comment(client, article).status_code == 404
    assert Comment.objects.count() == 1
    html = article_html(client, commune, article)
    assert "Ý kiến đã duyệt từ trước" in html and f'href="{comment_path(article)}"' not in html
    assert "không nhận thêm ý kiến" in html


def test_a_portal_switched_off_takes_no_comment_and_its_neighbour_still_does(client, commune, other_commune, article):
    steps.set_site_rule(commune.site, accepts_comments=False)
    assert_not_found_and_nothing_stored(client, article)
    assert 'id="y-kien"' not in article_html(client, commune, article)  # no comment shown, none taken: no box
    neighbour = article_on(other_commune, title="Thị trấn Tân Nghĩa sửa chữa chợ")
    assert post_comment(client, neighbour, host=OTHER_COMMUNE_HOST).status_code == 200
    steps.set_site_rule(commune.site, accepts_comments=True)
    assert post_comment(client, article).status_code == 200


def test_a_portal_moderating_afterwards_shows_a_comment_at_once_and_can_still_reject_it(client, commune, article):
    steps.set_site_rule(commune.site, premoderated=False)
    form = text_of(client.get(comment_path(article), HTTP_HOST=COMMUNE_HOST))
    assert "Ý kiến hiển thị ngay" in form
    response = post_comment(client, article, text="Ý kiến hiển thị ngay khi gửi")
    assert "đã được đăng dưới bài viết" in text_of(response)
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.APPROVED and comment.moderated_by is None
    assert comment.text in article_html(client, commune, article)
    steps.reject(comment, None)
    assert comment.text not in article_html(client, commune, article)


def test_another_portal_moderating_afterwards_leaves_this_one_pre_moderated(client, commune, other_commune, article):
    steps.set_site_rule(other_commune.site, premoderated=False)
    post_comment(client, article)
    assert Comment.objects.get().status == CommentStatus.PENDING
