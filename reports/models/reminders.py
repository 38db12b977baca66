"""The reminders sent to units below their quota: at most one per unit and period."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ReminderSent(models.Model):
    """A reminder the mail server accepted. Written in the same transaction as the sending, so a
    row exists only for a message that left; the unique period per unit keeps it to one."""

    unit = models.ForeignKey(
        "sites.Unit", verbose_name="Đơn vị", on_delete=models.CASCADE, related_name="reminders_sent"
    )
    period_start = models.DateField("Từ ngày")
    period_end = models.DateField("Đến ngày")
    period_code = models.CharField("Mã kỳ", max_length=20, blank=True, help_text="Ví dụ 2017-02, 2017-Q1.")
    period_label = models.CharField("Kỳ", max_length=100)
    recipients = models.JSONField("Người nhận", default=list)
    sent_at = models.DateTimeField("Gửi lúc", default=timezone.now)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người gửi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Trống: gửi tự động theo lịch.",
    )
    items = models.PositiveIntegerField("Số tin bài khi gửi")
    quota = models.PositiveIntegerField("Chỉ tiêu khi gửi")

    class Meta:
        verbose_name = "nhắc nhở đã gửi"
        verbose_name_plural = "nhắc nhở đã gửi"
        ordering = ["-sent_at", "unit__name"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "period_start", "period_end"], name="reminder_once_per_period"),
        ]

    def __str__(self):
        return f"{self.unit}: {self.period_label} ({self.items}/{self.quota})"
