"""Keeping the search's own copies of `live` and the site right when Wagtail changes them.

A document or procedure row carries `search_live` and `site_id` (legal_docs/models/common.py) so
the search reads one table. Saving the page type's row copies them (`LiveCopyField`, `save()`);
these receivers cover what Wagtail does without saving that row: unpublishing through a base
`Page` instance, and moving a page or a whole branch (the site follows the new place).
"""

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from sites.access import site_id_for_url_path

from ..models.common import sync_search_columns
from ..models.documents import LegalDocumentPage
from ..models.procedures import ProcedurePage
from .cache import expire_answers

SEARCHED_MODELS = (LegalDocumentPage, ProcedurePage)


def _published_or_unpublished(sender, instance, **kwargs):
    if isinstance(instance, SEARCHED_MODELS):
        sync_search_columns(type(instance), [instance.pk])


def _moved(sender, instance, url_path_before="", url_path_after="", **kwargs):
    path = Page.objects.filter(pk=instance.pk).values_list("path", flat=True).first()
    if path is None:
        return
    moved = False
    for model in SEARCHED_MODELS:
        ids = list(model._base_manager.filter(path__startswith=path).values_list("pk", flat=True))
        sync_search_columns(model, ids)
        moved = moved or bool(ids)
    if moved:  # also for a section moved with its documents, which cache.py does not see
        expire_answers([site_id_for_url_path(url_path_before), site_id_for_url_path(url_path_after)])


def connect_signals():
    page_published.connect(_published_or_unpublished, dispatch_uid="legal_search_columns_published")
    page_unpublished.connect(_published_or_unpublished, dispatch_uid="legal_search_columns_unpublished")
    post_page_move.connect(_moved, dispatch_uid="legal_search_columns_moved")
