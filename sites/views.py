"""Read-only admin views over the portals of an authority, for its board and inspectors.

A board member or inspector sees the pages of the sites `sites.access.visible_sites` gives it
(its own authority's, at any depth); another authority's pages are neither listed nor offered
in the site filter. Superusers see every site.
"""

import operator
from functools import reduce

import django_filters

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from .access import sites_for_pages, visible_page_paths, visible_sites
from .models import AuthorityPage


def _visible_sites_for(request):
    user = request.user if request is not None else None
    return visible_sites(user).select_related("root_page").order_by("-is_default_site", "site_name")


class AllUnitsContentFilterSet(WagtailFilterSet):
    site = django_filters.ModelChoiceFilter(
        label="Trang của đơn vị",
        queryset=_visible_sites_for,
        method="filter_site",
        empty_label="Tất cả các trang",
    )
    live = django_filters.BooleanFilter(label="Đã xuất bản")

    class Meta:
        model = Page
        fields = ["site", "live"]

    def filter_site(self, queryset, name, site):
        return queryset.descendant_of(site.root_page, inclusive=True) if site else queryset


class AllUnitsContentView(PageReportView):
    """Every page of every portal, readable without any right to edit them."""

    page_title = "Nội dung các đơn vị"
    header_icon = "doc-full-inverse"
    results_template_name = "sites/all_units_content_results.html"
    filterset_class = AllUnitsContentFilterSet
    index_url_name = "all_units_content"
    index_results_url_name = "all_units_content_results"
    permission_required_codename = "sites.view_all_units_content"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required_codename):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        pages = Page.objects.filter(depth__gt=1).not_type(AuthorityPage)
        paths = visible_page_paths(self.request.user)
        if paths is not None:
            pages = pages.filter(reduce(operator.or_, (Q(path__startswith=path) for path in paths), Q(pk__in=[])))
        return pages.select_related("content_type").order_by("-latest_revision_created_at", "path")

    def decorate_paginated_queryset(self, pages):
        sites = sites_for_pages(pages)
        for page in pages:
            page.portal_site = sites[page.pk]
        return pages
