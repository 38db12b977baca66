"""Building legal-document CSV files and running their import, for the legal_docs test modules."""

import io
import zipfile

from wagtail.models import Page

from legal_docs.importing.documents import COLUMNS
from legal_docs.models import LegalDocumentPage
from tests.helpers import COMMUNE_HOST, run_command, write_csv_file

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
LAND_PLAN = "Về việc phê duyệt kế hoạch sử dụng đất năm 2024 của xã Tân Hà"


def doc_row(**overrides):
    row = {
        "external_id": "vb-1",
        "number": "15/QĐ-UBND",
        "doc_type": "Quyết định",
        "summary": LAND_PLAN,
        "issuing_body": "Ủy ban nhân dân xã Tân Hà",
        "signer": "Nguyễn Văn Minh",
        "issued_date": "15/03/2024",
        "effective_date": "2024-03-15",
        "expiry_date": "",
        "status": "",
        "fields": "Đất đai",
        "category": "",
        "file": "",
    }
    row.update(overrides)
    return row


def write_csv(folder, rows, name="van-ban.csv", bom=False, delimiter=",", header=COLUMNS):
    return write_csv_file(folder / name, header, rows, bom=bom, delimiter=delimiter)


def write_file(folder, name, content):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def run_import(path, site=COMMUNE_HOST):
    """Run the command as an operator would; returns (stdout, stderr, CommandError or None)."""
    result = run_command("import_legal_docs", str(path), "--site", site)
    return result.stdout, result.stderr, result.error


def imported(unit, external_id="vb-1"):
    return LegalDocumentPage.objects.filter(site=unit.site, external_id=external_id)


def assert_tree_valid():
    assert Page.find_problems() == ([], [], [], [], [])
