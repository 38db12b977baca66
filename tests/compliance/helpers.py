"""What the compliance test modules share: the admin's addresses, stored findings, reading state.

Test modules import these from here (or from `factories.py`), never from each other.
"""

import itertools

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.models import PageLogEntry
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.models import ArticlePage
from compliance.models import DomainEntry, Finding, FindingStatus, Inspection, ObjectKind, RuleText, Severity
from compliance.publish_check import OVERRIDE_ACTION
from tests.articles.factories import ArticlePageFactory, article_form_data, news_section

ROOT = "/admin/kiem-tra-tuan-thu/"
FINDINGS = ROOT + "vi-pham/"
INSPECTIONS = ROOT + "lich-su/"
DOMAINS = ROOT + "ten-mien/"
RULE_TEXTS = ROOT + "can-cu-phap-ly/"
SCAN_NOW = ROOT + "quet/"

_numbers = itertools.count(1)


def finding(site, message, *, page=None, rule="ads.link", severity=Severity.HIGH, status=FindingStatus.OPEN, **extra):
    """A stored finding, as a scan leaves it."""
    number = next(_numbers)
    return Finding.objects.create(
        fingerprint=f"test-{number}-{message}"[:64],
        site=site,
        page=page,
        object_kind=ObjectKind.PAGE if page else ObjectKind.SITE_LINK,
        object_id=page.pk if page else number,
        rule=rule,
        severity=severity,
        message=message,
        evidence=extra.pop("evidence", f"https://fb88.example/{number}"),
        status=status,
        **extra,
    )


def article_on(site, title):
    return ArticlePageFactory(parent=news_section(site), title=title)


def betting_article(site, title):
    from tests.compliance.factories import article, paragraph

    return article(site, title=title, body=[paragraph('<p>Xem <a href="https://fb88.com/khuyen-mai">tại đây</a>.</p>')])


def text(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def finding_state(target):
    """What a waiver or a reopening changes on a finding, read from the database."""
    return Finding.objects.filter(pk=target.pk).values_list(
        "status", "waived_by_id", "waived_at", "waive_reason", "resolved_at"
    )[0]


def domain_lists():
    return sorted(DomainEntry.objects.values_list("domain", "list", "category", "note"))


def rule_texts():
    return sorted(RuleText.objects.values_list("code", "legal_basis"))


def inspections_and_findings():
    return (
        sorted(Inspection.objects.values_list("pk", "trigger")),
        sorted(Finding.objects.values_list("pk", "status", "last_seen_at")),
    )


# --- publishing through the admin (the publish-step tests) -------------------------------------

ADS_URL = "https://fb88.com/khuyen-mai"
ADS_HTML = f'<p>Nhận ưu đãi tại <a href="{ADS_URL}">trang khuyến mãi</a> hôm nay.</p>'
COPIED_HTML = "<p>Theo báo Tuổi Trẻ, giá thanh long ruột đỏ tăng gấp đôi so với tháng trước.</p>"
CLEAN_HTML = '<p>Xem chi tiết trên <a href="https://binhthuan.gov.vn/tin-tuc">Cổng thông tin tỉnh</a>.</p>'

REFUSED = "Không xuất bản"
WARNED = "Xuất bản kèm cảnh báo tuân thủ"
REASON = "Đường dẫn đã được Sở TT&TT xác nhận là trang của nhà tài trợ chương trình, không phải quảng cáo."


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def joined(response):
    return "\n".join(messages_of(response))


def body_form(html):
    return nested_form_data({"body": streamfield([("paragraph", rich_text(html))])})


def draft_article(site, title, html, **kwargs):
    """A never-published article whose latest revision carries `html` in its body."""
    page = ArticlePageFactory(
        parent=news_section(site), title=title, live=False, body=[("paragraph", RichText(html))], **kwargs
    )
    page.save_revision()
    return page


def edit_post(client, page, html, **extra):
    data = article_form_data(page.title, page.slug, summary=page.summary, **body_form(html), **extra)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def publish(client, page, html, **extra):
    return edit_post(client, page, html, **{"action-publish": "action-publish", **extra})


def refreshed(page):
    return ArticlePage.objects.get(pk=page.pk)


def latest_body(page):
    return str(refreshed(page).get_latest_revision_as_object().body[0].value)


def override_entries(page):
    return PageLogEntry.objects.filter(page=page, action=OVERRIDE_ACTION)
