"""Hỏi đáp: the section page that serves it, citizens' questions, their answers and due dates.

A question belongs to the portal (site) it was asked on, to the unit that handles it (the site's
unit at first; the board may forward it to a commune or a department) and, for the board's
inbox, to that portal's parent authority, kept on the row so that an inbox is one query
whatever the number of communes. Nothing of the asker's network address is stored.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Site
from wagtail.search import index

from cms.folded_search import FoldedTextMixin
from cms.models import BasePage
from sites.models import Unit

DEFAULT_DUE_WORKING_DAYS = 5

# The notice a new Hỏi đáp page starts with; editors change it (and its legal basis) in the page.
DEFAULT_PRIVACY_NOTICE = (
    "<p>Khi gửi câu hỏi, bạn cung cấp cho chúng tôi họ tên, địa chỉ, số điện thoại và/hoặc thư điện tử. "
    "Đây là dữ liệu cá nhân; chúng tôi chỉ dùng để trả lời câu hỏi của bạn, không công khai và không "
    "chuyển cho bên thứ ba ngoài cơ quan được giao trả lời.</p>"
    "<p>Câu hỏi và câu trả lời có thể được đăng công khai, chỉ kèm tên viết tắt của người hỏi. "
    "Dữ liệu liên hệ được lưu trong thời gian cần để trả lời và theo quy định về lưu trữ hồ sơ. Bạn có "
    "quyền yêu cầu xem, sửa hoặc xoá dữ liệu của mình bằng cách liên hệ đơn vị quản lý trang.</p>"
    "<p>Căn cứ pháp lý: Luật Bảo vệ dữ liệu cá nhân năm 2025 và Nghị định số 356/2025/NĐ-CP.</p>"
)


class QuestionIndexPage(RoutablePageMixin, BasePage):
    """Hỏi đáp: the published questions and answers of one portal, the form to ask, the lookup by code.

    Its routes are in engagement/public_views.py. The listing, the answers and the privacy
    notice are served from the page cache and expired when an answer is published or changed
    (engagement.questions.expire_published_question); the form to ask and the lookup carry a
    CSRF token and depend on who asks (the rate limit, the challenge), so they answer afresh.
    """

    intro = RichTextField(
        "Giới thiệu chuyên mục",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Đoạn giới thiệu đầu trang Hỏi đáp (ví dụ: đơn vị nào trả lời, trong bao lâu).",
    )
    privacy_notice = RichTextField(
        "Thông báo xử lý dữ liệu cá nhân",
        default=DEFAULT_PRIVACY_NOTICE,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=(
            "Người hỏi phải đồng ý với thông báo này trước khi gửi câu hỏi. Ghi rõ mục đích, thời gian lưu "
            "và căn cứ pháp lý hiện hành."
        ),
    )
    accepts_questions = models.BooleanField(
        "Nhận câu hỏi mới", default=True, help_text="Bỏ chọn để tạm ngừng nhận câu hỏi (vẫn hiển thị câu trả lời)."
    )

    uncached_routes = ("dat-cau-hoi/", "tra-cuu/")

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("accepts_questions"),
        FieldPanel("privacy_notice"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục hỏi đáp"
        verbose_name_plural = "chuyên mục hỏi đáp"

    # The views are in engagement/public_views.py (imported on call: it imports these models).
    @path("")
    def listing(self, request):
        from ..public_views import listing

        return listing(self, request)

    @path("dat-cau-hoi/")
    def ask(self, request):
        from ..public_views import ask

        return ask(self, request)

    @path("tra-cuu/")
    def lookup(self, request):
        from ..public_views import lookup

        return lookup(self, request)

    @path("du-lieu-ca-nhan/")
    def privacy(self, request):
        from ..public_views import privacy

        return privacy(self, request)

    @path("<int:question_id>/")
    def answer_detail(self, request, question_id):
        from ..public_views import answer_detail

        return answer_detail(self, request, question_id)


class QuestionRule(models.Model):
    """An authority's rule for questions: how many working days its units have to answer."""

    authority = models.OneToOneField(
        Unit, verbose_name="Đơn vị chủ quản", on_delete=models.CASCADE, related_name="question_rule"
    )
    due_working_days = models.PositiveSmallIntegerField(
        "Thời hạn trả lời (ngày làm việc)",
        default=DEFAULT_DUE_WORKING_DAYS,
        help_text="Tính từ ngày nhận câu hỏi, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.",
    )

    class Meta:
        verbose_name = "thời hạn trả lời câu hỏi"
        verbose_name_plural = "thời hạn trả lời câu hỏi"

    def __str__(self):
        return f"{self.authority}: {self.due_working_days} ngày làm việc"


class PublicHoliday(models.Model):
    """A day off for public bodies (nghỉ lễ, Tết, nghỉ bù): not counted as a working day."""

    date = models.DateField("Ngày", unique=True)
    name = models.CharField("Tên ngày nghỉ", max_length=150)

    class Meta:
        ordering = ["date"]
        verbose_name = "ngày nghỉ lễ, Tết"
        verbose_name_plural = "ngày nghỉ lễ, Tết"

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.name}"


class QuestionStatus(models.TextChoices):
    RECEIVED = "received", "Mới nhận"
    ASSIGNED = "assigned", "Đang xử lý"
    ANSWERED = "answered", "Đã trả lời, chờ duyệt đăng"
    PUBLISHED = "published", "Đã đăng"
    CLOSED = "closed", "Đã đóng, không đăng"


OPEN_STATUSES = (QuestionStatus.RECEIVED, QuestionStatus.ASSIGNED, QuestionStatus.ANSWERED)


class QuestionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=QuestionStatus.PUBLISHED)

    def on_site(self, site):
        return self.filter(site=site)

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None):
        """Questions still waiting for a published answer after their due date."""
        return self.open().filter(due_on__lt=today or timezone.localdate())


class Question(FoldedTextMixin, models.Model):
    # Limits of the public form (engagement/forms.py documents them): the columns hold them.
    site = models.ForeignKey(Site, verbose_name="Trang thông tin", on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(
        QuestionIndexPage, verbose_name="Chuyên mục", on_delete=models.CASCADE, related_name="questions"
    )
    authority = models.ForeignKey(
        Unit, verbose_name="Đơn vị chủ quản", on_delete=models.PROTECT, related_name="authority_questions"
    )
    unit = models.ForeignKey(Unit, verbose_name="Đơn vị xử lý", on_delete=models.PROTECT, related_name="questions")
    tracking_code = models.CharField("Mã tra cứu", max_length=12, unique=True, editable=False)

    asker_name = models.CharField("Họ và tên", max_length=100)
    address = models.CharField("Địa chỉ", max_length=255)
    phone = models.CharField("Số điện thoại", max_length=20, blank=True)
    email = models.EmailField("Thư điện tử", max_length=254, blank=True)
    field = models.ForeignKey(
        "legal_docs.LegalField",
        verbose_name="Lĩnh vực",
        null=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    title = models.CharField("Tiêu đề", max_length=200)
    body = models.TextField("Nội dung câu hỏi")
    consented_at = models.DateTimeField("Đồng ý xử lý dữ liệu cá nhân lúc")

    status = models.CharField(
        "Trạng thái", max_length=20, choices=QuestionStatus.choices, default=QuestionStatus.RECEIVED
    )
    received_at = models.DateTimeField("Ngày nhận", default=timezone.now)
    due_on = models.DateField("Hạn trả lời")
    answer = models.TextField("Nội dung trả lời", blank=True)
    answering_unit = models.ForeignKey(
        Unit,
        verbose_name="Đơn vị trả lời",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="answered_questions",
    )
    cited_documents = models.ManyToManyField(
        "legal_docs.LegalDocumentPage", verbose_name="Văn bản viện dẫn", blank=True, related_name="+"
    )
    answered_at = models.DateTimeField("Ngày trả lời", null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField("Ngày đăng", null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_reason = models.TextField("Lý do đóng", blank=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = "câu hỏi"
        verbose_name_plural = "câu hỏi"
        indexes = [
            models.Index(fields=["site", "status", "published_at"], name="question_public_listing"),
            models.Index(fields=["authority", "status", "due_on"], name="question_authority_inbox"),
            models.Index(fields=["unit", "status", "due_on"], name="question_unit_inbox"),
        ]

    def __str__(self):
        return self.title

    def folded_parts(self):
        return [self.title, self.body, self.answer]

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self):
        return self.is_open and self.due_on < timezone.localdate()

    @property
    def public_name(self):
        """What the public listing shows of the asker: initials, then the given name ("N.V. An")."""
        words = self.asker_name.split()
        if not words:
            return ""
        initials = ".".join(word[0].upper() for word in words[:-1])
        return f"{initials}. {words[-1]}" if initials else words[-1]


class QuestionEvent(models.Model):
    """One step of a question's handling, for its history in the inbox."""

    class Kind(models.TextChoices):
        RECEIVED = "received", "Nhận câu hỏi"
        TAKEN = "taken", "Nhận xử lý"
        FORWARDED = "forwarded", "Chuyển đơn vị xử lý"
        ANSWERED = "answered", "Trả lời"
        PUBLISHED = "published", "Đăng câu trả lời"
        CLOSED = "closed", "Đóng, không đăng"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField("Việc", max_length=20, choices=Kind.choices)
    at = models.DateTimeField("Lúc", default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField("Ghi chú", blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "bước xử lý câu hỏi"
        verbose_name_plural = "bước xử lý câu hỏi"
