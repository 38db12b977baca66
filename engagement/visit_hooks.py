"""Visitor statistics in the admin: the "Thống kê truy cập" report and its menu item, the sites'
opening totals (Settings)."""

from django.urls import include, path, reverse_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import visit_report
from .models import SiteVisitCounter
from .visit_access import may_open_visit_report


class VisitReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_open_visit_report(request.user)


@hooks.register("register_admin_urls")
def register_visit_report_urls():
    return [path("thong-ke-truy-cap/", include(visit_report.urlpatterns))]


@hooks.register("register_reports_menu_item")
def register_visit_report_menu():
    return VisitReportMenuItem(
        "Thống kê truy cập", reverse_lazy("engagement_visit_report"), icon_name="view", order=900
    )


class SiteVisitCounterViewSet(SnippetViewSet):
    """Superusers (or whoever is given the model's permissions) set a site's opening total."""

    model = SiteVisitCounter
    menu_label = "Bộ đếm lượt truy cập"
    icon = "order"
    list_display = ["site", "opening_total"]
    add_to_settings_menu = True


register_snippet(SiteVisitCounterViewSet())
