"""Legal documents (văn bản): the listing page, the document page, its files and relations."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from cms.models import BasePage
from cms.text import fold

from ..attachments import validate_attachment
from .common import LegalDocumentType, LegalField, SiteScopedPage, SiteScopedQuerySet


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


class LegalDocumentQuerySet(SiteScopedQuerySet):
    def with_status(self, status, today=None):
        return self.filter(status_condition(status, today or timezone.localdate()))

    def newest_first(self):
        return self.order_by("-issued_date", "-pk")


LegalDocumentManager = PageManager.from_queryset(LegalDocumentQuerySet)


def field_ids_text(ids):
    """`LegalDocumentPage.field_ids_copy` for these field ids."""
    return " ".join(map(str, sorted(set(ids))))


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
    # The ids of `fields`, space-separated in ascending order: the search counts documents per field
    # from the rows it reads already (engine.read_once) instead of the link table. Written with
    # the folded text (`refresh_folded_text`: every save, and the importer's bulk inserts).
    field_ids_copy = models.TextField(editable=False, default="")
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
        index.FilterField("field_ids"),
        index.FilterField("number_folded"),
    ]

    parent_page_types = ["legal_docs.LegalDocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        indexes = [
            models.Index(fields=["site", "issued_date"], name="legal_doc_site_issued"),
            # The empty search, newest first: the live rows in that order, read from the end.
            models.Index(
                fields=["issued_date", "page_ptr"], name="legal_doc_live_issued", condition=Q(search_live=True)
            ),
        ]

    def clean(self):
        super().clean()
        if self.effective_date and self.expiry_date and self.expiry_date <= self.effective_date:
            raise ValidationError({"expiry_date": "Ngày hết hiệu lực phải sau ngày có hiệu lực."})

    def folded_parts(self):
        field_names = [field.name for field in self.fields.all()]
        doc_type = self.doc_type.name if self.doc_type_id else ""
        return [doc_type, self.number, self.title, self.summary, self.issuing_body, self.signer, *field_names]

    def subject_leading_words(self):
        return [self.doc_type.name] if self.doc_type_id else []

    def save(self, *args, **kwargs):
        self.number_folded = fold(self.number)
        return super().save(*args, **kwargs)

    def refresh_folded_text(self):
        super().refresh_folded_text()
        self.field_ids_copy = field_ids_text(field.pk for field in self.fields.all())

    def field_ids(self):
        """The fields' ids, as the Elasticsearch index stores them for filtering and counting."""
        return [field.pk for field in self.fields.all()]

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
