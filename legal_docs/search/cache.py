"""Search answers kept in the cache for SEARCH_CACHE_SECONDS.

Counting the facets of a whole district's documents costs far more than showing twenty of them,
and citizens ask the same few searches again and again. What is kept is the answer without the
pages: the total, the facets and the ids of the page asked for; the pages themselves are read
fresh. Every answer is stored under one generation of the documents and procedures; publishing,
unpublishing, saving, moving or deleting one, editing the type and field lists, a site or a
unit, and every import start a new generation (see `connect_signals`). Today's date is part of the key, since
statuses follow the dates.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.cache import current_generation, database_tag, start_new_generations
from sites.access import site_id_for_url_path
from sites.models import Unit

from ..models.common import LegalDocumentType, LegalField
from ..models.documents import LegalDocumentPage
from ..models.procedures import ProcedurePage
from . import summary
from .dimensions import REFERENCE_LISTS
from .engine import SearchResults

GENERATION = "legal-search"


@dataclass(frozen=True)
class StoredAnswer:
    ids: list
    total_count: int
    page: int
    num_pages: int
    facets: list
    backend: str


def cache_seconds():
    return getattr(settings, "SEARCH_CACHE_SECONDS", 0)


def answer_key(search, **options):
    params = search.params
    parts = [
        search.kind.name,
        sorted(search.scope.site_ids),
        sorted(params.filters.items()),
        params.terms,
        params.sort,
        params.page,
        sorted(options.items()),
        search.today.isoformat(),
    ]
    digest = hashlib.md5(repr(parts).encode()).hexdigest()
    return f"{GENERATION}:{database_tag()}:{current_generation(GENERATION)}:{digest}"


def cached_search(search, compute, load_pages, **options):
    """`compute()`'s SearchResults for this search, from the cache when an answer is kept.

    `load_pages(ids)` reads the pages of a kept answer in their order; `options` are whatever
    else `compute` depends on (page size, clamping, facets)."""
    seconds = cache_seconds()
    if not seconds:
        return compute()
    key = answer_key(search, **options)
    stored = cache.get(key)
    if stored is not None:
        return SearchResults(
            items=load_pages(stored.ids),
            total_count=stored.total_count,
            page=stored.page,
            num_pages=stored.num_pages,
            facets=stored.facets,
            backend=stored.backend,
        )
    results = compute()
    answer = StoredAnswer(
        ids=[item.pk for item in results.items],
        total_count=results.total_count,
        page=results.page,
        num_pages=results.num_pages,
        facets=results.facets,
        backend=results.backend,
    )
    cache.set(key, answer, seconds)
    return results


def forget_answers():
    """Start a new generation of kept answers (the documents are unchanged: the benchmark's cold searches)."""
    start_new_generations([GENERATION])


def expire_answers(site_ids=None):
    """Documents or procedures changed, on these sites (None: on any site, as in an import):
    kept answers are forgotten and the sites' document counts (summary.py) made again when read."""
    summary.mark_changed(site_ids)
    forget_answers()


def _document_sites(instance, **kwargs):
    """The sites whose document counts a change to `instance` touches (none for a procedure)."""
    if not isinstance(instance, LegalDocumentPage):
        return []
    if "url_path_before" in kwargs:  # a move: the site it left and the one it joined
        return [site_id_for_url_path(kwargs["url_path_before"]), site_id_for_url_path(kwargs["url_path_after"])]
    return [instance.site_id]


def _searched_page_changed(sender, instance, **kwargs):
    if isinstance(instance, LegalDocumentPage | ProcedurePage):
        expire_answers(_document_sites(instance, **kwargs))


def _list_changed(sender, **kwargs):
    if sender in (LegalDocumentType, LegalField):
        start_new_generations([REFERENCE_LISTS])
    forget_answers()


def connect_signals():
    from . import columns

    # First, so that the answers expired below are never recomputed from stale copies.
    columns.connect_signals()
    page_published.connect(_searched_page_changed, dispatch_uid="legal_search_published")
    page_unpublished.connect(_searched_page_changed, dispatch_uid="legal_search_unpublished")
    post_page_move.connect(_searched_page_changed, dispatch_uid="legal_search_moved")
    # Saving covers pages created live (by code, not through publishing); drafts cost a miss.
    for model in (LegalDocumentPage, ProcedurePage):
        post_save.connect(_searched_page_changed, sender=model, dispatch_uid=f"legal_search_saved_{model.__name__}")
    # Without a sender: deleting a section deletes its documents as rows of their base class too.
    post_delete.connect(_searched_page_changed, dispatch_uid="legal_search_deleted")
    # The counts hold ids only: renaming a type or a field, a site or a unit changes answers, not counts.
    for model in (LegalDocumentType, LegalField, Site, Unit):
        post_save.connect(_list_changed, sender=model, dispatch_uid=f"legal_search_saved_{model.__name__}")
        post_delete.connect(_list_changed, sender=model, dispatch_uid=f"legal_search_deleted_{model.__name__}")
