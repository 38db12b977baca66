"""The "Báo cáo biên tập" admin menu: the board's quotas and period rule (wagtail-modeladmin), the
report screens, and the pages' review dates (their button in the page menus, their page history entries)."""

from django.core.validators import MinValueValidator
from django.db.models import Q
from django.urls import include, path, reverse_lazy

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from sites.models import Unit

from . import approval_grades  # noqa: F401  (its hooks: the royalty grade in the board's approval dialog)
from . import reviews as page_reviews
from .access import authorities_edited_by, board_authority_ids, may_edit_rules, may_edit_rules_of
from .models import Quota, ReportingRule, RoyaltyGrade
from .views import contributions, panels, reminders, reviews, royalties, sections
from .views.menu import ReportReaderMenuItem


class BoardRulesPermissionHelper(PermissionHelper):
    """The board of an authority, and superusers, keep its rules; nobody else sees them. The
    model permissions of Django groups are not what decides: the board's role is."""

    def user_can_list(self, user):
        return may_edit_rules(user)

    def user_can_create(self, user):
        return may_edit_rules(user)

    def user_can_inspect_obj(self, user, obj):
        return self.inspect_view_enabled and may_edit_rules_of(user, obj.authority_id)

    def user_can_edit_obj(self, user, obj):
        return may_edit_rules_of(user, obj.authority_id)

    def user_can_delete_obj(self, user, obj):
        return may_edit_rules_of(user, obj.authority_id)


class BoardRulesForm(WagtailAdminModelForm):
    """Offers only the authorities the user is on the board of, and their units."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        authorities = authorities_edited_by(for_user)
        self.fields["authority"].queryset = authorities
        if len(self.fields["authority"].queryset) == 1 and not self.instance.pk:
            self.fields["authority"].initial = authorities.first().pk
        if "items" in self.fields:
            # Django's own Vietnamese for these two reads badly ("Nhập một số tổng thể").
            self.fields["items"].error_messages["invalid"] = "Số tin bài phải là số nguyên không âm."
            self.fields["items"].validators = [
                MinValueValidator(0, "Số tin bài không được âm.") if isinstance(check, MinValueValidator) else check
                for check in self.fields["items"].validators
            ]
        if "unit" in self.fields:
            self.fields["unit"].queryset = Unit.objects.filter(
                Q(parent__in=authorities) | Q(pk__in=authorities)
            ).order_by("parent_id", "name")


class BoardRulesAdmin(ModelAdmin):
    add_to_admin_menu = False
    permission_helper_class = BoardRulesPermissionHelper

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("authority")
        authorities = board_authority_ids(request.user)
        return queryset if authorities is None else queryset.filter(authority__in=authorities)


class QuotaAdmin(BoardRulesAdmin):
    model = Quota
    menu_label = "Chỉ tiêu tin bài"
    menu_icon = "list-ol"
    list_display = ("applies_to", "period_kind", "items", "authority")
    list_filter = ("period_kind", "unit_kind", "unit__kind")
    search_fields = ("unit__name",)
    edit_handler = ObjectList(
        [
            FieldPanel("authority"),
            FieldRowPanel([FieldPanel("period_kind"), FieldPanel("items")]),
            FieldRowPanel([FieldPanel("unit_kind"), FieldPanel("unit")]),
        ],
        base_form_class=BoardRulesForm,
    )


class ReportingRuleAdmin(BoardRulesAdmin):
    model = ReportingRule
    menu_label = "Kỳ báo cáo"
    menu_icon = "date"
    list_display = ("authority", "month_start_day")
    edit_handler = ObjectList(
        [
            FieldPanel("authority"),
            FieldPanel("month_start_day"),
            FieldRowPanel([FieldPanel("royalty_point_value"), FieldPanel("royalty_basis")]),
        ],
        base_form_class=BoardRulesForm,
    )


class RoyaltyGradeAdmin(BoardRulesAdmin):
    model = RoyaltyGrade
    menu_label = "Thang điểm nhuận bút"
    menu_icon = "list-ul"
    list_display = ("kind", "label", "points", "authority")
    list_filter = ("kind",)
    edit_handler = ObjectList(
        [FieldPanel("authority"), FieldRowPanel([FieldPanel("kind"), FieldPanel("label"), FieldPanel("points")])],
        base_form_class=BoardRulesForm,
    )


# -- the contribution table, a unit's detail and the board's dashboard panel (reports.views) -------


@hooks.register("register_admin_urls")
def register_contribution_urls():
    return [
        path("bao-cao/tham-gia/", contributions.ContributionTableView.as_view(), name="reports_contributions"),
        path(
            "bao-cao/tham-gia/xuat/<str:fmt>/",
            contributions.ContributionExportView.as_view(),
            name="reports_contributions_export",
        ),
        path("bao-cao/don-vi/<int:unit_id>/", contributions.UnitDetailView.as_view(), name="reports_unit"),
        path(
            "bao-cao/don-vi/<int:unit_id>/xuat/<str:fmt>/",
            contributions.UnitExportView.as_view(),
            name="reports_unit_export",
        ),
    ]


hooks.register("construct_homepage_panels", panels.add_contribution_panel)


quota_admin = QuotaAdmin()
quota_admin.register_with_wagtail()
reporting_rule_admin = ReportingRuleAdmin()
reporting_rule_admin.register_with_wagtail()
royalty_grade_admin = RoyaltyGradeAdmin()
royalty_grade_admin.register_with_wagtail()

# The submenu's items: the MenuItems in this list, and those returned by the functions registered
# under "register_reports_menu_item" (for items that must not be built at import time: the
# modeladmin ones reverse their URLs, which would load the URLconf before every app's hooks are in).
# The menu shows each user only those it may open.
report_menu_items = []


@hooks.register("register_reports_menu_item")
def register_quota_menu_item():
    return quota_admin.get_menu_item(order=800)


@hooks.register("register_reports_menu_item")
def register_reporting_rule_menu_item():
    return reporting_rule_admin.get_menu_item(order=900)


@hooks.register("register_reports_menu_item")
def register_royalty_grade_menu_item():
    return royalty_grade_admin.get_menu_item(order=910)


@hooks.register("register_admin_menu_item")
def register_reports_menu():
    menu = Menu(register_hook_name="register_reports_menu_item", items=report_menu_items)
    return SubmenuMenuItem("Báo cáo biên tập", menu, icon_name="table", order=450)


@hooks.register("register_admin_urls")
def register_section_urls():
    return [
        path("bao-cao/chuyen-muc/", include(sections.urlpatterns)),
        path("bao-cao/nhuan-but/", include(royalties.urlpatterns)),
    ]


report_menu_items.extend([*sections.menu_items(), *royalties.menu_items()])

report_menu_items.append(
    ReportReaderMenuItem(
        "Tham gia cung cấp tin bài", reverse_lazy("reports_contributions"), icon_name="table", order=100
    )
)


@hooks.register("register_admin_urls")
def register_reminder_urls():
    return [path("bao-cao/nhac-nho/", include(reminders.urlpatterns))]


report_menu_items.extend(reminders.menu_items())


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("bao-cao/ra-soat/", include(reviews.urlpatterns))]


report_menu_items.extend(reviews.menu_items())
hooks.register("register_page_header_buttons", reviews.page_header_buttons)
hooks.register("register_page_listing_more_buttons", reviews.page_listing_more_buttons)
hooks.register("register_log_actions", page_reviews.register_log_actions)
