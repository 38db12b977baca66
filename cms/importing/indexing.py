"""Deferred search and reference indexing: an import saves without indexing, then indexes in bulk.

Saving a page or an image normally indexes it for search on the spot, one object at a time;
during an import that is suspended (`deferred_indexing`) and what was imported is indexed in
bulk at the end (`index_in_bulk`).
"""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, reset_queries, transaction
from django.db.models.signals import post_save

from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

logger = logging.getLogger(__name__)

INDEX_CHUNK_SIZE = 500


@contextmanager
def deferred_indexing():
    """Suspend the per-save search and reference index updates; the importer indexes in bulk.

    Disconnecting signal receivers affects the whole process, which is what a management
    command wants; the receivers are connected again however the block ends.
    """
    disconnected = [
        model for model in get_indexed_models() if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def index_in_bulk(pks_by_model, chunk_size=INDEX_CHUNK_SIZE):
    """Index `{model: set of pks}` in the search backends and the reference index, in chunks.

    The sets are emptied as they are indexed. Returns Vietnamese warnings for search backends
    that failed and catch their errors (the content is imported; `update_index` repairs it).
    """
    warnings = []
    backends = list(get_search_backends(with_auto_update=True))
    for model, pk_set in pks_by_model.items():
        pks = sorted(pk_set)
        pk_set.clear()
        queryset = model.get_indexed_objects()
        if issubclass(model, ClusterableModel):
            # Inline children are read for the reference index: one query per relation and chunk.
            queryset = queryset.prefetch_related(*(rel.get_accessor_name() for rel in get_all_child_relations(model)))
        for start in range(0, len(pks), chunk_size):
            objects = list(queryset.filter(pk__in=pks[start : start + chunk_size]))
            for backend in backends:
                try:
                    backend.add_bulk(model, objects)
                except Exception as error:
                    if not backend.catch_indexing_errors:
                        raise
                    logger.exception("Bulk indexing of %s failed", model.__name__)
                    warnings.append(f"chưa cập nhật được chỉ mục tìm kiếm ({error}); chạy update_index sau")
            if ReferenceIndex.is_indexed(model):
                update_reference_index(model, objects)
            forget_queries()
    return warnings


@transaction.atomic
def update_reference_index(model, objects):
    """`ReferenceIndex.create_or_update_for_object` for many objects of `model` at once.

    The same records, written with one delete and one insert instead of two or three queries per
    object. Records stored under a more specific content type than `model` are left alone, as
    Wagtail does.

    The two private `ReferenceIndex` methods used here (`_extract_references_from_object`,
    `_get_content_path_hash`) are what Wagtail's own `create_or_update_for_object` calls; checked
    against Wagtail 8.0.1. This function is the only place in the project that touches them.
    """
    content_types = [
        ContentType.objects.get_for_model(klass, for_concrete_model=False)
        for klass in [model, *model._meta.get_parent_list()]
    ]
    records = []
    for obj in objects:
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(obj)
        ):
            records.append(
                ReferenceIndex(
                    content_type=content_types[0],
                    base_content_type=content_types[-1],
                    object_id=str(obj.pk),
                    to_content_type_id=to_content_type_id,
                    to_object_id=to_object_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
            )
    ReferenceIndex.objects.filter(
        base_content_type=content_types[-1],
        content_type__in=content_types,
        object_id__in=[str(obj.pk) for obj in objects],
    ).delete()
    ReferenceIndex.objects.bulk_create(records, ignore_conflicts=connection.features.supports_ignore_conflicts)


def forget_queries():
    # With DEBUG on, Django keeps the text of the last 9,000 queries; the bulk index inserts
    # alone would make that grow with the size of the file.
    if settings.DEBUG:
        reset_queries()
