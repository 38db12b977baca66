"""The reports' ledger follows what is live: publish, republish, unpublish, move, delete."""

import pytest

from django.core.management import call_command

from articles.models import ArticleKind
from reports.apps import fill_ledger_after_upgrade
from reports.models import PublishedItem
from tests.articles.factories import ArticlePageFactory, local_datetime, news_section
from tests.factories import ImageFactory
from tests.helpers import run_command
from tests.legal_docs.factories import LegalDocumentPageFactory, ProcedurePageFactory, document_index, procedure_index

from .factories import unit_under

pytestmark = pytest.mark.usefixtures("media_root")


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return PublishedItem.objects.get(page_id=page.pk)


def draft_article(site, **fields):
    return ArticlePageFactory(parent=news_section(site), live=False, **fields)


def test_publishing_records_kind_date_unit_and_distinct_photos(commune):
    photo, other = ImageFactory(), ImageFactory()
    body = [
        ("image", {"image": photo, "caption": "Toàn cảnh"}),
        ("image", {"image": other, "caption": ""}),
        ("image", {"image": photo, "caption": "Lặp lại"}),
    ]
    article = draft_article(
        commune.site,
        kind=ArticleKind.REPORTAGE,
        featured_image=other,
        body=body,
        published_at=local_datetime(2026, 3, 2),
    )
    item = published(article)
    assert (item.kind, item.site_id, item.unit_id, item.photos) == ("phong_su", commune.site_id, commune.pk, 2)
    assert item.published_at == local_datetime(2026, 3, 2) and item.author == article.author


def test_the_contributing_unit_takes_the_credit_and_a_republish_follows_changes(district, commune):
    department = unit_under(district, "Phòng Y tế")
    article = draft_article(district.site, contributing_unit=department)
    assert published(article).unit_id == department.pk
    article.contributing_unit = None
    article.kind = ArticleKind.ARTICLE
    item = published(article)
    assert (item.unit_id, item.kind) == (district.pk, "bai")


def test_unpublishing_and_deleting_remove_the_item(commune):
    article = draft_article(commune.site)
    published(article)
    article.unpublish()
    assert not PublishedItem.objects.filter(page_id=article.pk).exists()
    published(article)
    article.delete()
    assert not PublishedItem.objects.filter(page_id=article.pk).exists()


def test_moving_a_page_to_another_portal_moves_its_credit(commune, other_commune):
    article = draft_article(commune.site)
    published(article)
    article.move(news_section(other_commune.site), pos="last-child")
    item = PublishedItem.objects.get(page_id=article.pk)
    assert (item.site_id, item.unit_id) == (other_commune.site_id, other_commune.pk)


def test_documents_and_procedures_are_counted_for_the_portals_unit(commune):
    document = LegalDocumentPageFactory(parent=document_index(commune.site), live=False)
    procedure = ProcedurePageFactory(parent=procedure_index(commune.site), live=False)
    assert (published(document).kind, published(document).unit_id) == ("van_ban", commune.pk)
    assert published(procedure).kind == "thu_tuc"


def test_rebuild_command_and_upgrade_fill_the_ledger_from_live_pages(commune):
    live = ArticlePageFactory(parent=news_section(commune.site))  # live without a publish signal
    draft_article(commune.site)
    PublishedItem.objects.create(page=draft_article(commune.site), kind="tin", published_at=live.published_at)
    result = run_command("rebuild_report_items")
    assert result.error is None and "mục đang xuất bản" in result.stdout
    assert set(PublishedItem.objects.values_list("page_id", flat=True)) >= {live.pk}
    assert not PublishedItem.objects.filter(page__live=False).exists()

    PublishedItem.objects.all().delete()
    fill_ledger_after_upgrade(sender=None, using="default")
    assert PublishedItem.objects.filter(page_id=live.pk).exists()


def test_a_failing_ledger_never_stops_a_publish(commune, monkeypatch, caplog):
    import reports.receivers

    def broken(page_ids):
        raise RuntimeError("ổ đĩa đầy")

    monkeypatch.setattr(reports.receivers, "record_pages", broken)
    article = draft_article(commune.site)
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.live
    assert "Không cập nhật được sổ tin bài" in caplog.text
    call_command("rebuild_report_items")
    assert PublishedItem.objects.filter(page_id=article.pk).exists()
