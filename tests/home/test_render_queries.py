"""A cold render of the home, section and content pages costs the same number of SQL queries
whatever the number of items on them.

"Cold": the page cache is off and every cache is emptied before the counted request (renditions
already exist: generating them is a one-off per image and filter).
"""

import json

import pytest

from home.models import HomePage, SectionPage
from sites.models.settings import CommuneNewsRule
from tests.articles.factories import ArticlePageFactory, news_section
from tests.factories import ContentPageFactory, ImageFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST, TRUSTED_COMMUNE_HOST, cold_queries

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings, media_root):
    settings.PAGE_CACHE_SECONDS = 0


def add_news(site, count, **fields):
    section = news_section(site)
    for _number in range(count):
        ArticlePageFactory(parent=section, featured=True, featured_image=ImageFactory(), **fields)


def test_district_home_with_30_commune_items_costs_the_queries_of_one_with_1(client, district):
    home = HomePage.objects.get(pk=district.site.root_page_id)
    home.commune_news_rule = CommuneNewsRule.FEATURED
    home.commune_news_count = 30
    home.save()
    communes = [unit.site for unit in district.children.exclude(site=None)]
    assert {site.hostname for site in communes} >= {COMMUNE_HOST, OTHER_COMMUNE_HOST, TRUSTED_COMMUNE_HOST}
    add_news(district.site, 1)
    add_news(communes[0], 1)
    one = cold_queries(client, "/", DISTRICT_HOST)

    add_news(district.site, 29)
    for site in communes:
        add_news(site, 10)
    thirty = cold_queries(client, "/", DISTRICT_HOST)

    assert len(thirty) == len(one), "\n".join(thirty)


def test_commune_home_with_30_items_costs_the_queries_of_one_with_1(client, commune):
    introduction = SectionPage.objects.child_of(commune.site.root_page).get(slug="gioi-thieu")
    add_news(commune.site, 1)
    ContentPageFactory(parent=introduction)
    one = cold_queries(client, "/", COMMUNE_HOST)

    add_news(commune.site, 29)
    for _number in range(29):
        ContentPageFactory(parent=introduction)
    thirty = cold_queries(client, "/", COMMUNE_HOST)

    assert len(thirty) == len(one), "\n".join(thirty)


def test_section_page_with_30_children_costs_the_queries_of_one_with_1(client, commune):
    counts = {}
    for count in (1, 30):
        section = SectionPage(title=f"Chuyên mục {count}", slug=f"chuyen-muc-{count}")
        commune.site.root_page.add_child(instance=section)
        for number in range(count):
            ContentPageFactory(parent=section)
            section.add_child(instance=SectionPage(title=f"Mục con {number}", slug=f"muc-con-{number}"))
        counts[count] = cold_queries(client, section.url, COMMUNE_HOST)

    assert len(counts[30]) == len(counts[1]), "\n".join(counts[30])


def test_content_page_with_30_images_costs_the_queries_of_one_with_1(client, commune):
    introduction = SectionPage.objects.child_of(commune.site.root_page).get(slug="gioi-thieu")
    images = [ImageFactory() for _number in range(30)]
    counts = {}
    for count in (1, 30):
        body = [
            {
                "type": "image",
                "value": {"image": {"image": image.pk, "alt_text": "Ảnh", "decorative": False}, "caption": "Ảnh"},
            }
            for image in images[:count]
        ]
        page = ContentPageFactory(parent=introduction, body=json.dumps(body))
        counts[count] = cold_queries(client, page.url, COMMUNE_HOST)

    assert len(counts[30]) == len(counts[1]), "\n".join(counts[30])
