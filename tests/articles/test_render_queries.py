"""A cold render of the news pages costs the same number of SQL queries whatever the number of items.

"Cold": the page cache is off and every cache is emptied before the counted request (renditions
already exist: generating them is a one-off per image and filter).
"""

import json

import pytest

from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, news_section
from tests.factories import ImageFactory
from tests.helpers import cold_queries

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
