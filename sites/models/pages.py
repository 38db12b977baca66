"""The page that holds every portal of one parent authority."""

from django.conf import settings
from django.http import Http404

from wagtail.models import Page


class AuthorityPage(Page):
    """The branch of the page tree holding a parent authority's portal and the portals of its units.

    Its children are the home pages of the authority's own site and of every commune, ward or
    town under it. The authority's board gets its page rights once, here, and
    Wagtail passes them down the branch, so its permission checks touch the same rows whether
    the authority has nine communes or a hundred. It is no site's root: the public never reaches
    it, and only provisioning creates one.
    """

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [settings.PORTAL_HOME_PAGE_MODEL]
    is_creatable = False
    preview_modes = []

    class Meta:
        verbose_name = "nhánh trang của đơn vị chủ quản"
        verbose_name_plural = "nhánh trang của đơn vị chủ quản"

    def serve(self, request, *args, **kwargs):
        raise Http404
