"""The “Kiểm tra tuân thủ” admin menu: Wagtail viewsets over the compliance models.

Permissions come from `compliance.access` policies (unit roles), not Django model permissions,
so no compliance permission shows in the group editor.
"""

from django.contrib.auth.models import Permission
from django.urls import path

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import access
from .forms import DomainEntryForm, RuleTextForm
from .models import DomainEntry, Finding, Inspection, RuleText
from .views.dashboard import DashboardView, ScanNowView
from .views.findings import (
    ExportView,
    FindingDetailView,
    FindingFilterSet,
    FindingIndexView,
    ReopenView,
    WaiveView,
)
from .views.inspections import InspectionDetailView, InspectionFilterSet, InspectionIndexView

URL_ROOT = "kiem-tra-tuan-thu"


class PolicyModelViewSet(ModelViewSet):
    """A model viewset whose permissions are a registered `compliance.access` policy."""

    copy_view_enabled = False
    add_to_reference_index = False

    def get_permissions_to_register(self):
        return Permission.objects.none()

    def register_admin_url_finder(self):
        pass


class ListingOnlyViewSet(PolicyModelViewSet):
    """Findings and inspections come from scans: listed and shown, never added, edited or deleted by hand."""

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name"):
            kwargs[name] = None
        return kwargs


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return access.can_use_compliance(request.user)


class DashboardViewSet(ViewSet):
    name = "compliance_dashboard"
    url_prefix = URL_ROOT
    menu_label = "Tổng quan"
    icon = "view"
    menu_item_class = DashboardMenuItem

    def get_urlpatterns(self):
        return [
            path("", DashboardView.as_view(), name="index"),
            path("quet/", ScanNowView.as_view(), name="scan"),
        ]


class FindingViewSet(ListingOnlyViewSet):
    model = Finding
    name = "compliance_findings"
    url_prefix = f"{URL_ROOT}/vi-pham"
    menu_label = "Vi phạm"
    icon = "warning"
    index_view_class = FindingIndexView
    filterset_class = FindingFilterSet
    search_fields = ["message", "evidence", "page__title"]
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", FindingDetailView.as_view(), name="detail"),
            path("<int:pk>/mien/", WaiveView.as_view(), name="waive"),
            path("<int:pk>/bo-mien/", ReopenView.as_view(), name="reopen"),
            path("xuat/<str:fmt>/", ExportView.as_view(), name="export"),
        ]


class InspectionViewSet(ListingOnlyViewSet):
    model = Inspection
    name = "compliance_inspections"
    url_prefix = f"{URL_ROOT}/lich-su"
    menu_label = "Lịch sử kiểm tra"
    icon = "history"
    index_view_class = InspectionIndexView
    filterset_class = InspectionFilterSet
    list_per_page = 30

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", InspectionDetailView.as_view(), name="detail"),
        ]


class DomainEntryViewSet(PolicyModelViewSet):
    model = DomainEntry
    name = "compliance_domains"
    url_prefix = f"{URL_ROOT}/ten-mien"
    menu_label = "Danh sách tên miền"
    icon = "link"
    list_display = ["domain", "list", "category", "note"]
    list_filter = ["list", "category"]
    search_fields = ["domain", "note"]
    ordering = ["list", "domain"]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return DomainEntryForm


def legal_basis_excerpt(rule_text):
    text = " ".join(rule_text.legal_basis.split())
    return text if len(text) <= 160 else text[:157] + "…"


class RuleTextViewSet(PolicyModelViewSet):
    model = RuleText
    name = "compliance_rule_texts"
    url_prefix = f"{URL_ROOT}/can-cu-phap-ly"
    menu_label = "Căn cứ pháp lý"
    icon = "doc-full"
    # The rule's title links to its form; the code stays beside it for those who script the scans.
    list_display = [
        "title",
        Column("legal_basis", label="Căn cứ pháp lý", accessor=legal_basis_excerpt),
        Column("code", label="Mã quy tắc"),
    ]
    ordering = ["code"]

    def get_form_class(self, for_update=False):
        return RuleTextForm

    def get_urlpatterns(self):
        # The rules are code: no adding or deleting their texts here.
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name in ("index", "index_results", "edit", "history", "history_results")
        ]

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        kwargs["add_url_name"] = kwargs["delete_url_name"] = kwargs["usage_url_name"] = None
        return kwargs


class ComplianceViewSetGroup(ViewSetGroup):
    menu_label = "Kiểm tra tuân thủ"
    menu_icon = "warning"
    menu_order = 260
    items = (DashboardViewSet, FindingViewSet, InspectionViewSet, DomainEntryViewSet, RuleTextViewSet)
