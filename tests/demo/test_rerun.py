"""Running `load_demo` again: it changes nothing, restores only what was deleted, leaves edits alone;
`--if-empty` and the public-hostname refusal. Each test runs the loader once more in its savepoint."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError

from wagtail.models import Page, Revision, Site, TaskState, WorkflowState

from articles.models import ArticleKind, ArticlePage
from cms.models import AttributedDocument, AttributedImage
from compliance.models import Inspection
from demo.loading import NO_CHANGE_MESSAGE
from demo.loading.articles import news_section
from demo.loading.legal_docs import document_index, procedure_index
from home.models import ContentPage
from legal_docs.models import (
    LegalDocumentFile,
    LegalDocumentPage,
    LegalDocumentRelation,
    ProcedureLegalBasis,
    ProcedurePage,
    ProcedureSubmissionMethod,
)
from reports.models import PublishedItem, Quota, ReportingRule
from sites.models import SiteLink, Unit

from .helpers import counts, district_document, run_load_demo

MODELS = [
    Page,
    Revision,
    Site,
    Unit,
    get_user_model(),
    Group,
    SiteLink,
    Inspection,
    ContentPage,
    ArticlePage,
    LegalDocumentPage,
    LegalDocumentRelation,
    LegalDocumentFile,
    ProcedurePage,
    ProcedureLegalBasis,
    ProcedureSubmissionMethod,
    AttributedImage,
    AttributedDocument,
    PublishedItem,
    Quota,
    ReportingRule,
    WorkflowState,
    TaskState,
]


def snapshot():
    state = counts(MODELS)
    state["tagged"] = sum(article.tags.count() for article in ArticlePage.objects.all())
    return state


@pytest.mark.django_db
def test_second_run_changes_nothing(first_run_output):
    before = snapshot()

    output = run_load_demo()

    assert snapshot() == before
    assert output.strip() == NO_CHANGE_MESSAGE


@pytest.mark.django_db
def test_second_run_restores_deleted_pages_only_and_leaves_edited_ones_alone(demo):
    # A plain page, an article, a document and a procedure are deleted; a section intro and a procedure edited.
    ContentPage.objects.get(slug="dieu-kien-tu-nhien").delete()
    section = news_section(demo)
    section.intro = "Giới thiệu do biên tập viên viết."
    section.save_revision().publish()
    ArticlePage.objects.child_of(section).get(kind=ArticleKind.REPORTAGE).delete()
    replacing = district_document("qd-quy-che-mot-cua")
    replacing_slug = replacing.slug
    replacing.delete()
    commune = Unit.objects.select_related("site__root_page").get(site__hostname="son-my.localhost")
    procedures = ProcedurePage.objects.child_of(procedure_index(commune))
    procedures.get(slug="chung-thuc-chu-ky").delete()
    marriage = procedures.get(slug="dang-ky-ket-hon")
    marriage.fees = "Biên tập viên ghi mức phí riêng."
    marriage.save_revision().publish()
    before = snapshot()

    output = run_load_demo()

    assert output.strip() == (
        "Đã nạp dữ liệu mẫu huyện Hàm Tân: tạo 1 trang (trang chủ, chuyên mục, trang nội dung), 1 tin bài, "
        "1 văn bản, 1 thủ tục hành chính, 1 bài viết có đánh giá của bạn đọc."
    )  # the restored reportage gets its demo ratings again (the deletion took them with the page)
    after = snapshot()
    for model in ("ContentPage", "ArticlePage", "LegalDocumentPage", "ProcedurePage"):
        assert after[model] == before[model] + 1, model
    assert after["Page"] == before["Page"] + 4
    restored_article = ArticlePage.objects.child_of(section).get(kind=ArticleKind.REPORTAGE)
    assert restored_article.live and restored_article.contributing_unit.short_name == "Đài TT-TH"
    assert news_section(demo).intro == "Giới thiệu do biên tập viên viết."
    restored = LegalDocumentPage.objects.child_of(document_index(demo)).get(slug=replacing_slug)
    assert restored.live
    assert restored.relations.get().target == district_document("qd-quy-che-mot-cua-cu")
    assert procedures.get(slug="chung-thuc-chu-ky").live
    assert procedures.get(slug="dang-ky-ket-hon").specific.fees == "Biên tập viên ghi mức phí riêng."


@pytest.mark.django_db
def test_refuses_an_install_reachable_on_public_hostnames(settings, first_run_output):
    settings.ALLOWED_HOSTS = ["hamtan.binhthuan.gov.vn"]
    before = snapshot()

    with pytest.raises(CommandError, match="--force"):
        run_load_demo()

    assert snapshot() == before


@pytest.mark.django_db
def test_if_empty_skips_a_database_that_already_has_portals(first_run_output):
    before = snapshot()

    output = run_load_demo("--if-empty")

    assert snapshot() == before
    assert output.strip() == "Cơ sở dữ liệu đã có dữ liệu: bỏ qua dữ liệu mẫu."
