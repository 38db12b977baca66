"""The ledger the reports count: one row per live article, legal document or procedure.

Counting a period straight from the page tables would mean walking every article's body for its
photos and the tree for its site; the row keeps what the reports need, written when the page is
published (`reports.receivers`) and removed when it is unpublished or deleted.
"""

from django.db import models

from wagtail.models import Page, Site


class ItemKind(models.TextChoices):
    # The article kinds keep ArticleKind's values, so an article's kind is copied as it is.
    NEWS = "tin", "Tin"
    ARTICLE = "bai", "Bài viết"
    REPORTAGE = "phong_su", "Phóng sự"
    PRESS_REVIEW = "diem_bao", "Điểm báo"
    LEGAL_DOCUMENT = "van_ban", "Văn bản"
    PROCEDURE = "thu_tuc", "Thủ tục hành chính"


ARTICLE_KINDS = (ItemKind.NEWS, ItemKind.ARTICLE, ItemKind.REPORTAGE, ItemKind.PRESS_REVIEW)


class PublishedItem(models.Model):
    page = models.OneToOneField(
        Page, verbose_name="Trang", primary_key=True, on_delete=models.CASCADE, related_name="published_item"
    )
    site = models.ForeignKey(
        Site, verbose_name="Trang thông tin", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The unit credited: the article's contributing unit, else the unit whose portal holds the page.
    unit = models.ForeignKey(
        "sites.Unit", verbose_name="Đơn vị", null=True, on_delete=models.SET_NULL, related_name="published_items"
    )
    kind = models.CharField("Loại", max_length=10, choices=ItemKind.choices)
    published_at = models.DateTimeField("Ngày đăng")
    photos = models.PositiveIntegerField("Số ảnh", default=0)
    author = models.CharField("Tác giả", max_length=255, blank=True)

    class Meta:
        verbose_name = "tin bài đã đăng"
        verbose_name_plural = "tin bài đã đăng"
        indexes = [
            models.Index(fields=["unit", "published_at"], name="published_item_unit_date"),
            models.Index(fields=["site", "published_at"], name="published_item_site_date"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.page_id} ({self.published_at:%d/%m/%Y})"
