"""The citizen search over legal documents and procedures (see engine.py and elasticsearch.py)."""

from cms.search import with_database_fallback
from sites.search_scope import SearchScope, scope_for_site

from .cache import cached_search
from .engine import DOCUMENTS, PROCEDURES, RESULTS_PER_PAGE, Search, SearchResults, database_search, pages_in_order

__all__ = ["DOCUMENTS", "PROCEDURES", "Search", "SearchResults", "SearchScope", "run_search", "scope_for_site"]


def run_search(search, per_page=RESULTS_PER_PAGE, clamp=True, with_facets=True):
    """Results from Elasticsearch when configured and answering, else from the database; kept
    in the cache for a while (see cache.py). `with_facets=False` spares the database the counting
    when only the results and their total are wanted (Elasticsearch counts them anyway)."""
    from .elasticsearch import elasticsearch_search

    def compute():
        return with_database_fallback(
            lambda backend: elasticsearch_search(backend, search, per_page, clamp),
            lambda: database_search(search, per_page, clamp, with_facets),
            what="tìm văn bản, thủ tục",
        )

    return cached_search(
        search,
        compute,
        lambda ids: pages_in_order(search.kind, ids),
        per_page=per_page,
        clamp=clamp,
        with_facets=with_facets,
    )
