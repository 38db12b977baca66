"""The import writes a batch's new articles together (articles/importing/bulk.py): what it stores
must be what Wagtail's own publish stores, page by page."""

import json
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from unittest import mock

import pytest

from django.conf import settings
from django.db import IntegrityError, connection

from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.rich_text import RichText
from wagtail.signals import page_published

from articles.importing import clean_body_html
from articles.importing.bulk import NewArticleBatch
from articles.models import ArticlePage, NewsIndexPage
from sites.models import Unit
from tests.articles.test_import import article_line, imported, run_import, stored_files, write_jsonl, write_png

pytestmark = pytest.mark.usefixtures("media_root")

VIETNAM = timezone(timedelta(hours=7))
# Keys of a revision that differ between any two pages, however they were made.
OWN_KEYS = {"pk", "path", "url_path", "slug", "translation_key", "external_id", "tagged_items", "body"}


def news_section(unit):
    slug = next(section["slug"] for section in settings.PORTAL_STANDARD_SECTIONS if section.get("news"))
    return NewsIndexPage.objects.child_of(unit.site.root_page).get(slug=slug)


def published_through_wagtail(section, department, image):
    """The same article as `article_line()` with one photo, made the way an editor's publish makes it."""
    line = article_line()
    page = ArticlePage(
        title=line["title"],
        slug="qua-wagtail",
        kind=line["kind"],
        summary=line["summary"],
        author=line["author"],
        contributing_unit=department,
        published_at=datetime(2017, 3, 1, 15, 2, 43, tzinfo=VIETNAM),
        featured_image=image,
        body=[
            ("paragraph", RichText(clean_body_html(line["body_html"]))),
            ("image", {"image": {"image": image, "alt_text": "Ảnh", "decorative": False}, "caption": "Ảnh"}),
        ],
        live=False,
    )
    page.tags.set(line["tags"])
    section.add_child(instance=page)
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=page.pk)


def references(page):
    return sorted(
        ReferenceIndex.objects.filter(object_id=str(page.pk), base_content_type__model="page").values_list(
            "to_content_type__model", "to_object_id", "model_path"
        )
    )


@pytest.mark.django_db
def test_an_imported_article_is_stored_as_wagtails_publish_stores_it(commune, district, tmp_path):
    write_png(tmp_path, "anh.png", (10, 20, 30))
    section = news_section(commune)
    path = write_jsonl(
        tmp_path,
        [
            article_line(
                section=section.title,
                images=[{"file": "anh.png", "caption": "Ảnh", "author": "Ngọc Hân"}],
            )
        ],
    )
    out, _err, error = run_import(path)
    assert error is None, out
    page = imported(commune).get()
    department = Unit.objects.get(parent=district, name="Phòng Văn hóa và Thông tin")
    wagtail_page = published_through_wagtail(news_section(commune), department, page.featured_image)

    assert page.get_parent().pk == wagtail_page.get_parent().pk == section.pk
    for name in ("live", "has_unpublished_changes", "draft_title", "depth", "numchild", "locale_id", "content_type_id"):
        assert getattr(page, name) == getattr(wagtail_page, name), name
    assert page.url_path == f"{section.url_path}{page.slug}/"
    assert page.latest_revision_id == page.live_revision_id
    assert wagtail_page.latest_revision_id == wagtail_page.live_revision_id
    assert (page.search_text, page.title_text) == (wagtail_page.search_text, wagtail_page.title_text)

    revision, wagtail_revision = page.live_revision, wagtail_page.live_revision
    assert (revision.content_type_id, revision.base_content_type_id, revision.object_str) == (
        wagtail_revision.content_type_id,
        wagtail_revision.base_content_type_id,
        wagtail_revision.object_str,
    )
    own = {key: value for key, value in revision.content.items() if key not in OWN_KEYS}
    theirs = {key: value for key, value in wagtail_revision.content.items() if key not in OWN_KEYS}
    assert own.keys() == theirs.keys()
    different = {key for key in own if own[key] != theirs[key]}
    # The import keeps the old portal's dates; Wagtail's publish stamps "now".
    assert different <= {"latest_revision_created_at", "first_published_at", "last_published_at"}

    def blocks(content):  # block ids are random
        return [(block["type"], block["value"]) for block in json.loads(content["body"])]

    assert blocks(revision.content) == blocks(wagtail_revision.content)
    assert [item["tag"] for item in revision.content["tagged_items"]] == [
        item["tag"] for item in wagtail_revision.content["tagged_items"]
    ]
    assert revision.as_object().body.raw_data[0]["value"] == page.body.raw_data[0]["value"]

    def log(p):
        return sorted(
            (entry.action, entry.revision_id is not None, entry.content_changed, entry.label, entry.user_id)
            for entry in PageLogEntry.objects.filter(page_id=p.pk)
        )

    assert log(page) == log(wagtail_page)
    assert [entry[0] for entry in log(page)] == ["wagtail.create", "wagtail.publish"]
    assert PageLogEntry.objects.get(page_id=page.pk, action="wagtail.publish").revision_id == revision.pk

    assert sorted(page.tags.names()) == sorted(wagtail_page.tags.names())
    assert references(page) == references(wagtail_page) != []
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_new_articles_go_after_a_sections_existing_pages_in_file_order_with_free_slugs(commune, tmp_path):
    section = news_section(commune)
    existing = section.add_child(instance=ArticlePage(title="Bài có sẵn", slug="tin-trung"))
    path = write_jsonl(
        tmp_path,
        [
            article_line(external_id=str(number), title=title, section=section.title)
            for number, title in enumerate(["Tin trùng", "Tin trùng", "Tin mới"], start=1)
        ],
    )

    out, _err, error = run_import(path)

    assert error is None and "3 bài mới" in out
    children = list(Page.objects.child_of(news_section(commune)))
    assert [child.slug for child in children] == ["tin-trung", "tin-trung-1", "tin-trung-2", "tin-moi"]
    assert children[0].pk == existing.pk
    assert news_section(commune).numchild == 4
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_an_article_twice_in_one_batch_is_created_once_and_updated(commune, tmp_path):
    path = write_jsonl(
        tmp_path,
        [
            article_line(external_id="lap", title="Bản đầu"),
            article_line(external_id="khac", title="Bài khác"),
            article_line(external_id="lap", title="Bản sửa"),
        ],
    )

    out, _err, error = run_import(path)

    assert error is None and "2 bài mới, 1 bài cập nhật, 0 dòng lỗi" in out
    page = imported(commune, "lap").get()
    assert page.title == "Bản sửa" and page.revisions.count() == 2
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_every_imported_article_is_announced_as_published(commune, tmp_path):
    announced = []

    def receiver(sender, instance, revision, **kwargs):
        if sender is ArticlePage:  # the sections created on the way are published too
            announced.append((sender, instance.external_id, revision.pk == instance.live_revision_id))

    page_published.connect(receiver, dispatch_uid="test_import_bulk_announced")
    try:
        out, _err, error = run_import(write_jsonl(tmp_path, [article_line(external_id=str(n)) for n in range(3)]))
    finally:
        page_published.disconnect(dispatch_uid="test_import_bulk_announced")
    assert error is None
    assert Counter(announced) == Counter((ArticlePage, str(n), True) for n in range(3))


@pytest.mark.django_db
def test_a_row_the_database_refuses_is_reported_and_the_rest_of_its_batch_is_written(commune, tmp_path):
    write_png(tmp_path, "bi-tu-choi.png", (9, 9, 9))
    path = write_jsonl(
        tmp_path,
        [
            article_line(external_id="1", title="Tin thứ nhất"),
            article_line(external_id="2", title="Tin bị từ chối", images=[{"file": "bi-tu-choi.png"}]),
            article_line(external_id="3", title="Tin thứ ba"),
        ],
    )
    serializable_data = ArticlePage.serializable_data

    def refuse_one(page, *args, **kwargs):
        if page.title == "Tin bị từ chối":
            raise IntegrityError("giả lập: cơ sở dữ liệu không nhận dòng này")
        return serializable_data(page, *args, **kwargs)

    # The batch's revisions are made after its rows are written: the refusal comes half-way.
    with mock.patch.object(ArticlePage, "serializable_data", refuse_one):
        out, err, error = run_import(path)

    assert error is not None and "2 bài mới, 0 bài cập nhật, 1 dòng lỗi" in out
    assert "Dòng 2: cơ sở dữ liệu từ chối dữ liệu (giả lập" in err
    assert sorted(
        ArticlePage.objects.in_site(commune.site).filter(external_id__in="123").values_list("external_id", flat=True)
    ) == ["1", "3"]
    # The refused line's photo goes with it, as when any other part of a line fails.
    assert not get_image_model().objects.filter(title="bi-tu-choi.png").exists()
    assert stored_files("bi-tu-choi") == []
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_a_batch_of_new_articles_takes_a_few_queries_per_article(commune, tmp_path):
    count = 60
    path = write_jsonl(tmp_path, [article_line(external_id=str(n), title=f"Tin số {n}") for n in range(count)])
    run_import(write_jsonl(tmp_path, [article_line(external_id="dau")], name="dau.jsonl"))  # sections, unit, tags
    statements = []

    def count_statement(execute, sql, params, many, context):
        statements.append(re.sub(r"\s+", " ", sql)[:60])
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count_statement):
        out, _err, error = run_import(path)

    assert error is None and f"{count} bài mới" in out
    # Publishing each through Wagtail took about 75 queries an article.
    assert len(statements) / count < 3, Counter(statements).most_common(8)
    assert Revision.objects.filter(object_id__in=[str(p.pk) for p in ArticlePage.objects.all()]).count() == count + 1


@pytest.mark.django_db
def test_a_page_an_editor_adds_while_a_batch_is_prepared_keeps_its_place(commune, tmp_path):
    path = write_jsonl(tmp_path, [article_line(external_id=str(n), title=f"Tin số {n}") for n in range(3)])
    run_import(write_jsonl(tmp_path, [article_line(external_id="dau")], name="dau.jsonl"))
    section = imported(commune, "dau").get().get_parent()
    write = NewArticleBatch.write

    def editor_adds_a_page_first(batch):
        Page.objects.get(pk=section.pk).add_child(instance=ArticlePage(title="Bài biên tập viên", slug="bien-tap"))
        return write(batch)

    with mock.patch.object(NewArticleBatch, "write", editor_adds_a_page_first):
        out, err, error = run_import(path)

    assert error is None and "3 bài mới, 0 bài cập nhật, 0 dòng lỗi" in out, err
    slugs = [page.slug for page in Page.objects.child_of(section)]
    assert slugs[-4:] == ["bien-tap", "tin-so-0", "tin-so-1", "tin-so-2"]
    assert Page.find_problems() == ([], [], [], [], [])
