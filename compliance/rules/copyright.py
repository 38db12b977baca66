"""Copyright rules: whether a text says it was copied from the press, and what an image lacks.

`attribution_claim` finds "Theo VnExpress", "Nguồn: Báo Thanh Niên" in a paragraph (folded to
ASCII-like lowercase so offsets match); `presented_as_origin` whether a link is given as the origin
of the text; `missing_attribution` the copyright fields an image lacks. Pure functions.
"""

import re
import unicodedata

from .links import find_domain

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
