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

A view costs a few atomic cache operations and no database write. Buffered views are written
with one UPDATE per batch when the oldest of them is VIEW_COUNT_FLUSH_SECONDS old or
VIEW_COUNT_FLUSH_THRESHOLD of them are waiting, by `manage.py flush_view_counts` (cron), and
when the process exits. With Redis the buffer is shared by every app server and survives their
restarts; with the local-memory cache the exit flush is what keeps a normal restart lossless.

Cache keys (all prefixed with the database tag, see cms.cache.database_tag):
- ``count:<page id>``: views of that page not yet in the database;
- ``log:<n>`` for n up to ``log:end``: ids of pages whose counter went from 0 to 1, the
  list of pending ids a flush reads (``log:done`` is the last slot already read);
- ``total``: all buffered views; ``oldest``: when the oldest buffered view arrived;
- ``stored:<page id>``: the count in the database, for pages served from the page cache;
- ``lock``: held by the one process flushing.
"""

import logging
import time
import uuid
from dataclasses import dataclass
from functools import cache as memoize

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Case, F, PositiveIntegerField, Value, When

from wagtail.models import Page

from cms.cache import database_tag

from .readers import is_reader_request

logger = logging.getLogger(__name__)

PLACEHOLDER_KIND = "view-count"
COUNT_FIELD = "view_count"
FLUSH_LOCK_SECONDS = 120
# How long a cached page may show a stored count that a flush raced past.
STORED_COUNT_SECONDS = 300
BATCH_SIZE = 500

# Replaced by time in tests.
clock = time.time


def _key(name):
    return f"view-counts:{database_tag()}:{name}"


def _count_key(page_id):
    return _key(f"count:{page_id}")


def _stored_key(page_id):
    return _key(f"stored:{page_id}")


def _slot_key(slot):
    return _key(f"log:{slot}")


def _increment(key, delta=1):
    """cache.incr that starts missing counters at zero (atomic in Redis and locmem)."""
    try:
        return cache.incr(key, delta)
    except ValueError:
        cache.add(key, 0, None)
        return cache.incr(key, delta)


def _register(page_id):
    cache.set(_slot_key(_increment(_key("log:end"))), page_id, None)


def buffered_views(page_id):
    return cache.get(_count_key(page_id)) or 0


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
    if _increment(_count_key(page_id)) == 1:
        _register(page_id)
    total = _increment(_key("total"))
    now = clock()
    oldest = cache.get(_key("oldest"))
    if oldest is None:
        cache.add(_key("oldest"), now, None)
        oldest = now
    threshold = getattr(settings, "VIEW_COUNT_FLUSH_THRESHOLD", 100)
    max_age = getattr(settings, "VIEW_COUNT_FLUSH_SECONDS", 60)
    if total >= threshold or now - oldest >= max_age:
        flush_view_counts()


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
    """Write the buffered views to the database. Returns a FlushResult, or None when another
    process is flushing at this moment.

    Each counter is read, written, then decremented by what was read (never reset): views that
    arrive meanwhile, from any process, stay in the buffer for the next flush.
    """
    lock_key = _key("lock")
    token = uuid.uuid4().hex
    if not cache.add(lock_key, token, FLUSH_LOCK_SECONDS):
        return None
    try:
        return _flush()
    finally:
        if cache.get(lock_key) == token:
            cache.delete(lock_key)


def _flush():
    done = cache.get(_key("log:done")) or 0
    end = cache.get(_key("log:end")) or 0
    slot_keys = [_slot_key(slot) for slot in range(done + 1, end + 1)]
    page_ids = {int(page_id) for page_id in cache.get_many(slot_keys).values()}
    count_keys = {_count_key(page_id): page_id for page_id in page_ids}
    counts = {count_keys[key]: int(views) for key, views in cache.get_many(list(count_keys)).items() if views}

    decremented = []
    try:
        with transaction.atomic():
            write_counts(counts)
            for page_id, views in counts.items():
                try:
                    remaining = cache.decr(_count_key(page_id), views)
                except ValueError:  # evicted since it was read: nothing left to keep
                    continue
                decremented.append((page_id, views))
                if remaining > 0:
                    # Views arrived during the flush; their slot was just read, so list the id again.
                    _register(page_id)
    except Exception:
        # The UPDATE is rolled back: put back what was taken from the buffer.
        for page_id, views in decremented:
            _increment(_count_key(page_id), views)
        raise

    cache.set(_key("log:done"), end, None)
    cache.delete_many(slot_keys + [_stored_key(page_id) for page_id in counts])
    flushed = sum(counts.values())
    remaining_total = _increment(_key("total"), -flushed) if flushed else cache.get(_key("total"), 0)
    if remaining_total < 0:  # the total had been evicted: start it again from zero
        remaining_total = _increment(_key("total"), -remaining_total)
    cache.delete(_key("oldest"))
    if remaining_total > 0:
        cache.add(_key("oldest"), clock(), None)
    return FlushResult(views=flushed, pages=len(counts))


def flush_at_exit():
    """atexit hook: a normal stop of a server process leaves nothing in its buffer."""
    try:
        if cache.get(_key("total")):
            flush_view_counts()
    except Exception:
        logger.exception("Không ghi được lượt xem còn trong bộ đệm khi tiến trình dừng.")


def current_view_count(page_id):
    """Stored plus buffered views without the page object (what a cached page's placeholder
    shows): the stored count is remembered in the cache until the next flush changes it."""
    stored_key, count_key = _stored_key(page_id), _count_key(page_id)
    values = cache.get_many([stored_key, count_key])
    stored = values.get(stored_key)
    if stored is None:
        stored = _stored_count(page_id)
        cache.add(stored_key, stored, STORED_COUNT_SECONDS)
    return stored + (values.get(count_key) or 0)


def _stored_count(page_id):
    for model in counted_models():
        stored = model.objects.filter(pk=page_id).values_list(COUNT_FIELD, flat=True).first()
        if stored is not None:
            return stored
    return 0
