"""Inspection history: every scan with its counts, and one scan's counts per site and rule.

A commune user sees only the scans that covered its site, with the counts of its site alone.
"""

import django_filters

from django.db.models import Sum
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from .. import access
from ..models import Inspection, InspectionCount, Trigger
from ..rules import rule_title
from .findings import SiteFilter, visible_sites_choices


class InspectionFilterSet(WagtailFilterSet):
    site = SiteFilter(
        label="Trang của đơn vị",
        queryset=visible_sites_choices,
        field_name="sites",
        empty_label="Tất cả các trang",
    )
    # Every publish rescans its page and records it; listed only when asked for, so that the
    # history shows the inspections proper by default.
    trigger = django_filters.ChoiceFilter(
        label="Cách chạy", choices=Trigger.choices, empty_label="Lệnh compliance_scan và quét trong quản trị"
    )

    class Meta:
        model = Inspection
        fields = ["site", "trigger"]


def scoped_counts(inspections, user):
    """Attach to each inspection the sites and counts the user may see."""
    site_ids = access.visible_site_ids(user)
    whole = access.sees_every_site(user)
    inspections = list(inspections)
    ids = [inspection.pk for inspection in inspections]
    through = Inspection.sites.through.objects.filter(inspection_id__in=ids).select_related("site")
    if site_ids is not None:
        through = through.filter(site_id__in=site_ids)
    sites = {}
    for link in through.order_by("site__site_name"):
        sites.setdefault(link.inspection_id, []).append(link.site)
    sums = {}
    if not whole:
        counts = InspectionCount.objects.filter(inspection_id__in=ids, site_id__in=site_ids)
        for row in counts.values("inspection_id").annotate(open=Sum("open_count"), waived=Sum("waived_count")):
            sums[row["inspection_id"]] = row
    for inspection in inspections:
        inspection.visible_sites = sites.get(inspection.pk, [])
        inspection.whole = whole
        if whole:
            inspection.shown_open = inspection.open_count
            inspection.shown_waived = inspection.waived_count
        else:
            row = sums.get(inspection.pk, {})
            inspection.shown_open = row.get("open") or 0
            inspection.shown_waived = row.get("waived") or 0
    return inspections


class InspectionIndexView(generic.IndexView):
    results_template_name = "compliance/inspection_index_results.html"
    page_title = "Lịch sử kiểm tra"
    any_permission_required = ["view"]

    def get_base_queryset(self):
        queryset = self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["view"])
        if not self.request.GET.get("trigger"):
            queryset = queryset.exclude(trigger=Trigger.PUBLISH)
        return queryset.select_related("started_by")

    def order_queryset(self, queryset):
        return queryset.order_by("-started_at", "-pk")

    def get_valid_orderings(self):
        return []

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["object_list"] = scoped_counts(context["object_list"], self.request.user)
        context["sees_every_site"] = access.sees_every_site(self.request.user)
        return context


class InspectionDetailView(PermissionCheckedMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    model = Inspection
    any_permission_required = ["view"]
    template_name = "compliance/inspection_detail.html"
    page_title = "Lần kiểm tra"
    header_icon = "history"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("compliance_inspections:index"), "label": "Lịch sử kiểm tra"},
            {"url": "", "label": str(self.object)},
        ]

    def get(self, request, *args, **kwargs):
        queryset = self.permission_policy.instances_user_has_any_permission_for(request.user, ["view"])
        self.object = get_object_or_404(queryset.select_related("started_by"), pk=kwargs["pk"])
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        inspection = scoped_counts([self.object], user)[0]
        counts = InspectionCount.objects.filter(inspection=inspection).select_related("site")
        site_ids = access.visible_site_ids(user)
        if site_ids is not None:
            counts = counts.filter(site_id__in=site_ids)
        rows = []
        for count in counts.order_by("site__site_name", "rule"):
            count.rule_title = rule_title(count.rule)
            rows.append(count)
        context.update(
            inspection=inspection,
            counts=rows,
            sees_every_site=access.sees_every_site(user),
        )
        return context
