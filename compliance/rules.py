"""The compliance rules: codes, severities, texts, and the checks over extracted content.

The checks are pure functions over `extraction.PageContent`, image rows and the domain lists;
`compliance.scanner` decides which objects to check and stores what they find. What inspectors
edit (the legal basis of each rule, the advertising and allowed domains) lives in the database.
"""

import re
import unicodedata
from dataclasses import dataclass

from .links import LinkKind, ad_parameter, find_domain, is_gov_vn, normalize_domain, parse_link
from .models import DomainCategory, DomainEntry, DomainList, RuleText, Severity

IMAGE_ATTRIBUTION = "copyright.image_attribution"
REPUBLISHED_WITHOUT_PERMISSION = "copyright.republished_without_permission"
UNATTRIBUTED_COPY = "copyright.unattributed_copy"
ADS_LINK = "ads.link"
ADS_EMBED = "ads.embed"
PAGE_ERROR = "scan.page_error"

COPYRIGHT_BASIS = (
    "Luật Sở hữu trí tuệ số 50/2005/QH11 (sửa đổi, bổ sung bởi các Luật số 36/2009/QH12, 42/2019/QH14 "
    "và 07/2022/QH15): tác phẩm, ảnh chỉ được sử dụng khi có sự đồng ý của chủ sở hữu quyền tác giả, "
    "trừ các trường hợp luật cho phép, và phải nêu tên tác giả, nguồn gốc tác phẩm. "
    "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và "
    "dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng."
)
REPUBLISH_BASIS = (
    COPYRIGHT_BASIS + " Luật Báo chí số 103/2016/QH13: trích dẫn, đăng lại thông tin của cơ quan báo chí phải "
    "ghi rõ nguồn và được sự đồng ý khi pháp luật yêu cầu."
)
ADS_BASIS = (
    "Luật Quảng cáo số 16/2012/QH13 (đã được sửa đổi, bổ sung) và Nghị định số 181/2013/NĐ-CP quy định chi tiết "
    "thi hành Luật Quảng cáo. Nghị định số 42/2022/NĐ-CP của Chính phủ về cung cấp thông tin và dịch vụ công "
    "trực tuyến của cơ quan nhà nước trên môi trường mạng."
)
PAGE_ERROR_BASIS = (
    "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công "
    "trực tuyến của cơ quan nhà nước trên môi trường mạng. Trang không kiểm tra được thì chưa xác định được "
    "nội dung có bảo đảm bản quyền và không chứa quảng cáo hay không."
)


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    title: str
    message: str
    default_legal_basis: str


RULES = {
    rule.code: rule
    for rule in [
        Rule(
            IMAGE_ATTRIBUTION,
            Severity.HIGH,
            "Ảnh thiếu thông tin bản quyền",
            "Ảnh dùng trên trang chưa ghi đủ tác giả, nguồn và căn cứ bản quyền (giấy phép, văn bản đồng ý).",
            COPYRIGHT_BASIS,
        ),
        Rule(
            REPUBLISHED_WITHOUT_PERMISSION,
            Severity.HIGH,
            "Đăng lại nội dung chưa có văn bản cho phép",
            "Tin bài lấy từ cơ quan báo chí, trang khác (điểm báo hoặc có ghi nguồn) chưa ghi văn bản "
            "cho phép đăng lại.",
            REPUBLISH_BASIS,
        ),
        Rule(
            UNATTRIBUTED_COPY,
            Severity.MEDIUM,
            "Nội dung lấy từ nơi khác chưa ghi nguồn",
            "Nội dung cho biết được lấy từ cơ quan báo chí, trang khác nhưng trang chưa ghi nguồn (tên báo, "
            "địa chỉ bài gốc).",
            REPUBLISH_BASIS,
        ),
        Rule(
            ADS_LINK,
            Severity.HIGH,
            "Liên kết quảng cáo, thương mại",
            "Liên kết tới trang quảng cáo, cá cược, bán hàng, tiếp thị liên kết hoặc liên kết rút gọn che "
            "địa chỉ đích.",
            ADS_BASIS,
        ),
        Rule(
            ADS_EMBED,
            Severity.HIGH,
            "Nhúng mã quảng cáo, theo dõi",
            "Nội dung nhúng hoặc mã HTML tải quảng cáo, mã theo dõi từ mạng quảng cáo.",
            ADS_BASIS,
        ),
        Rule(
            PAGE_ERROR,
            Severity.MEDIUM,
            "Không đọc được trang khi kiểm tra",
            "Dữ liệu của trang bị lỗi nên không kiểm tra được; cần mở trang trong quản trị để sửa.",
            PAGE_ERROR_BASIS,
        ),
    ]
}


def rule_title(code):
    """The rule's Vietnamese title; the code itself for a rule no longer in the code."""
    rule = RULES.get(code)
    return rule.title if rule else code


def legal_basis(code):
    """The legal basis inspectors cite for a rule: their edited text, else the default."""
    text = RuleText.objects.filter(code=code).values_list("legal_basis", flat=True).first()
    if text and text.strip():
        return text
    rule = RULES.get(code)
    return rule.default_legal_basis if rule else ""


# Vietnamese news outlets: a link to one presented as the origin of a text, or their name after
# "Theo"/"Nguồn:", means the text was taken from the press. Code, not data: it only decides whether
# a page *says* it copies, never whether a link is allowed.
NEWS_OUTLETS = {
    "vnexpress.net": ["VnExpress", "VNE"],
    "tuoitre.vn": ["Tuổi Trẻ", "Tuổi Trẻ Online"],
    "thanhnien.vn": ["Thanh Niên"],
    "dantri.com.vn": ["Dân trí"],
    "vietnamnet.vn": ["VietNamNet", "Vietnamnet"],
    "nhandan.vn": ["Nhân Dân"],
    "baochinhphu.vn": ["Báo Chính phủ", "Báo điện tử Chính phủ", "Cổng Thông tin điện tử Chính phủ"],
    "chinhphu.vn": ["Chinhphu.vn"],
    "vtv.vn": ["VTV", "VTV News"],
    "vov.vn": ["VOV", "Đài Tiếng nói Việt Nam"],
    "znews.vn": ["Znews", "Zing News", "ZingNews"],
    "zingnews.vn": [],
    "laodong.vn": ["Lao Động"],
    "tienphong.vn": ["Tiền Phong"],
    "nld.com.vn": ["Người Lao Động"],
    "sggp.org.vn": ["Sài Gòn Giải Phóng", "SGGP"],
    "qdnd.vn": ["Quân đội nhân dân", "QĐND"],
    "cand.com.vn": ["Công an nhân dân", "CAND"],
    "baotintuc.vn": ["TTXVN", "Thông tấn xã Việt Nam"],
    "vietnamplus.vn": ["Vietnam+", "VietnamPlus"],
    "plo.vn": ["Pháp Luật TP.HCM", "PLO"],
    "kinhtedothi.vn": ["Kinh tế & Đô thị", "Kinh tế và Đô thị"],
    "vietnamnews.vn": ["Việt Nam News", "Vietnam News"],
    "kenh14.vn": ["Kenh14", "Kênh 14"],
    "cafef.vn": ["CafeF"],
    "vneconomy.vn": ["VnEconomy"],
    "baomoi.com": ["Báo Mới", "Baomoi"],
    "24h.com.vn": ["24h"],
    "soha.vn": ["Soha"],
    "giaoducthoidai.vn": ["Giáo dục và Thời đại"],
    "suckhoedoisong.vn": ["Sức khỏe và Đời sống"],
    "nongnghiep.vn": ["Nông nghiệp Việt Nam"],
}


def _fold_table():
    table = {}
    for code in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        folded = "d" if char in "đĐ" else unicodedata.normalize("NFD", char)[:1].lower()
        if len(folded) == 1 and folded != char:
            table[code] = folded
    return table


_FOLD = _fold_table()


def fold(text):
    """Lowercase without diacritics, one character for one ("Đà Nẵng" -> "da nang"), so offsets match."""
    return text.translate(_FOLD)


_OUTLET_NAMES = sorted(
    {fold(name) for names in NEWS_OUTLETS.values() for name in names} | {fold(domain) for domain in NEWS_OUTLETS},
    key=len,
    reverse=True,
)
# Folded text: "Theo báo Tuổi Trẻ" -> "theo bao tuoi tre". "Theo báo cáo ..." (according to the
# report) and "Theo báo giá" are not sources; nor "theo dõi", "theo kế hoạch", "theo quy định".
_PRESS_WORDS = (
    r"bao\s+(?!cao\b|gia\b|chi\b|dong\b|tin\b|an\b|hieu\b)\S"
    r"|tap\s+chi\s+\S|dai\s+(?:truyen\s+hinh|phat\s+thanh|tieng\s+noi|truyen\s+thanh)"
    r"|trang\s+(?:tin|thong\s+tin|dien\s+tu|web)|cong\s+thong\s+tin|thong\s+tan\s+xa|website"
)
_OUTLET_ALTERNATIVES = "|".join(re.escape(name) for name in _OUTLET_NAMES)
_THEO_PRESS = re.compile(rf"(?:^|[\s(\[\-–—,.;:])theo\s+(?:{_PRESS_WORDS})")
_THEO_OUTLET = re.compile(rf"(?:^|[\s(\[\-–—,.;:])theo\s+(?P<name>{_OUTLET_ALTERNATIVES})(?![a-z0-9])")
_NGUON = re.compile(
    rf"(?:^|[\s(\[\-–—,.;])nguon\s*:\s*(?:{_PRESS_WORDS}|{_OUTLET_ALTERNATIVES}|internet|st\b|suu\s+tam|"
    r"https?://|www\.|[a-z0-9\-]+\.(?:vn|com|net|org)\b)"
)
_ORIGIN_WORDS = re.compile(r"(?:^|\W)(?:nguon|bai\s+goc|trich\s+tu|trich\s+dan\s+tu|dang\s+lai\s+tu)(?:\W|$)")


def attribution_claim(paragraph):
    """The part of a paragraph saying it comes from another outlet ("Theo VnExpress"), or None."""
    lowered = paragraph.lower()
    if "theo" not in lowered and "ngu" not in lowered:
        return None  # most paragraphs: spares folding them (a third of a full scan's time)
    folded = fold(paragraph)
    if "theo" not in folded and "nguon" not in folded:
        return None
    for pattern in (_THEO_PRESS, _THEO_OUTLET, _NGUON):
        for match in pattern.finditer(folded):
            name = match.groupdict().get("name")
            if name and "." not in name and not paragraph[match.start("name")].isupper():
                continue  # "theo lao động" is not "Theo Lao Động": outlet names are written capitalised
            start = match.start() + (1 if folded[match.start()] in " ([-–—,.;:" else 0)
            return _excerpt(paragraph, start, match.end())
    return None


_EXCERPT_END = re.compile(r"[,;)\]]|\.(?:\s|$)")


def _excerpt(paragraph, start, matched_end):
    end = _EXCERPT_END.search(paragraph, matched_end)
    text = paragraph[start : end.start() if end else len(paragraph)]
    return text.strip(" ([")[:120].rstrip()


def presented_as_origin(anchor_text, paragraph):
    """Whether a link's text or paragraph presents it as where the text comes from.

    "Nguồn: <link>", "Xem bài gốc", "Trích từ <link>", "(Theo <link>)"; not "theo dõi thêm tại <link>".
    """
    text, context = fold(anchor_text or ""), fold(paragraph or "")
    if _ORIGIN_WORDS.search(text) or _ORIGIN_WORDS.search(context):
        return True
    return bool(text) and re.search(r"(?:^|\W)theo\s+" + re.escape(text), context) is not None


def is_news_outlet(host):
    return find_domain(host, NEWS_OUTLETS) is not None


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


def missing_attribution(image):
    """Vietnamese names of the copyright fields an image lacks (author, source, licence)."""
    missing = []
    if not (image.author or "").strip():
        missing.append("tác giả")
    if not (image.source or "").strip():
        missing.append("nguồn")
    if not (image.license or "").strip():
        missing.append("bản quyền/giấy phép")
    return missing


def image_evidence(image, missing):
    return f"Ảnh “{image.title}”: thiếu {', '.join(missing)}"
