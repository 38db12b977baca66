"""What a legal document's attachment may be: PDF, DOC or DOCX, under a size limit, and really so.

The extension alone is not trusted: the first bytes must match the format (a PDF header, the
OLE2 signature of a Word 97–2003 file, or a ZIP holding `word/document.xml`), so an executable
renamed to `.pdf` or sent with a PDF content type is refused.
"""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError

PDF_MAGIC = b"%PDF-"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ALLOWED_EXTENSIONS = ("pdf", "doc", "docx")


def max_upload_bytes():
    return settings.LEGAL_DOC_MAX_UPLOAD_MB * 1024 * 1024


def _extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _head(file, length=8):
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(length)
    file.seek(position)
    return head


def _is_docx(file):
    position = file.tell()
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        file.seek(position)


def matches_extension(file, extension):
    head = _head(file)
    if extension == "pdf":
        return head.startswith(PDF_MAGIC)
    if extension == "doc":
        return head.startswith(OLE2_MAGIC)
    if extension == "docx":
        return head.startswith(ZIP_MAGIC) and _is_docx(file)
    return False


def validate_attachment(file):
    """Refuse, in Vietnamese, anything but a real PDF, DOC or DOCX file within the size limit."""
    name = getattr(file, "name", "") or ""
    extension = _extension(name)
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            "Chỉ nhận tệp PDF, DOC hoặc DOCX (tệp “%(name)s” có đuôi không được phép).",
            code="extension",
            params={"name": name.rsplit("/", 1)[-1]},
        )
    if file.size > max_upload_bytes():
        raise ValidationError(
            "Tệp vượt quá dung lượng cho phép (%(limit)s MB).",
            code="size",
            params={"limit": settings.LEGAL_DOC_MAX_UPLOAD_MB},
        )
    if not matches_extension(file, extension):
        raise ValidationError(
            "Nội dung tệp “%(name)s” không phải là tệp %(kind)s thật (có thể đã bị đổi đuôi).",
            code="content",
            params={"name": name.rsplit("/", 1)[-1], "kind": extension.upper()},
        )
