"""RSS 2.0 feeds: one per news section (its subsections included) and one per site.

Feeds know no page model: a section feed lists `section.articles()`, the site feed what the
function it is built with returns for the site (see articles/urls.py)."""

import copy

from django.contrib.syndication.views import Feed
from django.http import Http404

from wagtail.models import Site

FEED_ITEMS = 20


def _portal_name(site):
    unit = getattr(site, "unit", None)
    if unit is not None:
        kind = "Cổng thông tin điện tử" if unit.is_parent_authority else "Trang thông tin điện tử"
        return f"{kind} {unit.name}"
    return site.site_name or site.root_page.title


class ArticleFeed(Feed):
    """Items shared by both feeds; links are absolute on the host of the article's own site."""

    def __call__(self, request, *args, **kwargs):
        # Item links need the request (for the site's host); a URLconf keeps one feed
        # instance for every request, so each request gets its own copy.
        feed = copy.copy(self)
        feed.request = request
        return super(ArticleFeed, feed).__call__(request, *args, **kwargs)

    def items(self, obj):
        """The newest items of `articles(obj)`, the queryset each feed class defines."""
        return self.articles(obj).newest_first().select_related("contributing_unit")[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return item.author or (item.contributing_unit.name if item.contributing_unit else None)

    def item_categories(self, item):
        return [item.get_kind_display()]


class SectionFeed(ArticleFeed):
    """Called by `NewsIndexPage.rss` with the section as keyword argument."""

    def get_object(self, request, section):
        return section

    def articles(self, section):
        return section.articles()

    def title(self, section):
        site = section.get_site()
        return f"{section.title} – {_portal_name(site)}" if site else section.title

    def link(self, section):
        return section.get_full_url(self.request)

    def description(self, section):
        return section.intro or f"Tin bài mới nhất của chuyên mục {section.title}."


class SiteFeed(ArticleFeed):
    """Every live article of the site the request came to, and of no other site:
    `articles_of_site(site)` gives them (a queryset of the article model)."""

    def __init__(self, articles_of_site):
        super().__init__()
        self.articles_of_site = articles_of_site

    def get_object(self, request):
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("Không có trang thông tin nào ở địa chỉ này.")
        return site

    def articles(self, site):
        return self.articles_of_site(site)

    def title(self, site):
        return _portal_name(site)

    def link(self, site):
        return site.root_page.get_full_url(self.request)

    def description(self, site):
        return f"Tin bài mới nhất của {_portal_name(site)}."
