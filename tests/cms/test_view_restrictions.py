"""View restrictions of portal pages (cms.models.BasePage.get_view_restrictions): Wagtail's answer,
aliases included, in one query, and what an anonymous reader is refused because of it."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from articles.models import ArticlePage, NewsIndexPage
from cms.text import ascii_slug
from tests.helpers import COMMUNE_HOST

pytestmark = pytest.mark.django_db


def publish_under(parent, page):
    page.slug = ascii_slug(page.title)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_article(section, title):
    article = ArticlePage(
        title=title,
        summary="UBND xã triển khai nhiệm vụ trọng tâm.",
        body=[("paragraph", RichText("<p>Sáng ngày 28/9, UBND xã họp triển khai nhiệm vụ.</p>"))],
    )
    return publish_under(section, article)


@pytest.fixture
def news(commune):
    return NewsIndexPage.objects.child_of(commune.site.root_page).get(slug="tin-tuc-su-kien")


@pytest.fixture
def subsection(news):
    return publish_under(news, NewsIndexPage(title="Nội bộ cơ quan"))


@pytest.fixture
def article(subsection):
    return make_article(subsection, "Lịch họp giao ban tháng 10")


def restrict(page, kind=PageViewRestriction.LOGIN):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="mat-khau")


def ours_and_wagtails(page):
    page = Page.objects.get(pk=page.pk).specific
    ours = set(page.get_view_restrictions())
    wagtails = set(Page.get_view_restrictions(page))
    return ours, wagtails


def served(client, page):
    return client.get(page.relative_url(page.get_site()), HTTP_HOST=COMMUNE_HOST)


@pytest.mark.sqlite
def test_a_restriction_on_the_page_or_an_ancestor_applies_as_wagtail_says(article, subsection, news):
    assert ours_and_wagtails(article) == (set(), set())
    on_section = restrict(subsection)
    on_page = restrict(article, PageViewRestriction.PASSWORD)
    ours, wagtails = ours_and_wagtails(article)
    assert ours == wagtails == {on_section, on_page}
    assert ours_and_wagtails(news) == (set(), set())  # a restriction below a page is not its own


@pytest.mark.sqlite
def test_an_alias_and_a_page_under_an_alias_take_their_source_s_restrictions(article, subsection, news, commune):
    elsewhere = publish_under(commune.site.root_page, NewsIndexPage(title="Chuyên mục khác"))
    alias_of_article = article.create_alias(parent=elsewhere, update_slug="lich-hop-ban-sao")
    alias_of_section = subsection.create_alias(parent=elsewhere, update_slug="noi-bo-ban-sao", recursive=True)
    article_under_alias = alias_of_section.get_children().get(alias_of=article)
    alias_of_alias = alias_of_article.create_alias(parent=news, update_slug="lich-hop-ban-sao-2")
    restrict(alias_of_article)  # an alias's own restriction is not used: its source's are

    on_source = restrict(article)
    on_section = restrict(subsection)
    for page in (alias_of_article, article_under_alias, alias_of_alias):
        ours, wagtails = ours_and_wagtails(page)
        assert ours == wagtails, page
    assert ours_and_wagtails(alias_of_article)[0] == {on_source}
    assert ours_and_wagtails(article_under_alias)[0] == {on_source, on_section}
    assert ours_and_wagtails(alias_of_alias)[0] == {on_source}


@pytest.mark.sqlite
def test_the_restrictions_of_a_page_are_read_in_one_query(article, subsection):
    restrict(subsection)
    page = Page.objects.get(pk=article.pk).specific
    with CaptureQueriesContext(connection) as queries:
        assert len(list(page.get_view_restrictions())) == 1
    assert len(queries) == 1


def test_an_anonymous_reader_is_sent_to_log_in_for_a_page_under_a_restricted_section(client, article, subsection):
    assert served(client, article).status_code == 200
    restrict(subsection)
    refused = served(client, article)
    assert refused.status_code == 302
    assert "/admin/login/" in refused["Location"] or "login" in refused["Location"]


def test_an_anonymous_reader_is_asked_for_the_password_of_an_alias_s_source(client, article, commune):
    elsewhere = publish_under(commune.site.root_page, NewsIndexPage(title="Chuyên mục khác"))
    alias = article.create_alias(parent=elsewhere, update_slug="lich-hop-ban-sao")
    assert served(client, alias).status_code == 200
    restrict(article, PageViewRestriction.PASSWORD)
    refused = served(client, alias)
    assert refused.status_code == 200
    assert b'name="password"' in refused.content
    assert "Lịch họp giao ban tháng 10" not in refused.content.decode()
