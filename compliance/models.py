"""What inspections store: editable rule texts, the domain lists, findings and inspections.

The rules themselves (what they check) are code, in `compliance.rules`; the database holds
what inspectors edit (the legal basis of each rule, the advertising and allowed domains) and
what scans find.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.models import Page, Site


class Severity(models.TextChoices):
    HIGH = "high", "Cao"
    MEDIUM = "medium", "Trung bình"
    LOW = "low", "Thấp"


SEVERITY_RANK = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}


def severities_at_or_above(severity):
    return [value for value in Severity.values if SEVERITY_RANK[value] >= SEVERITY_RANK[severity]]


class RuleText(models.Model):
    """The legal basis an inspector cites for one rule (seeded, edited in the admin)."""

    code = models.CharField("Mã quy tắc", max_length=64, unique=True, editable=False)
    legal_basis = models.TextField("Căn cứ pháp lý")

    class Meta:
        ordering = ["code"]
        verbose_name = "căn cứ pháp lý của quy tắc"
        verbose_name_plural = "căn cứ pháp lý của các quy tắc"

    def __str__(self):
        return self.title()

    def title(self):
        from .rules import rule_title

        return rule_title(self.code)

    title.short_description = "Quy tắc"


class DomainList(models.TextChoices):
    ADVERTISING = "advertising", "Quảng cáo, thương mại"
    ALLOWED = "allowed", "Được phép"


class DomainCategory(models.TextChoices):
    BETTING = "betting", "Cá cược, cờ bạc"
    SHOP = "shop", "Bán hàng, thương mại điện tử"
    AD_NETWORK = "ad_network", "Mạng quảng cáo, theo dõi"
    AFFILIATE = "affiliate", "Tiếp thị liên kết"
    SHORTENER = "shortener", "Rút gọn liên kết"
    OTHER = "other", "Khác"


class DomainEntry(models.Model):
    """A domain on the advertising list or the allow-list; covers its subdomains too."""

    domain = models.CharField(
        "Tên miền",
        max_length=253,
        help_text="Không có http:// hay www., ví dụ: shopee.vn. Áp dụng cả cho các tên miền con.",
    )
    list = models.CharField("Danh sách", max_length=20, choices=DomainList.choices)
    category = models.CharField("Nhóm", max_length=20, choices=DomainCategory.choices, default=DomainCategory.OTHER)
    note = models.CharField("Ghi chú", max_length=255, blank=True)

    class Meta:
        ordering = ["list", "domain"]
        constraints = [models.UniqueConstraint(fields=["domain", "list"], name="compliance_domain_once_per_list")]
        verbose_name = "tên miền"
        verbose_name_plural = "danh sách tên miền"

    def __str__(self):
        return self.domain


class ObjectKind(models.TextChoices):
    PAGE = "page", "Trang"
    IMAGE = "image", "Ảnh"
    SITE_LINK = "site_link", "Liên kết website"


class FindingStatus(models.TextChoices):
    OPEN = "open", "Chưa xử lý"
    RESOLVED = "resolved", "Đã khắc phục"
    WAIVED = "waived", "Được miễn"


class Trigger(models.TextChoices):
    COMMAND = "command", "Lệnh compliance_scan"
    PUBLISH = "publish", "Xuất bản trang"
    ADMIN = "admin", "Quản trị"


class Inspection(models.Model):
    """One scan: when, over which sites, what it found (counts per site and rule beside it)."""

    started_at = models.DateTimeField("Bắt đầu", default=timezone.now, db_index=True)
    finished_at = models.DateTimeField("Kết thúc", null=True, blank=True)
    trigger = models.CharField("Cách chạy", max_length=20, choices=Trigger.choices)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người chạy",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sites = models.ManyToManyField(Site, verbose_name="Các trang được kiểm tra", related_name="+")
    pages_scanned = models.PositiveIntegerField("Số trang đã quét", default=0)
    open_count = models.PositiveIntegerField("Vi phạm chưa xử lý", default=0)
    waived_count = models.PositiveIntegerField("Vi phạm được miễn", default=0)
    resolved_count = models.PositiveIntegerField("Vi phạm đã khắc phục trong lần quét", default=0)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = "lần kiểm tra"
        verbose_name_plural = "lịch sử kiểm tra"

    def __str__(self):
        return f"Kiểm tra {timezone.localtime(self.started_at):%d/%m/%Y %H:%M}"


class InspectionCount(models.Model):
    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="counts")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    rule = models.CharField(max_length=64)
    open_count = models.PositiveIntegerField(default=0)
    waived_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["site_id", "rule"]
        constraints = [
            models.UniqueConstraint(fields=["inspection", "site", "rule"], name="compliance_count_once_per_site_rule")
        ]


class FindingQuerySet(models.QuerySet):
    def for_sites(self, sites):
        return self.filter(site__in=sites)

    def current(self):
        """What inspectors act on: open and waived findings (resolved ones are history)."""
        return self.exclude(status=FindingStatus.RESOLVED)


class Finding(models.Model):
    """One problem a scan saw, kept across scans by its fingerprint (site, object, rule, evidence)."""

    fingerprint = models.CharField(max_length=64, unique=True, editable=False)
    site = models.ForeignKey(Site, verbose_name="Trang", on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(
        Page, verbose_name="Trang nội dung", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_kind = models.CharField("Đối tượng", max_length=20, choices=ObjectKind.choices)
    object_id = models.PositiveIntegerField("Mã đối tượng", null=True, blank=True)
    rule = models.CharField("Quy tắc", max_length=64, db_index=True)
    severity = models.CharField("Mức độ", max_length=10, choices=Severity.choices)
    message = models.TextField("Nội dung")
    evidence = models.TextField("Bằng chứng", blank=True)
    status = models.CharField(
        "Tình trạng", max_length=10, choices=FindingStatus.choices, default=FindingStatus.OPEN, db_index=True
    )
    first_seen_at = models.DateTimeField("Phát hiện lần đầu", default=timezone.now)
    last_seen_at = models.DateTimeField("Thấy lần cuối", default=timezone.now)
    resolved_at = models.DateTimeField("Khắc phục lúc", null=True, blank=True)
    waived_at = models.DateTimeField("Miễn lúc", null=True, blank=True)
    waived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người miễn",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    waive_reason = models.TextField("Lý do miễn", blank=True)
    # The latest board override that published the page over this (high) finding; the page
    # history keeps every override, the finding the one an inspector looks at.
    overridden_at = models.DateTimeField("Xuất bản bỏ qua cảnh báo lúc", null=True, blank=True)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người xuất bản bỏ qua cảnh báo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    override_reason = models.TextField("Lý do xuất bản bỏ qua cảnh báo", blank=True)

    objects = FindingQuerySet.as_manager()

    class Meta:
        ordering = ["site_id", "rule", "pk"]
        indexes = [models.Index(fields=["site", "status", "rule"], name="compliance_finding_site_status")]
        verbose_name = "vi phạm"
        verbose_name_plural = "vi phạm"

    def __str__(self):
        from .rules import rule_title

        return f"{rule_title(self.rule)}: {self.evidence or self.message}"[:120]

    @property
    def overridden(self):
        return self.overridden_at is not None
