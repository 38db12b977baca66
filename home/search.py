"""The site search box (`/tim-kiem/`): one query over every registered kind, grouped by kind.

Without `?loai=` the page shows each kind's best results with its count, the groups ordered by
their best result (ties by the kinds' own order); with `?loai=<kind>` it lists that kind alone,
page by page. On the parent authority's portal the search covers every commune's site too, and
each result names its site (sites.search_scope).
"""

from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import render

from wagtail.models import Page, Site

from cms.page_cache import cached_view
from cms.query import MAX_QUERY_CHARS, clean_value, page_number, search_terms
from cms.site_search import KindResults, SearchHit, SiteSearch, SiteSearchKind, ranked, site_search_kinds
from sites.search_scope import scope_for_site

from .models import ContentPage

HITS_PER_GROUP = 5
RESULTS_PER_PAGE = 15
KIND_PARAM = "loai"
PAGE_PARAM = "trang"


def search_content_pages(search, page, per_page):
    pages = ContentPage.objects.live().filter(search.scope.pages_condition())
    total, found = ranked(pages, search.terms, ("-last_published_at", "-pk"), page, per_page)
    parent_paths = {content_page.path[: -ContentPage.steplen] for content_page in found}
    sections = dict(Page.objects.filter(path__in=parent_paths).values_list("path", "title"))
    site_names = search.scope.site_names_for(found)
    return total, [
        SearchHit(
            title=content_page.title,
            url=content_page.get_url(search.request),
            score=content_page.relevance,
            site_name=site_names.get(content_page.pk, ""),
            summary=content_page.summary,
            details=[sections.get(content_page.path[: -ContentPage.steplen], "")],
        )
        for content_page in found
    ]


def content_search_kind():
    return SiteSearchKind(key="trang", label="Trang thông tin, hỏi đáp", order=30, search=search_content_pages)


@dataclass
class KindPage:
    """One page of a single kind's results."""

    number: int
    per_page: int
    total: int
    hits: list

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.per_page))

    @property
    def previous_number(self):
        return self.number - 1 if self.number > 1 else None

    @property
    def next_number(self):
        return self.number + 1 if self.number < self.num_pages else None


@cached_view
def site_search(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("Không có trang thông tin nào ở địa chỉ này.")
    query = clean_value(request.GET.get("q"), MAX_QUERY_CHARS)
    context = {"query": query, "searched": False, "groups": [], "chosen": None, "kind_param": KIND_PARAM}
    terms = search_terms(query)
    if terms:
        search = SiteSearch(request=request, site=site, scope=scope_for_site(site), query=query, terms=terms)
        kinds = site_search_kinds()
        groups = [KindResults(kind, *kind.search(search, 1, HITS_PER_GROUP)) for kind in kinds]
        groups = sorted((group for group in groups if group.total), key=lambda g: (-g.best_score, g.kind.order))
        chosen_kind = next((kind for kind in kinds if kind.key == request.GET.get(KIND_PARAM)), None)
        context.update(
            searched=True,
            search=search,
            groups=[(group, group.kind.more_url(search) if group.kind.more_url else "") for group in groups],
            total=sum(group.total for group in groups),
            chosen=chosen_kind and results_page(chosen_kind, search, page_number(request.GET.get(PAGE_PARAM))),
            chosen_kind=chosen_kind,
        )
    return render(request, "search/site_search.html", context)


def results_page(kind, search, number):
    results = KindPage(number, RESULTS_PER_PAGE, *kind.search(search, number, RESULTS_PER_PAGE))
    if number > results.num_pages:  # past the end: the last page, as the document search does
        last = results.num_pages
        results = KindPage(last, RESULTS_PER_PAGE, *kind.search(search, last, RESULTS_PER_PAGE))
    return results
