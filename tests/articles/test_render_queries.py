"""A cold render of the news pages costs the same number of SQL queries whatever the number of items.

"Cold": the page cache is off and every cache is emptied before the counted request (renditions
already exist: generating them is a one-off per image and filter).
"""

import json
import re

import pytest

from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, local_datetime, news_section
from tests.factories import ImageFactory
from tests.helpers import COMMUNE_HOST, cold_queries

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings, media_root):
    settings.PAGE_CACHE_SECONDS = 0


def image_block(image, number):
    return {
        "type": "image",
        "value": {
            "image": {"image": image.pk, "alt_text": f"Ảnh {number}", "decorative": False},
            "caption": f"Ảnh {number}",
        },
    }


def article_with(section, images, slug):
    body = [{"type": "paragraph", "value": "<p>Sáng ngày 28/9, Ban Biên tập họp.</p>"}]
    body += [image_block(image, number) for number, image in enumerate(images, 1)]
    return ArticlePageFactory(
        parent=section,
        slug=slug,
        body=json.dumps(body),
        featured_image=images[-1],
        tags=[f"từ khóa {number}" for number in range(len(images))],
    )


def test_an_article_with_30_images_costs_the_queries_of_one_with_1(client, commune):
    images = [ImageFactory(title=f"Ảnh {number}") for number in range(30)]
    news = news_section(commune.site)
    one = NewsIndexPageFactory(parent=news, title="Một ảnh", slug="mot-anh")
    thirty = NewsIndexPageFactory(parent=news, title="Ba mươi ảnh", slug="ba-muoi-anh")
    for section, count in ((one, 1), (thirty, 30)):
        for number in range(count):
            ArticlePageFactory(parent=section, title=f"Tin liên quan {count} số {number}")
    small = article_with(one, images[:1], "mot")
    large = article_with(thirty, images, "ba-muoi")

    small_queries = cold_queries(client, small.url)
    large_queries = cold_queries(client, large.url)

    assert len(large_queries) == len(small_queries), "\n".join(large_queries)


def test_a_news_listing_of_30_articles_costs_the_queries_of_one_of_1(client, commune):
    news = news_section(commune.site)
    one = NewsIndexPageFactory(parent=news, title="Một tin", slug="mot-tin")
    thirty = NewsIndexPageFactory(parent=news, title="Ba mươi tin", slug="ba-muoi-tin")
    for section, count in ((one, 1), (thirty, 30)):
        for number in range(count):
            NewsIndexPageFactory(parent=section, title=f"Chuyên mục con {count} số {number}")
            ArticlePageFactory(
                parent=section, title=f"Tin {count} số {number}", featured_image=ImageFactory(), tags=["hộ nghèo"]
            )

    small_queries = cold_queries(client, one.url)
    large_queries = cold_queries(client, thirty.url)

    assert len(large_queries) == len(small_queries), "\n".join(large_queries)


def test_an_article_three_sections_down_costs_the_queries_of_one_in_the_news_section(client, commune):
    news = news_section(commune.site)
    economy = NewsIndexPageFactory(parent=news, title="Kinh tế", slug="kinh-te")
    farming = NewsIndexPageFactory(parent=economy, title="Nông nghiệp", slug="nong-nghiep")
    rice = NewsIndexPageFactory(parent=farming, title="Lúa gạo", slug="lua-gao")
    near = ArticlePageFactory(parent=news, title="Tin ở chuyên mục chính", slug="gan")
    deep = ArticlePageFactory(parent=rice, title="Tin ở chuyên mục sâu", slug="sau")

    near_queries = cold_queries(client, near.url)
    deep_queries = cold_queries(client, deep.url)

    assert len(deep_queries) == len(near_queries), "\n".join(deep_queries)


def test_other_and_earlier_items_of_an_article_come_from_one_query_and_leave_out_newer_items_past_the_five(
    client, commune
):
    section = NewsIndexPageFactory(parent=news_section(commune.site), title="Kinh tế", slug="kinh-te")
    article = ArticlePageFactory(parent=section, slug="bai", published_at=local_datetime(2024, 6, 30))
    for day in range(1, 8):
        ArticlePageFactory(parent=section, title=f"Tin mới số {day}", published_at=local_datetime(2024, 7, day))
    for day in range(1, 13):
        ArticlePageFactory(parent=section, title=f"Tin cũ số {day}", published_at=local_datetime(2024, 5, day))

    queries = cold_queries(client, article.url)
    content = client.get(article.url, HTTP_HOST=COMMUNE_HOST).content.decode()

    def titles(heading_id):
        panel = content.split(f'id="{heading_id}"', 1)[1].split("</section>", 1)[0]
        return re.findall(r">(Tin (?:mới|cũ) số \d+)</a>", panel)

    assert titles("tin-khac") == [f"Tin mới số {day}" for day in (7, 6, 5, 4, 3)]
    # Before this one, newest first; the two newer items past the five are in neither list.
    assert titles("tin-da-dua") == [f"Tin cũ số {day}" for day in range(12, 2, -1)]
    sibling_reads = [
        sql for sql in queries if 'FROM "articles_articlepage"' in sql and "published_at" in sql.split("WHERE", 1)[-1]
    ]
    assert len(sibling_reads) == 1, "\n".join(sibling_reads)
