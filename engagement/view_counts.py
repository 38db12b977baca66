"""Page view counts, buffered in the cache and written to the database in batches.

A page type has its views counted by declaring which of its routes count, and keeping the
stored count in a `view_count` field (content apps never import this app):

    class ArticlePage(RoutablePageMixin, BasePage):
        counted_routes = ("",)  # the article itself, not its print view
        view_count = models.PositiveIntegerField(...)

The page cache announces every serve, from the cache or not (cms.page_cache.signals.page_served);
`count_served_page` counts those of readers (engagement.readers). The `{% view_count page %}` tag
(engagement_tags) shows the count as a page cache placeholder, filled on every hit by
`current_view_count`.

A view costs a few atomic cache operations and no database write: views wait in the
"view-counts" `engagement.buffer.CountBuffer` and are written with one UPDATE per batch when
the oldest of them is VIEW_COUNT_FLUSH_SECONDS old or VIEW_COUNT_FLUSH_THRESHOLD of them are
waiting, by `manage.py flush_counters` (cron), and when the process exits. Beside the buffer's
keys, ``stored:<page id>`` keeps the count in the database for pages served from the page cache.
"""

import time
from dataclasses import dataclass
from functools import cache as memoize

from django.apps import apps
from django.core.cache import cache
from django.db.models import Case, F, PositiveIntegerField, Value, When

from wagtail.models import Page

from .buffer import CountBuffer
from .readers import is_reader_request

PLACEHOLDER_KIND = "view-count"
COUNT_FIELD = "view_count"
# How long a cached page may show a stored count that a flush raced past.
STORED_COUNT_SECONDS = 300
BATCH_SIZE = 500

# Replaced by time in tests.
clock = time.time

# The module's names are looked up at each call, so tests may replace `clock` and `write_counts`.
BUFFER = CountBuffer(
    "view-counts",
    lambda counts: write_counts(counts),
    clock=lambda: clock(),
    threshold_setting="VIEW_COUNT_FLUSH_THRESHOLD",
    seconds_setting="VIEW_COUNT_FLUSH_SECONDS",
)


def _stored_key(page_id):
    return BUFFER.cache_key(f"stored:{page_id}")


def buffered_views(page_id):
    return BUFFER.buffered(page_id)


def displayed_view_count(page):
    """What readers see: the stored count plus the views still in the buffer."""
    return (getattr(page, "view_count", 0) or 0) + buffered_views(page.pk)


@memoize
def counted_models():
    """The page types whose views count: they declare `counted_routes` and keep `view_count`."""
    return tuple(
        model
        for model in apps.get_models()
        if issubclass(model, Page) and getattr(model, "counted_routes", None) and _has_count_field(model)
    )


def _has_count_field(model):
    return any(field.name == COUNT_FIELD for field in model._meta.concrete_fields)


def count_served_page(sender, request, page_id, route, **kwargs):
    """page_served receiver: a reader's view of a counted route of a counted page type."""
    if route in (getattr(sender, "counted_routes", None) or ()) and is_reader_request(request):
        record_view(page_id)


def record_view(page_id):
    """Count one view of a page; flush the buffer if it is old or full enough."""
    BUFFER.add(page_id)


@dataclass
class FlushResult:
    views: int
    pages: int


def write_counts(counts):
    """Add the buffered views to the stored counts: one UPDATE per batch of pages and counted
    page type (a page id that is not of a type simply matches no row of it)."""
    items = sorted(counts.items())
    for start in range(0, len(items), BATCH_SIZE):
        batch = items[start : start + BATCH_SIZE]
        increase = Case(
            *[When(pk=page_id, then=Value(views)) for page_id, views in batch],
            default=Value(0),
            output_field=PositiveIntegerField(),
        )
        for model in counted_models():
            model.objects.filter(pk__in=[page_id for page_id, _ in batch]).update(
                **{COUNT_FIELD: F(COUNT_FIELD) + increase}
            )


def flush_view_counts():
    """Write the buffered views to the database (engagement.buffer). Returns a FlushResult, or
    None when another process is flushing at this moment."""
    counts = BUFFER.flush()
    if counts is None:
        return None
    cache.delete_many([_stored_key(page_id) for page_id in counts])
    return FlushResult(views=sum(counts.values()), pages=len(counts))


def flush_at_exit():
    BUFFER.flush_at_exit()


def current_view_counts(page_ids):
    """Stored plus buffered views of the pages a cached page shows, `{page id: count}`, with one
    cache read: the stored count is remembered in the cache until the next flush changes it."""
    keys = {page_id: (_stored_key(page_id), BUFFER.count_key(page_id)) for page_id in page_ids}
    values = cache.get_many([key for pair in keys.values() for key in pair])
    counts = {}
    for page_id, (stored_key, count_key) in keys.items():
        stored = values.get(stored_key)
        if stored is None:
            stored = _stored_count(page_id)
            cache.add(stored_key, stored, STORED_COUNT_SECONDS)
        counts[page_id] = stored + (values.get(count_key) or 0)
    return counts


def _stored_count(page_id):
    for model in counted_models():
        stored = model.objects.filter(pk=page_id).values_list(COUNT_FIELD, flat=True).first()
        if stored is not None:
            return stored
    return 0
