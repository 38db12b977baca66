"""Findings: the filtered list, one finding with its waiver, waiving and reopening, the site report export."""

import django_filters

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from cms.spreadsheets import FORMATS

from .. import access, exports
from ..forms import WaiveForm
from ..models import Finding, FindingStatus, Severity
from ..rules import rule_title
from .common import object_label, order_by_severity, page_addresses, rule_choices

WAIVE_ACTION = "compliance.waive"
REOPEN_ACTION = "compliance.reopen"
CURRENT = "current"
ALL = "all"
STATUS_CHOICES = [
    (CURRENT, "Chưa xử lý và được miễn"),
    *FindingStatus.choices,
    (ALL, "Tất cả"),
]


def visible_sites_choices(request):
    """The site filter offers only the sites the user may read."""
    if request is None:
        return access.visible_sites(None)
    return access.visible_sites(request.user).order_by("-is_default_site", "site_name", "hostname")


class SiteChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, site):
        return site.site_name or site.hostname


class SiteFilter(django_filters.ModelChoiceFilter):
    field_class = SiteChoiceField


class FindingFilterSet(WagtailFilterSet):
    site = SiteFilter(label="Trang của đơn vị", queryset=visible_sites_choices, empty_label="Tất cả các trang")
    rule = django_filters.ChoiceFilter(label="Quy tắc", choices=rule_choices, empty_label="Tất cả các quy tắc")
    severity = django_filters.ChoiceFilter(label="Mức độ", choices=Severity.choices, empty_label="Mọi mức độ")
    status = django_filters.ChoiceFilter(
        label="Tình trạng",
        choices=STATUS_CHOICES,
        method="filter_status",
        empty_label=None,
        initial=CURRENT,
        null_value=None,
    )

    class Meta:
        model = Finding
        fields = ["site", "rule", "severity", "status"]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("status"):
            data = data.copy()
            data["status"] = CURRENT
        super().__init__(data, *args, **kwargs)

    def filter_status(self, queryset, name, value):
        if value == ALL:
            return queryset
        if value == CURRENT or not value:
            return queryset.current()
        return queryset.filter(status=value)


def waiver_history(finding):
    """Who waived or reopened the finding, when, and why (kept in Wagtail's audit log)."""
    return (
        ModelLogEntry.objects.for_instance(finding)
        .filter(action__in=[WAIVE_ACTION, REOPEN_ACTION])
        .select_related("user")
        .order_by("-timestamp", "-pk")
    )


class FindingPageLinksMixin:
    """Link a finding's page to its editor for those who may edit it, else to the live page."""

    def decorate(self, findings):
        user = self.request.user
        addresses = page_addresses(findings)
        for finding in findings:
            finding.rule_title = rule_title(finding.rule)
            finding.object_label = object_label(finding)
            finding.address = addresses.get(finding.page_id, "")
            finding.edit_url = ""
            page = finding.page if finding.page_id else None
            if page is not None and page.permissions_for_user(user).can_edit():
                finding.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        return findings


class FindingIndexView(FindingPageLinksMixin, generic.IndexView):
    results_template_name = "compliance/finding_index_results.html"
    page_title = "Vi phạm"
    any_permission_required = ["view"]

    def get_base_queryset(self):
        queryset = self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["view"])
        return queryset.select_related("site", "page", "waived_by", "overridden_by")

    def order_queryset(self, queryset):
        return order_by_severity(queryset)

    def filter_queryset(self, queryset):
        if self.filters and not self.filters.is_valid():
            return queryset.current()  # a mistyped filter shows the default list, not history too
        return super().filter_queryset(queryset)

    def get_valid_orderings(self):
        return []

    @cached_property
    def chosen_site(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("site")
        return None

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        self.decorate(context["object_list"])
        context["chosen_site"] = self.chosen_site
        return context


class FindingObjectMixin(PermissionCheckedMixin):
    model = Finding
    any_permission_required = ["view"]

    def get_object(self):
        queryset = self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["view"])
        related = queryset.select_related("site", "page", "waived_by", "overridden_by")
        return get_object_or_404(related, pk=self.kwargs["pk"])


class FindingDetailView(FindingObjectMixin, FindingPageLinksMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "compliance/finding_detail.html"
    page_title = "Vi phạm"
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("compliance_findings:index"), "label": "Vi phạm"},
            {"url": "", "label": f"#{self.kwargs['pk']}"},
        ]

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        finding = self.decorate([self.object])[0]
        can_waive = access.can_waive(self.request.user)
        context.update(
            finding=finding,
            can_waive=can_waive and finding.status == FindingStatus.OPEN,
            can_reopen=can_waive and finding.status == FindingStatus.WAIVED,
            waive_form=form or WaiveForm(),
            waive_url=reverse("compliance_findings:waive", args=[finding.pk]),
            reopen_url=reverse("compliance_findings:reopen", args=[finding.pk]),
            waiver_history=waiver_history(finding),
        )
        return context


class WaiveView(FindingDetailView):
    """POST only; inspectors and superusers. A reason is required."""

    permission_required = "waive"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        self.object = finding = self.get_object()
        if finding.status != FindingStatus.OPEN:
            messages.error(request, "Chỉ miễn được vi phạm đang ở tình trạng “Chưa xử lý”.")
            return redirect("compliance_findings:detail", finding.pk)
        form = WaiveForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Chưa miễn được: vui lòng sửa các lỗi bên dưới.")
            return self.render_to_response(self.get_context_data(form=form))
        finding.status = FindingStatus.WAIVED
        finding.waived_by = request.user
        finding.waived_at = timezone.now()
        finding.waive_reason = form.cleaned_data["reason"]
        finding.save(update_fields=["status", "waived_by", "waived_at", "waive_reason"])
        log(instance=finding, action=WAIVE_ACTION, user=request.user, data={"reason": finding.waive_reason})
        messages.success(request, f"Đã miễn vi phạm “{rule_title(finding.rule)}” trên {finding.site.site_name}.")
        return redirect("compliance_findings:detail", finding.pk)


class ReopenView(FindingDetailView):
    """Undo a waiver: the finding is open again (the next scan resolves it if it is gone)."""

    permission_required = "waive"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        finding = self.get_object()
        if finding.status != FindingStatus.WAIVED:
            messages.error(request, "Vi phạm này không ở tình trạng “Được miễn”.")
            return redirect("compliance_findings:detail", finding.pk)
        reason = finding.waive_reason
        finding.status = FindingStatus.OPEN
        finding.waived_by = None
        finding.waived_at = None
        finding.waive_reason = ""
        finding.save(update_fields=["status", "waived_by", "waived_at", "waive_reason"])
        log(instance=finding, action=REOPEN_ACTION, user=request.user, data={"reason": reason})
        messages.success(request, "Đã bỏ miễn: vi phạm trở lại tình trạng “Chưa xử lý”.")
        return redirect("compliance_findings:detail", finding.pk)


class ExportView(PermissionCheckedMixin, generic.base.View):
    """One site's current findings as an inspection report, CSV or XLSX: `export/<fmt>/?site=<id>`."""

    model = Finding
    any_permission_required = ["view"]

    def get(self, request, fmt):
        if fmt not in FORMATS:
            return HttpResponseBadRequest("Định dạng không hỗ trợ.")
        site_id = request.GET.get("site", "")
        if not site_id.isdigit():
            messages.error(request, "Chọn một trang của đơn vị trong bộ lọc rồi mới xuất biên bản.")
            return redirect("compliance_findings:index")
        site = self.get_site(int(site_id))
        return exports.response(site, fmt, request.user)

    def get_site(self, site_id):
        site = get_object_or_404(Site, pk=site_id)
        if not access.can_see_site(self.request.user, site):
            raise PermissionDenied
        return site
