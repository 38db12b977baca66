"""Readers' ratings of an article, 1 to 5: how many of each score, nothing of who gave them."""

from django.db import models

from wagtail.models import Page

SCORES = (1, 2, 3, 4, 5)


class PageRating(models.Model):
    page = models.OneToOneField(
        Page, verbose_name="Trang", on_delete=models.CASCADE, primary_key=True, related_name="rating"
    )
    score_1 = models.PositiveIntegerField("Số đánh giá 1 điểm", default=0)
    score_2 = models.PositiveIntegerField("Số đánh giá 2 điểm", default=0)
    score_3 = models.PositiveIntegerField("Số đánh giá 3 điểm", default=0)
    score_4 = models.PositiveIntegerField("Số đánh giá 4 điểm", default=0)
    score_5 = models.PositiveIntegerField("Số đánh giá 5 điểm", default=0)

    class Meta:
        verbose_name = "đánh giá bài viết"
        verbose_name_plural = "đánh giá bài viết"

    def __str__(self):
        return f"Đánh giá trang {self.page_id}"

    def counts(self):
        return {score: getattr(self, f"score_{score}") for score in SCORES}
