"""Administrative procedures (thủ tục hành chính), with the national public service portal's fields."""

from django.core.exceptions import ValidationError
from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from cms.models import BasePage

from .common import LegalField, SiteScopedPage, SiteScopedQuerySet
from .documents import LegalDocumentPage

ProcedureManager = PageManager.from_queryset(SiteScopedQuerySet)


class ProcedureLevel(models.TextChoices):
    COMMUNE = "xa", "Cấp xã"
    DISTRICT = "huyen", "Cấp huyện"
    PROVINCE = "tinh", "Cấp tỉnh"


class OnlineServiceLevel(models.TextChoices):
    FULL = "toan_trinh", "Dịch vụ công trực tuyến toàn trình"
    PARTIAL = "mot_phan", "Dịch vụ công trực tuyến một phần"
    NONE = "", "Không có dịch vụ công trực tuyến"


class ProcedurePage(SiteScopedPage):
    """One administrative procedure, with the fields of the national public service portal."""

    code = models.CharField("Mã thủ tục", max_length=50, db_index=True, help_text="Ví dụ: 1.001193.")
    field = models.ForeignKey(
        LegalField, verbose_name="Lĩnh vực", null=True, blank=True, on_delete=models.SET_NULL, related_name="procedures"
    )
    level = models.CharField(
        "Cấp thực hiện", max_length=10, choices=ProcedureLevel.choices, default=ProcedureLevel.COMMUNE
    )
    implementing_body = models.CharField("Cơ quan thực hiện", max_length=255)
    applicants = models.TextField("Đối tượng thực hiện", blank=True)
    steps = RichTextField("Trình tự thực hiện", blank=True)
    processing_time = models.CharField("Thời hạn giải quyết", max_length=255, blank=True)
    fees = models.TextField("Phí, lệ phí", blank=True)
    result = models.TextField("Kết quả thực hiện", blank=True)
    requirements = models.TextField("Yêu cầu, điều kiện", blank=True)
    online_level = models.CharField(
        "Mức dịch vụ công trực tuyến", max_length=20, choices=OnlineServiceLevel.choices, blank=True
    )
    online_url = models.URLField(
        "Địa chỉ nộp trực tuyến", max_length=500, blank=True, help_text="Trang thủ tục trên Cổng dịch vụ công của tỉnh."
    )

    objects = ProcedureManager()

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("code"), FieldPanel("field"), FieldPanel("level")]),
        FieldPanel("implementing_body"),
        FieldPanel("applicants"),
        FieldPanel("steps"),
        InlinePanel("submission_methods", heading="Cách thức thực hiện", label="cách thức"),
        InlinePanel("dossier_items", heading="Thành phần hồ sơ", label="giấy tờ"),
        FieldRowPanel([FieldPanel("processing_time"), FieldPanel("fees")]),
        FieldPanel("result"),
        FieldPanel("requirements"),
        InlinePanel("legal_basis", heading="Căn cứ pháp lý", label="căn cứ"),
        MultiFieldPanel([FieldPanel("online_level"), FieldPanel("online_url")], heading="Dịch vụ công trực tuyến"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("code"),
        index.SearchField("implementing_body"),
        index.SearchField("search_text"),
        index.FilterField("site"),
        index.FilterField("field"),
        index.FilterField("level"),
        index.FilterField("online_level"),
    ]

    parent_page_types = ["legal_docs.ProcedureIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "thủ tục hành chính"
        verbose_name_plural = "thủ tục hành chính"

    def clean(self):
        super().clean()
        if self.online_level and not self.online_url:
            raise ValidationError({"online_url": "Thủ tục có dịch vụ công trực tuyến phải có địa chỉ nộp trực tuyến."})

    def folded_parts(self):
        field = self.field.name if self.field_id else ""
        return [self.code, self.title, field, self.implementing_body, self.applicants]


class SubmissionMethod(models.TextChoices):
    IN_PERSON = "truc_tiep", "Trực tiếp"
    ONLINE = "truc_tuyen", "Trực tuyến"
    POST = "buu_chinh", "Dịch vụ bưu chính"


class ProcedureSubmissionMethod(Orderable):
    page = ParentalKey(ProcedurePage, on_delete=models.CASCADE, related_name="submission_methods")
    method = models.CharField("Hình thức nộp", max_length=20, choices=SubmissionMethod.choices)
    duration = models.CharField("Thời hạn giải quyết", max_length=255, blank=True)
    fee = models.CharField("Phí, lệ phí", max_length=255, blank=True)
    notes = models.TextField("Mô tả", blank=True)

    panels = [FieldRowPanel([FieldPanel("method"), FieldPanel("duration"), FieldPanel("fee")]), FieldPanel("notes")]

    class Meta(Orderable.Meta):
        verbose_name = "cách thức thực hiện"
        verbose_name_plural = "cách thức thực hiện"


class ProcedureDossierItem(Orderable):
    page = ParentalKey(ProcedurePage, on_delete=models.CASCADE, related_name="dossier_items")
    name = models.TextField("Tên giấy tờ")
    form_template = models.ForeignKey(
        get_document_model_string(),
        verbose_name="Mẫu đơn, tờ khai",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    originals = models.PositiveSmallIntegerField("Bản chính", default=0)
    copies = models.PositiveSmallIntegerField("Bản sao", default=0)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("form_template"), FieldPanel("originals"), FieldPanel("copies")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "thành phần hồ sơ"
        verbose_name_plural = "thành phần hồ sơ"


class ProcedureLegalBasis(Orderable):
    page = ParentalKey(ProcedurePage, on_delete=models.CASCADE, related_name="legal_basis")
    citation = models.CharField(
        "Văn bản", max_length=500, help_text="Số ký hiệu và trích yếu, ví dụ: Luật Hộ tịch số 60/2014/QH13."
    )
    document = models.ForeignKey(
        LegalDocumentPage,
        verbose_name="Trang văn bản trên cổng",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="procedures_based_on",
    )

    panels = [FieldPanel("citation"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "căn cứ pháp lý"
        verbose_name_plural = "căn cứ pháp lý"
