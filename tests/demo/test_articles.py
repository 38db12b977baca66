"""The demo's news: `load_demo` publishes articles in every site's news section, once (tests/demo/conftest.py)."""

from datetime import timedelta

import pytest

from django.utils import timezone
from django.utils.html import escape

from articles.models import ARTICLES_PER_PAGE, ArticleKind, ArticlePage
from cms.models import AttributedImage
from demo.loading import data
from demo.loading.articles import news_section
from demo.loading.contributions import contributions, titles
from demo.loading.helpers import PLACEHOLDER
from sites.models import Unit, UnitKind

from .helpers import DISTRICT_HOST, site_units

NEWS = data.articles()


def demo_items(unit):
    return NEWS["district_news"] if unit.is_parent_authority else NEWS["commune_news"][unit.name]


def report_titles(unit):
    """The titles of the 14 months of contributions (contributions.json) the site holds."""
    spec = contributions()
    if not unit.is_parent_authority:
        own = spec["commune_sites"][unit.name]
        return {title for title, _ in titles(own, sum(map(int, own["pattern"])))}
    found = set()
    for unit_spec in spec["district_portal"].values():
        found |= {title for title, _ in titles(unit_spec, sum(map(int, unit_spec["pattern"])))}
    for unit_spec in spec["commune_sites"].values():
        own = sum(map(int, unit_spec["pattern"]))
        sent_up = sum(map(int, unit_spec.get("district_pattern", "0")))
        found |= {title for title, _ in titles(unit_spec, own + sent_up)[own:]}
    return found


@pytest.mark.django_db
def test_first_run_reports_the_articles_in_its_summary_line(first_run_output):
    total = len(NEWS["district_news"]) + sum(len(items) for items in NEWS["commune_news"].values())
    lines = first_run_output.strip().splitlines()
    assert len(lines) == 1
    assert f"{total} tin bài" in lines[0]
    assert "cập nhật" not in lines[0]


@pytest.mark.django_db
def test_every_site_has_its_demo_articles_published_in_its_news_section(first_run_output):
    units = site_units()
    assert len(units) == 1 + len(NEWS["commune_news"])
    for unit in units:
        section = news_section(unit)
        articles = ArticlePage.objects.child_of(section)
        expected = {item["title"] for item in demo_items(unit)} | report_titles(unit)
        assert set(articles.live().values_list("title", flat=True)) == expected, unit.site.hostname
        assert articles.live().count() == len(expected)
        # The one draft: the commune item the board sent back (tests/demo/test_reports.py).
        drafts = list(articles.not_live().values_list("title", flat=True))
        assert drafts == ([contributions()["sent_back"]["title"]] if unit.is_parent_authority else [])
        assert section.intro == NEWS["news_section_intro"].format(unit=unit.name[0].lower() + unit.name[1:])
    district = next(unit for unit in units if unit.is_parent_authority)
    assert ArticlePage.objects.child_of(news_section(district)).count() >= 10


@pytest.mark.django_db
def test_news_is_dated_over_the_past_14_months_and_listed_newest_first(first_run_output):
    now = timezone.now()
    for unit in site_units():
        section = news_section(unit)
        listed = list(section.articles())
        dates = [article.published_at for article in listed]
        assert dates == sorted(dates, reverse=True)
        assert len(set(dates)) == len(dates)
        # 14 reporting months of the report data; the articles.json news within the past year.
        assert all(now - timedelta(days=14 * 31 + 20) < published < now for published in dates), unit.site.hostname
        for article in listed:
            assert article.first_published_at == article.last_published_at == article.published_at
            assert article.live_revision.created_at == article.published_at


@pytest.mark.django_db
def test_news_section_lists_the_newest_article_first_over_http(client, first_run_output):
    unit = Unit.objects.select_related("site__root_page").get(site__hostname="tan-ha.localhost")
    # The first page of the listing (14 months of news run over several).
    newest_first = [escape(article.title) for article in news_section(unit).articles()[:ARTICLES_PER_PAGE]]

    response = client.get(news_section(unit).url, HTTP_HOST=unit.site.hostname)

    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(title) for title in newest_first]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_each_commune_shows_only_its_own_news(client, first_run_output):
    for unit in site_units():
        if unit.is_parent_authority:
            continue
        own_titles = {item["title"] for item in NEWS["commune_news"][unit.name]} | report_titles(unit)
        articles = ArticlePage.objects.in_site(unit.site)
        assert {article.title for article in articles} == own_titles
        assert all(article.contributing_unit == unit for article in articles)

        html = client.get(news_section(unit).url, HTTP_HOST=unit.site.hostname).content.decode()
        # The section's first page lists its newest items (14 months of them do not fit on it).
        newest = [article.title for article in news_section(unit).articles()[:5]]
        assert all(escape(title) in html for title in newest), unit.site.hostname
        others = set()
        for other in site_units():
            if other != unit:
                others |= report_titles(other) | {item["title"] for item in demo_items(other)}
        assert not any(escape(title) in html for title in others - own_titles), unit.site.hostname


@pytest.mark.django_db
def test_district_news_is_credited_to_its_departments_and_communes_with_bylines_and_tags(first_run_output):
    district = Unit.objects.get(site__hostname=DISTRICT_HOST)
    articles = ArticlePage.objects.in_site(district.site).select_related("contributing_unit")
    assert {article.kind for article in articles} == set(ArticleKind.values)
    credited = {article.contributing_unit.kind for article in articles}
    assert credited == {UnitKind.DEPARTMENT, UnitKind.COMMUNE, UnitKind.TOWN}
    for article in articles:
        assert article.contributing_unit.parent == district
    for title in NEWS["district_news"]:
        assert articles.get(title=title["title"]).contributing_unit.kind == UnitKind.DEPARTMENT
    for article in ArticlePage.objects.all():
        assert article.author
        assert article.summary
        assert 2 <= article.tags.count() <= 3
        assert not PLACEHOLDER.search(article.summary + article.source_permission + str(article.body.raw_data))


@pytest.mark.django_db
def test_one_or_two_featured_articles_per_site(first_run_output):
    for unit in site_units():
        featured = ArticlePage.objects.in_site(unit.site).featured().count()
        assert 1 <= featured <= 2, unit.site.hostname


@pytest.mark.django_db
def test_article_bodies_use_the_article_blocks(first_run_output):
    for article in ArticlePage.objects.all():
        assert {block.block_type for block in article.body} <= {"paragraph", "quote", "image"}
        # Raises if a block name or value does not fit ArticleBodyBlock.
        article.body.stream_block.clean(article.body)


@pytest.mark.django_db
def test_press_review_records_its_original_outlet_and_permission(client, first_run_output):
    district = Unit.objects.get(site__hostname=DISTRICT_HOST)
    review = ArticlePage.objects.in_site(district.site).get(kind=ArticleKind.PRESS_REVIEW)
    assert review.source_name == "Báo Bình Thuận"
    assert review.source_url.startswith("https://baobinhthuan.com.vn/")
    assert review.source_permission.startswith("Công văn số 15/BBT ngày 05/01/")
    assert review.source_permission.endswith("đồng ý cho đăng lại")
    assert str(review.published_at.year) in review.source_permission
    review.full_clean()

    response = client.get(review.url, HTTP_HOST=DISTRICT_HOST)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Báo Bình Thuận" in html
    assert review.source_url in html


@pytest.mark.django_db
def test_articles_carry_credited_photos_of_their_own_site_as_main_image_and_in_bodies(first_run_output):
    images = data.images()["images"]
    assert 8 <= len(images) <= 15
    for spec in images.values():
        assert (data.DATA_DIR / "images" / spec["file"]).stat().st_size < 100 * 1024
    featured = ArticlePage.objects.filter(featured=True)
    assert featured.exists() and not featured.filter(featured_image__isnull=True).exists()
    with_photo = ArticlePage.objects.filter(featured_image__isnull=False).select_related("featured_image")
    assert with_photo.count() >= 20
    in_body, uploads = 0, set()
    for unit in site_units():
        for article in with_photo.in_site(unit.site):
            photos = [article.featured_image] + [
                block.value["image"] for block in article.body if block.block_type == "image"
            ]
            in_body += len(photos) - 1
            uploads |= {(unit.pk, photo.pk) for photo in photos}
            for photo in photos:
                assert photo.collection_id == unit.collection_id, article.title
                assert photo.has_copyright_clearance and photo.source, photo.title
                assert (photo.width, photo.height) == (960, 600)
    assert in_body >= 4
    # One upload per image and site, shared by the site's articles that use it.
    assert AttributedImage.objects.count() == len(uploads)


@pytest.mark.django_db
def test_article_page_shows_its_photos_with_their_credits(client, first_run_output):
    commune = Unit.objects.select_related("site__root_page").get(site__hostname="son-my.localhost")
    article = ArticlePage.objects.in_site(commune.site).get(title__startswith="Sơn Mỹ ra quân làm sạch bãi biển")

    html = client.get(article.relative_url(commune.site), HTTP_HOST=commune.site.hostname).content.decode()

    photo = article.featured_image
    assert f'alt="{escape(photo.title)}"' in html
    assert f"Ảnh: {photo.author} – Nguồn: {escape(photo.source)} – Bản quyền: {escape(photo.license)}" in html
    assert "Khu nuôi tôm ven biển cũng được thu gom rác thải" in html
    assert html.count('class="block-image__img"') == 2
