"""Read-only admin views over every unit's portal, for the board and inspectors."""

import django_filters

from django.core.exceptions import PermissionDenied

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page, Site


class AllUnitsContentFilterSet(WagtailFilterSet):
    site = django_filters.ModelChoiceFilter(
        label="Trang của đơn vị",
        queryset=Site.objects.select_related("root_page").order_by("-is_default_site", "site_name"),
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
        return (
            Page.objects.filter(depth__gt=1)
            .select_related("content_type")
            .order_by("-latest_revision_created_at", "path")
        )

    def decorate_paginated_queryset(self, pages):
        site_roots = [(site.root_page.path, site) for site in Site.objects.select_related("root_page")]
        for page in pages:
            page.portal_site = next((site for path, site in site_roots if page.path.startswith(path)), None)
        return pages
