"""Counters buffered in the cache and written to the database in batches: page views, site
visits and article ratings share this one buffer.

A count costs a few atomic cache operations and no database write. A `CountBuffer` holds one
counter per key (any picklable value: a page id, a (site, day, kind) tuple) and writes them with
the `write(counts)` it is given, `{key: count}`, when the oldest buffered count is
`<seconds_setting>` old or `<threshold_setting>` counts are waiting, from cron
(`manage.py flush_counters`) and when the process exits. With Redis the buffer is shared by
every app server and survives their restarts.

Cache keys, under ``<name>:<database tag>:``:
- ``count:<key>``: counts of that key not yet in the database;
- ``log:<n>`` for n up to ``log:end``: the keys whose counter went from 0 to 1, the list of
  pending keys a flush reads (``log:done`` is the last slot already read);
- ``total``: all buffered counts; ``oldest``: when the oldest of them arrived;
- ``lock``: held by the one process flushing.

A flush reads each counter, writes, then decrements the counter by what it read (never resets
it): counts arriving meanwhile, from any process, stay for the next flush. A failed write is
rolled back and what was taken is put back.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from cms.cache import database_tag

logger = logging.getLogger(__name__)

FLUSH_LOCK_SECONDS = 120


def increment(key, delta=1, timeout=None, store=None):
    """cache.incr that starts missing counters at zero (atomic in Redis and locmem); `store` is
    another cache than the default."""
    store = cache if store is None else store
    try:
        return store.incr(key, delta)
    except ValueError:
        store.add(key, 0, timeout)
        return store.incr(key, delta)


def _part(key):
    return ":".join(str(part) for part in key) if isinstance(key, tuple) else str(key)


class CountBuffer:
    def __init__(self, name, write, *, clock, threshold_setting, seconds_setting, threshold=100, seconds=60):
        self.name = name
        self.write = write
        self.clock = clock
        self.threshold_setting = threshold_setting
        self.seconds_setting = seconds_setting
        self.default_threshold = threshold
        self.default_seconds = seconds

    # -- keys -------------------------------------------------------------------------------------

    def key_prefix(self):
        return f"{self.name}:{database_tag()}:"

    def cache_key(self, name):
        return self.key_prefix() + name

    def count_key(self, key, prefix=None):
        """The counter of `key`; `prefix` (key_prefix()) saves building it again for many keys."""
        return (prefix or self.key_prefix()) + "count:" + _part(key)

    def _slot_key(self, slot):
        return self.cache_key(f"log:{slot}")

    def _register(self, key):
        cache.set(self._slot_key(increment(self.cache_key("log:end"))), key, None)

    # -- counting ---------------------------------------------------------------------------------

    def buffered(self, key):
        return cache.get(self.count_key(key)) or 0

    def add(self, key, delta=1):
        """Count `delta` for `key`; flush if the buffer is old or full enough."""
        if increment(self.count_key(key), delta) == delta:
            self._register(key)
        total = increment(self.cache_key("total"), delta)
        now = self.clock()
        oldest = cache.get(self.cache_key("oldest"))
        if oldest is None:
            cache.add(self.cache_key("oldest"), now, None)
            oldest = now
        threshold = getattr(settings, self.threshold_setting, self.default_threshold)
        max_age = getattr(settings, self.seconds_setting, self.default_seconds)
        if total >= threshold or now - oldest >= max_age:
            self.flush()

    # -- flushing ---------------------------------------------------------------------------------

    def flush(self):
        """Write the buffered counts; returns what was written, `{key: count}`, or None when
        another process is flushing at this moment."""
        lock_key = self.cache_key("lock")
        token = uuid.uuid4().hex
        if not cache.add(lock_key, token, FLUSH_LOCK_SECONDS):
            return None
        try:
            return self._flush()
        finally:
            if cache.get(lock_key) == token:
                cache.delete(lock_key)

    def _flush(self):
        done = cache.get(self.cache_key("log:done")) or 0
        end = cache.get(self.cache_key("log:end")) or 0
        slot_keys = [self._slot_key(slot) for slot in range(done + 1, end + 1)]
        keys = set(cache.get_many(slot_keys).values())
        count_keys = {self.count_key(key): key for key in keys}
        counts = {count_keys[ck]: int(n) for ck, n in cache.get_many(list(count_keys)).items() if n}

        decremented = []
        try:
            with transaction.atomic():
                if counts:
                    self.write(counts)
                for key, taken in counts.items():
                    try:
                        remaining = cache.decr(self.count_key(key), taken)
                    except ValueError:  # evicted since it was read: nothing left to keep
                        continue
                    decremented.append((key, taken))
                    if remaining > 0:
                        # Counts arrived during the flush; their slot was just read, so list the key again.
                        self._register(key)
        except Exception:
            for key, taken in decremented:
                increment(self.count_key(key), taken)
            raise

        cache.set(self.cache_key("log:done"), end, None)
        cache.delete_many(slot_keys)
        flushed = sum(counts.values())
        total_key = self.cache_key("total")
        remaining_total = increment(total_key, -flushed) if flushed else cache.get(total_key, 0)
        if remaining_total < 0:  # the total had been evicted: start it again from zero
            increment(total_key, -remaining_total)
            remaining_total = 0
        cache.delete(self.cache_key("oldest"))
        if remaining_total > 0:
            cache.add(self.cache_key("oldest"), self.clock(), None)
        return counts

    def flush_at_exit(self):
        """atexit hook: a normal stop of a server process leaves nothing in its buffer."""
        try:
            if cache.get(self.cache_key("total")):
                self.flush()
        except Exception:
            logger.exception("Không ghi được số đếm %s còn trong bộ đệm khi tiến trình dừng.", self.name)
