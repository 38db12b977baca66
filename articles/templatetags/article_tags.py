"""Listings and date formats the public templates (the home page included) use for news.

The home app never imports `articles`; its template loads this library instead.
"""

import datetime
import zoneinfo
from functools import reduce
from operator import or_

from django import template
from django.db.models import Case, CharField, Count, F, Q, Value, When, Window
from django.db.models.functions import RowNumber, Substr
from django.utils import timezone

from sites.access import site_ids_for_pages
from sites.models import Unit
from sites.models.settings import COMMUNE_NEWS_PER_UNIT, CommuneNewsRule

from ..models import ArticlePage, NewsIndexPage, prefetch_listing_renditions

register = template.Library()

# How many of the communes' newest articles the district's panel reads, per article it shows.
COMMUNE_NEWS_SCAN_FACTOR = 10
PORTAL_TIME_ZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _local(value):
    if not isinstance(value, datetime.datetime):
        return None
    if timezone.is_naive(value):
        return value.replace(tzinfo=PORTAL_TIME_ZONE)
    return value.astimezone(PORTAL_TIME_ZONE)


@register.filter
def vn_datetime(value):
    """“Thứ Hai, 02/10/2023 16:20”: weekday, date and time in Vietnam, as portals print them."""
    local = _local(value)
    if local is None:
        return ""
    return f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y %H:%M}"


@register.filter
def vn_short_date(value):
    """“(02/10)”: the day and month after each title in “Tin đã đưa”."""
    local = _local(value)
    if local is None:
        return ""
    return f"({local:%d/%m})"


def _newest(queryset, count):
    """The newest `count` items, each with its photo and contributing unit (one query)."""
    return list(queryset.newest_first().for_listing(renditions=False)[: max(int(count), 0)])


@register.simple_tag
def home_news(home_page, site, unit, home_children=None, featured_count=5, section_count=5):
    """The news panels of a portal's home page, in a number of queries that grows with neither
    the items nor the communes: {"featured": the newest live articles marked “Tin nổi bật” on
    the site; "sections": (section, its newest articles) for each live news section directly
    under the home page, in menu order; "communes": the news of the units under the site's
    authority, by the board's rule on the home page (`commune_articles`)}. The photos'
    renditions of every listing come in one query. `home_children`: the live pages under the
    home page, when the page has read them already."""
    if home_page is None or site is None:
        return {"featured": [], "sections": [], "communes": []}
    featured = _newest(ArticlePage.objects.live().in_site(site).featured(), featured_count)
    sections = [
        (section, _newest(ArticlePage.objects.live().in_section(section), section_count))
        for section in _news_sections(home_page, home_children)
    ]
    shown = featured + [article for _section, articles in sections for article in articles]
    prefetch_listing_renditions(shown)
    rule = getattr(home_page, "commune_news_rule", CommuneNewsRule.NEWEST)
    count = getattr(home_page, "commune_news_count", 6)
    return {"featured": featured, "sections": sections, "communes": commune_articles(unit, rule, count)}


def _news_sections(home_page, home_children):
    if home_children is None:
        return NewsIndexPage.objects.child_of(home_page).live().order_by("path")
    return [child for child in home_children if issubclass(child.specific_class or type(None), NewsIndexPage)]


def commune_articles(unit, rule=CommuneNewsRule.NEWEST, count=6):
    """The news of the portals of the units under `unit` (a parent authority), by the board's `rule`.

    NEWEST: the newest items, at most COMMUNE_NEWS_PER_UNIT from each commune; FEATURED: the newest
    items the communes marked "Tin nổi bật". Each article carries `commune`, the unit whose portal
    published it; empty for a commune's own site, so a commune never shows another commune's news.
    The panel shows no photo: none is fetched.
    """
    if unit is None or not unit.is_parent_authority:
        return []
    # The home pages' tree paths come along: no page is built for them.
    communes = list(
        Unit.objects.filter(parent=unit)
        .with_sites()
        .select_related("site")
        .annotate(root_path=F("site__root_page__path"))
    )
    if not communes:
        return []
    root_paths = [commune.root_path for commune in communes]
    count = max(int(count), 0)
    if len({len(path) for path in root_paths}) == 1:
        # Home pages at one depth (the usual case): an article's commune is the start of its path.
        commune_of_path = Substr("path", 1, len(root_paths[0]))
        articles = ArticlePage.objects.live().annotate(commune_path=commune_of_path).filter(commune_path__in=root_paths)
    else:
        commune_of_path = Case(
            *(When(path__startswith=path, then=Value(path)) for path in root_paths), output_field=CharField()
        )
        articles = ArticlePage.objects.live().filter(reduce(or_, (Q(path__startswith=path) for path in root_paths)))
    if rule == CommuneNewsRule.FEATURED:
        articles = list(articles.featured().newest_first().for_listing(photos=False)[:count])
    else:
        articles = _newest_per_commune(articles, commune_of_path, count)
    commune_of_site = {commune.site_id: commune for commune in communes}
    site_of = site_ids_for_pages(articles)  # from Wagtail's cached site roots: no query
    for article in articles:
        article.commune = commune_of_site.get(site_of[article.pk])
    return articles


def _newest_per_commune(articles, commune_of_path, count):
    """The newest `count` of `articles`, at most COMMUNE_NEWS_PER_UNIT from each commune.

    Ranked (ROW_NUMBER per commune) among the newest COMMUNE_NEWS_SCAN_FACTOR × `count` articles
    of all the communes only, in one query (an index scan on the publication time, whatever the
    number of articles): in that run of the newest, every commune's articles are its newest, so
    the ranks there are the ranks among all, and the answer is exact once `count` are found or
    the run held every article. Only when a few communes published all of the run are every
    commune's articles ranked."""
    scan = count * COMMUNE_NEWS_SCAN_FACTOR
    ranking = {
        "rank_in_commune": Window(
            RowNumber(), partition_by=[commune_of_path], order_by=[F("published_at").desc(), F("pk").desc()]
        )
    }
    newest_run = articles.newest_first().values("pk")[:scan]
    ranked = (
        ArticlePage.objects.filter(pk__in=newest_run)
        .annotate(**ranking, scanned=Window(Count("pk")))
        .filter(rank_in_commune__lte=COMMUNE_NEWS_PER_UNIT)
    )
    taken = list(ranked.newest_first().for_listing(photos=False)[:count])
    if len(taken) == count or not taken or taken[0].scanned < scan:
        return taken
    ranked = articles.annotate(**ranking).filter(rank_in_commune__lte=COMMUNE_NEWS_PER_UNIT)
    return list(ranked.newest_first().for_listing(photos=False)[:count])


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current one, with “…” (the paginator's ELLIPSIS) for gaps."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))
