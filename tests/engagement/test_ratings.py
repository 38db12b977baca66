"""Ratings: 1 to 5, once per reader and article (signed cookie, per-address limit), counted in the
buffer with no database write, shown under the article and current on a cached page."""

import re

import pytest

from django.core.cache import cache

from engagement import ratings
from engagement.models import PageRating
from tests.articles.factories import ArticlePageFactory, news_section
from tests.factories import ContentPageFactory
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST, section_of

from .visit_factories import READER, rate, visit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def buffered(settings):
    settings.RATING_FLUSH_SECONDS = 3600
    settings.RATING_FLUSH_THRESHOLD = 1000
    settings.RATING_LIMIT_PER_ADDRESS = 5


@pytest.fixture
def article(commune):
    return ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà ra quân làm đường giao thông nông thôn")


def path_of(article):
    return article.relative_url(article.get_site())


def shown_sentence(response):
    html = response.content.decode()
    match = re.search(r'data-rating-sentence aria-live="polite">(?:<!--rating:\d+-->)?([^<]*)<', html)
    return match.group(1)


def stored(article):
    row = PageRating.objects.filter(page=article).first()
    return row.counts() if row else None


def test_a_rating_is_counted_once_per_reader_and_shown_under_the_article(client, article):
    assert shown_sentence(visit(client, COMMUNE_HOST, path_of(article))) == "Bài viết chưa có đánh giá."

    first = rate(client, article, COMMUNE_HOST, "4", json=True)
    assert first.status_code == 200 and first.json() == {
        "ok": True,
        "message": "Cảm ơn bạn đã đánh giá bài viết.",
        "rating": "Tổng số điểm của bài viết là: 4 trong 1 đánh giá",
    }
    again = rate(client, article, COMMUNE_HOST, "5", json=True)
    assert again.status_code == 409 and "Bạn đã đánh giá bài viết này" in again.json()["message"]

    rate(client.__class__(), article, COMMUNE_HOST, "5", address="203.0.113.30")  # another reader
    page = visit(client.__class__(), COMMUNE_HOST, path_of(article))
    assert shown_sentence(page) == "Tổng số điểm của bài viết là: 9 trong 2 đánh giá"
    assert stored(article) is None  # no database write until the flush
    ratings.flush_ratings()
    assert stored(article) == {1: 0, 2: 0, 3: 0, 4: 1, 5: 1}
    assert ratings.current_sentence(article.pk) == "Tổng số điểm của bài viết là: 9 trong 2 đánh giá"


def test_the_cookie_is_signed_and_kept_a_year(client, article):
    response = rate(client, article, COMMUNE_HOST, "3")
    cookie = response.cookies[ratings.COOKIE_NAME]
    assert cookie["max-age"] == 365 * 86400 and cookie["httponly"]
    assert cookie.value != str(article.pk)  # signed, not the bare id

    client.cookies[ratings.COOKIE_NAME] = str(article.pk)  # forged: counts as no cookie
    assert rate(client, article, COMMUNE_HOST, "3", address="203.0.113.31", json=True).status_code == 200


def test_the_address_limit_holds_when_readers_clear_their_cookie(client, article, settings):
    settings.RATING_LIMIT_PER_ADDRESS = 2
    codes = []
    for _ in range(4):
        client.cookies.clear()
        codes.append(rate(client, article, COMMUNE_HOST, "5", json=True).status_code)
    assert codes == [200, 200, 429, 429]
    refused = rate(client.__class__(), article, COMMUNE_HOST, "5", json=True)
    assert "quá nhiều lượt đánh giá" in refused.json()["message"]
    assert ratings.current_counts([article.pk])[article.pk][5] == 2
    # Another address is not held back.
    assert rate(client.__class__(), article, COMMUNE_HOST, "5", address="203.0.113.40").status_code == 302


@pytest.mark.parametrize("score", ["0", "6", "", "năm", "3.5", "<script>", "1 OR 1=1"])
def test_a_bad_score_is_refused_in_vietnamese_and_nothing_counts(client, article, score):
    answer = rate(client, article, COMMUNE_HOST, score, json=True)
    assert answer.status_code == 400 and answer.json()["message"] == "Vui lòng chọn số điểm từ 1 đến 5."
    assert ratings.COOKIE_NAME not in answer.cookies
    assert ratings.current_counts([article.pk])[article.pk] == dict.fromkeys(ratings.SCORES, 0)


def test_without_javascript_the_form_posts_and_comes_back_with_a_message(client, article):
    page = visit(client, COMMUNE_HOST, path_of(article))
    assert f'action="/danh-gia-bai-viet/{article.pk}/"' in page.content.decode()
    assert page.content.decode().count('name="diem"') == 5

    answer = rate(client, article, COMMUNE_HOST, "2")
    assert answer.status_code == 302 and answer["Location"].endswith(path_of(article) + "#danh-gia")
    back = client.get(path_of(article), HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    assert "Cảm ơn bạn đã đánh giá bài viết." in back.content.decode()

    bad = rate(client, article, COMMUNE_HOST, "9")
    assert bad.status_code == 302
    assert "Vui lòng chọn số điểm từ 1 đến 5." in client.get(bad["Location"], HTTP_HOST=COMMUNE_HOST).content.decode()


def test_unpublished_foreign_site_and_non_article_pages_are_404(client, article, commune):
    draft = ArticlePageFactory(parent=news_section(commune.site), title="Bản nháp chưa đăng", live=False)
    section = section_of(commune, "tin-tuc-su-kien")
    other_page = ContentPageFactory(parent=section_of(commune, "gioi-thieu"), title="Giới thiệu chung về xã")

    for page, host in (
        (draft, COMMUNE_HOST),
        (article, OTHER_COMMUNE_HOST),
        (section, COMMUNE_HOST),
        (other_page, COMMUNE_HOST),
    ):
        assert rate(client, page, host, "5").status_code == 404
    assert client.post("/danh-gia-bai-viet/999999/", {"diem": "5"}, HTTP_HOST=COMMUNE_HOST).status_code == 404
    assert client.get(f"/danh-gia-bai-viet/{article.pk}/", HTTP_HOST=COMMUNE_HOST).status_code == 405
    assert ratings.current_counts([article.pk])[article.pk] == dict.fromkeys(ratings.SCORES, 0)


def test_a_post_from_another_site_is_refused(client, article):
    answer = rate(client, article, COMMUNE_HOST, "5", json=True, HTTP_ORIGIN="https://lua-dao.example")
    assert answer.status_code == 403
    assert ratings.current_counts([article.pk])[article.pk][5] == 0


def test_a_cached_article_shows_the_new_rating_without_a_render(client, article, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 300
    path = path_of(article)
    first = visit(client, COMMUNE_HOST, path)
    visit(client, COMMUNE_HOST, path)  # the first hit reads the stored view count once
    rate(client.__class__(), article, COMMUNE_HOST, "5")
    with django_assert_num_queries(0):
        second = visit(client, COMMUNE_HOST, path)
    assert second["X-Page-Cache"] == "hit"
    assert (shown_sentence(first), shown_sentence(second)) == (
        "Bài viết chưa có đánh giá.",
        "Tổng số điểm của bài viết là: 5 trong 1 đánh giá",
    )


def test_ratings_are_written_in_batches_past_the_threshold(article, settings):
    settings.RATING_FLUSH_THRESHOLD = 3
    ratings.record_rating(article.pk, 5)
    ratings.record_rating(article.pk, 1)
    assert stored(article) is None
    ratings.record_rating(article.pk, 5)
    assert stored(article) == {1: 1, 2: 0, 3: 0, 4: 0, 5: 2}
    assert cache.get(ratings.BUFFER.cache_key("total")) == 0
