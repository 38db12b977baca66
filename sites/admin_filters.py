"""Site choices and page filters for admin listings that span a whole authority (a hundred sites).

- `visible_portals(user)`: the sites the user may see with their units, read in one query and
  ordered by name (folded, so that “Xã Ấn” sorts with the a's).
- `grouped_site_choices`: those sites as a select grouped by unit kind (the authority first).
- `pages_of_sites`: the pages of many sites' trees as one `IN` per root depth (not one `LIKE` per
  site), so the SQL stays the same size with 10 or 100 sites.
- The page explorer and the page search use Wagtail's own views through a page viewset
  (`ScopedPageViewSet`, registered in `sites/wagtail_hooks.py`) whose site filter offers only the
  user's sites, grouped by kind; Wagtail's own filter is a checkbox per site of the whole install.
"""

from collections import defaultdict
from dataclasses import dataclass

import django_filters

from django.db.models import CharField, Q
from django.db.models.functions import Cast, Substr
from django.utils.functional import cached_property

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.pages.listing import ExplorableIndexView, GenericPageFilterSet
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, Site

from cms.text import fold

from .access import visible_site_ids
from .models import PARENT_KINDS, UnitKind

AUTHORITY = "authority"
# The groups of the site select and the kinds of the kind filter, in this order.
KIND_GROUPS = (
    (AUTHORITY, "Đơn vị chủ quản (tỉnh, huyện)"),
    (UnitKind.COMMUNE, "Xã"),
    (UnitKind.WARD, "Phường"),
    (UnitKind.TOWN, "Thị trấn"),
    (UnitKind.SPECIAL_ZONE, "Đặc khu"),
)
OTHER_SITES = "other"
OTHER_SITES_LABEL = "Trang khác"


@dataclass(frozen=True)
class Portal:
    site: Site
    name: str
    group: str  # a key of KIND_GROUPS, or OTHER_SITES for a site that is no unit's portal
    kind_label: str

    @property
    def root_path(self):
        return self.site.root_page.path


def _portal(site):
    unit = getattr(site, "unit", None)
    if unit is None:
        return Portal(site=site, name=site.site_name or site.hostname, group=OTHER_SITES, kind_label="")
    group = AUTHORITY if unit.kind in PARENT_KINDS else unit.kind
    return Portal(site=site, name=unit.name, group=group, kind_label=unit.get_kind_display())


def visible_portals(user):
    """The portals the user may see, ordered by name: one query (plus `visible_site_ids`' own)."""
    ids = visible_site_ids(user)
    sites = Site.objects.select_related("root_page", "unit")
    if ids is not None:
        sites = sites.filter(pk__in=ids)
    return sorted((_portal(site) for site in sites), key=lambda portal: (fold(portal.name), portal.site.pk))


def grouped_site_choices(portals):
    """`[(group label, [(site pk, name), ...]), ...]` for a select with one optgroup per unit kind."""
    by_group = defaultdict(list)
    for portal in portals:
        by_group[portal.group].append((str(portal.site.pk), portal.name))
    groups = [*KIND_GROUPS, (OTHER_SITES, OTHER_SITES_LABEL)]
    return [(label, by_group[key]) for key, label in groups if by_group[key]]


def kind_choices(portals):
    present = {portal.group for portal in portals}
    return [(key, label) for key, label in KIND_GROUPS if key in present]


def pages_of_sites(portals, pages=None):
    """The pages of the portals' trees (roots included); the SQL has one `IN` per depth of root."""
    pages = Page.objects.all() if pages is None else pages
    paths_by_depth = defaultdict(set)
    for portal in portals:
        paths_by_depth[portal.site.root_page.depth].add(portal.root_path)
    condition = Q(pk__in=[])
    for depth, paths in paths_by_depth.items():
        prefix = f"_site_root_{depth}"
        pages = pages.annotate(**{prefix: Substr("path", 1, Page.steplen * depth)})
        condition |= Q(**{f"{prefix}__in": sorted(paths)})
    return pages.filter(condition)


def page_ids_as_text(pages):
    """Page pks as text, for the generic relations (workflow states) that store them as strings."""
    return pages.order_by().values_list(Cast("id", output_field=CharField()), flat=True)


class SiteChoiceFilterMixin:
    """A `site` filter (one select grouped by kind) over the user's own portals."""

    site = django_filters.ChoiceFilter(label="Trang của đơn vị", method="filter_site", empty_label="Tất cả các trang")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user if self.request is not None else None
        self.portals = visible_portals(user)
        if len(self.portals) > 1:
            self.filters["site"].extra["choices"] = grouped_site_choices(self.portals)
        else:
            del self.filters["site"]

    @cached_property
    def portals_by_pk(self):
        return {str(portal.site.pk): portal for portal in self.portals}

    def filter_site(self, queryset, name, value):
        portal = self.portals_by_pk.get(value)
        return queryset.filter(path__startswith=portal.root_path) if portal else queryset


class ScopedPageFilterSet(SiteChoiceFilterMixin, GenericPageFilterSet):
    """Wagtail's explorer filters, with the site filter scoped and grouped."""

    site = SiteChoiceFilterMixin.site


class PageSearchSiteFilterSet(SiteChoiceFilterMixin, WagtailFilterSet):
    site = SiteChoiceFilterMixin.site

    class Meta:
        model = Page
        fields = []


class ScopedExplorableIndexView(ExplorableIndexView):
    base_filterset_class = ScopedPageFilterSet


class ScopedPageSearchView(SearchView):
    """Wagtail's page search with a site filter.

    Wagtail builds the search queryset itself and never calls the filterset (its
    `filterset_class` is None); `annotate_queryset` is its last step before handing the
    queryset, and the one that counts the results (`all_pages`), to the search backend.
    """

    filterset_class = PageSearchSiteFilterSet
    results_template_name = "sites/admin/page_search_results.html"

    def annotate_queryset(self, pages):
        self.all_pages = self.filter_queryset(self.all_pages)
        return super().annotate_queryset(self.filter_queryset(pages))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["selected_site"] = self.request.GET.get("site", "") if self.is_filtering else ""
        return context


class ScopedPageViewSet(PageViewSet):
    """The viewset of every page type without its own: Wagtail's, with the scoped site filters."""

    model = Page
    index_view_class = ScopedExplorableIndexView
    filterset_class = ScopedPageFilterSet
    search_view_class = ScopedPageSearchView
