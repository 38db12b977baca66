"""Reading links as a browser would, whatever editors typed (pure functions, no database).

Parsing is `compliance.rules.links`; the advertising parameters are `compliance.rules.advertising`.
"""

import pytest

from compliance.rules.advertising import ad_parameter
from compliance.rules.links import (
    LinkKind,
    find_domain,
    host_to_unicode,
    is_gov_vn,
    normalize_domain,
    parent_domains,
    parse_link,
)


@pytest.mark.parametrize(
    "raw, kind, host",
    [
        ("https://shopee.vn/ao", LinkKind.WEB, "shopee.vn"),
        ("HTTP://Shopee.VN:8080/a?x=1", LinkKind.WEB, "shopee.vn"),
        ("HTTPS://WWW.Example.COM.:443/", LinkKind.WEB, "www.example.com"),
        ("http://user:mat-khau@fb88.com./x", LinkKind.WEB, "fb88.com"),
        ("//bit.ly/x", LinkKind.WEB, "bit.ly"),
        ("www.w88.com/dang-ky", LinkKind.WEB, "www.w88.com"),
        ("shopee.vn:8080/x", LinkKind.WEB, "shopee.vn"),
        ("  https://tiki.vn/\n", LinkKind.WEB, "tiki.vn"),
        ("https://bóng-đá.vn/keo", LinkKind.WEB, "xn--bng--8na8hpj.vn"),
        ("https://BÓNG-ĐÁ.VN/keo", LinkKind.WEB, "xn--bng--8na8hpj.vn"),
        ("http://xn--bng--8na8hpj.vn", LinkKind.WEB, "xn--bng--8na8hpj.vn"),
        ("http:\\\\fb88.com\\x", LinkKind.WEB, "fb88.com"),
        ("http://", LinkKind.OTHER, ""),
        ("https:///duong-dan", LinkKind.OTHER, ""),
        ("http://[::1", LinkKind.OTHER, ""),
        ("http://exa$mple.com", LinkKind.OTHER, ""),
        ("javascript:alert(1)", LinkKind.JAVASCRIPT, ""),
        (" JavaScript:void(0)", LinkKind.JAVASCRIPT, ""),
        ("data:text/html,<script>", LinkKind.DATA, ""),
        ("mailto:ubnd@tanha.gov.vn", LinkKind.MAILTO, ""),
        ("tel:+842523888888", LinkKind.TEL, ""),
        ("ftp://ftp.example.com", LinkKind.OTHER, ""),
        ("/tin-tuc/", LinkKind.RELATIVE, ""),
        ("../van-ban.html", LinkKind.RELATIVE, ""),
        ("anh.jpg", LinkKind.RELATIVE, ""),
        ("#muc-2", LinkKind.RELATIVE, ""),
        ("?trang=2", LinkKind.RELATIVE, ""),
        ("", LinkKind.EMPTY, ""),
        ("   ", LinkKind.EMPTY, ""),
        (None, LinkKind.EMPTY, ""),
    ],
)
def test_parse_link(raw, kind, host):
    link = parse_link(raw)
    assert (link.kind, link.host) == (kind, host)


def test_unicode_hosts_read_both_ways():
    assert host_to_unicode("xn--bng--8na8hpj.vn") == "bóng-đá.vn"
    assert parse_link("http://xn--bng--8na8hpj.vn").display_host == "bóng-đá.vn"
    assert host_to_unicode("xn--zz.vn") == "xn--zz.vn"  # not decodable: left as it is
    assert host_to_unicode("shopee.vn") == "shopee.vn"


@pytest.mark.parametrize(
    "typed, domain",
    [
        ("shopee.vn", "shopee.vn"),
        ("https://www.Shopee.vn/", "shopee.vn"),
        ("*.fb88.com", "fb88.com"),
        ("bóng-đá.vn", "xn--bng--8na8hpj.vn"),
        ("  BIT.LY. ", "bit.ly"),
        ("", ""),
        ("http://", ""),
    ],
)
def test_normalize_domain(typed, domain):
    assert normalize_domain(typed) == domain


def test_parent_domains_and_matching():
    assert parent_domains("a.b.shopee.vn") == ["a.b.shopee.vn", "b.shopee.vn", "shopee.vn", "vn"]
    assert find_domain("m.shopee.vn", {"shopee.vn"}) == "shopee.vn"
    assert find_domain("notshopee.vn", {"shopee.vn"}) is None
    assert find_domain("", {"shopee.vn"}) is None


def test_gov_vn():
    assert is_gov_vn("gov.vn") and is_gov_vn("dichvucong.gov.vn") and is_gov_vn("tanha.binhthuan.gov.vn")
    assert not is_gov_vn("gov.vn.fb88.com") and not is_gov_vn("xgov.vn")


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("https://example.com/?aff_id=12", "aff_id=12"),
        ("https://example.com/?AFF=1", "aff=1"),
        ("https://example.com/?affiliate=abc", "affiliate=abc"),
        ("https://example.com/?aff_sub=x", "aff_sub=x"),
        ("https://example.com/?utm_medium=affiliate", "utm_medium=affiliate"),
        ("https://example.com/?utm_medium=CPC", "utm_medium=CPC"),
        ("https://shopee.vn/a?utm_source=an_1&utm_medium=affiliates", "utm_medium=affiliates"),
        ("https://example.com/?gclid=abc", "gclid=abc"),
        ("https://example.com/?msclkid=abc", "msclkid=abc"),
        ("https://amazon.example/dp/1?tag=shop-20", "tag=shop-20"),
        ("https://example.com/?id=5&page=2", None),
        ("https://example.com/?utm_source=zalo&utm_campaign=tet&utm_medium=social", None),
        ("https://example.com/?fbclid=IwAR0", None),
        ("https://example.com/?tag=tin-tuc", None),
        ("https://example.com/?q=%zz&&=", None),
    ],
)
def test_ad_parameters(url, parameter):
    assert ad_parameter(parse_link(url)) == parameter
