"""The JSON API other systems and the national database read."""

import datetime

import pytest

from .factories import LegalDocumentPageFactory, document_index

pytestmark = pytest.mark.django_db

DOCUMENT_KEYS = {
    "id",
    "number",
    "title",
    "doc_type",
    "issuing_body",
    "signer",
    "issued_date",
    "effective_date",
    "expiry_date",
    "status",
    "fields",
    "category",
    "url",
    "site",
    "files",
}
PROCEDURE_KEYS = {
    "id",
    "code",
    "name",
    "field",
    "level",
    "processing_time",
    "fees",
    "online_level",
    "online_url",
    "url",
    "site",
}


def get_json(client, path, host="hamtan.test", **params):
    response = client.get(path, params, HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_documents_answer_in_the_agreed_shape(client, documents):
    data = get_json(client, "/api/v2/legal-documents/", q="42/2022/NĐ-CP")
    assert set(data) == {"meta", "items"} and set(data["meta"]) == {"total_count"}
    decree = data["items"][0]
    assert set(decree) == DOCUMENT_KEYS
    assert decree == {
        "id": documents["decree_42"].pk,
        "number": "42/2022/NĐ-CP",
        "title": documents["decree_42"].title,
        "doc_type": "Nghị định",
        "issuing_body": "Chính phủ",
        "signer": "Vũ Đức Đam",
        "issued_date": "2022-06-24",
        "effective_date": "2022-08-15",
        "expiry_date": None,
        "status": "con_hieu_luc",
        "fields": ["Thông tin và Truyền thông"],
        "category": "qppl",
        "url": f"http://hamtan.test/van-ban/{documents['decree_42'].slug}/",
        "site": "hamtan.test",
        "files": [],
    }


def test_documents_are_ordered_by_relevance_with_a_query_and_newest_first_without(client, documents):
    ranked = get_json(client, "/api/v2/legal-documents/", q="42/2022")["items"]
    assert ranked[0]["number"] == "42/2022/NĐ-CP"
    newest = get_json(client, "/api/v2/legal-documents/")["items"]
    assert [item["issued_date"] for item in newest] == sorted((item["issued_date"] for item in newest), reverse=True)


def test_the_api_covers_the_whole_district_and_site_narrows_it(client, documents):
    everything = get_json(client, "/api/v2/legal-documents/", host="tan-ha.hamtan.test", q="ho ngheo")
    assert everything["meta"]["total_count"] == 3
    only = get_json(client, "/api/v2/legal-documents/", q="ho ngheo", site="tan-nghia.hamtan.test")
    assert [(item["number"], item["site"]) for item in only["items"]] == [("27/QĐ-UBND", "tan-nghia.hamtan.test")]


def test_filters_and_their_counts(client, documents):
    assert get_json(client, "/api/v2/legal-documents/", doc_type="nghi-dinh")["meta"]["total_count"] == 1
    assert get_json(client, "/api/v2/legal-documents/", year="2024", field="bao-tro-xa-hoi")["meta"]["total_count"] == 3
    assert get_json(client, "/api/v2/legal-documents/", status="het_hieu_luc")["items"][0]["number"] == "45/KH-UBND"
    assert get_json(client, "/api/v2/legal-documents/", category="khac")["items"][0]["number"] == "08/TB-UBND"
    body = get_json(client, "/api/v2/legal-documents/", issuing_body="Ủy ban nhân dân xã Tân Hà")
    assert body["meta"]["total_count"] == 2


def test_pages_of_twenty_and_an_empty_page_past_the_end(client, district):
    index = document_index(district.site)
    for number in range(25):
        LegalDocumentPageFactory(parent=index, issued_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number))
    first = get_json(client, "/api/v2/legal-documents/")
    second = get_json(client, "/api/v2/legal-documents/", page="2")
    assert first["meta"]["total_count"] == second["meta"]["total_count"] == 25
    assert len(first["items"]) == 20 and len(second["items"]) == 5
    assert not {item["id"] for item in first["items"]} & {item["id"] for item in second["items"]}
    beyond = get_json(client, "/api/v2/legal-documents/", page="3")
    assert beyond == {"meta": {"total_count": 25}, "items": []}


def test_attachments_are_listed_with_absolute_addresses(client, district):
    from django.core.files.base import ContentFile

    from legal_docs.models import LegalDocumentFile

    document = LegalDocumentPageFactory(parent=document_index(district.site), number="9/2024/QĐ-UBND")
    LegalDocumentFile.objects.create(
        page=document, title="Văn bản gốc", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="9-2024-qd-ubnd.pdf")
    )
    item = get_json(client, "/api/v2/legal-documents/", q="9/2024/QĐ-UBND")["items"][0]
    assert item["files"][0]["name"] == "Văn bản gốc"
    assert item["files"][0]["url"].startswith("http://hamtan.test/media/van-ban/")
    assert item["files"][0]["url"].endswith(".pdf")


def test_procedures_answer_in_the_agreed_shape(client, procedures):
    data = get_json(client, "/api/v2/procedures/", q="giay phep xay dung")
    assert data["meta"]["total_count"] == 1
    assert data["items"][0] == {
        "id": procedures["building"].pk,
        "code": "1.009994",
        "name": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "field": "Xây dựng",
        "level": "huyen",
        "processing_time": "Ngay trong ngày tiếp nhận hồ sơ",
        "fees": "Miễn lệ phí",
        "online_level": "mot_phan",
        "online_url": "https://dichvucong.binhthuan.gov.vn/",
        "url": f"http://hamtan.test/thu-tuc-hanh-chinh/{procedures['building'].slug}/",
        "site": "hamtan.test",
    }
    by_level = get_json(client, "/api/v2/procedures/", level="xa", field="ho-tich")
    assert {(item["code"], item["site"]) for item in by_level["items"]} == {
        ("1.001193", "tan-ha.hamtan.test"),
        ("1.001193", "tan-nghia.hamtan.test"),
    }
    assert set(by_level["items"][0]) == PROCEDURE_KEYS
    assert get_json(client, "/api/v2/procedures/", site="tan-ha.hamtan.test")["meta"]["total_count"] == 2


def test_an_unknown_host_gets_a_json_404(client):
    response = client.get("/api/v2/legal-documents/", HTTP_HOST="localhost")
    # localhost is no portal in the test district, but Wagtail falls back to the default site
    assert response.status_code in (200, 404)
    assert response["Content-Type"] == "application/json"
