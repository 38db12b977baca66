"""What documents and procedures share: the lists (types, fields), site scoping and folded text.

Both page types keep folded copies of their text (`cms.folded_search.FoldedTextMixin`), the
site they belong to and a copy of Wagtail's `live` flag, so that the citizen search
(`legal_docs.search`) filters, counts and ranks them with plain column conditions on their own
table (no join with wagtailcore_page) that behave the same on SQLite and PostgreSQL. The copies
are kept right by `save()` (also for rows the importer inserts in bulk, see `LiveCopyField`) and by
`sync_search_columns` on publish, unpublish and move (see legal_docs/search/cache.py).
"""

from collections import defaultdict

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, Site

from cms.folded_search import FoldedTextMixin
from cms.models import BasePage, PortalPageQuerySet
from cms.text import ascii_slug
from sites.access import site_id_for_page, site_id_for_url_path


class LegalDocumentType(models.Model):
    """Hình thức văn bản: Luật, Nghị định, Quyết định, …; a list the board can extend."""

    name = models.CharField("Tên loại văn bản", max_length=100, unique=True)
    slug = models.SlugField("Mã", max_length=100, unique=True, help_text="Dùng trong địa chỉ lọc, ví dụ: quyet-dinh.")
    sort_order = models.PositiveSmallIntegerField("Thứ tự", default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or ascii_slug(self.name)
        super().save(*args, **kwargs)


class LegalField(models.Model):
    """Lĩnh vực: Đất đai, Hộ tịch, Giáo dục, …; shared by documents and procedures."""

    name = models.CharField("Tên lĩnh vực", max_length=150, unique=True)
    slug = models.SlugField("Mã", max_length=150, unique=True, help_text="Dùng trong địa chỉ lọc, ví dụ: dat-dai.")

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        # The ASCII slug sorts as Vietnamese readers expect (Đất đai before Xây dựng); names
        # sort by code point in the database, which puts Đ after X.
        ordering = ["slug"]
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or ascii_slug(self.name)
        super().save(*args, **kwargs)


class LiveCopyField(models.BooleanField):
    """A copy of the page's `live` flag on the page type's own table, taken whenever Django
    writes the row: `save()` and bulk inserts both call `pre_save` (bulk_update does not)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", False)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = bool(model_instance.live)
        setattr(model_instance, self.attname, value)
        return value


class SiteScopedQuerySet(PortalPageQuerySet):
    def in_sites(self, sites):
        return self.filter(site__in=sites)

    def searchable(self):
        """Live pages, read from the page type's own copy of `live` (no join with wagtailcore_page)."""
        return self.filter(search_live=True)


class SiteScopedPage(FoldedTextMixin, BasePage):
    """A page that records the portal it belongs to, so searches filter on one column."""

    site = models.ForeignKey(Site, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+")
    search_live = LiveCopyField()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.site_id is None and self.path:
            if not self.url_path:  # a new page: Wagtail sets it in save(), after this
                self.set_url_path(self.get_parent())
            self.site_id = site_id_for_page(self)
        return super().save(*args, **kwargs)


def sync_search_columns(model, page_ids):
    """Copy `live` and the site again onto these pages' own rows, after Wagtail changed them
    without saving the page type's row (unpublishing a base Page instance, moving a branch)."""
    groups = defaultdict(list)
    for pk, live, url_path in Page.objects.filter(pk__in=list(page_ids)).values_list("pk", "live", "url_path"):
        groups[(live, site_id_for_url_path(url_path))].append(pk)
    for (live, site_id), pks in groups.items():
        model._base_manager.filter(pk__in=pks).update(search_live=live, site_id=site_id)
