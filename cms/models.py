"""Foundation models every app uses: attributed images and documents, the base page."""

from functools import lru_cache

from django.db import models
from django.db.models.expressions import RawSQL

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from .forms import PortalPageForm

PUBLISHING_NEEDS_IT = "Cần có trước khi xuất bản."


class CopyrightFields(models.Model):
    """Who made a file, where it came from and on what terms the portal may publish it.

    All three may be left empty to save (bulk uploads fill them in afterwards); a page using an
    image that lacks any of them is held back by the compliance check when it is published.
    """

    author = models.CharField(
        "Tác giả",
        max_length=255,
        blank=True,
        help_text=f"Người chụp ảnh hoặc tác giả tài liệu (họ tên hoặc bút danh). {PUBLISHING_NEEDS_IT}",
    )
    source = models.CharField(
        "Nguồn",
        max_length=255,
        blank=True,
        help_text=(
            "Nơi cung cấp: tên cơ quan, báo, trang web; ảnh do đơn vị tự chụp thì ghi tên đơn vị "
            f"(ví dụ “UBND xã Tân Hà”). {PUBLISHING_NEEDS_IT}"
        ),
    )
    license = models.CharField(
        "Bản quyền / giấy phép",
        max_length=500,
        blank=True,
        help_text=(
            "Căn cứ được phép đăng: số, ngày văn bản đồng ý hoặc giấy phép của tác giả; ảnh, tài liệu "
            f"do đơn vị làm ra thì ghi “Tác phẩm của đơn vị”. {PUBLISHING_NEEDS_IT}"
        ),
    )

    CREDITS = (("author", "tác giả"), ("source", "nguồn"), ("license", "bản quyền/giấy phép"))

    class Meta:
        abstract = True

    @property
    def missing_credits(self):
        """Vietnamese names of the credits this file lacks, in the order the forms ask for them."""
        return [name for field, name in self.CREDITS if not (getattr(self, field) or "").strip()]

    @property
    def has_copyright_clearance(self):
        return not self.missing_credits


class AttributedImage(CopyrightFields, AbstractImage):
    admin_form_fields = Image.admin_form_fields + ("author", "source", "license")

    class Meta(AbstractImage.Meta):
        verbose_name = "hình ảnh"
        verbose_name_plural = "hình ảnh"
        permissions = [("choose_image", "Can choose image")]


class AttributedRendition(AbstractRendition):
    image = models.ForeignKey(AttributedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class AttributedDocument(CopyrightFields, AbstractDocument):
    admin_form_fields = Document.admin_form_fields + ("author", "source", "license")

    class Meta(AbstractDocument.Meta):
        verbose_name = "tài liệu"
        verbose_name_plural = "tài liệu"
        permissions = [("choose_document", "Can choose document")]


# What a listing needs of any page to show its title and link to it (`pageurl`), so listings can
# read only these and their own columns with `only()`.
PAGE_ADDRESS_FIELDS = ("title", "slug", "path", "depth", "url_path", "live", "content_type", "locale")


class PortalPageQuerySet(PageQuerySet):
    def in_site(self, site):
        """Pages of one portal's tree (the site root included)."""
        return self.descendant_of(site.root_page, inclusive=True)


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


@lru_cache(maxsize=64)
def _restricted_candidates_sql(path_count):
    """The ids of the pages whose view restrictions apply to a page, from the tree paths of the
    page and its ancestors: those pages themselves, an alias standing for its source page (and
    that source for its own, at any depth), as Wagtail's `Page.get_view_restrictions` resolves them."""
    table = Page._meta.db_table
    placeholders = ", ".join(["%s"] * path_count)
    return (
        "WITH RECURSIVE along_path(id, alias_of_id) AS ("
        f"SELECT id, alias_of_id FROM {table} WHERE path IN ({placeholders}) "
        f"UNION SELECT source.id, source.alias_of_id FROM {table} source "
        "INNER JOIN along_path ON source.id = along_path.alias_of_id"
        ") SELECT id FROM along_path WHERE alias_of_id IS NULL"
    )


class BasePage(Page):
    """Abstract base of every public page type on the portals."""

    objects = PortalPageManager()
    base_form_class = PortalPageForm
    # Anonymous readers are served from the page cache (cms.page_cache); a page type whose
    # answer depends on more than its address and its site's content turns it off, and a
    # routable page type lists the routes that answer afresh (a form with a CSRF token).
    page_cache_enabled = True
    uncached_routes = ()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's answer (the restrictions of this page and of its ancestors, an alias standing
        for its source page, at any depth of aliases) in one query instead of two: the pages along
        the path are found by their tree paths, and their alias sources by a recursive query."""
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(page_id__in=RawSQL(_restricted_candidates_sql(len(paths)), paths))
