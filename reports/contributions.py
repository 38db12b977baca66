"""The contribution table of one authority for one period: who sent how much, against the quota.

One row per unit directly under the authority (its departments, communes, wards, towns), zeros
included. An item counts for its credited unit (`PublishedItem.unit`: the article's contributing
unit, else the unit whose portal holds it), on the authority's portal or on the unit's own.
The authority's total is what its own portal published in the period, whoever is credited.
The same queries answer for ten units or a hundred.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, Sum
from django.utils import timezone

from wagtail.models import Page, TaskState

from articles.models import ArticlePage
from sites.access import site_id_for_url_path
from sites.models import UnitKind

from .models import PublishedItem, Quota, ReportingRule
from .models.items import ARTICLE_KINDS, ItemKind
from .periods import months_in, parse_period

KIND_KEYS = [kind.value for kind in ARTICLE_KINDS]


def month_start_day(authority):
    rule = ReportingRule.objects.filter(authority=authority).only("month_start_day").first()
    return rule.month_start_day if rule else 1


def authority_period(authority, text):
    """The period `text` names under the authority's rule (raises `PeriodError`)."""
    return parse_period(text, month_start_day(authority))


@dataclass
class Counts:
    total: int = 0  # articles of every kind
    by_kind: dict = field(default_factory=lambda: dict.fromkeys(KIND_KEYS, 0))
    photos: int = 0
    on_parent_portal: int = 0
    on_own_site: int = 0
    legal_documents: int = 0
    procedures: int = 0
    last_year: int = 0

    def add(self, kind, count, photos, last_year):
        if kind in self.by_kind:
            self.by_kind[kind] += count
            self.total += count
            self.photos += photos
            self.last_year += last_year
        elif kind == ItemKind.LEGAL_DOCUMENT:
            self.legal_documents += count
        elif kind == ItemKind.PROCEDURE:
            self.procedures += count

    @property
    def change_pct(self):
        """The change against the same period a year earlier, in whole per cent (None without it)."""
        if not self.last_year:
            return None
        return round((self.total - self.last_year) * 100 / self.last_year)


@dataclass
class UnitRow:
    unit: object
    counts: Counts
    sent_back: int
    quota: int | None

    @property
    def ratio(self):
        if not self.quota:
            return None
        return round(self.counts.total / self.quota, 2)

    @property
    def below_quota(self):
        return self.quota is not None and self.counts.total < self.quota

    @property
    def sent_only_unsuitable(self):
        return self.counts.total == 0 and self.sent_back > 0


@dataclass
class ContributionTable:
    authority: object
    period: object
    last_year_period: object
    authority_counts: Counts
    authority_quota: int | None
    rows: list
    units_by_site: dict  # {site id: unit id} of the authority's portals

    @property
    def contributors(self):
        return [row for row in self.rows if row.counts.total]

    @property
    def without_items(self):
        """Units with nothing published, the ones whose items were all sent back included."""
        return [row for row in self.rows if not row.counts.total]

    @property
    def below_quota(self):
        return [row for row in self.rows if row.below_quota]


def aware_bounds(period):
    """[start, end) of the period's days in the portal's time zone."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(period.start, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(period.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)
    return start, end


def contribution_table(authority, period):
    units = list(authority.children.select_related("site").order_by("kind", "name"))
    units.sort(key=lambda unit: (unit.kind != UnitKind.DEPARTMENT, unit.name))
    own_sites = {unit.site_id: unit.pk for unit in units if unit.site_id}
    site_ids = set(own_sites) | ({authority.site_id} if authority.site_id else set())

    last_year_period = period.same_period_a_year_earlier()
    start, end = aware_bounds(period)
    before_start, before_end = aware_bounds(last_year_period)
    in_period = Q(published_at__gte=start, published_at__lt=end)
    in_last_year = Q(published_at__gte=before_start, published_at__lt=before_end)
    grouped = (
        PublishedItem.objects.filter(site_id__in=site_ids)
        .filter(in_period | in_last_year)
        .values("unit_id", "site_id", "kind")
        .annotate(
            count=Count("pk", filter=in_period),
            photos=Sum("photos", filter=in_period, default=0),
            last_year=Count("pk", filter=in_last_year),
        )
        .order_by()
    )

    counts = defaultdict(Counts)
    authority_counts = Counts()
    for group in grouped:
        kind, count, photos, last_year = group["kind"], group["count"], group["photos"], group["last_year"]
        if group["site_id"] == authority.site_id:
            authority_counts.add(kind, count, photos, last_year)
        unit_counts = counts[group["unit_id"]]
        unit_counts.add(kind, count, photos, last_year)
        if kind in KIND_KEYS:
            if group["site_id"] == authority.site_id:
                unit_counts.on_parent_portal += count
            elif own_sites.get(group["site_id"]) == group["unit_id"]:
                unit_counts.on_own_site += count

    quotas = QuotaBook(authority, period)
    units_by_site = {**own_sites, authority.site_id: authority.pk} if authority.site_id else own_sites
    sent_back = Counter(item.unit_id for item in sent_back_articles(units_by_site, period))
    rows = [
        UnitRow(unit, counts.get(unit.pk) or Counts(), sent_back.get(unit.pk, 0), quotas.for_unit(unit))
        for unit in units
    ]
    return ContributionTable(
        authority, period, last_year_period, authority_counts, quotas.for_authority(), rows, units_by_site
    )


class QuotaBook:
    """The quotas that apply in a period: one set for the period kind (a unit's own before its
    kind's default); without one, the monthly quota times the months in the period. A range of
    days that is not a named period has no quota."""

    def __init__(self, authority, period):
        self.authority = authority
        self.months = months_in(period)
        self.kind = period.kind
        quotas = (
            Quota.objects.filter(authority=authority, period_kind__in={period.kind, "month"}) if self.months else []
        )
        self.by_unit = {(quota.unit_id, quota.period_kind): quota.items for quota in quotas if quota.unit_id}
        self.by_kind = {(quota.unit_kind, quota.period_kind): quota.items for quota in quotas if not quota.unit_id}

    def _scaled(self, table, key):
        if (key, self.kind) in table:
            return table[(key, self.kind)]
        if (key, "month") in table:
            return table[(key, "month")] * self.months
        return None

    def for_unit(self, unit):
        if not self.months:
            return None
        quota = self._scaled(self.by_unit, unit.pk)
        return quota if quota is not None else self._scaled(self.by_kind, unit.kind)

    def for_authority(self):
        return self._scaled(self.by_unit, self.authority.pk) if self.months else None


@dataclass
class SentBack:
    article: object  # ArticlePage with title, url_path and contributing_unit_id
    unit_id: int  # the credited unit
    site_id: int
    rejection: object  # the period's last rejecting TaskState (finished_at, finished_by, comment)


def sent_back_articles(units_by_site, period):
    """Articles of these portals (`{site id: its unit id}`) whose review ended in a rejection in the
    period and that were not published in it: what a unit sent that was judged unsuitable."""
    start, end = aware_bounds(period)
    states = (
        TaskState.objects.filter(
            status=TaskState.STATUS_REJECTED,
            finished_at__gte=start,
            finished_at__lt=end,
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        )
        .select_related("workflow_state", "finished_by")
        .order_by("finished_at")
    )
    rejections = {
        int(state.workflow_state.object_id): state for state in states if state.workflow_state.object_id.isdigit()
    }
    if not rejections:
        return []
    published = PublishedItem.objects.filter(page_id__in=rejections, published_at__gte=start, published_at__lt=end)
    articles = (
        ArticlePage._base_manager.filter(pk__in=rejections)
        .exclude(pk__in=published.values("page_id"))
        .only("title", "url_path", "contributing_unit_id")
        .order_by("title")
    )
    found = []
    for article in articles:
        site_id = site_id_for_url_path(article.url_path)
        if site_id in units_by_site:
            unit_id = article.contributing_unit_id or units_by_site[site_id]
            found.append(SentBack(article, unit_id, site_id, rejections[article.pk]))
    return found
