"""The demo's visitor statistics and ratings: a year of daily visits for the district's portal and
its units' (weekdays busier than weekends, a slow seasonal swell, the same numbers on every run),
the district's opening total carried over from its old counter as in seed 002 ("Tổng lượt truy
cập 2.737.060"), and readers' ratings on a dozen articles. A second run adds only missing days.
"""

import hashlib
import math
from datetime import timedelta

from django.db.models import Q

from articles.models import ArticlePage
from engagement.models import PageRating, SiteVisitCounter, SiteVisitDay
from sites.access import units_under
from sites.models import Unit

HISTORY_DAYS = 365
OPENING_TOTAL = 2_737_060
DISTRICT_DAILY = 1300
UNIT_DAILY = (160, 420)
WEEKDAY_SHARE = (1.0, 1.0, 0.95, 0.95, 0.9, 0.6, 0.5)  # Monday first
RATED_ARTICLES = 12


def _noise(*parts):
    """A fixed number in [0, 1) for these parts: the same on every run and machine."""
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def daily_visits(site, day, base):
    season = 1 + 0.15 * math.sin(2 * math.pi * day.timetuple().tm_yday / 365)
    share = WEEKDAY_SHARE[day.weekday()]
    visits = round(base * share * season * (0.8 + 0.4 * _noise(site.hostname, day)))
    bots = round(visits * (0.08 + 0.07 * _noise("bot", site.hostname, day)))
    return visits, bots


def load_visits(demo):
    units = Unit.objects.filter(pk__in=units_under({demo.district.pk}), site__isnull=False).select_related("site")
    days = [demo.today - timedelta(days=n) for n in range(HISTORY_DAYS, 0, -1)]
    created = 0
    for unit in units:
        site = unit.site
        base = (
            DISTRICT_DAILY
            if unit.pk == demo.district.pk
            else round(UNIT_DAILY[0] + (UNIT_DAILY[1] - UNIT_DAILY[0]) * _noise("base", site.hostname))
        )
        known = set(SiteVisitDay.objects.filter(site=site, date__in=days).values_list("date", flat=True))
        rows = [
            SiteVisitDay(site=site, date=day, visits=visits, bot_visits=bots)
            for day in days
            if day not in known
            for visits, bots in [daily_visits(site, day, base)]
        ]
        SiteVisitDay.objects.bulk_create(rows, ignore_conflicts=True)
        created += len(rows)
    demo.report.add_created(created, "ngày thống kê truy cập")
    _, made = SiteVisitCounter.objects.get_or_create(site=demo.district.site, defaults={"opening_total": OPENING_TOTAL})
    if made:
        demo.report.add_created(1, "bộ đếm lượt truy cập ban đầu")
    _load_ratings(demo, units)


def _load_ratings(demo, units):
    roots = Q()
    for unit in units:
        roots |= Q(path__startswith=unit.site.root_page.path)
    articles = list(ArticlePage.objects.live().filter(roots).order_by("path")[:RATED_ARTICLES])
    rated = set(PageRating.objects.filter(page__in=articles).values_list("page_id", flat=True))
    new = []
    for article in articles:
        if article.pk in rated:
            continue
        counts = {score: int(12 * _noise("rating", article.slug, score) * (score / 3)) for score in range(1, 6)}
        new.append(PageRating(page=article, **{f"score_{score}": count for score, count in counts.items()}))
    PageRating.objects.bulk_create(new)
    demo.report.add_created(len(new), "bài viết có đánh giá của bạn đọc")
