"""The district home's “Tin từ các xã, thị trấn” under the default rule (the newest news, two at most
from each commune) when one commune publishes far more than the others: the panel reads only the
communes' newest articles, and still finds the others' news further back."""

import re

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.templatetags.article_tags import COMMUNE_NEWS_SCAN_FACTOR, commune_articles
from home.models import HomePage
from sites.models.settings import CommuneNewsRule
from tests.articles.factories import ArticlePageFactory, local_datetime, news_section
from tests.helpers import DISTRICT_HOST

pytestmark = pytest.mark.django_db

TITLE = re.compile(r'<h3 class="news-item__title"><a [^>]*>([^<]+)</a>')


@pytest.fixture(autouse=True)
def fresh_page_cache():
    cache.clear()


def communes_panel(client, district, count):
    HomePage.objects.filter(pk=district.site.root_page_id).update(
        commune_news_rule=CommuneNewsRule.NEWEST, commune_news_count=count
    )
    cache.clear()
    content = client.get("/", HTTP_HOST=DISTRICT_HOST).content.decode()
    panel = re.search(r'<section[^>]*aria-labelledby="tin-tu-cac-xa">(.*?)</section>', content, re.S).group(1)
    return TITLE.findall(panel)


def article_queries(district, count):
    with CaptureQueriesContext(connection) as queries:
        titles = [article.title for article in commune_articles(district, CommuneNewsRule.NEWEST, count)]
    return titles, [query["sql"] for query in queries if "articles_articlepage" in query["sql"]]


def test_the_others_news_further_back_than_one_busy_commune_still_show(
    client, district, commune, other_commune, trusted_commune
):
    count = 3
    ArticlePageFactory(
        parent=news_section(other_commune.site), title="Tân Nghĩa tin cũ", published_at=local_datetime(2024, 1, 1)
    )
    ArticlePageFactory(
        parent=news_section(trusted_commune.site), title="Sơn Mỹ tin cũ", published_at=local_datetime(2024, 1, 2)
    )
    busy = news_section(commune.site)
    for number in range(count * COMMUNE_NEWS_SCAN_FACTOR + 1):  # more than the newest read first
        ArticlePageFactory(
            parent=busy, title=f"Tân Hà tin số {number}", published_at=local_datetime(2025, 3, 1, 8, number)
        )

    expected = [
        f"Tân Hà tin số {count * COMMUNE_NEWS_SCAN_FACTOR}",
        f"Tân Hà tin số {count * COMMUNE_NEWS_SCAN_FACTOR - 1}",
    ]
    assert communes_panel(client, district, count) == [*expected, "Sơn Mỹ tin cũ"]
    titles, queries = article_queries(district, count)
    assert titles == [*expected, "Sơn Mỹ tin cũ"]
    assert len(queries) == 2 and "LIMIT 30" in queries[0] and "LIMIT 30" not in queries[1]  # then every one ranked


def test_when_the_newest_articles_come_from_enough_communes_only_they_are_read(
    client, district, commune, other_commune, trusted_commune
):
    ArticlePageFactory(
        parent=news_section(commune.site), title="Tân Hà tin cũ nhất", published_at=local_datetime(2023, 1, 1)
    )
    for day, site in enumerate((commune.site, other_commune.site, trusted_commune.site, commune.site), start=1):
        ArticlePageFactory(
            parent=news_section(site), title=f"Tin ngày {day}", published_at=local_datetime(2025, 3, day)
        )

    assert communes_panel(client, district, 3) == ["Tin ngày 4", "Tin ngày 3", "Tin ngày 2"]
    titles, queries = article_queries(district, 3)
    assert titles == ["Tin ngày 4", "Tin ngày 3", "Tin ngày 2"]
    assert len(queries) == 1
    assert re.search(r"LIMIT 30\b", queries[0])  # ranked among the 30 newest only

    # Fewer articles than the run: all of them read at once, two at most per commune.
    titles, queries = article_queries(district, 6)
    assert titles == ["Tin ngày 4", "Tin ngày 3", "Tin ngày 2", "Tin ngày 1"]
    assert len(queries) == 1
