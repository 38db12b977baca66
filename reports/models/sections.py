"""How often each section of a portal is expected to get something new."""

from django.db import models

from wagtail.models import Page


class SectionSchedule(models.Model):
    """The expected frequency of one section, set by the board; without a row the section type's
    default applies (`reports.sections.DEFAULT_DAYS`). Kept beside the section rather than as a
    field of it, since the content apps know nothing of the reports."""

    page = models.OneToOneField(
        Page, verbose_name="Chuyên mục", primary_key=True, on_delete=models.CASCADE, related_name="section_schedule"
    )
    expected_days = models.PositiveSmallIntegerField(
        "Cập nhật ít nhất mỗi (ngày)",
        help_text="0: không theo dõi chuyên mục này (ví dụ trang giới thiệu ít thay đổi).",
    )

    class Meta:
        verbose_name = "tần suất cập nhật chuyên mục"
        verbose_name_plural = "tần suất cập nhật chuyên mục"

    def __str__(self):
        return f"{self.page_id}: {self.expected_days} ngày"
