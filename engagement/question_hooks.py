"""Hỏi đáp in the admin: the "Hỏi đáp" menu (inbox, overdue list, holidays), its URLs, the dashboard count."""

from django.urls import include, path, reverse_lazy

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from legal_docs.wagtail_hooks import BoardEditablePolicy

from . import admin_views
from .models import PublicHoliday
from .question_access import may_open_inbox

register_permission_policy(PublicHoliday, BoardEditablePolicy(PublicHoliday), exact_class=True)


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return may_open_inbox(request.user)


class PublicHolidayViewSet(SnippetViewSet):
    model = PublicHoliday
    menu_label = "Ngày nghỉ lễ, Tết"
    icon = "date"
    list_display = ["date", "name"]
    ordering = ["-date"]
    add_to_admin_menu = False


holiday_viewset = PublicHolidayViewSet()
register_snippet(holiday_viewset)


@hooks.register("register_admin_urls")
def register_question_urls():
    return [path("hoi-dap/", include(admin_views.urlpatterns))]


class HolidayMenuItem(MenuItem):
    def is_shown(self, request):
        return holiday_viewset.permission_policy.user_has_permission(request.user, "change")


@hooks.register("register_admin_menu_item")
def register_questions_menu():
    items = [
        InboxMenuItem("Hộp thư câu hỏi", reverse_lazy("engagement_questions"), icon_name="mail", order=100),
        InboxMenuItem("Quá hạn trả lời", reverse_lazy("engagement_questions_overdue"), icon_name="warning", order=200),
        HolidayMenuItem(
            "Ngày nghỉ lễ, Tết", reverse_lazy(holiday_viewset.get_url_name("list")), icon_name="date", order=300
        ),
    ]
    return SubmenuMenuItem("Hỏi đáp", Menu(items=items), icon_name="help", order=460)
