"""Admin hooks (registered in wagtail_hooks.py) that keep the portals' skeleton in place: no one
deletes or moves an authority's branch or a portal's home page from the page explorer.

Deleting a home page would delete its `Site` (Wagtail cascades) while its unit still points at it;
moving one out of its authority's branch would take it away from its board's rights. Both are
provisioning's job, not an editor's.
"""

from django.contrib import messages
from django.shortcuts import redirect

from wagtail.models import Site

from .models import AuthorityPage

KEPT_IN_PLACE = (
    "“{title}” là trang chủ của một trang thông tin hoặc nhánh chứa các trang thông tin của đơn vị: "
    "không thể xóa hay di chuyển từ trang quản trị."
)


def holds_a_portal(page):
    """The page is an authority's branch, a site's home page, or above one."""
    if page.specific_class is AuthorityPage:
        return True
    return Site.objects.filter(root_page__path__startswith=page.path).exists()


def _refuse(request, page):
    messages.error(request, KEPT_IN_PLACE.format(title=page.get_admin_display_title()))
    return redirect("wagtailadmin_explore", page.get_parent().pk if page.depth > 1 else page.pk)


def refuse_deleting_a_portal(request, page):
    if holds_a_portal(page):
        return _refuse(request, page)
    return None


def refuse_moving_a_portal(request, page, destination):
    if holds_a_portal(page):
        return _refuse(request, page)
    return None


def refuse_bulk_deleting_or_moving_a_portal(request, action_type, objects, action):
    if action_type not in ("delete", "move"):
        return None
    for page in objects:
        if getattr(page, "path", None) and holds_a_portal(page):
            return _refuse(request, page)
    return None

