"""When a page's content is due for review (a price list, the contact page, a procedure's fees)."""

from django.conf import settings
from django.db import models

from wagtail.models import Page


class PageReview(models.Model):
    """The date by which one page must be reviewed, and who set it and reviewed it last. Kept
    beside the page rather than as a field of every page model, since the content apps know
    nothing of the reports. A row without a date keeps the page's last review."""

    page = models.OneToOneField(
        Page, verbose_name="Trang", primary_key=True, on_delete=models.CASCADE, related_name="page_review"
    )
    review_by = models.DateField("Rà soát trước ngày", null=True, blank=True)
    note = models.CharField(
        "Nội dung cần rà soát",
        max_length=200,
        blank=True,
        help_text="Ví dụ: phí, lệ phí theo quyết định mới; số điện thoại đường dây nóng.",
    )
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người hẹn",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    set_at = models.DateTimeField("Hẹn lúc", null=True, blank=True)
    last_reviewed_at = models.DateTimeField("Rà soát lần cuối lúc", null=True, blank=True)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người rà soát lần cuối",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "hẹn rà soát trang"
        verbose_name_plural = "hẹn rà soát trang"
        indexes = [models.Index(fields=["review_by"], name="page_review_by")]

    def __str__(self):
        return f"{self.page_id}: {self.review_by:%d/%m/%Y}" if self.review_by else f"{self.page_id}: không hẹn"
