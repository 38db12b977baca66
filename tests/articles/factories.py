"""Factories for news sections and articles, shared by every articles test module.

    section = news_section(commune.site)           # the standard “Tin tức – Sự kiện”
    economy = NewsIndexPageFactory(parent=section, title="Kinh tế")
    ArticlePageFactory(parent=economy, title="…", tags=["hộ nghèo"], published_at=…)

Pages are created live (as if published) unless `live=False` is passed.
"""

import datetime

import factory
import wagtail_factories

from django.utils import timezone

from wagtail.rich_text import RichText

from articles.models import ArticleKind, ArticlePage, NewsIndexPage
from cms.text import ascii_slug
from tests.factories import content_page_form_data

NEWS_SECTION_SLUG = "tin-tuc-su-kien"


def news_section(site):
    """The standard news section provisioning gives every portal."""
    return NewsIndexPage.objects.child_of(site.root_page).get(slug=NEWS_SECTION_SLUG)


def local_datetime(year, month, day, hour=8, minute=0):
    """An aware datetime in the portals' time zone (Asia/Ho_Chi_Minh)."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục tin số {n}")
    slug = factory.LazyAttribute(lambda page: ascii_slug(page.title))
    intro = ""

    class Meta:
        model = NewsIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Ban Biên tập họp đánh giá hoạt động quý {n}")
    slug = factory.LazyAttribute(lambda page: ascii_slug(page.title))
    kind = ArticleKind.NEWS
    summary = "Ban Biên tập Trang thông tin điện tử họp đánh giá hoạt động và triển khai nhiệm vụ thời gian tới."
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>Sáng ngày 28/9, Ban Biên tập họp đánh giá hoạt động 9 tháng.</p>"))]
    )
    author = "Uyên Phương"
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        if extracted:
            page.tags.add(*extracted)
            if create:
                page.save()


def article_form_data(title, slug, **extra):
    """What the admin's ArticlePage create/edit form posts, with an empty body."""
    return content_page_form_data(
        title,
        slug,
        **{"kind": "tin", "published_at": "2026-11-20 10:00", "author": "", "source_name": "", "source_url": "",
           "source_permission": "", "tags": "", **extra},
    )
