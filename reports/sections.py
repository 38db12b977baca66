"""Sections that were set up but are not kept up to date (seed 003: "thiết kế nhưng không cập nhật").

A section's last publication is the newest publish of anything live under it (a new article or
document, or a republished page); a section with nothing live under it was never updated. It is
stale when that is longer ago than its expected frequency: the board's `SectionSchedule`, else the
default of its type. Queries: a handful per call (one per depth at which sections sit), whatever
the number of sites and sections.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.db.models.functions import Substr
from django.utils import timezone

from wagtail.models import Page, Site

from articles.models import NewsIndexPage
from home.models import SectionPage
from legal_docs.models import LegalDocumentIndexPage, ProcedureIndexPage
from sites.access import site_id_for_url_path

from .models import SectionSchedule
from .site_filter import sites_by_pk, under_sites

# Days within which a section of each type is expected to get something new, unless the board
# sets its own: news weekly, documents monthly, procedures each quarter, other sections twice a year.
DEFAULT_DAYS = {
    NewsIndexPage: 7,
    LegalDocumentIndexPage: 30,
    ProcedureIndexPage: 90,
    SectionPage: 180,
}


@dataclass
class SectionState:
    page: Page
    site: Site
    type_label: str
    last_published_at: datetime.datetime | None
    expected_days: int
    set_by_board: bool

    def days_since(self, today):
        if self.last_published_at is None:
            return None
        return (today - timezone.localtime(self.last_published_at).date()).days

    def is_stale(self, today):
        if not self.expected_days:
            return False
        since = self.days_since(today)
        return since is None or since > self.expected_days


def section_states(site_ids=None):
    """Every live section of these sites (every site when None), sites in name order, sections in
    tree order."""
    sites = sites_by_pk(site_ids)
    if not sites:
        return []
    in_sites = under_sites(sites.values())
    content_types = ContentType.objects.get_for_models(*DEFAULT_DAYS)
    types_by_id = {content_type.pk: model for model, content_type in content_types.items()}
    sections = list(
        Page.objects.filter(in_sites, live=True, content_type__in=types_by_id)
        .only("id", "title", "path", "depth", "url_path", "content_type_id", "last_published_at")
        .order_by("path")
    )
    last = _last_publications(sections, in_sites)
    schedules = dict(
        SectionSchedule.objects.filter(page__in=[section.pk for section in sections]).values_list(
            "page_id", "expected_days"
        )
    )
    states = []
    for section in sections:
        site = sites.get(site_id_for_url_path(section.url_path))
        if site is None:
            continue
        model = types_by_id[section.content_type_id]
        states.append(
            SectionState(
                page=section,
                site=site,
                type_label=model._meta.verbose_name,
                last_published_at=last.get(section.path),
                expected_days=schedules.get(section.pk, DEFAULT_DAYS[model]),
                set_by_board=section.pk in schedules,
            )
        )
    states.sort(key=lambda state: (state.site.site_name or state.site.hostname, state.page.path))
    return states


def _last_publications(sections, in_sites):
    """{section path: newest publish under it}, one grouped query per depth of the sections."""
    paths_by_depth = defaultdict(set)
    for section in sections:
        paths_by_depth[section.depth].add(section.path)
    newest = {}
    for depth, paths in paths_by_depth.items():
        prefix_length = depth * Page.steplen
        grouped = (
            Page.objects.filter(in_sites, live=True, depth__gt=depth, last_published_at__isnull=False)
            .annotate(section_path=Substr("path", 1, prefix_length))
            .filter(section_path__in=paths)
            .values("section_path")
            .annotate(newest=Max("last_published_at"))
            .order_by()
        )
        newest.update((row["section_path"], row["newest"]) for row in grouped)
    return newest
