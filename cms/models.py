"""Foundation models every app uses: attributed images and documents, the base page."""

from django.db import models

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from .forms import PortalPageForm


class CopyrightFields(models.Model):
    """Who made a file, where it came from and on what terms the portal may publish it."""

    author = models.CharField(
        "Tác giả",
        max_length=255,
        blank=True,
        help_text="Người chụp ảnh / tác giả tài liệu.",
    )
    source = models.CharField(
        "Nguồn",
        max_length=255,
        blank=True,
        help_text="Cơ quan, báo hoặc trang web cung cấp (nếu không do đơn vị tự thực hiện).",
    )
    license = models.CharField(
        "Bản quyền / giấy phép",
        max_length=500,
        blank=True,
        help_text="Căn cứ được phép đăng: văn bản đồng ý, giấy phép, hoặc “Tác phẩm của đơn vị”.",
    )

    class Meta:
        abstract = True

    @property
    def has_copyright_clearance(self):
        return bool(self.author.strip() and self.license.strip())


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


class PortalPageQuerySet(PageQuerySet):
    def in_site(self, site):
        """Pages of one portal's tree (the site root included)."""
        return self.descendant_of(site.root_page, inclusive=True)


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


class BasePage(Page):
    """Abstract base of every public page type on the portals."""

    objects = PortalPageManager()
    base_form_class = PortalPageForm

    class Meta:
        abstract = True
