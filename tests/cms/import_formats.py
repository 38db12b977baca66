"""One description per import command, so the contract test runs every command through the same
bad inputs: how to write a file of rows, a valid row, and which fields to spoil."""

import json
from dataclasses import dataclass, field

from articles.models import ArticlePage
from legal_docs.models import LegalDocumentPage, ProcedurePage
from sites.models import SiteLink
from tests.helpers import COMMUNE_HOST, csv_bytes


@dataclass
class ImportFormat:
    command: str
    file_name: str
    id_field: str
    text_field: str  # a free-text field that a NUL may spoil
    long_field: str
    long_limit: int
    date_field: str | None  # None: the format has no date
    crash_in: str  # "module:Class.method" that writes one row (or a batch of new rows)
    text_attribute: str = ""  # where the text field is stored, when not under its own name
    header: tuple = ()  # CSV formats only
    crash_also_in: tuple = field(default_factory=tuple)
    crash_on_call: int = 2  # the writer call that fails: the second row's, or the batch's first

    def stored_text(self, row_id):
        return getattr(self.stored(row_id), self.text_attribute or self.text_field)

    def row(self, number):
        raise NotImplementedError

    def encode(self, rows):
        raise NotImplementedError

    def write(self, folder, rows, bom=False, header=None):
        path = folder / self.file_name
        content = self.encode(rows, header) if self.header else self.encode(rows)
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + content)
        return path

    def stored(self, row_id):
        raise NotImplementedError

    def stored_ids(self):
        raise NotImplementedError


class ArticleFormat(ImportFormat):
    def row(self, number):
        return {
            "external_id": f"tin-{number}",
            "title": f"Xã Tân Hà ra quân làm sạch môi trường đợt {number}",
            "kind": "tin",
            "section": "Tin tức – Sự kiện",
            "published_at": "2024-03-01T08:00:00+07:00",
            "author": "Minh Tâm",
            "unit": "",
            "summary": "Đoàn viên thanh niên xã ra quân làm sạch bờ biển.",
            "body_html": "<p>Sáng 1/3, đoàn viên thanh niên xã ra quân làm sạch bờ biển.</p>",
            "images": [],
            "source": None,
            "tags": [],
        }

    def encode(self, rows):
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")

    def stored(self, row_id):
        return ArticlePage.objects.filter(external_id=row_id).first()

    def stored_ids(self):
        return sorted(ArticlePage.objects.exclude(external_id="").values_list("external_id", flat=True))


class DocumentFormat(ImportFormat):
    def row(self, number):
        return {
            "external_id": f"vb-{number}",
            "number": f"{number}/QĐ-UBND",
            "doc_type": "Quyết định",
            "summary": f"Về việc phê duyệt kế hoạch sử dụng đất đợt {number} của xã Tân Hà",
            "issuing_body": "Ủy ban nhân dân xã Tân Hà",
            "signer": "Nguyễn Văn Minh",
            "issued_date": "15/03/2024",
            "fields": "Đất đai",
        }

    def encode(self, rows, header=None):
        return csv_bytes(header or self.header, rows)

    def stored(self, row_id):
        return LegalDocumentPage.objects.filter(external_id=row_id).first()

    def stored_ids(self):
        return sorted(LegalDocumentPage.objects.exclude(external_id="").values_list("external_id", flat=True))


class ProcedureFormat(ImportFormat):
    def row(self, number):
        return {
            "code": f"1.00{number}",
            "name": f"Đăng ký khai sinh (thủ tục số {number})",
            "field": "Hộ tịch",
            "level": "xa",
            "implementing_body": "Ủy ban nhân dân xã Tân Hà",
            "processing_time": "Ngay trong ngày tiếp nhận hồ sơ",
        }

    def encode(self, rows):
        return json.dumps(rows, ensure_ascii=False).encode("utf-8")

    def stored(self, row_id):
        return ProcedurePage.objects.filter(code=row_id).first()

    def stored_ids(self):
        return sorted(ProcedurePage.objects.values_list("code", flat=True))


class LinkFormat(ImportFormat):
    def row(self, number):
        return {"title": f"Cổng thông tin số {number}", "url": f"https://so{number}.binhthuan.gov.vn", "position": ""}

    def encode(self, rows, header=None):
        return csv_bytes(header or self.header, rows)

    def stored(self, row_id):
        return SiteLink.objects.filter(url=row_id, setting__site__hostname=COMMUNE_HOST).first()

    def stored_ids(self):
        return sorted(SiteLink.objects.filter(setting__site__hostname=COMMUNE_HOST).values_list("url", flat=True))


FORMATS = [
    ArticleFormat(
        command="import_articles", file_name="tin-cu.jsonl", id_field="external_id", text_field="author",
        long_field="title", long_limit=255, date_field="published_at",
        crash_in="articles.importing.writer:ArticleImporter._placed_new_page",
    ),
    DocumentFormat(
        command="import_legal_docs", file_name="van-ban.csv", id_field="external_id", text_field="signer",
        long_field="number", long_limit=100, date_field="issued_date",
        header=("external_id", "number", "doc_type", "summary", "issuing_body", "signer", "issued_date",
                "effective_date", "expiry_date", "status", "fields", "category", "file"),
        crash_in="legal_docs.importing.documents:DocumentImporter.write_many",
        crash_also_in=("legal_docs.importing.documents:DocumentImporter.write",), crash_on_call=1,
    ),
    ProcedureFormat(
        command="import_procedures", file_name="thu-tuc.json", id_field="code", text_field="name",
        long_field="code", long_limit=50, date_field=None, text_attribute="title",
        crash_in="legal_docs.importing.procedures:ProcedureImporter.write",
    ),
    LinkFormat(
        command="import_links", file_name="lien-ket.csv", id_field="url", text_field="title",
        long_field="title", long_limit=255, date_field=None, header=("title", "url", "image", "position"),
        crash_in="sites.links_import:LinkImporter._write",
    ),
]
