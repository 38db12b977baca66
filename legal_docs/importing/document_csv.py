"""Reading the legal documents CSV: the header, one record per row, what can be checked without writing.

UTF-8 with or without a byte order mark; comma-separated, or semicolon-separated as Excel
writes it under some regional settings. Lines are decoded one at a time, so a line in another
encoding is that row's error rather than the end of the run, and the file is never held in
memory. Row numbers are those a spreadsheet shows: the header is row 1.
"""

from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File

from cms.importing import RowError, file_in_folder, os_reason
from cms.text import ascii_slug, fold

from ..attachments import validate_attachment
from ..models import DocumentCategory, EffectStatus, LegalDocumentType
from .common import Choices, parse_date, split_names, text

COLUMNS = (
    "external_id",
    "number",
    "doc_type",
    "summary",
    "issuing_body",
    "signer",
    "issued_date",
    "effective_date",
    "expiry_date",
    "status",
    "fields",
    "category",
    "file",
)
OPTIONAL_COLUMNS = frozenset({"status"})
LABELS = {
    "external_id": "mã văn bản ở hệ thống cũ (external_id)",
    "number": "số ký hiệu (number)",
    "doc_type": "loại văn bản (doc_type)",
    "summary": "trích yếu (summary)",
    "issuing_body": "cơ quan ban hành (issuing_body)",
    "signer": "người ký (signer)",
    "issued_date": "ngày ban hành (issued_date)",
    "effective_date": "ngày có hiệu lực (effective_date)",
    "expiry_date": "ngày hết hiệu lực (expiry_date)",
    "status": "tình trạng hiệu lực (status)",
    "fields": "lĩnh vực (fields)",
    "category": "nhóm văn bản (category)",
    "file": "tệp văn bản (file)",
}


@dataclass
class DocumentRecord:
    external_id: str
    number: str
    doc_type: LegalDocumentType
    summary: str
    issuing_body: str
    signer: str
    issued_date: object
    effective_date: object
    expiry_date: object
    status: str
    field_names: list
    category: str
    file_path: Path | None


class DocumentParser:
    """Turns one CSV row (a dict by column) into a DocumentRecord, or raises RowError."""

    def __init__(self, fields):
        self.fields = fields  # a FieldLookup: names that are not known yet must still make a slug
        self.types = {}
        for doc_type in LegalDocumentType.objects.all():
            self.types[fold(doc_type.slug)] = doc_type
            self.types[fold(doc_type.name)] = doc_type
        self.type_names = ", ".join(doc_type.name for doc_type in LegalDocumentType.objects.all())
        short_categories = {fold(label).removeprefix("van ban "): code for code, label in DocumentCategory.choices}
        self.categories = Choices(DocumentCategory, LABELS["category"], short_categories)
        self.statuses = Choices(EffectStatus, LABELS["status"], {"het hieu luc": EffectStatus.EXPIRED})

    def parse(self, data, folder):
        def value(name, **options):
            return text(data.get(name), LABELS[name], **options)

        external_id = value("external_id", max_length=100, required=True)
        number = value("number", max_length=100, required=True)
        doc_type = self._doc_type(value("doc_type", required=True))
        summary = value("summary", required=True)
        issuing_body = value("issuing_body", max_length=255, required=True)
        signer = value("signer", max_length=255)
        issued = parse_date(data["issued_date"], LABELS["issued_date"], required=True)
        effective = parse_date(data["effective_date"], LABELS["effective_date"])
        expiry = parse_date(data["expiry_date"], LABELS["expiry_date"])
        if expiry and effective and expiry <= effective:
            raise RowError("ngày hết hiệu lực (expiry_date) phải sau ngày có hiệu lực (effective_date)")
        field_names = split_names(value("fields"))
        for name in field_names:
            if self.fields.known(name) is None and not ascii_slug(name):
                raise RowError(f"tên lĩnh vực “{name}” không có chữ hoặc số nào")
        return DocumentRecord(
            external_id=external_id,
            number=number,
            doc_type=doc_type,
            summary=summary,
            issuing_body=issuing_body,
            signer=signer,
            issued_date=issued,
            effective_date=effective,
            expiry_date=expiry,
            status=self.statuses.match(data.get("status"), default=""),
            field_names=field_names,
            category=self.categories.match(data["category"], default=DocumentCategory.DIRECTION),
            file_path=self._attachment(data["file"], folder),
        )

    def _doc_type(self, name):
        doc_type = self.types.get(fold(name))
        if doc_type is None:
            raise RowError(f"{LABELS['doc_type']} “{name}” không có trong danh sách; dùng một trong: {self.type_names}")
        return doc_type

    def _attachment(self, value, folder):
        name = (value or "").strip()
        if not name:
            return None
        path = file_in_folder(name, folder, "tệp", "tệp CSV")
        try:
            with path.open("rb") as stream:
                validate_attachment(File(stream, name=path.name))
        except OSError as error:
            raise RowError(f"không đọc được tệp “{name}”: {os_reason(error)}") from None
        except ValidationError as error:
            raise RowError(" ".join(error.messages).rstrip(".")) from None
        return path
