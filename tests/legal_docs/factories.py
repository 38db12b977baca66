"""Factories for document and procedure pages, shared by every legal_docs test module.

    documents = document_index(commune.site)            # the standard “Văn bản” section
    LegalDocumentPageFactory(parent=documents, number="15/QĐ-UBND", doc_type="quyet-dinh",
                             fields=["dat-dai"], issued_date=date(2024, 1, 5))
    ProcedurePageFactory(parent=procedure_index(commune.site), code="1.001193", field="ho-tich")

`doc_type` and `fields`/`field` take the slugs of the seeded lists. Pages are created live
unless `live=False` is passed.
"""

import datetime

import factory
import wagtail_factories

from cms.text import ascii_slug
from legal_docs.models import (
    DocumentCategory,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalDocumentType,
    LegalField,
    ProcedureIndexPage,
    ProcedureLevel,
    ProcedurePage,
)

DOCUMENT_INDEX_SLUG = "van-ban"
PROCEDURE_INDEX_SLUG = "thu-tuc-hanh-chinh"


def document_index(site):
    """The standard “Văn bản” section provisioning gives every portal."""
    return LegalDocumentIndexPage.objects.child_of(site.root_page).get(slug=DOCUMENT_INDEX_SLUG)


def procedure_index(site):
    """The standard “Thủ tục hành chính” section provisioning gives every portal."""
    return ProcedureIndexPage.objects.child_of(site.root_page).get(slug=PROCEDURE_INDEX_SLUG)


def document_type(slug):
    return LegalDocumentType.objects.get(slug=slug)


def legal_field(slug):
    return LegalField.objects.get(slug=slug)


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: page.summary[:255])
    slug = factory.LazyAttribute(lambda page: ascii_slug(f"{page.number}-{page.title}")[:200])
    number = factory.Sequence(lambda n: f"{n + 100}/QĐ-UBND")
    doc_type = "quyet-dinh"
    category = DocumentCategory.DIRECTION
    issuing_body = "Ủy ban nhân dân huyện Hàm Tân"
    signer = "Nguyễn Văn Minh"
    issued_date = datetime.date(2024, 3, 15)
    effective_date = None
    expiry_date = None
    summary = factory.Sequence(lambda n: f"Về việc phê duyệt kế hoạch sử dụng đất năm 2024, đợt {n}")

    class Meta:
        model = LegalDocumentPage
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, doc_type="quyet-dinh", fields=(), **kwargs):
        kwargs["doc_type"] = doc_type if isinstance(doc_type, LegalDocumentType) else document_type(doc_type)
        kwargs["fields"] = [item if isinstance(item, LegalField) else legal_field(item) for item in fields]
        return super()._create(model_class, *args, **kwargs)


class ProcedurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thủ tục đăng ký khai sinh số {n}")
    slug = factory.LazyAttribute(lambda page: ascii_slug(f"{page.code}-{page.title}")[:200])
    code = factory.Sequence(lambda n: f"1.{n + 1000:06d}")
    level = ProcedureLevel.COMMUNE
    implementing_body = "Ủy ban nhân dân cấp xã"
    applicants = "Công dân Việt Nam"
    processing_time = "Ngay trong ngày tiếp nhận hồ sơ"
    fees = "Miễn lệ phí"

    class Meta:
        model = ProcedurePage
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, field=None, **kwargs):
        kwargs["field"] = field if field is None or isinstance(field, LegalField) else legal_field(field)
        return super()._create(model_class, *args, **kwargs)
