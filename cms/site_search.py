"""The site search box: one query over every kind of content, each kind answering for itself.

A content app registers its kind with the `register_site_search_kind` hook (a function returning
a `SiteSearchKind`), so the page that shows the results (home.search) imports no content app.
Every kind matches and ranks with `cms.folded_search` (the same folded whole words, the same
scores), so the groups can be ordered by their best result and a query means the same everywhere.
"""

from dataclasses import dataclass, field

from wagtail import hooks

from .folded_search import relevance, words_condition

SITE_SEARCH_KINDS_HOOK = "register_site_search_kind"


@dataclass
class SearchHit:
    """One result: a page, or for procedures offered by several sites one procedure with its sites."""

    title: str
    url: str
    score: int
    site_name: str = ""  # named when the search covers several sites
    date: object = None
    summary: str = ""
    details: list = field(default_factory=list)  # short facts shown under the title ("Số 31/2024/QH15")
    also_on: list = field(default_factory=list)  # (site name, url) of the other sites offering it


@dataclass
class KindResults:
    kind: "SiteSearchKind"
    total: int
    hits: list

    @property
    def best_score(self):
        return max((hit.score for hit in self.hits), default=0)


@dataclass(frozen=True)
class SiteSearch:
    """One query typed in the box: where (`site`, and `scope`, the sites it covers) and what."""

    request: object
    site: object
    scope: object  # sites.search_scope.SearchScope
    query: str
    terms: tuple

    @property
    def covers_several_sites(self):
        return self.scope.spans_several_sites


@dataclass(frozen=True)
class SiteSearchKind:
    """What the search box finds of one kind of content.

    `search(site_search, page, per_page)` returns `(total, hits)`, the hits best first;
    `more_url(site_search)` is the kind's own search with the query filled in, or "".
    `order` breaks ties between groups whose best results score the same: the lower comes first.
    """

    key: str  # the value of ?loai= that shows this kind alone
    label: str
    order: int
    search: object
    more_url: object = None
    more_label: str = ""


def site_search_kinds():
    """The registered kinds, in their tie-break order."""
    return sorted((make_kind() for make_kind in hooks.get_hooks(SITE_SEARCH_KINDS_HOOK)), key=lambda kind: kind.order)


def ranked(queryset, terms, newest_first, page, per_page, extra_scores=()):
    """`(total, items)`: the rows of `queryset` holding every term, best first, page `page` of `per_page`.

    Each item carries its score as `relevance`; ties go to `newest_first` (field names with their sign).
    """
    matching = queryset.filter(words_condition(terms))
    total = matching.count()
    offset = (page - 1) * per_page
    if offset >= total:
        return total, []
    ordered = matching.annotate(relevance=relevance(terms, extra_scores)).order_by("-relevance", *newest_first)
    return total, list(ordered[offset : offset + per_page])
