"""Ý kiến bạn đọc in the admin: the "Ý kiến bạn đọc" menu (the queue), its URLs, and the dashboard
panel of what waits in engagement (comments and questions: engagement/dashboard.py)."""

from django.urls import include, path, reverse_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import comment_admin_views
from .comment_access import may_moderate_comments
from .dashboard import add_waiting_panel


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return may_moderate_comments(request.user)


@hooks.register("register_admin_urls")
def register_comment_urls():
    return [path("y-kien-ban-doc/", include(comment_admin_views.urlpatterns))]


@hooks.register("register_admin_menu_item")
def register_comments_menu():
    return QueueMenuItem("Ý kiến bạn đọc", reverse_lazy("engagement_comments"), icon_name="comment", order=470)


hooks.register("construct_homepage_panels", add_waiting_panel)
