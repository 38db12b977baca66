"""Royalties (nhuận bút): the board's grade scale per kind of item, and the grade of each item.

The scale and the value of a point are the authority's data (`ReportingRule.royalty_point_value`,
`royalty_basis`), edited by its board: the decree that sets them changes, the code does not.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models

from wagtail.models import Page

from sites.models import PARENT_KINDS

from .items import ARTICLE_KINDS


class RoyaltyGrade(models.Model):
    authority = models.ForeignKey(
        "sites.Unit",
        verbose_name="Đơn vị chủ quản",
        on_delete=models.CASCADE,
        related_name="royalty_grades",
        limit_choices_to={"kind__in": sorted(PARENT_KINDS)},
    )
    kind = models.CharField("Loại tin bài", max_length=10, choices=[(kind.value, kind.label) for kind in ARTICLE_KINDS])
    label = models.CharField("Mức", max_length=60, help_text="Ví dụ: Loại A, Loại B, Tin ngắn.")
    points = models.DecimalField(
        "Số điểm",
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"), "Số điểm không được âm.")],
    )

    class Meta:
        verbose_name = "mức nhuận bút"
        verbose_name_plural = "thang điểm nhuận bút"
        ordering = ["authority", "kind", "-points", "label"]
        constraints = [
            models.UniqueConstraint(fields=["authority", "kind", "label"], name="royalty_grade_unique_label"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.label} ({self.points:g} điểm)"


class ItemGrade(models.Model):
    """The grade the board gave one published item."""

    page = models.OneToOneField(
        Page, verbose_name="Tin bài", primary_key=True, on_delete=models.CASCADE, related_name="royalty_grade"
    )
    grade = models.ForeignKey(RoyaltyGrade, verbose_name="Mức", on_delete=models.PROTECT, related_name="item_grades")
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="Người chấm", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    graded_at = models.DateTimeField("Ngày chấm", auto_now=True)

    class Meta:
        verbose_name = "điểm nhuận bút của tin bài"
        verbose_name_plural = "điểm nhuận bút của tin bài"
