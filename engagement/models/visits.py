"""Visitor statistics kept for good: one row per site and day, and each site's opening total.

Nothing else about visitors reaches the database: who visited is known only to the cache, as
keyed hashes, for a day (engagement/visits.py).
"""

from django.db import models

from wagtail.models import Site


class SiteVisitDay(models.Model):
    site = models.ForeignKey(Site, verbose_name="Trang thông tin", on_delete=models.CASCADE, related_name="visit_days")
    date = models.DateField("Ngày")
    visits = models.PositiveIntegerField("Lượt khách truy cập", default=0)
    bot_visits = models.PositiveIntegerField("Lượt máy chủ tìm kiếm", default=0)

    class Meta:
        verbose_name = "lượt truy cập trong ngày"
        verbose_name_plural = "lượt truy cập theo ngày"
        ordering = ["site_id", "date"]
        constraints = [models.UniqueConstraint(fields=["site", "date"], name="site_visit_day_unique")]

    def __str__(self):
        return f"{self.site.hostname} {self.date:%d/%m/%Y}: {self.visits}"


class SiteVisitCounter(models.Model):
    site = models.OneToOneField(
        Site, verbose_name="Trang thông tin", on_delete=models.CASCADE, related_name="visit_counter"
    )
    opening_total = models.PositiveBigIntegerField(
        "Số lượt truy cập ban đầu",
        default=0,
        help_text="Tổng lượt truy cập của cổng trước khi chuyển sang hệ thống này; được cộng vào tổng lượt truy cập.",
    )

    class Meta:
        verbose_name = "bộ đếm lượt truy cập"
        verbose_name_plural = "bộ đếm lượt truy cập"

    def __str__(self):
        return f"Bộ đếm lượt truy cập của {self.site.hostname}"
