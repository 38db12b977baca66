"""The inspector's admin, reference data: the domain lists and the rules' legal-basis texts."""

import pytest

from compliance.models import DomainEntry, Finding, RuleText
from tests.compliance.helpers import DOMAINS, ROOT, RULE_TEXTS, domain_lists, rule_texts, text
from tests.helpers import assert_refused, unchanged

pytestmark = pytest.mark.django_db


def test_inspector_adds_edits_and_deletes_domain_entries(client, login):
    login("inspector")
    response = client.post(
        DOMAINS + "new/",
        {
            "domain": "https://WWW.Cacuoc-Moi.example/khuyen-mai",
            "list": "advertising",
            "category": "betting",
            "note": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = DomainEntry.objects.get(domain="cacuoc-moi.example", list="advertising")
    assert "cacuoc-moi.example" in text(client.get(DOMAINS, {"q": "cacuoc"}))
    response = client.post(
        f"{DOMAINS}edit/{entry.pk}/",
        {"domain": "cacuoc-moi.example", "list": "advertising", "category": "betting", "note": "Báo cáo của Sở"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.note == "Báo cáo của Sở"
    assert client.post(f"{DOMAINS}delete/{entry.pk}/").status_code == 302
    assert not DomainEntry.objects.filter(pk=entry.pk).exists()


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("*.Cuoc-Moi88.com", "cuoc-moi88.com"),
        ("//www.cho-moi.example/san-pham", "cho-moi.example"),
        ("bóng-đá.vn", "xn--bng--8na8hpj.vn"),
    ],
)
def test_domains_are_stored_the_way_the_scanner_compares_them(client, login, typed, stored):
    login("inspector")
    response = client.post(DOMAINS + "new/", {"domain": typed, "list": "advertising", "category": "other"})
    assert response.status_code == 302
    assert DomainEntry.objects.filter(domain=stored, list="advertising").exists()


def test_domain_entries_are_validated_in_vietnamese(client, login):
    DomainEntry.objects.get_or_create(domain="trung-lap.example", list="advertising")
    login("inspector")
    for typed in ("không phải tên miền", "localhost", "http://192.168.1.1/"):
        bad = text(client.post(DOMAINS + "new/", {"domain": typed, "list": "advertising", "category": "other"}))
        assert "Tên miền không hợp lệ" in bad, typed
    twice = text(
        client.post(DOMAINS + "new/", {"domain": "trung-lap.example", "list": "advertising", "category": "other"})
    )
    assert "Tên miền này đã có trong danh sách đã chọn." in twice


@pytest.mark.parametrize("username", ["board", "editor", "chief"])
def test_others_cannot_touch_the_domain_lists(client, login, username):
    entry, _ = DomainEntry.objects.get_or_create(domain="giu-nguyen.example", list="advertising")
    login(username)
    with unchanged(domain_lists):
        assert_refused(client.get(DOMAINS))
        assert_refused(client.get(DOMAINS + "new/"))
        response = client.post(DOMAINS + "new/", {"domain": "chen-vao.example", "list": "allowed", "category": "other"})
        assert_refused(response)
        assert not DomainEntry.objects.filter(domain="chen-vao.example").exists()
        assert_refused(client.post(f"{DOMAINS}delete/{entry.pk}/"))
        assert_refused(client.post(f"{DOMAINS}edit/{entry.pk}/", {"domain": "doi-ten.example", "list": "allowed"}))
    assert DomainEntry.objects.filter(pk=entry.pk).exists()


def test_inspector_edits_only_the_legal_basis(client, login):
    rule_text, _ = RuleText.objects.get_or_create(code="ads.link", defaults={"legal_basis": "Nghị định cũ"})
    login("inspector")
    html = text(client.get(RULE_TEXTS))
    assert "Liên kết quảng cáo, thương mại" in html
    response = client.post(
        f"{RULE_TEXTS}edit/{rule_text.pk}/",
        {"legal_basis": "Nghị định 147/2024/NĐ-CP, Điều 23", "code": "doi.ma"},
    )
    assert response.status_code == 302
    rule_text.refresh_from_db()
    assert rule_text.legal_basis == "Nghị định 147/2024/NĐ-CP, Điều 23"
    assert rule_text.code == "ads.link"
    assert client.get(RULE_TEXTS + "new/").status_code == 404
    assert client.post(f"{RULE_TEXTS}delete/{rule_text.pk}/").status_code == 404
    assert RuleText.objects.filter(pk=rule_text.pk).exists()


@pytest.mark.parametrize("username", ["board", "editor"])
def test_others_cannot_edit_the_legal_basis(client, login, username):
    rule_text, _ = RuleText.objects.get_or_create(code="ads.link", defaults={"legal_basis": "Nghị định cũ"})
    before = rule_text.legal_basis
    login(username)
    with unchanged(rule_texts):
        assert_refused(client.post(f"{RULE_TEXTS}edit/{rule_text.pk}/", {"legal_basis": "Đã sửa trái phép"}))
    rule_text.refresh_from_db()
    assert rule_text.legal_basis == before


def test_a_domain_listed_in_the_admin_is_flagged_by_the_next_scan(client, login, commune):
    from tests.compliance.factories import article, paragraph

    page = article(commune.site, body=[paragraph('<p>Mua tại <a href="https://shop.cho-moi.example/ao">đây</a>.</p>')])
    login("inspector")
    client.post(ROOT + "quet/", {"site": commune.site.pk})
    assert not Finding.objects.filter(page=page, rule="ads.link").exists()
    response = client.post(DOMAINS + "new/", {"domain": "cho-moi.example", "list": "advertising", "category": "shop"})
    assert response.status_code == 302
    client.post(ROOT + "quet/", {"site": commune.site.pk})
    assert Finding.objects.get(page=page, rule="ads.link").evidence == "https://shop.cho-moi.example/ao"
