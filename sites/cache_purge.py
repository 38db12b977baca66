"""Which sites' cached pages a change expires (the page cache itself is cms.page_cache).

Publishing, unpublishing, moving or deleting a page expires every site whose tree holds it (the
site roots come from sites.access); restricting a page does too, as does saving a site or any
of its site settings (footer and header contacts are shown on every page). Connected once the
app registry is ready, by `SitesConfig.ready()`, when every site setting model is registered.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.page_cache import expire_sites

from .access import site_ids_for_url_path


def expire_pages_at(*url_paths):
    site_ids = set()
    for url_path in url_paths:
        site_ids |= site_ids_for_url_path(url_path)
    expire_sites(site_ids)


def _page_changed(sender, instance, **kwargs):
    expire_pages_at(instance.url_path)


def _page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    expire_pages_at(url_path_before, url_path_after)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        expire_pages_at(instance.url_path)


def _view_restriction_changed(sender, instance, **kwargs):
    # Restricted pages are never stored, but a page restricted after it was stored must not
    # be served from the cache any longer.
    expire_pages_at(*Page.objects.filter(pk=instance.page_id).values_list("url_path", flat=True))


def _site_saved(sender, instance, **kwargs):
    expire_sites([instance.pk])


def _site_setting_saved(sender, instance, **kwargs):
    expire_sites([instance.site_id])


def connect():
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.contrib.settings.registry import registry

    page_published.connect(_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="page_cache_moved")
    post_delete.connect(_page_deleted, dispatch_uid="page_cache_deleted")
    post_save.connect(_site_saved, sender=Site, dispatch_uid="page_cache_site")
    post_save.connect(_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="page_cache_restricted")
    post_delete.connect(_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="page_cache_unrestricted")
    for model in registry:
        if issubclass(model, BaseSiteSetting):
            post_save.connect(_site_setting_saved, sender=model, dispatch_uid="page_cache_site_setting")
