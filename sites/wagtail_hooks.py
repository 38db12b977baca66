import json

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse, reverse_lazy
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.models import WorkflowState

from . import lockout_views, tree_guard
from .admin_filters import ScopedPageViewSet
from .moderation import ModerationListView
from .views import AllUnitsContentView


@hooks.register("register_admin_urls")
def register_all_units_content_urls():
    return [
        path("noi-dung-cac-don-vi/", AllUnitsContentView.as_view(), name="all_units_content"),
        path(
            "noi-dung-cac-don-vi/results/",
            AllUnitsContentView.as_view(results_only=True),
            name="all_units_content_results",
        ),
    ]


class AllUnitsContentMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(AllUnitsContentView.permission_required_codename)


@hooks.register("register_reports_menu_item")
def register_all_units_content_menu_item():
    return AllUnitsContentMenuItem(
        "Nội dung các đơn vị", reverse("all_units_content"), icon_name="doc-full-inverse", order=50
    )


@hooks.register("register_admin_urls")
def register_moderation_list_urls():
    return [
        path("tin-bai-cho-duyet/", ModerationListView.as_view(), name="moderation_list"),
        path(
            "tin-bai-cho-duyet/results/", ModerationListView.as_view(results_only=True), name="moderation_list_results"
        ),
    ]


class ModerationListMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_reports_menu_item")
def register_moderation_list_menu_item():
    return ModerationListMenuItem("Tin bài chờ duyệt", reverse("moderation_list"), icon_name="tasks", order=40)


@hooks.register("register_admin_viewset")
def register_scoped_page_viewset():
    """Replaces Wagtail's viewset of the base page type (registered before every other hook):
    the explorer and the page search with the site filter of `sites.admin_filters`."""
    return ScopedPageViewSet()


@hooks.register("before_edit_page")
def require_rejection_comment_and_show_it(request, page):
    """Rejections from the edit form need a comment; the author sees the latest one."""
    if request.method == "POST":
        if request.POST.get("workflow-action-name") == "reject":
            extra = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
            if not str(extra.get("comment") or "").strip():
                messages.error(request, "Yêu cầu chỉnh sửa phải kèm nội dung cần sửa để tác giả biết.")
                return redirect("wagtailadmin_pages:edit", page.pk)
        return None

    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    rejected = state.current_task_state
    comment = rejected.get_comment() if rejected else ""
    if comment:
        messages.warning(
            request,
            format_html(
                "{} yêu cầu chỉnh sửa ở bước “{}”: {}",
                rejected.finished_by.get_full_name() or rejected.finished_by.get_username(),
                rejected.task.name,
                comment,
            ),
        )
    return None


# No one deletes or moves an authority's branch or a portal's home page from the admin.
hooks.register("before_delete_page", tree_guard.refuse_deleting_a_portal)
hooks.register("before_move_page", tree_guard.refuse_moving_a_portal)
hooks.register("before_bulk_action", tree_guard.refuse_bulk_deleting_or_moving_a_portal)


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("khoa-dang-nhap/", include(lockout_views.urlpatterns))]


@hooks.register("register_settings_menu_item")
def register_lockouts_menu():
    return SuperuserMenuItem("Khóa đăng nhập", reverse_lazy("login_lockouts"), icon_name="lock", order=900)
