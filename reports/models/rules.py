"""The authority's reporting rules, edited by its board: where a month starts, and the quotas."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from sites.models import PARENT_KINDS, UnitKind

CONTRIBUTING_KINDS = [(kind.value, kind.label) for kind in UnitKind if kind not in PARENT_KINDS]


class PeriodKind(models.TextChoices):
    MONTH = "month", "Tháng"
    QUARTER = "quarter", "Quý"
    HALF_YEAR = "half_year", "6 tháng"
    NINE_MONTHS = "nine_months", "9 tháng"
    YEAR = "year", "Năm"


# How many reporting months each period kind spans; a quota set only per month is scaled by it.
MONTHS_IN = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF_YEAR: 6,
    PeriodKind.NINE_MONTHS: 9,
    PeriodKind.YEAR: 12,
}


class ReportingRule(models.Model):
    """Where the authority's reporting month starts: on the 1st (a calendar month) or, as in Hàm
    Tân, on the 20th, so that "tháng 02/2017" runs from 20/01 to 19/02/2017."""

    authority = models.OneToOneField(
        "sites.Unit",
        verbose_name="Đơn vị chủ quản",
        on_delete=models.CASCADE,
        related_name="reporting_rule",
        limit_choices_to={"kind__in": sorted(PARENT_KINDS)},
    )
    month_start_day = models.PositiveSmallIntegerField(
        "Ngày bắt đầu tháng báo cáo",
        default=1,
        validators=[
            MinValueValidator(1, "Ngày bắt đầu phải từ 1 đến 28."),
            MaxValueValidator(28, "Ngày bắt đầu phải từ 1 đến 28."),
        ],
        help_text="1 là tháng dương lịch. Ví dụ 20: tháng 02 tính từ ngày 20/01 đến hết ngày 19/02.",
    )
    royalty_point_value = models.DecimalField(
        "Giá trị một điểm nhuận bút (đồng)",
        max_digits=12,
        decimal_places=0,
        default=0,
        validators=[MinValueValidator(0, "Giá trị một điểm không được âm.")],
    )
    royalty_basis = models.CharField(
        "Căn cứ chi trả nhuận bút",
        max_length=500,
        blank=True,
        help_text="Văn bản quy định chế độ nhuận bút đang áp dụng và quyết định của đơn vị; in trên bảng nhuận bút.",
    )

    class Meta:
        verbose_name = "kỳ báo cáo"
        verbose_name_plural = "kỳ báo cáo"

    def __str__(self):
        if self.month_start_day == 1:
            return f"{self.authority}: tháng dương lịch"
        return f"{self.authority}: từ ngày {self.month_start_day} tháng trước đến ngày {self.month_start_day - 1}"

    def clean(self):
        if self.authority_id and self.authority.kind not in PARENT_KINDS:
            raise ValidationError({"authority": "Chỉ đơn vị chủ quản (tỉnh, huyện) có kỳ báo cáo riêng."})


class Quota(models.Model):
    """The number of items expected in one period kind: of every unit of a kind under the
    authority (the default), of one unit (overriding it), or of the authority's own portal."""

    authority = models.ForeignKey(
        "sites.Unit",
        verbose_name="Đơn vị chủ quản",
        on_delete=models.CASCADE,
        related_name="quotas_set",
        limit_choices_to={"kind__in": sorted(PARENT_KINDS)},
    )
    period_kind = models.CharField("Loại kỳ", max_length=20, choices=PeriodKind.choices, default=PeriodKind.MONTH)
    unit_kind = models.CharField(
        "Áp dụng cho loại đơn vị",
        max_length=20,
        choices=CONTRIBUTING_KINDS,
        blank=True,
        help_text="Chỉ tiêu mặc định của mọi đơn vị loại này. Để trống nếu đặt cho một đơn vị.",
    )
    unit = models.ForeignKey(
        "sites.Unit",
        verbose_name="Áp dụng cho đơn vị",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="quotas",
        help_text="Một đơn vị (thay chỉ tiêu mặc định của loại), hoặc chính đơn vị chủ quản: chỉ tiêu cấp trên giao "
        "cho cổng của đơn vị chủ quản.",
    )
    items = models.PositiveIntegerField("Số tin bài")

    class Meta:
        verbose_name = "chỉ tiêu tin bài"
        verbose_name_plural = "chỉ tiêu tin bài"
        ordering = ["authority", "period_kind", "unit_kind", "unit__name"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(unit_kind="") & models.Q(unit__isnull=False))
                | (~models.Q(unit_kind="") & models.Q(unit__isnull=True)),
                name="quota_for_a_kind_or_a_unit",
            ),
            models.UniqueConstraint(
                fields=["authority", "period_kind", "unit_kind"],
                condition=models.Q(unit__isnull=True),
                name="quota_unique_per_unit_kind",
            ),
            models.UniqueConstraint(
                fields=["authority", "period_kind", "unit"],
                condition=models.Q(unit__isnull=False),
                name="quota_unique_per_unit",
            ),
        ]

    def __str__(self):
        return f"{self.applies_to()}: {self.items} tin bài/{self.get_period_kind_display().lower()}"

    def applies_to(self):
        if self.unit_id:
            return str(self.unit)
        return f"Mỗi {self.get_unit_kind_display().lower()}"

    applies_to.short_description = "Áp dụng cho"

    def clean(self):
        errors = {}
        if bool(self.unit_kind) == bool(self.unit_id):
            errors["unit"] = "Chọn một loại đơn vị hoặc một đơn vị (không chọn cả hai)."
        elif self.unit_id and self.authority_id and self.unit_id != self.authority_id != self.unit.parent_id:
            errors["unit"] = "Đơn vị này không trực thuộc đơn vị chủ quản đã chọn."
        if self.authority_id and self.authority.kind not in PARENT_KINDS:
            errors["authority"] = "Chỉ tiêu được đặt theo đơn vị chủ quản (tỉnh, huyện)."
        if errors:
            raise ValidationError(errors)
        duplicates = Quota.objects.filter(authority_id=self.authority_id, period_kind=self.period_kind).exclude(
            pk=self.pk
        )
        duplicates = (
            duplicates.filter(unit_id=self.unit_id)
            if self.unit_id
            else duplicates.filter(unit_kind=self.unit_kind, unit__isnull=True)
        )
        if duplicates.exists():
            raise ValidationError("Đã có chỉ tiêu cho đối tượng và loại kỳ này; hãy sửa chỉ tiêu đó.")
