"""The rules themselves: codes, severities, titles, messages and where their legal basis comes from."""

from dataclasses import dataclass

from ..models import RuleText, Severity
from .legal_bases import ADS_BASIS, COPYRIGHT_BASIS, PAGE_ERROR_BASIS, REPUBLISH_BASIS

IMAGE_ATTRIBUTION = "copyright.image_attribution"
REPUBLISHED_WITHOUT_PERMISSION = "copyright.republished_without_permission"
UNATTRIBUTED_COPY = "copyright.unattributed_copy"
ADS_LINK = "ads.link"
ADS_EMBED = "ads.embed"
PAGE_ERROR = "scan.page_error"


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
