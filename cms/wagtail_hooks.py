"""The admin's identity: the help menu leads to the portal's own guide (cms/guide.py), not Wagtail's;
and every page is served through the page cache (cms/page_cache)."""

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import guide
from .page_cache import serve_through_page_cache

# Wagtail's own help items open its English site (release notes, editor guide) in a new tab.
WAGTAIL_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")

hooks.register("register_admin_urls", guide.guide_urls)
hooks.register("on_serve_page", serve_through_page_cache)


@hooks.register("register_help_menu_item")
def register_guide_menu_item():
    return MenuItem(
        "Hướng dẫn biên tập", reverse(guide.GUIDE_URL_NAME), name="portal-guide", icon_name="help", order=900
    )


@hooks.register("construct_help_menu")
def remove_wagtail_help_items(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_ITEMS)]


def name_the_pages_of_the_page_search():
    """Wagtail 8.0's page search names no model, so its results header reads “1-4 trên 4 None”;
    name them as the explorer does (“trang”, through the catalogue)."""
    from wagtail.admin.views.pages.search import SearchView
    from wagtail.models import Page

    if SearchView.verbose_name_plural is None:
        SearchView.verbose_name = Page._meta.verbose_name
        SearchView.verbose_name_plural = Page._meta.verbose_name_plural


name_the_pages_of_the_page_search()
