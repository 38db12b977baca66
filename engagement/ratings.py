"""Readers rate an article 1 to 5: once per reader and article, counted with no database write
per rating, shown under the article as "Tổng số điểm của bài viết là: X trong N đánh giá".

- Once per reader: a signed cookie (`danh_gia`, a year) lists the articles the browser rated;
  and, for readers who clear it, at most RATING_LIMIT_PER_ADDRESS ratings of one article per
  address and day, counted in the visitors' cache under a keyed hash of the address (no raw
  address kept).
- Ratings wait in the "ratings" `engagement.buffer.CountBuffer` under (page id, score) and are
  added to the page's `PageRating` row when RATING_FLUSH_SECONDS have passed or
  RATING_FLUSH_THRESHOLD ratings wait, by `manage.py flush_counters` and at process exit.
- The sentence is a page-cache placeholder: a cached article shows the current figures with no
  render, from one cache read (the stored counts are kept in the cache until a flush changes them).
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db.models import F

from wagtail.models import Page

from .buffer import CountBuffer, increment
from .models import SCORES, PageRating
from .spam import keyed_hash
from .visits import markers

PLACEHOLDER_KIND = "rating"
COOKIE_NAME = "danh_gia"
COOKIE_SALT = "engagement.ratings"
COOKIE_SECONDS = 365 * 86400
# The cookie remembers this many articles, the latest rated.
COOKIE_MAX_PAGES = 300
STORED_SECONDS = 300

clock = time.time

BUFFER = CountBuffer(
    "ratings",
    lambda counts: write_ratings(counts),
    clock=lambda: clock(),
    threshold_setting="RATING_FLUSH_THRESHOLD",
    seconds_setting="RATING_FLUSH_SECONDS",
    threshold=50,
)


def sentence(total, count):
    if not count:
        return "Bài viết chưa có đánh giá."
    return f"Tổng số điểm của bài viết là: {total} trong {count} đánh giá"


# -- who rated what -----------------------------------------------------------------------------


def rated_pages(request):
    """The ids of the articles this browser rated, from its signed cookie (an unsigned or forged one counts as none)."""
    value = request.get_signed_cookie(COOKIE_NAME, default="", salt=COOKIE_SALT, max_age=COOKIE_SECONDS)
    return [int(part) for part in value.split(",") if part.isdigit()]


def remember_rating(response, request, page_id):
    pages = [pk for pk in rated_pages(request) if pk != page_id] + [page_id]
    response.set_signed_cookie(
        COOKIE_NAME,
        ",".join(str(pk) for pk in pages[-COOKIE_MAX_PAGES:]),
        salt=COOKIE_SALT,
        max_age=COOKIE_SECONDS,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def address_allowed(address, page_id, day):
    """Count one rating of the article from this address today; False once past the limit."""
    limit = getattr(settings, "RATING_LIMIT_PER_ADDRESS", 5)
    key = BUFFER.cache_key(f"address:{keyed_hash(address)}:{page_id}:{day.isoformat()}")
    return increment(key, timeout=86400, store=markers()) <= limit


# -- counting and writing -----------------------------------------------------------------------


def record_rating(page_id, score):
    BUFFER.add((page_id, score))


def write_ratings(counts):
    """Add buffered ratings to the pages' rows (created at zero when missing): one UPDATE per page."""
    by_page = {}
    for (page_id, score), count in counts.items():
        by_page.setdefault(page_id, {})[score] = count
    existing = set(Page.objects.filter(pk__in=by_page).values_list("pk", flat=True))
    PageRating.objects.bulk_create([PageRating(page_id=pk) for pk in existing], ignore_conflicts=True)
    for page_id in sorted(existing):
        PageRating.objects.filter(page_id=page_id).update(
            **{f"score_{score}": F(f"score_{score}") + count for score, count in by_page[page_id].items()}
        )


def flush_ratings():
    counts = BUFFER.flush()
    if counts:
        cache.delete_many([_stored_key(page_id) for page_id, _score in counts])
    return counts


def flush_at_exit():
    BUFFER.flush_at_exit()


# -- reading ------------------------------------------------------------------------------------


def _stored_key(page_id):
    return BUFFER.cache_key(f"stored:{page_id}")


def current_counts(page_ids):
    """`{page id: {score: count}}`, buffered ratings included, with one cache read."""
    page_ids = [int(pk) for pk in page_ids]
    prefix = BUFFER.key_prefix()
    keys = {
        pk: (f"{prefix}stored:{pk}", [BUFFER.count_key((pk, score), prefix) for score in SCORES]) for pk in page_ids
    }
    values = cache.get_many([key for stored, buffered in keys.values() for key in (stored, *buffered)])
    missing = [pk for pk, (stored, _) in keys.items() if stored not in values]
    if missing:
        found = {row.page_id: row.counts() for row in PageRating.objects.filter(page_id__in=missing)}
        computed = {keys[pk][0]: found.get(pk, dict.fromkeys(SCORES, 0)) for pk in missing}
        cache.set_many(computed, STORED_SECONDS)
        values.update(computed)
    return {
        pk: {score: values[stored][score] + (values.get(key) or 0) for score, key in zip(SCORES, buffered, strict=True)}
        for pk, (stored, buffered) in keys.items()
    }


def totals(counts):
    return sum(score * count for score, count in counts.items()), sum(counts.values())


def current_sentence(page_id):
    return sentence(*totals(current_counts([page_id])[int(page_id)]))


def fill_rating_placeholders(keys):
    counts = current_counts([key for key in keys if str(key).isdigit()])
    return {str(pk): sentence(*totals(page_counts)) for pk, page_counts in counts.items()}
