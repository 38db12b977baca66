"""The citizen search over legal documents and procedures (see engine.py and elasticsearch.py)."""

from cms.search import with_database_fallback

from .engine import DOCUMENTS, PROCEDURES, RESULTS_PER_PAGE, Search, SearchResults, database_search
from .scope import SearchScope, scope_for_site

__all__ = ["DOCUMENTS", "PROCEDURES", "Search", "SearchResults", "SearchScope", "run_search", "scope_for_site"]


def run_search(search, per_page=RESULTS_PER_PAGE, clamp=True):
    """Results from Elasticsearch when configured and answering, else from the database."""
    from .elasticsearch import elasticsearch_search

    return with_database_fallback(
        lambda backend: elasticsearch_search(backend, search, per_page, clamp),
        lambda: database_search(search, per_page, clamp),
        what="tìm văn bản, thủ tục",
    )
