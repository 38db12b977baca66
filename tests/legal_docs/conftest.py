import datetime

import pytest

from .factories import LegalDocumentPageFactory, ProcedurePageFactory, document_index, procedure_index


@pytest.fixture
def documents(district, commune, other_commune):
    """Documents on the district's portal and two communes', named by what tests look for."""
    district_docs = document_index(district.site)
    commune_docs = document_index(commune.site)
    other_docs = document_index(other_commune.site)
    return {
        "decree_42": LegalDocumentPageFactory(
            parent=district_docs,
            number="42/2022/NĐ-CP",
            doc_type="nghi-dinh",
            category="qppl",
            issuing_body="Chính phủ",
            signer="Vũ Đức Đam",
            issued_date=datetime.date(2022, 6, 24),
            effective_date=datetime.date(2022, 8, 15),
            summary="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước "
            "trên môi trường mạng",
            fields=["thong-tin-va-truyen-thong"],
        ),
        "poverty": LegalDocumentPageFactory(
            parent=district_docs,
            number="1520/QĐ-UBND",
            issuing_body="Ủy ban nhân dân huyện Hàm Tân",
            issued_date=datetime.date(2024, 3, 5),
            summary="Quyết định phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2024 trên địa bàn huyện",
            fields=["bao-tro-xa-hoi"],
        ),
        "land_plan": LegalDocumentPageFactory(
            parent=district_docs,
            number="45/KH-UBND",
            doc_type="ke-hoach",
            issued_date=datetime.date(2023, 2, 10),
            expiry_date=datetime.date(2023, 12, 31),
            summary="Kế hoạch sử dụng đất năm 2023 huyện Hàm Tân",
            fields=["dat-dai"],
        ),
        "commune_poverty": LegalDocumentPageFactory(
            parent=commune_docs,
            number="15/QĐ-UBND",
            issuing_body="Ủy ban nhân dân xã Tân Hà",
            issued_date=datetime.date(2024, 1, 15),
            summary="Quyết định công nhận hộ nghèo, hộ cận nghèo phát sinh trên địa bàn xã Tân Hà",
            fields=["bao-tro-xa-hoi"],
        ),
        "commune_notice": LegalDocumentPageFactory(
            parent=commune_docs,
            number="08/TB-UBND",
            doc_type="thong-bao",
            category="khac",
            issuing_body="Ủy ban nhân dân xã Tân Hà",
            issued_date=datetime.date(2024, 4, 2),
            summary="Thông báo lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã quý II năm 2024",
        ),
        "other_poverty": LegalDocumentPageFactory(
            parent=other_docs,
            number="27/QĐ-UBND",
            issuing_body="Ủy ban nhân dân thị trấn Tân Nghĩa",
            issued_date=datetime.date(2024, 2, 20),
            summary="Quyết định phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo năm 2024",
            fields=["bao-tro-xa-hoi"],
        ),
    }


@pytest.fixture
def procedures(district, commune, other_commune):
    return {
        "birth": ProcedurePageFactory(
            parent=procedure_index(commune.site),
            title="Đăng ký khai sinh",
            code="1.001193",
            field="ho-tich",
            level="xa",
            implementing_body="Ủy ban nhân dân xã Tân Hà",
        ),
        "copies": ProcedurePageFactory(
            parent=procedure_index(commune.site),
            title="Chứng thực bản sao từ bản chính giấy tờ, văn bản",
            code="2.000815",
            field="chung-thuc",
            level="xa",
        ),
        "other_birth": ProcedurePageFactory(
            parent=procedure_index(other_commune.site),
            title="Đăng ký khai sinh",
            code="1.001193",
            field="ho-tich",
            level="xa",
        ),
        "building": ProcedurePageFactory(
            parent=procedure_index(district.site),
            title="Cấp giấy phép xây dựng nhà ở riêng lẻ",
            code="1.009994",
            field="xay-dung",
            level="huyen",
            online_level="mot_phan",
            online_url="https://dichvucong.binhthuan.gov.vn/",
        ),
    }
