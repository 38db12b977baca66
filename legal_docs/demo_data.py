"""Legal documents and administrative procedures of the demo district (huyện Hàm Tân) and its communes.

Plain structures only; `legal_docs.demo` turns them into published pages under each site's “Văn bản”
and “Thủ tục hành chính” sections when the demo loader sends `demo_district_loaded`.

National documents the district republishes carry their real numbers, titles, dates, issuing bodies
and signers, and the real relations between them (a law replaced, a decree guiding a law). Local
documents (the district's and the communes') are invented in the style such a portal publishes:
their numbers, signers and contents are fictional. They are dated relative to the day the demo is
loaded (`Recent`, `DaysAgo`), so the demo always shows a current year's plans and schedules; `{year}`
and `{next_year}` in a summary become the issue year and the one after, `{unit}` the unit's name
inside a sentence (“xã Tân Hà”). Their slugs come from type and number, which take no placeholder,
so a document is found again on the next run.

Procedure codes are those of the national public service portal (dichvucong.gov.vn) as of the district
era (before the two-level local government of 1 July 2025); fees set by the provincial council are named,
not quoted.
"""

from dataclasses import dataclass
from datetime import date

from .models import DocumentCategory, EffectStatus, OnlineServiceLevel, RelationKind


@dataclass(frozen=True)
class Recent:
    """The latest (month, day) strictly before the load day, `years_back` years earlier."""

    month: int
    day: int
    years_back: int = 0


@dataclass(frozen=True)
class DaysAgo:
    days: int


@dataclass(frozen=True)
class After:
    """So many days after the document's issue date (an effective date)."""

    days: int


QPPL = DocumentCategory.LEGAL_NORMATIVE
DIRECTION = DocumentCategory.DIRECTION
OTHER = DocumentCategory.OTHER
AMENDS, REPLACES, GUIDES = RelationKind.AMENDS, RelationKind.REPLACES, RelationKind.GUIDES

LAND = "dat-dai"
CIVIL_STATUS = "ho-tich"
CERTIFICATION = "chung-thuc"
JUSTICE = "tu-phap"
LABOUR = "lao-dong-thuong-binh-va-xa-hoi"
SOCIAL = "bao-tro-xa-hoi"
INFORMATION = "thong-tin-va-truyen-thong"
HOME_AFFAIRS = "noi-vu"
CITIZENS = "thanh-tra-tiep-cong-dan"
AGRICULTURE = "nong-nghiep-va-phat-trien-nong-thon"
BUILDING = "xay-dung"
PLANNING = "ke-hoach-va-dau-tu"
FINANCE = "tai-chinh"
ENVIRONMENT = "tai-nguyen-va-moi-truong"
DEFENCE = "quoc-phong"
HEALTH = "y-te"

# National documents, published on the district's site. Relation targets come before the documents
# that name them; `key` names a document for relations and for the procedures' legal basis.
NATIONAL_DOCUMENTS = [
    {
        "key": "luat-dat-dai-2013",
        "type": "luat",
        "number": "45/2013/QH13",
        "summary": "Luật Đất đai",
        "issuing_body": "Quốc hội",
        "signer": "Nguyễn Sinh Hùng",
        "issued": date(2013, 11, 29),
        "effective": date(2014, 7, 1),
        "expiry": date(2024, 8, 1),
        "fields": [LAND],
    },
    {
        "key": "nd-43-2014",
        "type": "nghi-dinh",
        "number": "43/2014/NĐ-CP",
        "summary": "Quy định chi tiết thi hành một số điều của Luật Đất đai",
        "issuing_body": "Chính phủ",
        "signer": "Nguyễn Tấn Dũng",
        "issued": date(2014, 5, 15),
        "effective": date(2014, 7, 1),
        "expiry": date(2024, 8, 1),
        "fields": [LAND],
        "relations": [(GUIDES, "luat-dat-dai-2013")],
    },
    {
        "key": "luat-dat-dai-2024",
        "type": "luat",
        "number": "31/2024/QH15",
        "summary": "Luật Đất đai",
        "issuing_body": "Quốc hội",
        "signer": "Vương Đình Huệ",
        "issued": date(2024, 1, 18),
        "effective": date(2024, 8, 1),
        "fields": [LAND],
        "relations": [(REPLACES, "luat-dat-dai-2013")],
    },
    {
        "key": "luat-43-2024",
        "type": "luat",
        "number": "43/2024/QH15",
        "title": "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản "
        "và Luật Các tổ chức tín dụng",
        "summary": "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, "
        "Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15",
        "issuing_body": "Quốc hội",
        "signer": "Trần Thanh Mẫn",
        "issued": date(2024, 6, 29),
        "effective": date(2024, 8, 1),
        "fields": [LAND, BUILDING],
        "relations": [(AMENDS, "luat-dat-dai-2024")],
    },
    {
        "key": "nd-102-2024",
        "type": "nghi-dinh",
        "number": "102/2024/NĐ-CP",
        "summary": "Quy định chi tiết thi hành một số điều của Luật Đất đai",
        "issuing_body": "Chính phủ",
        "signer": "Trần Hồng Hà",
        "issued": date(2024, 7, 30),
        "effective": date(2024, 8, 1),
        "fields": [LAND],
        "relations": [(GUIDES, "luat-dat-dai-2024"), (REPLACES, "nd-43-2014")],
    },
    {
        "key": "luat-ho-tich",
        "type": "luat",
        "number": "60/2014/QH13",
        "summary": "Luật Hộ tịch",
        "issuing_body": "Quốc hội",
        "signer": "Nguyễn Sinh Hùng",
        "issued": date(2014, 11, 20),
        "effective": date(2016, 1, 1),
        "fields": [CIVIL_STATUS, JUSTICE],
    },
    {
        "key": "nd-123-2015",
        "type": "nghi-dinh",
        "number": "123/2015/NĐ-CP",
        "summary": "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "issuing_body": "Chính phủ",
        "signer": "Nguyễn Tấn Dũng",
        "issued": date(2015, 11, 15),
        "effective": date(2016, 1, 1),
        "fields": [CIVIL_STATUS, JUSTICE],
        "relations": [(GUIDES, "luat-ho-tich")],
    },
    {
        "key": "tt-04-2020",
        "type": "thong-tu",
        "number": "04/2020/TT-BTP",
        "summary": "Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15 "
        "tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "issuing_body": "Bộ Tư pháp",
        "signer": "Lê Thành Long",
        "issued": date(2020, 5, 28),
        "effective": date(2020, 7, 16),
        "fields": [CIVIL_STATUS, JUSTICE],
        "relations": [(GUIDES, "luat-ho-tich"), (GUIDES, "nd-123-2015")],
    },
    {
        "key": "nd-23-2015",
        "type": "nghi-dinh",
        "number": "23/2015/NĐ-CP",
        "summary": "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp "
        "đồng, giao dịch",
        "issuing_body": "Chính phủ",
        "signer": "Nguyễn Tấn Dũng",
        "issued": date(2015, 2, 16),
        "effective": date(2015, 4, 10),
        "fields": [CERTIFICATION, JUSTICE],
    },
    {
        "key": "nd-43-2011",
        "type": "nghi-dinh",
        "number": "43/2011/NĐ-CP",
        "summary": "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc "
        "cổng thông tin điện tử của cơ quan nhà nước",
        "issuing_body": "Chính phủ",
        "signer": "Nguyễn Tấn Dũng",
        "issued": date(2011, 6, 13),
        "effective": date(2011, 8, 1),
        "expiry": date(2022, 8, 15),
        "fields": [INFORMATION],
    },
    {
        "key": "nd-42-2022",
        "type": "nghi-dinh",
        "number": "42/2022/NĐ-CP",
        "summary": "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi "
        "trường mạng",
        "issuing_body": "Chính phủ",
        "signer": "Vũ Đức Đam",
        "issued": date(2022, 6, 24),
        "effective": date(2022, 8, 15),
        "fields": [INFORMATION],
        "relations": [(REPLACES, "nd-43-2011")],
        "file": True,
    },
    {
        "key": "nd-07-2021",
        "type": "nghi-dinh",
        "number": "07/2021/NĐ-CP",
        "summary": "Quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025",
        "issuing_body": "Chính phủ",
        "signer": "Nguyễn Xuân Phúc",
        "issued": date(2021, 1, 27),
        "effective": date(2021, 3, 15),
        "fields": [LABOUR, SOCIAL],
    },
    {
        "key": "qd-90-ttg",
        "type": "quyet-dinh",
        "number": "90/QĐ-TTg",
        "category": DIRECTION,
        "summary": "Phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
        "issuing_body": "Thủ tướng Chính phủ",
        "signer": "Lê Minh Khái",
        "issued": date(2022, 1, 18),
        "effective": date(2022, 1, 18),
        "fields": [LABOUR, SOCIAL],
    },
    {
        "key": "nd-30-2020",
        "type": "nghi-dinh",
        "number": "30/2020/NĐ-CP",
        "summary": "Về công tác văn thư",
        "issuing_body": "Chính phủ",
        "signer": "Nguyễn Xuân Phúc",
        "issued": date(2020, 3, 5),
        "effective": date(2020, 3, 5),
        "fields": [HOME_AFFAIRS],
    },
    {
        "key": "luat-tiep-cong-dan",
        "type": "luat",
        "number": "42/2013/QH13",
        "summary": "Luật Tiếp công dân",
        "issuing_body": "Quốc hội",
        "signer": "Nguyễn Sinh Hùng",
        "issued": date(2013, 11, 25),
        "effective": date(2014, 7, 1),
        "fields": [CITIZENS],
    },
    {
        "key": "luat-pctt",
        "type": "luat",
        "number": "33/2013/QH13",
        "summary": "Luật Phòng, chống thiên tai",
        "issuing_body": "Quốc hội",
        "signer": "Nguyễn Sinh Hùng",
        "issued": date(2013, 6, 19),
        "effective": date(2014, 5, 1),
        "fields": [AGRICULTURE],
    },
    {
        "key": "luat-60-2020",
        "type": "luat",
        "number": "60/2020/QH14",
        "summary": "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều",
        "issuing_body": "Quốc hội",
        "signer": "Nguyễn Thị Kim Ngân",
        "issued": date(2020, 6, 17),
        "effective": date(2021, 7, 1),
        "fields": [AGRICULTURE],
        "relations": [(AMENDS, "luat-pctt")],
    },
]

DISTRICT_BODY = "Ủy ban nhân dân huyện Hàm Tân"

# Fictional signers: "chair" is the Chủ tịch, "deputy" a Phó Chủ tịch of the unit's People's Committee.
DISTRICT_SIGNERS = {"chair": "Trần Minh Quang", "deputy": "Nguyễn Thị Thu Hà", "deputy2": "Phạm Văn Lâm"}
COMMUNE_SIGNERS = {
    "Thị trấn Tân Nghĩa": {"chair": "Nguyễn Thanh Tùng", "deputy": "Lê Thị Mỹ Dung"},
    "Xã Tân Hà": {"chair": "Trần Văn Phúc", "deputy": "Huỳnh Thị Kim Oanh"},
    "Xã Thắng Hải": {"chair": "Phan Văn Sáu", "deputy": "Nguyễn Văn Lợi"},
    "Xã Sơn Mỹ": {"chair": "Võ Văn Cường", "deputy": "Đỗ Thị Hạnh"},
    "Xã Tân Xuân": {"chair": "Lê Văn Thắng", "deputy": "Trương Thị Bích"},
    "Xã Sông Phan": {"chair": "Nguyễn Hữu Lộc", "deputy": "Phạm Thị Thu Trang"},
    "Xã Tân Phúc": {"chair": "Bùi Văn Tài", "deputy": "Nguyễn Thị Lan"},
    "Xã Tân Minh": {"chair": "Đinh Văn Hùng", "deputy": "Trần Thị Ngọc Ánh"},
    "Xã Tân Đức": {"chair": "Huỳnh Văn Năm", "deputy": "Lê Thị Thanh Thủy"},
}

# The district's own documents (issued by the district's People's Committee unless `issuing_body` says otherwise).
DISTRICT_DOCUMENTS = [
    {
        "key": "qd-quy-che-mot-cua-cu",
        "type": "quyet-dinh",
        "number": "2105/QĐ-UBND",
        "summary": "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục "
        "hành chính huyện Hàm Tân",
        "signer": "chair",
        "issued": Recent(3, 12, years_back=3),
        "effective": After(0),
        # Replaced by the next decision, effective the day it was signed.
        "expiry": Recent(5, 20, years_back=1),
        "fields": [HOME_AFFAIRS],
    },
    {
        "key": "qd-quy-che-mot-cua",
        "type": "quyet-dinh",
        "number": "1587/QĐ-UBND",
        "summary": "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa huyện Hàm Tân, thay thế Quy chế ban "
        "hành kèm theo Quyết định số 2105/QĐ-UBND của Ủy ban nhân dân huyện",
        "signer": "chair",
        "issued": Recent(5, 20, years_back=1),
        "effective": After(0),
        "fields": [HOME_AFFAIRS],
        "relations": [(REPLACES, "qd-quy-che-mot-cua-cu")],
    },
    {
        "key": "qd-quy-che-trang-ttdt",
        "type": "quyet-dinh",
        "number": "3120/QĐ-UBND",
        "summary": "Ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Trang thông tin điện tử huyện "
        "Hàm Tân",
        "signer": "deputy",
        "issued": Recent(8, 14, years_back=2),
        "effective": After(0),
        # Some articles were repealed by the amending decision below.
        "status": EffectStatus.PARTLY_EXPIRED,
        "fields": [INFORMATION],
    },
    {
        "key": "qd-sua-quy-che-trang-ttdt",
        "type": "quyet-dinh",
        "number": "865/QĐ-UBND",
        "summary": "Sửa đổi, bổ sung, bãi bỏ một số điều của Quy chế quản lý, vận hành và cung cấp thông tin trên "
        "Trang thông tin điện tử huyện Hàm Tân ban hành kèm theo Quyết định số 3120/QĐ-UBND",
        "signer": "deputy",
        "issued": Recent(4, 9),
        "effective": After(0),
        "fields": [INFORMATION],
        "relations": [(AMENDS, "qd-quy-che-trang-ttdt")],
    },
    {
        "key": "qd-cong-bo-khsdd",
        "type": "quyet-dinh",
        "number": "245/QĐ-UBND",
        "summary": "Về việc công bố công khai Kế hoạch sử dụng đất năm {year} của huyện Hàm Tân",
        "signer": "deputy2",
        "issued": Recent(2, 6),
        "effective": After(0),
        "fields": [LAND],
        "file": True,
    },
    {
        "key": "kh-pctt",
        "type": "ke-hoach",
        "number": "45/KH-UBND",
        "summary": "Phòng, chống thiên tai và tìm kiếm cứu nạn năm {year} trên địa bàn huyện Hàm Tân",
        "signer": "deputy2",
        "issued": Recent(3, 18),
        "fields": [AGRICULTURE],
        "file": True,
    },
    {
        "key": "ct-chay-rung",
        "type": "chi-thi",
        "number": "12/CT-UBND",
        "summary": "Về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô {year} - "
        "{next_year}",
        "signer": "chair",
        "issued": Recent(12, 2),
        "effective": After(0),
        "fields": [AGRICULTURE],
    },
    {
        "key": "tb-tiep-cong-dan",
        "type": "thong-bao",
        "number": "118/TB-UBND",
        "category": OTHER,
        "summary": "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân huyện năm {year}",
        "signer": "chair",
        "issued": Recent(1, 5),
        "fields": [CITIZENS],
        "file": True,
    },
    {
        "key": "cv-dvc-truc-tuyen",
        "type": "cong-van",
        "number": "1856/UBND-VP",
        "summary": "Về việc đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn "
        "huyện",
        "signer": "deputy",
        "issued": Recent(6, 9),
        "fields": [INFORMATION, HOME_AFFAIRS],
    },
    {
        "key": "nq-dau-tu-cong",
        "type": "nghi-quyet",
        "number": "15/NQ-HĐND",
        "summary": "Về kế hoạch đầu tư công năm {next_year} của huyện Hàm Tân",
        "issuing_body": "Hội đồng nhân dân huyện Hàm Tân",
        "signer": "Đặng Văn Tấn",
        "issued": Recent(12, 15),
        "effective": After(0),
        "fields": [FINANCE, PLANNING],
    },
    {
        "key": "bc-kt-xh-9-thang",
        "type": "bao-cao",
        "number": "312/BC-UBND",
        "category": OTHER,
        "summary": "Tình hình kinh tế - xã hội 9 tháng đầu năm {year}; nhiệm vụ, giải pháp trọng tâm 3 tháng cuối "
        "năm {year}",
        "signer": "chair",
        "issued": Recent(9, 25),
        "fields": [PLANNING],
    },
    {
        "key": "hd-ra-soat-ho-ngheo",
        "type": "huong-dan",
        "number": "02/HD-LĐTBXH",
        "summary": "Quy trình, biểu mẫu rà soát hộ nghèo, hộ cận nghèo định kỳ năm {year} trên địa bàn huyện Hàm Tân",
        "issuing_body": "Phòng Lao động - Thương binh và Xã hội huyện Hàm Tân",
        "signer": "Võ Thị Hồng Nhung",
        "issued": Recent(8, 28),
        "fields": [LABOUR, SOCIAL],
        "relations": [(GUIDES, "nd-07-2021")],
    },
    {
        "key": "kh-giam-ngheo",
        "type": "ke-hoach",
        "number": "210/KH-UBND",
        "summary": "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm {year} trên địa bàn huyện Hàm Tân",
        "signer": "deputy",
        "issued": Recent(4, 2),
        "fields": [LABOUR],
    },
    {
        # Signed a few days ago, in force ten days after signing: not yet in force when the demo is loaded.
        "key": "qd-quy-che-phan-anh",
        "type": "quyet-dinh",
        "number": "4012/QĐ-UBND",
        "summary": "Ban hành Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp trên "
        "địa bàn huyện Hàm Tân",
        "signer": "chair",
        "issued": DaysAgo(4),
        "effective": After(10),
        "fields": [CITIZENS, HOME_AFFAIRS],
        "file": True,
    },
]

# Documents most communes publish, by template name; a commune's entry adds the number and the date.
COMMUNE_TEMPLATES = {
    "tiep-cong-dan": {
        "type": "thong-bao",
        "category": OTHER,
        "summary": "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân {unit} năm {year}",
        "signer": "chair",
        "fields": [CITIZENS],
    },
    "phong-chong-thien-tai": {
        "type": "ke-hoach",
        "summary": "Phòng, chống thiên tai và tìm kiếm cứu nạn năm {year} trên địa bàn {unit}",
        "signer": "deputy",
        "fields": [AGRICULTURE],
    },
    "ho-ngheo": {
        "type": "quyet-dinh",
        "summary": "Về việc công nhận kết quả rà soát hộ nghèo, hộ cận nghèo năm {year} trên địa bàn {unit}",
        "signer": "chair",
        "effective": After(0),
        "fields": [LABOUR, SOCIAL],
    },
    "nhap-ngu": {
        "type": "ke-hoach",
        "summary": "Tuyển chọn và gọi công dân nhập ngũ năm {next_year}",
        "signer": "chair",
        "fields": [DEFENCE],
    },
    "bao-cao-6-thang": {
        "type": "bao-cao",
        "category": OTHER,
        "summary": "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm {year}; phương hướng, "
        "nhiệm vụ 6 tháng cuối năm {year}",
        "signer": "chair",
        "fields": [PLANNING],
    },
}

COMMUNE_DOCUMENTS = {
    "Thị trấn Tân Nghĩa": [
        {"template": "tiep-cong-dan", "number": "03/TB-UBND", "issued": Recent(1, 4)},
        {"template": "bao-cao-6-thang", "number": "142/BC-UBND", "issued": Recent(6, 19)},
        {
            "type": "ke-hoach",
            "number": "58/KH-UBND",
            "summary": "Ra quân tổng vệ sinh môi trường, chỉnh trang đô thị hưởng ứng phong trào “Ngày Chủ nhật xanh” "
            "năm {year} trên địa bàn thị trấn",
            "signer": "deputy",
            "issued": Recent(3, 2),
            "fields": [ENVIRONMENT, BUILDING],
        },
    ],
    "Xã Tân Hà": [
        {"template": "tiep-cong-dan", "number": "02/TB-UBND", "issued": Recent(1, 6), "file": True},
        {"template": "ho-ngheo", "number": "265/QĐ-UBND", "issued": Recent(12, 11)},
        {
            "type": "ke-hoach",
            "number": "27/KH-UBND",
            "summary": "Tuyên truyền, phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm {year} trên địa bàn {unit}",
            "signer": "deputy",
            "issued": Recent(2, 20),
            "fields": [JUSTICE],
        },
    ],
    "Xã Thắng Hải": [
        {"template": "phong-chong-thien-tai", "number": "19/KH-UBND", "issued": Recent(3, 22)},
        {"template": "tiep-cong-dan", "number": "04/TB-UBND", "issued": Recent(1, 5)},
        {
            "type": "thong-bao",
            "number": "86/TB-UBND",
            "summary": "Về việc chủ tàu cá, ngư dân chủ động phòng, tránh bão, áp thấp nhiệt đới trong mùa mưa bão "
            "năm {year}",
            "signer": "deputy",
            "issued": Recent(9, 15),
            "fields": [AGRICULTURE],
        },
    ],
    "Xã Sơn Mỹ": [
        {"template": "phong-chong-thien-tai", "number": "22/KH-UBND", "issued": Recent(3, 25)},
        {"template": "nhap-ngu", "number": "96/KH-UBND", "issued": Recent(10, 20)},
        {
            "type": "thong-bao",
            "number": "57/TB-UBND",
            "summary": "Về việc niêm yết công khai kết quả kiểm tra hồ sơ đăng ký, cấp Giấy chứng nhận quyền sử dụng "
            "đất lần đầu của hộ gia đình, cá nhân trên địa bàn xã",
            "signer": "deputy",
            "issued": Recent(7, 8),
            "fields": [LAND],
            "file": True,
        },
    ],
    "Xã Tân Xuân": [
        {"template": "tiep-cong-dan", "number": "05/TB-UBND", "issued": Recent(1, 7)},
        {"template": "ho-ngheo", "number": "312/QĐ-UBND", "issued": Recent(12, 9)},
        {
            "type": "quyet-dinh",
            "number": "118/QĐ-UBND",
            "summary": "Về việc kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn {unit}",
            "signer": "chair",
            "issued": Recent(5, 14),
            "effective": After(0),
            "fields": [AGRICULTURE],
        },
    ],
    "Xã Sông Phan": [
        {"template": "nhap-ngu", "number": "102/KH-UBND", "issued": Recent(10, 22)},
        {"template": "bao-cao-6-thang", "number": "88/BC-UBND", "issued": Recent(6, 18)},
        {
            "type": "ke-hoach",
            "number": "35/KH-UBND",
            "summary": "Phòng, chống bệnh viêm da nổi cục và bệnh lở mồm long móng trên đàn gia súc năm {year}",
            "signer": "deputy",
            "issued": Recent(4, 16),
            "fields": [AGRICULTURE],
        },
    ],
    "Xã Tân Phúc": [
        {"template": "tiep-cong-dan", "number": "03/TB-UBND", "issued": Recent(1, 8)},
        {"template": "phong-chong-thien-tai", "number": "24/KH-UBND", "issued": Recent(4, 1)},
        {
            "type": "ke-hoach",
            "number": "41/KH-UBND",
            "summary": "Phòng, chống dịch bệnh sốt xuất huyết trên địa bàn xã năm {year}",
            "signer": "deputy",
            "issued": Recent(5, 6),
            "fields": [HEALTH],
        },
    ],
    "Xã Tân Minh": [
        {"template": "ho-ngheo", "number": "287/QĐ-UBND", "issued": Recent(12, 12)},
        {"template": "bao-cao-6-thang", "number": "95/BC-UBND", "issued": Recent(6, 21)},
        {
            "type": "quyet-dinh",
            "number": "76/QĐ-UBND",
            "summary": "Về việc công nhận tổ hòa giải và hòa giải viên ở cơ sở các thôn trên địa bàn xã",
            "signer": "chair",
            "issued": Recent(3, 28),
            "effective": After(0),
            "fields": [JUSTICE],
        },
    ],
    "Xã Tân Đức": [
        {"template": "tiep-cong-dan", "number": "02/TB-UBND", "issued": Recent(1, 9)},
        {"template": "nhap-ngu", "number": "89/KH-UBND", "issued": Recent(10, 17)},
        {
            "type": "cong-van",
            "number": "215/UBND",
            "summary": "Về việc vận động người dân đăng ký khai sinh, khai tử đúng hạn và sử dụng dịch vụ công trực "
            "tuyến",
            "signer": "deputy",
            "issued": Recent(8, 5),
            "fields": [CIVIL_STATUS],
        },
    ],
}


def commune_documents(unit_name):
    """The commune's document specs, templates filled in (without the placeholders' values)."""
    return [
        {**COMMUNE_TEMPLATES.get(item.get("template"), {}), **item} for item in COMMUNE_DOCUMENTS.get(unit_name, [])
    ]


# Administrative procedures. `{unit}` is the implementing unit inside a sentence ("xã Tân Hà"),
# `{office}` its reception office. Legal basis: (citation, key of a demo document or None).

ONLINE_URL = "https://dichvucong.binhthuan.gov.vn/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc={code}"
COMMUNE_OFFICE = "Bộ phận Tiếp nhận và trả kết quả giải quyết thủ tục hành chính Ủy ban nhân dân {unit}"
DISTRICT_OFFICE = "Bộ phận Tiếp nhận và trả kết quả giải quyết thủ tục hành chính huyện Hàm Tân"
ONLINE_NOTE = "Nộp hồ sơ trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công tỉnh Bình Thuận."
POST_NOTE = "Gửi hồ sơ qua dịch vụ bưu chính công ích đến {office}."

LUAT_HO_TICH = ("Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014", "luat-ho-tich")
ND_123 = (
    "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi "
    "hành Luật Hộ tịch",
    "nd-123-2015",
)
TT_04 = (
    "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều "
    "của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
    "tt-04-2020",
)
LUAT_HNGD = ("Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014", None)
TT_281 = (
    "Thông tư số 281/2016/TT-BTC của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử "
    "dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch",
    None,
)
ND_23 = (
    "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ "
    "bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    "nd-23-2015",
)
TT_01_2020 = (
    "Thông tư số 01/2020/TT-BTP của Bộ trưởng Bộ Tư pháp quy định chi tiết, hướng dẫn thi hành một số điều của "
    "Nghị định số 23/2015/NĐ-CP",
    None,
)
TT_226 = (
    "Thông tư số 226/2016/TT-BTC của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử "
    "dụng phí chứng thực",
    None,
)
HO_TICH_FEES = "Theo mức Hội đồng nhân dân tỉnh Bình Thuận quy định (niêm yết tại nơi tiếp nhận hồ sơ)."
SAME_DAY = (
    "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết "
    "quả trong ngày làm việc tiếp theo."
)
IDENTITY = ("Giấy tờ tùy thân của người yêu cầu (Thẻ Căn cước, Căn cước công dân hoặc Hộ chiếu) để xuất trình", 1, 0)


def _methods(duration, fee, online=True):
    methods = [("truc_tiep", duration, fee, "Nộp trực tiếp tại {office}.")]
    if online:
        methods.append(("truc_tuyen", duration, fee, ONLINE_NOTE))
    methods.append(("buu_chinh", duration, fee, POST_NOTE))
    return methods


COMMUNE_PROCEDURES = [
    {
        "slug": "dang-ky-khai-sinh",
        "title": "Đăng ký khai sinh",
        "code": "1.001193",
        "field": CIVIL_STATUS,
        "applicants": "Cha, mẹ, ông, bà hoặc người thân thích khác của trẻ em; cá nhân, tổ chức đang nuôi dưỡng trẻ "
        "em.",
        "steps": [
            "Người đi đăng ký khai sinh nộp tờ khai theo mẫu và giấy tờ theo quy định tại {office} hoặc nộp trực "
            "tuyến trên Cổng dịch vụ công.",
            "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện ngay "
            "một lần.",
            "Thông tin khai sinh đầy đủ, phù hợp thì công chức tư pháp - hộ tịch ghi vào Sổ hộ tịch, cập nhật Cơ sở "
            "dữ liệu hộ tịch điện tử để lấy số định danh cá nhân; người đi đăng ký khai sinh cùng ký vào Sổ hộ tịch.",
            "Chủ tịch Ủy ban nhân dân {unit} cấp Giấy khai sinh (bản chính) cho người được đăng ký khai sinh.",
        ],
        "methods": _methods(SAME_DAY, "Miễn lệ phí nếu đăng ký đúng hạn (trong 60 ngày kể từ ngày sinh)"),
        "dossier": [
            ("Tờ khai đăng ký khai sinh theo mẫu", 1, 0),
            (
                "Giấy chứng sinh; nếu không có thì văn bản của người làm chứng xác nhận về việc sinh, nếu không có "
                "người làm chứng thì giấy cam đoan về việc sinh",
                1,
                0,
            ),
            ("Biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập (trường hợp trẻ em bị bỏ rơi)", 1, 0),
            IDENTITY,
        ],
        "processing_time": SAME_DAY,
        "fees": "Miễn lệ phí đăng ký khai sinh đúng hạn. Đăng ký khai sinh quá hạn: " + HO_TICH_FEES,
        "result": "Giấy khai sinh (bản chính); bản sao Giấy khai sinh nếu người yêu cầu đề nghị.",
        "requirements": "Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh "
        "cho con; trường hợp cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác thực hiện.",
        "legal_basis": [LUAT_HO_TICH, ND_123, TT_04],
        "online_level": OnlineServiceLevel.FULL,
    },
    {
        "slug": "dang-ky-ket-hon",
        "title": "Đăng ký kết hôn",
        "code": "1.000894",
        "field": CIVIL_STATUS,
        "applicants": "Hai bên nam, nữ là công dân Việt Nam cư trú ở trong nước.",
        "steps": [
            "Hai bên nam, nữ nộp tờ khai đăng ký kết hôn và giấy tờ theo quy định tại {office} hoặc nộp trực tuyến.",
            "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; thấy đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình "
            "thì ghi việc kết hôn vào Sổ hộ tịch.",
            "Hai bên nam, nữ cùng có mặt, ký vào Sổ hộ tịch và Giấy chứng nhận kết hôn; Chủ tịch Ủy ban nhân dân "
            "{unit} trao Giấy chứng nhận kết hôn cho hai bên.",
        ],
        "methods": _methods(
            "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm "
            "việc.",
            "Miễn lệ phí",
        ),
        "dossier": [
            ("Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một tờ khai)", 1, 0),
            (
                "Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại Ủy ban nhân dân cấp xã không phải "
                "nơi thường trú của bên nam, bên nữ)",
                1,
                0,
            ),
            IDENTITY,
        ],
        "processing_time": "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 05 ngày làm việc.",
        "fees": "Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước.",
        "result": "Giấy chứng nhận kết hôn (mỗi bên 01 bản chính).",
        "requirements": "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do nam và nữ tự nguyện quyết định; không "
        "bị mất năng lực hành vi dân sự; không thuộc các trường hợp cấm kết hôn. Hai bên phải có mặt khi đăng ký.",
        "legal_basis": [
            ("Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014", None),
            LUAT_HO_TICH,
            ND_123,
            TT_04,
        ],
        "online_level": OnlineServiceLevel.PARTIAL,
    },
    {
        "slug": "dang-ky-khai-tu",
        "title": "Đăng ký khai tử",
        "code": "1.000656",
        "field": CIVIL_STATUS,
        "applicants": "Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; nếu không có thì đại diện "
        "cơ quan, tổ chức, cá nhân liên quan.",
        "steps": [
            "Người đi đăng ký khai tử nộp tờ khai và Giấy báo tử hoặc giấy tờ thay Giấy báo tử tại {office} hoặc "
            "nộp trực tuyến.",
            "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; thấy việc khai tử đúng thì ghi vào Sổ hộ tịch, cùng người "
            "đi khai tử ký tên vào Sổ.",
            "Chủ tịch Ủy ban nhân dân {unit} cấp Trích lục khai tử cho người đi khai tử.",
        ],
        "methods": _methods(
            "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc.",
            "Miễn lệ phí nếu đăng ký đúng hạn (trong 15 ngày kể từ ngày có người chết)",
        ),
        "dossier": [
            ("Tờ khai đăng ký khai tử theo mẫu", 1, 0),
            ("Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp", 1, 0),
            IDENTITY,
        ],
        "processing_time": "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc.",
        "fees": "Miễn lệ phí đăng ký khai tử đúng hạn. Đăng ký khai tử quá hạn: " + HO_TICH_FEES,
        "result": "Trích lục khai tử (bản chính).",
        "requirements": "Trong thời hạn 15 ngày kể từ ngày có người chết, người thân thích của người chết có trách "
        "nhiệm đi khai tử.",
        "legal_basis": [LUAT_HO_TICH, ND_123, TT_04],
        "online_level": OnlineServiceLevel.FULL,
    },
    {
        "slug": "cap-giay-xac-nhan-tinh-trang-hon-nhan",
        "title": "Cấp Giấy xác nhận tình trạng hôn nhân",
        "code": "1.004873",
        "field": CIVIL_STATUS,
        "applicants": "Công dân Việt Nam cư trú ở trong nước có yêu cầu xác nhận tình trạng hôn nhân.",
        "steps": [
            "Người yêu cầu nộp tờ khai theo mẫu và giấy tờ theo quy định tại {office} hoặc nộp trực tuyến.",
            "Công chức tư pháp - hộ tịch kiểm tra, xác minh tình trạng hôn nhân của người yêu cầu; nếu người yêu "
            "cầu đủ điều kiện thì trình Chủ tịch Ủy ban nhân dân {unit} ký cấp Giấy xác nhận.",
            "Trả Giấy xác nhận tình trạng hôn nhân cho người yêu cầu.",
        ],
        "methods": _methods("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", HO_TICH_FEES),
        "dossier": [
            ("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu", 1, 0),
            (
                "Bản án, quyết định ly hôn đã có hiệu lực pháp luật hoặc trích lục khai tử của vợ, chồng (trường hợp "
                "đã có vợ, chồng nhưng đã ly hôn hoặc người kia đã chết)",
                0,
                1,
            ),
            ("Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp đề nghị cấp lại)", 1, 0),
            IDENTITY,
        ],
        "processing_time": "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì thời hạn "
        "được kéo dài theo quy định.",
        "fees": HO_TICH_FEES,
        "result": "Giấy xác nhận tình trạng hôn nhân, có giá trị 06 tháng kể từ ngày cấp.",
        "requirements": "Giấy xác nhận được sử dụng đúng mục đích ghi trên Giấy.",
        "legal_basis": [LUAT_HO_TICH, ND_123, TT_04],
        "online_level": OnlineServiceLevel.FULL,
    },
    {
        "slug": "chung-thuc-ban-sao-tu-ban-chinh",
        "title": "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam "
        "cấp hoặc chứng nhận",
        "code": "2.000815",
        "field": CERTIFICATION,
        "applicants": "Cá nhân, tổ chức có yêu cầu chứng thực.",
        "steps": [
            "Người yêu cầu chứng thực xuất trình bản chính giấy tờ, văn bản và bản sao cần chứng thực tại {office}.",
            "Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu nội dung bản sao đúng với "
            "bản chính thì ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực.",
            "Trả bản sao đã được chứng thực cho người yêu cầu.",
        ],
        "methods": [
            ("truc_tiep", SAME_DAY, "2.000 đồng/trang", "Nộp trực tiếp tại {office}."),
            (
                "truc_tuyen",
                SAME_DAY,
                "2.000 đồng/trang",
                "Đề nghị chứng thực bản sao điện tử trên Cổng dịch vụ "
                "công; mang bản chính đến đối chiếu khi nhận kết quả.",
            ),
        ],
        "dossier": [
            ("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", 1, 0),
            ("Bản sao cần chứng thực (trường hợp người yêu cầu tự chụp)", 0, 1),
        ],
        "processing_time": "Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; có "
        "thể kéo dài theo thỏa thuận bằng văn bản với người yêu cầu.",
        "fees": "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản.",
        "result": "Bản sao có chứng thực.",
        "requirements": "Bản chính không bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; không bị hư hỏng, cũ "
        "nát đến mức không xác định được nội dung; không có nội dung trái pháp luật, đạo đức xã hội.",
        "legal_basis": [ND_23, TT_01_2020, TT_226],
        "online_level": OnlineServiceLevel.PARTIAL,
    },
    {
        "slug": "chung-thuc-chu-ky",
        "title": "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "code": "2.000884",
        "field": CERTIFICATION,
        "applicants": "Cá nhân có yêu cầu chứng thực chữ ký.",
        "steps": [
            "Người yêu cầu chứng thực xuất trình giấy tờ tùy thân và giấy tờ, văn bản sẽ ký tại {office}.",
            "Người thực hiện chứng thực kiểm tra giấy tờ; người yêu cầu ký trước mặt người thực hiện chứng thực.",
            "Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực.",
        ],
        "methods": [
            (
                "truc_tiep",
                SAME_DAY,
                "10.000 đồng/trường hợp",
                "Người yêu cầu có mặt tại {office} để ký trước mặt người thực hiện chứng thực.",
            )
        ],
        "dossier": [
            ("Bản chính hoặc bản sao có chứng thực giấy tờ tùy thân còn giá trị sử dụng", 1, 0),
            ("Giấy tờ, văn bản mà người yêu cầu sẽ ký", 1, 0),
        ],
        "processing_time": "Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ.",
        "fees": "10.000 đồng/trường hợp.",
        "result": "Giấy tờ, văn bản đã được chứng thực chữ ký.",
        "requirements": "Người yêu cầu chứng thực minh mẫn, nhận thức và làm chủ được hành vi của mình; phải ký trước "
        "mặt người thực hiện chứng thực.",
        "legal_basis": [ND_23, TT_01_2020, TT_226],
        "online_level": OnlineServiceLevel.NONE,
    },
    {
        "slug": "cong-nhan-ho-ngheo-ho-can-ngheo-thuong-xuyen",
        "title": "Công nhận hộ nghèo, hộ cận nghèo; hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm",
        "code": "1.011607",
        "field": LABOUR,
        "applicants": "Hộ gia đình cư trú trên địa bàn có nhu cầu được công nhận hộ nghèo, hộ cận nghèo hoặc thoát "
        "nghèo, thoát cận nghèo.",
        "steps": [
            "Hộ gia đình nộp giấy đề nghị theo mẫu tại {office}.",
            "Ủy ban nhân dân {unit} tổ chức rà soát, thẩm định thu nhập và mức độ thiếu hụt dịch vụ xã hội cơ bản "
            "của hộ gia đình theo chuẩn nghèo đa chiều.",
            "Niêm yết công khai kết quả tại trụ sở Ủy ban nhân dân và nhà văn hóa thôn, khu phố.",
            "Chủ tịch Ủy ban nhân dân {unit} ban hành quyết định công nhận và cấp giấy chứng nhận cho hộ gia đình; "
            "trường hợp không công nhận thì trả lời bằng văn bản, nêu rõ lý do.",
        ],
        "methods": _methods("Không quá 07 ngày làm việc kể từ ngày nhận giấy đề nghị", "Không"),
        "dossier": [("Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo hoặc thoát nghèo, thoát cận nghèo theo mẫu", 1, 0)],
        "processing_time": "Không quá 07 ngày làm việc kể từ ngày nhận giấy đề nghị.",
        "fees": "Không.",
        "result": "Quyết định công nhận của Chủ tịch Ủy ban nhân dân cấp xã; Giấy chứng nhận hộ nghèo, hộ cận nghèo.",
        "requirements": "Hộ gia đình thuộc tiêu chí hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều quốc gia.",
        "legal_basis": [
            (
                "Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn "
                "2021 - 2025",
                "nd-07-2021",
            ),
            (
                "Quyết định số 24/2021/QĐ-TTg của Thủ tướng Chính phủ quy định quy trình rà soát hộ nghèo, hộ cận "
                "nghèo hằng năm",
                None,
            ),
            (
                "Thông tư số 07/2021/TT-BLĐTBXH của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn phương "
                "pháp rà soát, phân loại hộ nghèo, hộ cận nghèo",
                None,
            ),
        ],
        "online_level": OnlineServiceLevel.PARTIAL,
    },
]

DISTRICT_PROCEDURES = [
    {
        "slug": "cap-giay-phep-xay-dung-nha-o-rieng-le",
        "title": "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
        "code": "1.009994",
        "field": BUILDING,
        "implementing_body": "Ủy ban nhân dân huyện Hàm Tân (Phòng Kinh tế - Hạ tầng)",
        "applicants": "Hộ gia đình, cá nhân là chủ đầu tư xây dựng nhà ở riêng lẻ thuộc đối tượng phải có giấy phép "
        "xây dựng.",
        "steps": [
            "Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng tại {office} hoặc nộp trực tuyến.",
            "Phòng Kinh tế - Hạ tầng kiểm tra hồ sơ; trong 07 ngày làm việc, nếu hồ sơ chưa đủ thì thông báo bằng "
            "văn bản một lần để chủ đầu tư bổ sung; tổ chức thẩm định hồ sơ, kiểm tra thực địa.",
            "Ủy ban nhân dân huyện xem xét, cấp giấy phép xây dựng; trường hợp không đủ điều kiện thì trả lời bằng "
            "văn bản, nêu rõ lý do.",
        ],
        "methods": _methods("15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", "Theo Nghị quyết của HĐND tỉnh Bình Thuận"),
        "dossier": [
            ("Đơn đề nghị cấp giấy phép xây dựng theo mẫu", 1, 0),
            ("Giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai", 0, 1),
            (
                "Bản vẽ thiết kế xây dựng: mặt bằng công trình trên lô đất, mặt bằng, mặt cắt, mặt đứng chính; mặt "
                "bằng móng, mặt cắt móng; sơ đồ đấu nối hạ tầng kỹ thuật",
                2,
                0,
            ),
            ("Văn bản cam kết bảo đảm an toàn đối với công trình liền kề (nếu có)", 1, 0),
        ],
        "processing_time": "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "fees": "Lệ phí cấp giấy phép xây dựng theo Nghị quyết của Hội đồng nhân dân tỉnh Bình Thuận.",
        "result": "Giấy phép xây dựng kèm bản vẽ thiết kế có đóng dấu của cơ quan cấp phép.",
        "requirements": "Phù hợp với quy hoạch chi tiết xây dựng hoặc quy chế quản lý kiến trúc; bảo đảm an toàn cho "
        "công trình và công trình lân cận; thiết kế xây dựng tuân thủ quy định.",
        "legal_basis": [
            ("Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014", None),
            ("Luật số 62/2020/QH14 ngày 17/6/2020 sửa đổi, bổ sung một số điều của Luật Xây dựng", None),
            (
                "Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ quy định chi tiết một số nội dung về quản "
                "lý dự án đầu tư xây dựng",
                None,
            ),
            ("Luật Đất đai số 31/2024/QH15 ngày 18/01/2024", "luat-dat-dai-2024"),
        ],
        "online_level": OnlineServiceLevel.PARTIAL,
    },
    {
        "slug": "dang-ky-thanh-lap-ho-kinh-doanh",
        "title": "Đăng ký thành lập hộ kinh doanh",
        "code": "2.000720",
        "field": PLANNING,
        "implementing_body": "Ủy ban nhân dân huyện Hàm Tân (Phòng Tài chính - Kế hoạch)",
        "applicants": "Cá nhân hoặc thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ.",
        "steps": [
            "Người đề nghị nộp hồ sơ đăng ký hộ kinh doanh tại {office} hoặc nộp trực tuyến.",
            "Phòng Tài chính - Kế hoạch trao giấy biên nhận, kiểm tra tính hợp lệ của hồ sơ.",
            "Hồ sơ hợp lệ thì cấp Giấy chứng nhận đăng ký hộ kinh doanh; chưa hợp lệ thì thông báo bằng văn bản nội "
            "dung cần sửa đổi, bổ sung.",
        ],
        "methods": _methods("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Theo Nghị quyết của HĐND tỉnh"),
        "dossier": [
            ("Giấy đề nghị đăng ký hộ kinh doanh theo mẫu", 1, 0),
            ("Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (nếu các thành viên đăng ký)", 0, 1),
            ("Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (nếu có)", 0, 1),
        ],
        "processing_time": "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "fees": "Lệ phí đăng ký hộ kinh doanh theo Nghị quyết của Hội đồng nhân dân tỉnh Bình Thuận.",
        "result": "Giấy chứng nhận đăng ký hộ kinh doanh.",
        "requirements": "Ngành, nghề đăng ký kinh doanh không bị cấm; tên hộ kinh doanh không trùng với tên hộ kinh "
        "doanh đã đăng ký trong phạm vi huyện; hồ sơ hợp lệ và đã nộp đủ lệ phí.",
        "legal_basis": [
            ("Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ về đăng ký doanh nghiệp", None),
            (
                "Thông tư số 01/2021/TT-BKHĐT của Bộ trưởng Bộ Kế hoạch và Đầu tư hướng dẫn về đăng ký doanh nghiệp",
                None,
            ),
        ],
        "online_level": OnlineServiceLevel.FULL,
    },
    {
        "slug": "cap-ban-sao-trich-luc-ho-tich",
        "title": "Cấp bản sao trích lục hộ tịch",
        "code": "2.000635",
        "field": CIVIL_STATUS,
        "implementing_body": "Ủy ban nhân dân huyện Hàm Tân (Phòng Tư pháp)",
        "applicants": "Cá nhân, tổ chức có yêu cầu cấp bản sao trích lục về sự kiện hộ tịch đã đăng ký tại Ủy ban nhân "
        "dân huyện.",
        "steps": [
            "Người yêu cầu nộp tờ khai hoặc văn bản yêu cầu tại {office} hoặc nộp trực tuyến.",
            "Phòng Tư pháp kiểm tra, đối chiếu với Sổ hộ tịch và Cơ sở dữ liệu hộ tịch điện tử.",
            "Trình lãnh đạo Ủy ban nhân dân huyện ký bản sao trích lục và trả kết quả cho người yêu cầu.",
        ],
        "methods": _methods(SAME_DAY, "8.000 đồng/bản sao trích lục"),
        "dossier": [
            ("Tờ khai cấp bản sao trích lục hộ tịch theo mẫu (cá nhân) hoặc văn bản yêu cầu (cơ quan, tổ chức)", 1, 0),
            ("Văn bản ủy quyền theo quy định (trường hợp ủy quyền thực hiện)", 1, 0),
            IDENTITY,
        ],
        "processing_time": SAME_DAY,
        "fees": "8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký.",
        "result": "Bản sao trích lục hộ tịch.",
        "requirements": "Sự kiện hộ tịch đã được đăng ký tại Ủy ban nhân dân huyện Hàm Tân.",
        "legal_basis": [LUAT_HO_TICH, ND_123, TT_04, TT_281],
        "online_level": OnlineServiceLevel.FULL,
    },
    {
        "slug": "dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai",
        "title": "Đăng ký khai sinh có yếu tố nước ngoài",
        "code": "2.000528",
        "field": CIVIL_STATUS,
        "implementing_body": "Ủy ban nhân dân huyện Hàm Tân (Phòng Tư pháp)",
        "applicants": "Cha, mẹ hoặc người thân thích của trẻ em sinh ra tại Việt Nam có cha hoặc mẹ là người nước "
        "ngoài hoặc công dân Việt Nam định cư ở nước ngoài.",
        "steps": [
            "Người đi đăng ký khai sinh nộp tờ khai và giấy tờ theo quy định tại {office}.",
            "Phòng Tư pháp kiểm tra hồ sơ; thấy thông tin khai sinh đầy đủ, phù hợp thì ghi vào Sổ hộ tịch, cập "
            "nhật Cơ sở dữ liệu hộ tịch điện tử và trình Chủ tịch Ủy ban nhân dân huyện.",
            "Chủ tịch Ủy ban nhân dân huyện cấp Giấy khai sinh cho người được đăng ký khai sinh.",
        ],
        "methods": _methods(SAME_DAY, HO_TICH_FEES),
        "dossier": [
            ("Tờ khai đăng ký khai sinh theo mẫu", 1, 0),
            ("Giấy chứng sinh hoặc giấy tờ thay Giấy chứng sinh", 1, 0),
            ("Văn bản thỏa thuận của cha, mẹ về việc lựa chọn quốc tịch cho con (nếu chọn quốc tịch nước ngoài)", 1, 0),
            IDENTITY,
        ],
        "processing_time": SAME_DAY,
        "fees": HO_TICH_FEES,
        "result": "Giấy khai sinh (bản chính).",
        "requirements": "Trẻ em sinh ra tại Việt Nam, cư trú tại huyện Hàm Tân.",
        "legal_basis": [("Luật Quốc tịch Việt Nam số 24/2008/QH12 ngày 13/11/2008", None), LUAT_HO_TICH, ND_123, TT_04],
        "online_level": OnlineServiceLevel.PARTIAL,
    },
]
