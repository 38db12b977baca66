"""Advertising policy: which links and embedded sources are advertising, tracking or hidden.

A host is advertising when the inspectors' advertising list covers it (`DomainLists`, loaded from
`DomainEntry` rows: the deny and allow lists are data); `.gov.vn` and the allow-list are exempt. A
web address is also advertising when it carries a paid-click or affiliate parameter (the sets
below). javascript: and data: links are reported at low severity by the scanner.
"""

from ..models import DomainCategory, DomainEntry, DomainList
from .links import LinkKind, find_domain, is_gov_vn, normalize_domain, parse_link

# Click identifiers added by advertising platforms to the landing page address of a paid ad.
# fbclid is left out on purpose: Facebook adds it to every link followed out of Facebook, paid or not.
AD_CLICK_PARAMS = frozenset({"gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ttclid", "twclid"})
# Parameters of affiliate networks (AccessTrade, MasOffer, Ecomobi, Lazada, Shopee, Amazon, ...).
AFFILIATE_PARAMS = frozenset(
    {
        "aff",
        "aff_id",
        "affid",
        "affiliate",
        "affiliate_id",
        "aff_sub",
        "aff_sub1",
        "aff_sub2",
        "aff_source",
        "aff_click_id",
        "aff_trace_key",
        "affiliate_code",
        "ref_aff",
        "tag",  # Amazon Associates
    }
)
PAID_UTM_MEDIUMS = frozenset(
    {
        "affiliate",
        "affiliates",
        "cpc",
        "ppc",
        "paid",
        "display",
        "cpm",
        "cpa",
        "banner",
        "paidsocial",
        "paid_social",
        "paid-social",
    }
)


def ad_parameter(link):
    """The affiliate or ad-click parameter of a web link, as "name=value", or None.

    Ordinary parameters (?id=5&trang=2) and plain campaign tags (utm_source, utm_campaign) are harmless.
    """
    for name, value in link.params:
        if name in AD_CLICK_PARAMS:
            return f"{name}={value}"
        if name in AFFILIATE_PARAMS and (name != "tag" or value.endswith("-20") or value.endswith("-21")):
            return f"{name}={value}"
        if name == "utm_medium" and value.strip().lower() in PAID_UTM_MEDIUMS:
            return f"{name}={value}"
    return None


class DomainLists:
    """The advertising list (domain -> category) and the allow-list, loaded once per scan or check."""

    def __init__(self, advertising=None, allowed=None):
        self.advertising = {}
        for domain, category in (advertising or {}).items():
            domain = normalize_domain(domain)
            if domain:
                self.advertising[domain] = category
        self.allowed = {normalize_domain(domain) for domain in (allowed or ())} - {""}

    @classmethod
    def load(cls):
        advertising, allowed = {}, set()
        for domain, list_name, category in DomainEntry.objects.values_list("domain", "list", "category"):
            if list_name == DomainList.ADVERTISING:
                advertising[domain] = category
            elif list_name == DomainList.ALLOWED:
                allowed.add(domain)
        return cls(advertising, allowed)

    def is_exempt(self, host):
        return is_gov_vn(host) or find_domain(host, self.allowed) is not None

    def advertising_match(self, host):
        """(listed domain, category) covering host, or None."""
        domain = find_domain(host, self.advertising)
        return (domain, self.advertising[domain]) if domain else None


def _category_label(category):
    try:
        return DomainCategory(category).label
    except ValueError:
        return str(category)


def link_problem(url, lists):
    """Why a link is an advertising link, as Vietnamese text, or None.

    Only web addresses are judged here: relative and internal links, mailto: and tel: are never
    advertising links; javascript: and data: links are `script_link_problem`'s.
    """
    link = parse_link(url)
    if link.kind != LinkKind.WEB or not link.host or lists.is_exempt(link.host):
        return None
    match = lists.advertising_match(link.host)
    if match:
        domain, category = match
        if category == DomainCategory.SHORTENER:
            return f"liên kết rút gọn che địa chỉ đích ({link.display_host})"
        return f"tên miền trong danh sách quảng cáo, thương mại – {_category_label(category)}: {domain}"
    parameter = ad_parameter(link)
    if parameter:
        return f"địa chỉ mang tham số quảng cáo, tiếp thị liên kết: {parameter}"
    return None


def script_link_problem(url):
    """A javascript: or data: link: not an address anyone can check, so it may hide where it leads.

    Reported under ads.link at low severity (the scanner lowers it): not proven advertising, but
    an inspector should look. Wagtail's rich text editor drops such links, so they come from imports
    or hand-edited data (site link lists, raw HTML).
    """
    kind = parse_link(url).kind
    if kind == LinkKind.JAVASCRIPT:
        return "liên kết javascript: chạy mã thay vì dẫn tới một địa chỉ kiểm tra được"
    if kind == LinkKind.DATA:
        return "liên kết data: chứa sẵn nội dung thay vì dẫn tới một địa chỉ kiểm tra được"
    return None


def embed_problem(url, lists):
    """Why an embedded source (script, frame, embed URL) loads advertising or tracking, or None."""
    link = parse_link(url)
    if link.kind != LinkKind.WEB or not link.host or lists.is_exempt(link.host):
        return None
    match = lists.advertising_match(link.host)
    if match:
        domain, category = match
        return f"tải nội dung từ {domain} ({_category_label(category)})"
    return None
