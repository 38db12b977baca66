"""Legal documents (văn bản) and administrative procedures (thủ tục hành chính).

Both page types keep a folded copy of their searchable text (`search_text`, padded with spaces
so a term can be matched as a whole word) and the site they belong to, so that the citizen search
(`legal_docs.search`) filters, counts and ranks them with plain column conditions that behave the
same on SQLite and PostgreSQL.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, Site
from wagtail.search import index

from cms.models import BasePage, PortalPageQuerySet
from cms.text import ascii_slug, fold

from .attachments import validate_attachment


def padded_fold(*parts):
    """Folded text with a space at both ends, so `contains(" term ")` matches whole words."""
    return f" {fold(' '.join(str(part) for part in parts if part))} "


def site_for_path(path):
    """The site whose tree holds the page at tree `path` (deepest root first), or None."""
    for site in Site.objects.select_related("root_page").order_by("-root_page__depth"):
        if path.startswith(site.root_page.path):
            return site
    return None


class LegalDocumentType(models.Model):
    """Hình thức văn bản: Luật, Nghị định, Quyết định, …; a list the board can extend."""

    name = models.CharField("Tên loại văn bản", max_length=100, unique=True)
    slug = models.SlugField("Mã", max_length=100, unique=True, help_text="Dùng trong địa chỉ lọc, ví dụ: quyet-dinh.")
    sort_order = models.PositiveSmallIntegerField("Thứ tự", default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or ascii_slug(self.name)
        super().save(*args, **kwargs)


class LegalField(models.Model):
    """Lĩnh vực: Đất đai, Hộ tịch, Giáo dục, …; shared by documents and procedures."""

    name = models.CharField("Tên lĩnh vực", max_length=150, unique=True)
    slug = models.SlugField("Mã", max_length=150, unique=True, help_text="Dùng trong địa chỉ lọc, ví dụ: dat-dai.")

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or ascii_slug(self.name)
        super().save(*args, **kwargs)


class DocumentCategory(models.TextChoices):
    LEGAL_NORMATIVE = "qppl", "Văn bản quy phạm pháp luật"
    DIRECTION = "chi_dao_dieu_hanh", "Văn bản chỉ đạo, điều hành"
    OTHER = "khac", "Văn bản khác"


class EffectStatus(models.TextChoices):
    IN_FORCE = "con_hieu_luc", "Còn hiệu lực"
    PARTLY_EXPIRED = "het_hieu_luc_mot_phan", "Hết hiệu lực một phần"
    EXPIRED = "het_hieu_luc", "Hết hiệu lực toàn bộ"
    NOT_YET_IN_FORCE = "chua_co_hieu_luc", "Chưa có hiệu lực"
    SUSPENDED = "ngung_hieu_luc", "Ngưng hiệu lực"


def derived_status(issued_date, effective_date, expiry_date, today):
    """The effect status the dates give: not yet in force, expired, or in force."""
    starts = effective_date or issued_date
    if starts and starts > today:
        return EffectStatus.NOT_YET_IN_FORCE
    if expiry_date and expiry_date <= today:
        return EffectStatus.EXPIRED
    return EffectStatus.IN_FORCE


def status_condition(status, today):
    """A Q selecting documents whose current status is `status` (the same rule as `derived_status`)."""
    set_by_hand = Q(status_override=status)
    if status not in (EffectStatus.NOT_YET_IN_FORCE, EffectStatus.EXPIRED, EffectStatus.IN_FORCE):
        return set_by_hand
    not_yet = Q(effective_date__gt=today) | Q(effective_date__isnull=True, issued_date__gt=today)
    expired = Q(expiry_date__lte=today)
    derived = {
        EffectStatus.NOT_YET_IN_FORCE: not_yet,
        EffectStatus.EXPIRED: ~not_yet & expired,
        EffectStatus.IN_FORCE: ~not_yet & ~expired,
    }[status]
    return set_by_hand | (Q(status_override="") & derived)


def status_expression(today):
    """The current status as a database expression, for grouping (facet counts)."""
    return Case(
        *[When(status_condition(status, today), then=Value(status.value)) for status in EffectStatus],
        default=Value(EffectStatus.IN_FORCE.value),
        output_field=models.CharField(),
    )


class SiteScopedQuerySet(PortalPageQuerySet):
    def in_sites(self, sites):
        return self.filter(site__in=sites)


class LegalDocumentQuerySet(SiteScopedQuerySet):
    def with_status(self, status, today=None):
        return self.filter(status_condition(status, today or timezone.localdate()))

    def newest_first(self):
        return self.order_by("-issued_date", "-pk")


LegalDocumentManager = PageManager.from_queryset(LegalDocumentQuerySet)
ProcedureManager = PageManager.from_queryset(SiteScopedQuerySet)


class SiteScopedPage(BasePage):
    """A page that records the portal it belongs to, so searches filter on one column."""

    site = models.ForeignKey(Site, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+")
    search_text = models.TextField(editable=False, default="")

    class Meta:
        abstract = True

    def folded_parts(self):
        return [self.title]

    def save(self, *args, **kwargs):
        if self.site_id is None and self.path:
            self.site = site_for_path(self.path)
        self.search_text = padded_fold(*self.folded_parts())
        return super().save(*args, **kwargs)


class LegalDocumentIndexPage(BasePage):
    """Văn bản: the site's document listing with the citizen search."""

    intro = RichTextField("Giới thiệu chuyên mục", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal_docs.LegalDocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục văn bản"
        verbose_name_plural = "chuyên mục văn bản"

    def get_context(self, request, *args, **kwargs):
        from .views import document_search_context

        context = super().get_context(request, *args, **kwargs)
        context.update(document_search_context(request, self))
        return context


class LegalDocumentPage(SiteScopedPage):
    number = models.CharField("Số ký hiệu", max_length=100, help_text="Ví dụ: 42/2022/NĐ-CP, 15/QĐ-UBND.")
    number_folded = models.CharField(max_length=100, editable=False, default="", db_index=True)
    doc_type = models.ForeignKey(
        LegalDocumentType, verbose_name="Loại văn bản", on_delete=models.PROTECT, related_name="documents"
    )
    category = models.CharField(
        "Nhóm văn bản", max_length=20, choices=DocumentCategory.choices, default=DocumentCategory.DIRECTION
    )
    issuing_body = models.CharField("Cơ quan ban hành", max_length=255, db_index=True)
    signer = models.CharField("Người ký", max_length=255, blank=True)
    issued_date = models.DateField("Ngày ban hành", db_index=True)
    effective_date = models.DateField("Ngày có hiệu lực", null=True, blank=True)
    expiry_date = models.DateField("Ngày hết hiệu lực", null=True, blank=True)
    status_override = models.CharField(
        "Tình trạng hiệu lực",
        max_length=30,
        choices=EffectStatus.choices,
        blank=True,
        help_text="Để trống để tính theo ngày có hiệu lực và ngày hết hiệu lực.",
    )
    fields = ParentalManyToManyField(LegalField, verbose_name="Lĩnh vực", blank=True, related_name="documents")
    summary = models.TextField("Trích yếu", help_text="Trích yếu nội dung văn bản.")
    external_id = models.CharField("Mã ở hệ thống cũ", max_length=100, blank=True, db_index=True, editable=False)

    objects = LegalDocumentManager()

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("doc_type"), FieldPanel("category")]),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("issuing_body"), FieldPanel("signer")]),
        FieldRowPanel([FieldPanel("issued_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")]),
        FieldPanel("status_override"),
        FieldPanel("fields"),
        InlinePanel("files", heading="Tệp văn bản", label="tệp"),
        InlinePanel("relations", heading="Văn bản liên quan", label="văn bản liên quan"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("number"),
        index.SearchField("search_text"),
        index.FilterField("site"),
        index.FilterField("doc_type"),
        index.FilterField("category"),
        index.FilterField("issuing_body"),
        index.FilterField("issued_date"),
        index.FilterField("effective_date"),
        index.FilterField("expiry_date"),
        index.FilterField("status_override"),
        index.FilterField("fields"),
        index.FilterField("number_folded"),
    ]

    parent_page_types = ["legal_docs.LegalDocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        indexes = [models.Index(fields=["site", "issued_date"], name="legal_doc_site_issued")]

    def clean(self):
        super().clean()
        if self.effective_date and self.expiry_date and self.expiry_date <= self.effective_date:
            raise ValidationError({"expiry_date": "Ngày hết hiệu lực phải sau ngày có hiệu lực."})

    def folded_parts(self):
        field_names = [field.name for field in self.fields.all()]
        doc_type = self.doc_type.name if self.doc_type_id else ""
        return [doc_type, self.number, self.title, self.summary, self.issuing_body, self.signer, *field_names]

    def save(self, *args, **kwargs):
        self.number_folded = fold(self.number)
        return super().save(*args, **kwargs)

    @property
    def status(self):
        if self.status_override:
            return EffectStatus(self.status_override)
        return derived_status(self.issued_date, self.effective_date, self.expiry_date, timezone.localdate())

    @property
    def status_label(self):
        return self.status.label

    def related_documents(self):
        """(label, document) pairs from both sides of every relation, live documents only."""
        outgoing = [
            (relation.get_kind_display(), relation.target)
            for relation in self.relations.select_related("target").filter(target__live=True)
        ]
        incoming = [
            (RelationKind(relation.kind).reverse_label, relation.page)
            for relation in LegalDocumentRelation.objects.filter(target=self, page__live=True).select_related("page")
        ]
        return outgoing + incoming


class LegalDocumentFile(Orderable):
    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="files")
    title = models.CharField("Tên tệp hiển thị", max_length=255, blank=True, help_text="Để trống: dùng tên tệp.")
    file = models.FileField("Tệp (PDF, DOC, DOCX)", upload_to="van-ban/%Y/%m/", validators=[validate_attachment])

    panels = [FieldPanel("file"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = "tệp văn bản"
        verbose_name_plural = "tệp văn bản"

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.title or self.file.name.rsplit("/", 1)[-1]

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""


class RelationKind(models.TextChoices):
    AMENDS = "amends", "Sửa đổi, bổ sung"
    REPLACES = "replaces", "Thay thế"
    GUIDES = "guides", "Hướng dẫn"

    @property
    def reverse_label(self):
        return {
            RelationKind.AMENDS: "Được sửa đổi, bổ sung bởi",
            RelationKind.REPLACES: "Được thay thế bởi",
            RelationKind.GUIDES: "Được hướng dẫn bởi",
        }[self]


class LegalDocumentRelation(Orderable):
    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField("Quan hệ", max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        LegalDocumentPage, verbose_name="Văn bản", on_delete=models.CASCADE, related_name="related_from"
    )

    panels = [FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = "văn bản liên quan"
        verbose_name_plural = "văn bản liên quan"


class ProcedureLevel(models.TextChoices):
    COMMUNE = "xa", "Cấp xã"
    DISTRICT = "huyen", "Cấp huyện"
    PROVINCE = "tinh", "Cấp tỉnh"


class OnlineServiceLevel(models.TextChoices):
    FULL = "toan_trinh", "Dịch vụ công trực tuyến toàn trình"
    PARTIAL = "mot_phan", "Dịch vụ công trực tuyến một phần"
    NONE = "", "Không có dịch vụ công trực tuyến"


class ProcedureIndexPage(BasePage):
    """Thủ tục hành chính: the site's procedure listing with the citizen search."""

    intro = RichTextField("Giới thiệu chuyên mục", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal_docs.ProcedurePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục thủ tục hành chính"
        verbose_name_plural = "chuyên mục thủ tục hành chính"

    def get_context(self, request, *args, **kwargs):
        from .views import procedure_search_context

        context = super().get_context(request, *args, **kwargs)
        context.update(procedure_search_context(request, self))
        return context


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
