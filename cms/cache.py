"""Cache keys of answers kept in the cache (pages, search results): a tag of the database and
generations. An entry is stored under the current generation of what it was computed from;
a change starts a new generation, so older entries are never read again and simply expire."""

import hashlib
import time
from functools import lru_cache

from django.core.cache import cache
from django.db import connection, transaction


@lru_cache(maxsize=8)
def _database_tag(database_name):
    return hashlib.md5(str(database_name).encode()).hexdigest()[:8]


def database_tag():
    """A short tag of the current database, part of every key, so that two deployments (or a
    test run and a development server) sharing one Redis never read each other's entries."""
    return _database_tag(connection.settings_dict["NAME"])


def generation_key(name):
    return f"{name}:{database_tag()}:generation"


def current_generation(name):
    key = generation_key(name)
    generation = cache.get(key)
    if generation is None:
        cache.add(key, time.time_ns(), None)
        generation = cache.get(key)
    return generation


def new_generation(name):
    # A timestamp rather than an increment: if the key is ever evicted, the next generation
    # still differs from every earlier one, so no stale entry can come back.
    cache.set(generation_key(name), time.time_ns(), None)


def start_new_generations(names):
    """New generations now and again when the transaction commits: a reader computing between
    the two would otherwise store the old content under the new generation."""
    names = set(names)
    if not names:
        return

    def bump():
        for name in names:
            new_generation(name)

    bump()
    transaction.on_commit(bump)
