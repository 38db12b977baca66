"""Compliance rescans inside a publishing batch (an article import): once per batch, same findings."""

from unittest import mock

import pytest

from wagtail.models import Page

from compliance import receivers
from compliance.models import Finding, FindingStatus, Inspection, ObjectKind, Trigger
from compliance.scanner import rescan_page
from tests.articles.test_import import article_line, imported, run_import, write_jsonl

pytestmark = pytest.mark.usefixtures("media_root")

BETTING = '<p>Xem <a href="https://fb88.com/khuyen-mai">tại đây</a>.</p>'


def lines(count, bad=()):
    return [
        article_line(
            external_id=f"tin-{number}", title=f"Tin số {number}", body_html=BETTING if number in bad else "<p>Tốt.</p>"
        )
        for number in range(1, count + 1)
    ]


def test_an_import_rescans_all_its_articles_once_and_still_finds_a_betting_link(commune, tmp_path):
    path = write_jsonl(tmp_path, lines(5, bad={2}))
    with (
        mock.patch.object(receivers, "rescan_pages", wraps=receivers.rescan_pages) as bulk,
        mock.patch.object(receivers, "rescan_page", wraps=rescan_page) as single,
    ):
        _out, _err, error = run_import(path)
    assert error is None
    assert bulk.call_count == 1 and single.call_count == 0
    assert sorted(bulk.call_args.args[0]) == sorted(
        page.pk for page in published_pages(commune, 5)
    )  # the sections the import created are published too, and rescanned with the articles
    inspections = Inspection.objects.filter(trigger=Trigger.PUBLISH)
    assert inspections.count() == 1
    assert inspections.get().pages_scanned == len(bulk.call_args.args[0])
    bad = imported(commune, "tin-2").get()
    found = Finding.objects.filter(site=commune.site, object_kind=ObjectKind.PAGE)
    assert [(finding.page_id, finding.evidence, finding.status) for finding in found] == [
        (bad.pk, "https://fb88.com/khuyen-mai", FindingStatus.OPEN)
    ]


def published_pages(commune, count):
    articles = [imported(commune, f"tin-{number}").get() for number in range(1, count + 1)]
    sections = Page.objects.filter(pk__in={page.get_parent().pk for page in articles})
    return [*articles, *sections]


def test_a_reimport_that_fixes_the_link_resolves_the_finding(commune, tmp_path):
    run_import(write_jsonl(tmp_path, lines(3, bad={1, 3})))
    assert Finding.objects.filter(site=commune.site, status=FindingStatus.OPEN).count() == 2
    run_import(write_jsonl(tmp_path, lines(3, bad={3}), name="lan-2.jsonl"))
    open_pages = Finding.objects.filter(site=commune.site, status=FindingStatus.OPEN).values_list("page_id", flat=True)
    assert list(open_pages) == [imported(commune, "tin-3").get().pk]
    assert Finding.objects.filter(site=commune.site, status=FindingStatus.RESOLVED).count() == 1


def test_a_failing_batch_rescan_never_stops_the_import(commune, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("máy quét hỏng")

    monkeypatch.setattr(receivers, "rescan_pages", broken)
    _out, _err, error = run_import(write_jsonl(tmp_path, lines(2, bad={1})))
    assert error is None
    assert imported(commune, "tin-1").get().live
    assert not Finding.objects.exists()
