"""Every counter engagement buffers in the cache, flushed together (`manage.py flush_counters`)."""

from dataclasses import dataclass

from . import ratings, view_counts, visits


@dataclass
class FlushedCounters:
    views: int | None
    visits: int | None
    ratings: int | None


def _total(counts):
    return None if counts is None else sum(counts.values())


def flush_all():
    """Write the buffered views, visits and ratings; a figure is None when another process was
    flushing that buffer at the moment (its counts wait for that flush)."""
    views = view_counts.flush_view_counts()
    return FlushedCounters(
        views=None if views is None else views.views,
        visits=_total(visits.flush_visits()),
        ratings=_total(ratings.flush_ratings()),
    )
