"""Ý kiến bạn đọc: readers' comments on articles, pre-moderated, and the per-site switch.

A comment belongs to the article it was written under, to that article's portal (site), to the
unit whose portal it is and to that unit's parent authority: kept on the row so that the
moderation queue of an editor (one unit) or of the board (every portal of its authority) is one
query whatever the number of communes. The commenter's e-mail address is kept for the portal's
staff only and never shown publicly; nothing of the network address is stored (the rate limits
live in the cache as keyed hashes, engagement/spam.py).

Limits (the public form, engagement/forms.py, says so in Vietnamese before the database would):
name 2–100 characters, e-mail at most 254, text 5–2,000.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.models import Site

from sites.models import Unit

COMMENT_NAME_MAX, COMMENT_EMAIL_MAX, COMMENT_TEXT_MAX = 100, 254, 2000


class CommentStatus(models.TextChoices):
    PENDING = "pending", "Chờ duyệt"
    APPROVED = "approved", "Đã duyệt"
    REJECTED = "rejected", "Từ chối"


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CommentStatus.APPROVED)

    def pending(self):
        return self.filter(status=CommentStatus.PENDING)

    def on_article(self, article):
        return self.filter(page=article)


class Comment(models.Model):
    page = models.ForeignKey(
        "articles.ArticlePage", verbose_name="Bài viết", on_delete=models.CASCADE, related_name="reader_comments"
    )
    site = models.ForeignKey(Site, verbose_name="Trang thông tin", on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, verbose_name="Đơn vị", on_delete=models.PROTECT, related_name="comments")
    authority = models.ForeignKey(
        Unit, verbose_name="Đơn vị chủ quản", on_delete=models.PROTECT, related_name="authority_comments"
    )
    name = models.CharField("Họ và tên", max_length=COMMENT_NAME_MAX)
    email = models.EmailField("Thư điện tử (không công khai)", max_length=COMMENT_EMAIL_MAX)
    text = models.TextField("Nội dung ý kiến")
    consented_at = models.DateTimeField("Đồng ý xử lý dữ liệu cá nhân lúc")
    status = models.CharField("Trạng thái", max_length=20, choices=CommentStatus.choices, default=CommentStatus.PENDING)
    created_at = models.DateTimeField("Ngày gửi", default=timezone.now)
    moderated_at = models.DateTimeField("Ngày duyệt", null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người duyệt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "ý kiến bạn đọc"
        verbose_name_plural = "ý kiến bạn đọc"
        indexes = [
            models.Index(fields=["page", "status", "created_at"], name="comment_article_listing"),
            models.Index(fields=["authority", "status", "created_at"], name="comment_authority_queue"),
            models.Index(fields=["unit", "status", "created_at"], name="comment_unit_queue"),
        ]

    def __str__(self):
        return f"{self.name}: {self.text[:60]}"


class CommentSiteRule(models.Model):
    """Whether a portal takes readers' comments and whether they wait for moderation (no row: it
    takes them, pre-moderated)."""

    site = models.OneToOneField(Site, verbose_name="Trang thông tin", on_delete=models.CASCADE, related_name="+")
    accepts_comments = models.BooleanField(
        "Nhận ý kiến bạn đọc",
        default=True,
        help_text="Bỏ chọn để tắt ô “Ý kiến bạn đọc” dưới mọi bài viết của trang (ý kiến đã duyệt vẫn hiển thị).",
    )

    premoderated = models.BooleanField(
        "Duyệt trước khi hiển thị",
        default=True,
        help_text=(
            "Bỏ chọn để ý kiến hiển thị ngay khi gửi, biên tập viên duyệt sau (vẫn từ chối hoặc xoá được). "
            "Nên giữ duyệt trước: trang chịu trách nhiệm về nội dung đăng tải."
        ),
    )

    class Meta:
        verbose_name = "cài đặt ý kiến bạn đọc"
        verbose_name_plural = "cài đặt ý kiến bạn đọc"

    def __str__(self):
        return f"{self.site}: {'nhận' if self.accepts_comments else 'không nhận'} ý kiến"
