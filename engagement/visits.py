"""Visitor statistics per site and per authority: online now, search engines, today, this month,
this year and the total, counted with no database write per request.

Counting hooks the page cache's `page_served` signal, so pages served from the cache count too.
A request of the public site is a visitor's: a person's, or a bot's (engagement.readers), told
apart and never mixed. The visitor is known only as a keyed hash (HMAC with SECRET_KEY) of its
address and user agent with a salt drawn each day and kept in the cache only: the hashes of two
days cannot be linked, and no raw address is stored anywhere.

- A visit: a visitor's first request of the day on a site (a marker in the cache for the day).
  Visits wait in the "visits" `engagement.buffer.CountBuffer` under (site id, day, kind) and are
  added to the site's `SiteVisitDay` row when VISIT_FLUSH_SECONDS have passed or
  VISIT_FLUSH_THRESHOLD visits wait, by `manage.py flush_counters` and at process exit. The
  rows are kept for good and never zeroed.
- Online now: distinct visitors of the last ONLINE_MINUTES minutes. Each visitor's last minute
  is kept (``seen``), and a counter per site, kind and minute holds the visitors last seen in
  that minute: a visitor moves from its old minute to the current one, so the counters of the
  last five minutes add up to distinct visitors.
- The total is the site's opening total (`SiteVisitCounter`, for a portal that moved here with
  its old counter) plus every day's visits plus what is buffered.

The stored part of the figures (from the database) is kept in the cache per site and day until a
flush or an opening total changes it, so the footer of a cached page is filled with one
`cache.get_many` (`current_figures`).
"""

import secrets
import time
from contextlib import suppress
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache, caches
from django.db.models import Case, F, IntegerField, Q, Sum, Value, When

from wagtail.models import Site

from cms.client_address import client_address
from cms.page_cache.store import site_id_for_request
from sites.access import units_under
from sites.models import Unit

from .buffer import CountBuffer, increment
from .models import SiteVisitCounter, SiteVisitDay
from .readers import is_bot, is_page_request
from .spam import keyed_hash

PLACEHOLDER_KIND = "visitors"
MARKERS_CACHE = "visitors"
ONLINE_MINUTES = 5
READER, BOT = "v", "b"
STORED_SECONDS = 300
DAY_SECONDS = 86400
BATCH_SIZE = 500

# Replaced in tests to move time (a day, a month change).
clock = time.time

BUFFER = CountBuffer(
    "visits",
    lambda counts: write_visit_days(counts),
    clock=lambda: clock(),
    threshold_setting="VISIT_FLUSH_THRESHOLD",
    seconds_setting="VISIT_FLUSH_SECONDS",
    threshold=1000,
)


@dataclass
class Figures:
    online: int = 0
    search_engines: int = 0
    today: int = 0
    month: int = 0
    year: int = 0
    total: int = 0

    def __add__(self, other):
        return Figures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def as_dict(self):
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _key(name):
    return BUFFER.cache_key(name)


def markers():
    """The cache of who visited (salt, day markers, last minutes, online counters): its own when
    configured, so that a crowd of visitors never pushes the buffered counts out."""
    return caches[MARKERS_CACHE] if MARKERS_CACHE in settings.CACHES else cache


def local_day(moment=None):
    moment = clock() if moment is None else moment
    return datetime.fromtimestamp(moment, ZoneInfo(settings.TIME_ZONE)).date()


_salts = {}


def _daily_salt(day):
    """The day's salt, shared by every process through the cache; a process keeps it once read."""
    key = _key(f"salt:{day.isoformat()}")
    salt = _salts.get(key)
    if salt is None:
        store = markers()
        salt = store.get(key)
        if salt is None:
            store.add(key, secrets.token_hex(16), 2 * DAY_SECONDS)
            salt = store.get(key)
        _salts.clear()  # only today's (and the database's) salt is worth keeping
        _salts[key] = salt
    return salt


def _online_key(site_id, kind, minute, prefix=None):
    return (prefix or BUFFER.key_prefix()) + f"online:{site_id}:{kind}:{minute}"


# -- counting -----------------------------------------------------------------------------------


_local_changes = 0


def count_served_page(sender, request, page_id, **kwargs):
    """page_served receiver: every GET of a public page counts for its site (people and bots apart)."""
    if not is_page_request(request):
        return
    site_id = site_id_for_request(request)
    if site_id is None:
        site = Site.find_for_request(request)
        site_id = site.pk if site else None
    if site_id is not None:
        user_agent = request.headers.get("User-Agent", "")
        record_visit(site_id, client_address(request), user_agent, bot=is_bot(user_agent))


def record_visit(site_id, address, user_agent, bot=False):
    now = clock()
    day = local_day(now)
    minute = int(now // 60)
    kind = BOT if bot else READER
    visitor = keyed_hash(f"{_daily_salt(day)}|{address}|{user_agent}")
    store = markers()
    seen_key = _key(f"seen:{site_id}:{visitor}")
    last_minute = store.get(seen_key)
    if last_minute == minute:
        return
    global _local_changes
    _local_changes += 1  # this process's block figures are read afresh (see _shown_memo)
    if last_minute is None and store.add(_key(f"day:{site_id}:{visitor}"), 1, DAY_SECONDS + 3600):
        BUFFER.add((site_id, day.isoformat(), kind))
    store.set(seen_key, minute, 2 * ONLINE_MINUTES * 60)
    increment(_online_key(site_id, kind, minute), timeout=2 * ONLINE_MINUTES * 60, store=store)
    if last_minute is not None and minute - last_minute < ONLINE_MINUTES:
        with suppress(ValueError):  # its minute's counter has expired already
            store.decr(_online_key(site_id, kind, last_minute))


# -- writing ------------------------------------------------------------------------------------


def write_visit_days(counts):
    """Add buffered visits to the sites' day rows (created at zero when missing): one UPDATE per batch."""
    added = {}
    for (site_id, day, kind), count in counts.items():
        visits, bots = added.get((site_id, day), (0, 0))
        added[(site_id, day)] = (visits + count, bots) if kind == READER else (visits, bots + count)
    existing_sites = set(Site.objects.filter(pk__in={site_id for site_id, _ in added}).values_list("pk", flat=True))
    added = {pair: value for pair, value in added.items() if pair[0] in existing_sites}
    SiteVisitDay.objects.bulk_create(
        [SiteVisitDay(site_id=site_id, date=day) for site_id, day in added], ignore_conflicts=True
    )
    if not added:
        return
    pairs = Q()
    for site_id, day in added:
        pairs |= Q(site_id=site_id, date=day)
    rows = {
        (site_id, day.isoformat()): pk
        for pk, site_id, day in SiteVisitDay.objects.filter(pairs).values_list("pk", "site_id", "date")
    }
    items = sorted((rows[pair], value) for pair, value in added.items())
    for start in range(0, len(items), BATCH_SIZE):
        batch = items[start : start + BATCH_SIZE]
        visits = Case(
            *[When(pk=pk, then=Value(v)) for pk, (v, _) in batch], default=Value(0), output_field=IntegerField()
        )
        bots = Case(
            *[When(pk=pk, then=Value(b)) for pk, (_, b) in batch], default=Value(0), output_field=IntegerField()
        )
        SiteVisitDay.objects.filter(pk__in=[pk for pk, _ in batch]).update(
            visits=F("visits") + visits, bot_visits=F("bot_visits") + bots
        )


def flush_visits():
    """Write the buffered visits; `{(site id, day, kind): visits}` written, or None when another
    process is flushing."""
    counts = BUFFER.flush()
    if counts:
        forget_stored({site_id for site_id, _day, _kind in counts})
    return counts


def forget_stored(site_ids):
    """The stored figures of these sites changed (a flush, a new opening total)."""
    _shown_memo.clear()
    day = local_day()
    cache.delete_many([_stored_key(site_id, day) for site_id in site_ids])


def forget_counter_site(sender, instance, **kwargs):
    """post_save / post_delete of a SiteVisitCounter: its site's total changed."""
    forget_stored([instance.site_id])


# -- reading ------------------------------------------------------------------------------------


def _stored_key(site_id, day, prefix=None):
    return (prefix or BUFFER.key_prefix()) + f"stored:{site_id}:{day.isoformat()}"


def stored_figures(site_ids, day):
    """From the database: `{site id: (today, month, year, total)}` of reader visits."""
    month_start, year_start = day.replace(day=1), day.replace(month=1, day=1)
    rows = (
        SiteVisitDay.objects.filter(site_id__in=site_ids)
        .values("site_id")
        .annotate(
            today=Sum("visits", filter=Q(date=day), default=0),
            month=Sum("visits", filter=Q(date__gte=month_start, date__lte=day), default=0),
            year=Sum("visits", filter=Q(date__gte=year_start, date__lte=day), default=0),
            total=Sum("visits", default=0),
        )
    )
    found = dict.fromkeys(site_ids, (0, 0, 0, 0))
    for row in rows:
        found[row["site_id"]] = (row["today"], row["month"], row["year"], row["total"])
    for site_id, opening in SiteVisitCounter.objects.filter(site_id__in=site_ids).values_list(
        "site_id", "opening_total"
    ):
        today, month, year, total = found[site_id]
        found[site_id] = (today, month, year, total + opening)
    return found


def current_figures(site_ids):
    """`{site id: Figures}`, buffered visits included, with one cache read (and a database read
    only for sites whose stored figures the cache no longer holds)."""
    now = clock()
    day = local_day(now)
    yesterday = day - timedelta(days=1)
    minutes = range(int(now // 60) - ONLINE_MINUTES + 1, int(now // 60) + 1)
    prefix = BUFFER.key_prefix()
    wanted = {}
    for site_id in site_ids:
        wanted[site_id] = {
            "stored": _stored_key(site_id, day, prefix),
            "today": BUFFER.count_key((site_id, day.isoformat(), READER), prefix),
            "yesterday": BUFFER.count_key((site_id, yesterday.isoformat(), READER), prefix),
            "online": [_online_key(site_id, READER, minute, prefix) for minute in minutes],
            "bots": [_online_key(site_id, BOT, minute, prefix) for minute in minutes],
        }
    keys, online_keys = [], []
    for names in wanted.values():
        keys += [names["stored"], names["today"], names["yesterday"]]
        online_keys += [*names["online"], *names["bots"]]
    store = markers()
    if store is cache:
        values = cache.get_many(keys + online_keys)
    else:  # the counts and the visitors' cache: one read each
        values = {**cache.get_many(keys), **store.get_many(online_keys)}
    missing = [site_id for site_id, names in wanted.items() if names["stored"] not in values]
    if missing:
        computed = stored_figures(missing, day)
        cache.set_many({wanted[site_id]["stored"]: computed[site_id] for site_id in missing}, STORED_SECONDS)
        values.update({wanted[site_id]["stored"]: computed[site_id] for site_id in missing})
    result = {}
    for site_id, names in wanted.items():
        today, month, year, total = values[names["stored"]]
        buffered_today = values.get(names["today"]) or 0
        buffered_yesterday = values.get(names["yesterday"]) or 0
        # Yesterday's visits not yet written still belong to the month and year they were made in.
        same_month = yesterday.month == day.month
        same_year = yesterday.year == day.year
        result[site_id] = Figures(
            online=max(0, sum(values.get(key) or 0 for key in names["online"])),
            search_engines=max(0, sum(values.get(key) or 0 for key in names["bots"])),
            today=today + buffered_today,
            month=month + buffered_today + (buffered_yesterday if same_month else 0),
            year=year + buffered_today + (buffered_yesterday if same_year else 0),
            total=total + buffered_today + buffered_yesterday,
        )
    return result


def site_figures(site):
    return current_figures([site.pk])[site.pk]


def authority_site_ids(site_id):
    """The sites of the authority whose portal `site_id` is (its own and its units'), or None when
    the site is no authority's portal."""
    key = _key(f"authority-sites:{site_id}")
    found = cache.get(key)
    if found is None:
        unit = Unit.objects.filter(site_id=site_id).first()
        if unit is None or not unit.is_parent_authority:
            found = ()
        else:
            found = tuple(
                sorted(
                    Unit.objects.filter(pk__in=units_under({unit.pk}), site__isnull=False).values_list(
                        "site_id", flat=True
                    )
                )
            )
        cache.set(key, found, STORED_SECONDS)
    return found or None


def authority_figures(site_id):
    """The figures of an authority's portal: the sum over all the sites of the authority."""
    site_ids = authority_site_ids(site_id) or (site_id,)
    return sum(current_figures(site_ids).values(), Figures())


# -- the visitor block --------------------------------------------------------------------------

BLOCK_FIGURES = ("online_all", "search_engines", "online", "today", "month", "total")


def block_values(figures):
    """What the footer shows, as the seeds do: "Đang truy cập" is people and bots online together."""
    values = figures.as_dict()
    values["online_all"] = figures.online + figures.search_engines
    return {name: vietnamese_number(values[name]) for name in BLOCK_FIGURES}


def vietnamese_number(number):
    return f"{number:,}".replace(",", ".")


def scope_for_site(site_id):
    """The placeholder scope of a site's footer: "a<id>" on an authority's portal (summed), else "s<id>"."""
    return f"a{site_id}" if authority_site_ids(site_id) else f"s{site_id}"


def _scope_site_ids(scope):
    site_id = int(scope[1:])
    return (authority_site_ids(site_id) or (site_id,)) if scope.startswith("a") else (site_id,)


# What this process last showed, {scope: (monotonic time, local changes, values)}: a scope's
# figures are read at most once every VISITOR_FIGURES_MEMO_SECONDS per process (unless the process
# counted a visitor itself since), so a busy portal's cached pages do not read the figures of
# every site of an authority on every hit. 0 reads them on every hit.
_shown_memo = {}


def _shown(scopes):
    memo_seconds = getattr(settings, "VISITOR_FIGURES_MEMO_SECONDS", 1)
    now = time.monotonic()
    shown, missing = {}, []
    for scope in scopes:
        memo = _shown_memo.get(scope)
        if memo is not None and now - memo[0] < memo_seconds and memo[1] == _local_changes:
            shown[scope] = memo[2]
        else:
            missing.append(scope)
    if missing:
        site_ids = {scope: _scope_site_ids(scope) for scope in missing}
        figures = current_figures(sorted({site_id for ids in site_ids.values() for site_id in ids}))
        for scope in missing:
            shown[scope] = block_values(sum((figures[site_id] for site_id in site_ids[scope]), Figures()))
            if memo_seconds > 0:
                _shown_memo[scope] = (now, _local_changes, shown[scope])
    return shown


def fill_visitor_placeholders(keys):
    """Placeholder filler: keys "<scope>:<figure>"; every figure of every scope with one cache read."""
    scopes = {}
    for key in keys:
        scope, _, name = key.partition(":")
        if name in BLOCK_FIGURES and scope[:1] in ("a", "s") and scope[1:].isdigit():
            scopes.setdefault(scope, []).append(name)
    shown = _shown(scopes)
    return {f"{scope}:{name}": shown[scope][name] for scope, names in scopes.items() for name in names}


def flush_at_exit():
    BUFFER.flush_at_exit()
