"""Work that publishing a page triggers, done once for a batch of pages instead of once per page.

Publishing one page from the admin expires its sites' page cache, purges the front cache and
rescans the page for compliance at once. An import publishes thousands of pages in a row; it
wraps them in `publishing_batch()`, and a receiver with costly work calls `defer(name, run, item)`
instead of doing it: inside a batch the item is collected and `run(items)` is called once, when
the outermost batch ends, with every distinct item collected under that name in order.

    def _page_published(sender, instance, **kwargs):
        if not defer("page-cache", expire_pages, instance.url_path):
            expire_pages([instance.url_path])

The deferred work runs however the batch ends: what an import committed before it failed must be
purged and scanned too. Each name's run is isolated: one failing (a purge backend that is down)
is logged and never stops the others or the import.
"""

import logging
import threading
from contextlib import contextmanager

logger = logging.getLogger(__name__)

_state = threading.local()


def _open_batch():
    return getattr(_state, "batch", None)


@contextmanager
def publishing_batch():
    """Collect the deferred work of every page published inside; run it once at the end."""
    if _open_batch() is not None:  # nested: the outermost batch runs everything
        yield
        return
    _state.batch = {}
    try:
        yield
    finally:
        batch, _state.batch = _state.batch, None
        for name, (run, items) in batch.items():
            try:
                run(list(items))
            except Exception:
                logger.exception("Lỗi khi xử lý một lượt sau xuất bản (%s, %d mục)", name, len(items))


def defer(name, run, item):
    """Within a batch, keep `item` for `run(items)` at its end and return True; outside a batch
    return False (the caller does the work now). `item` must be hashable."""
    batch = _open_batch()
    if batch is None:
        return False
    _run, items = batch.setdefault(name, (run, {}))
    items[item] = None
    return True


def in_batch():
    return _open_batch() is not None
