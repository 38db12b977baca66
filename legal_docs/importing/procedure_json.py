"""Reading the procedures JSON: a list of objects with the national public service portal's fields.

Each object becomes a ProcedureRecord, or a RowError saying (in Vietnamese) what is wrong with
it. Everything that can be checked without writing is checked here: required fields, lengths,
levels and ways of submission by code or by their Vietnamese names, the form template files.
"""

import re
from dataclasses import dataclass
from html import escape

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from cms.importing import ImportHTMLConverter, RowError, file_in_folder
from cms.text import fold

from ..models import OnlineServiceLevel, ProcedureLevel, ProcedurePage, SubmissionMethod
from .common import Choices, looks_like_html, text

LABELS = {
    "code": "mã thủ tục (code)",
    "name": "tên thủ tục (name)",
    "field": "lĩnh vực (field)",
    "level": "cấp thực hiện (level)",
    "implementing_body": "cơ quan thực hiện (implementing_body)",
    "applicants": "đối tượng thực hiện (applicants)",
    "steps": "trình tự thực hiện (steps)",
    "submission_methods": "cách thức thực hiện (submission_methods)",
    "dossier_items": "thành phần hồ sơ (dossier_items)",
    "processing_time": "thời hạn giải quyết (processing_time)",
    "fees": "phí, lệ phí (fees)",
    "result": "kết quả thực hiện (result)",
    "requirements": "yêu cầu, điều kiện (requirements)",
    "legal_basis": "căn cứ pháp lý (legal_basis)",
    "online_level": "mức dịch vụ công trực tuyến (online_level)",
    "online_url": "địa chỉ nộp trực tuyến (online_url)",
}
KEYS = tuple(LABELS)
# Document numbers inside a citation: 60/2014/QH13, 123/2015/NĐ-CP, 15/QĐ-UBND.
NUMBER_IN_CITATION = re.compile(r"\d+(?:/\d{4})?/[^\W_]+(?:[-–][^\W_]+)*")
SMALLINT_MAX = 32767


@dataclass
class ProcedureRecord:
    code: str
    name: str
    field_name: str
    level: str
    implementing_body: str
    applicants: str
    steps: str
    submission_methods: list  # dicts of ProcedureSubmissionMethod fields
    dossier_items: list  # (dict of ProcedureDossierItem fields, form template path or None)
    processing_time: str
    fees: str
    result: str
    requirements: str
    legal_basis: list  # (citation, folded numbers to look for)
    online_level: str
    online_url: str


class ProcedureParser:
    """Turns one object of the JSON list into a ProcedureRecord, or raises RowError."""

    def __init__(self):
        short_levels = {fold(label).removeprefix("cap "): code for code, label in ProcedureLevel.choices}
        self.levels = Choices(ProcedureLevel, LABELS["level"], short_levels)
        post = SubmissionMethod.POST
        self.methods = Choices(SubmissionMethod, "hình thức nộp (method)", {"buu chinh": post, "qua buu chinh": post})
        self.online_levels = Choices(
            OnlineServiceLevel,
            LABELS["online_level"],
            {"toan trinh": OnlineServiceLevel.FULL, "mot phan": OnlineServiceLevel.PARTIAL, "khong": ""},
        )
        self.steps_converter = ImportHTMLConverter(features=ProcedurePage._meta.get_field("steps").features)

    def parse_item(self, item, folder):
        try:
            return self._parse(item, folder)
        except RowError as error:
            return error

    def _parse(self, item, folder):
        if not isinstance(item, dict):
            raise RowError("mỗi thủ tục phải là một đối tượng JSON {…}")
        unknown = [key for key in item if key not in KEYS]
        if unknown:
            raise RowError(f"khóa không được nhận: {', '.join(unknown)} (các khóa dùng được: {', '.join(KEYS)})")

        def value(key, **options):
            return text(_joined(item.get(key), LABELS[key]), LABELS[key], **options)

        code = value("code", max_length=50, required=True)
        level = self.levels.match(item.get("level"))
        if level is None:
            raise RowError(f"thiếu {LABELS['level']}")
        online_level = self.online_levels.match(item.get("online_level"), default="")
        online_url = value("online_url", max_length=500)
        if online_url:
            try:
                URLValidator(schemes=["http", "https"])(online_url)
            except ValidationError:
                raise RowError(f"{LABELS['online_url']} “{online_url}” không phải địa chỉ web hợp lệ") from None
        elif online_level:
            raise RowError(f"thủ tục có dịch vụ công trực tuyến phải có {LABELS['online_url']}")
        return ProcedureRecord(
            code=code,
            name=value("name", max_length=255, required=True),
            field_name=value("field", max_length=150),
            level=level,
            implementing_body=value("implementing_body", max_length=255, required=True),
            applicants=value("applicants", multiline=True),
            steps=self._steps(item.get("steps")),
            submission_methods=[self._method(entry, n) for n, entry in _entries(item, "submission_methods")],
            dossier_items=[self._dossier_item(entry, n, folder) for n, entry in _entries(item, "dossier_items")],
            processing_time=value("processing_time", max_length=255),
            fees=value("fees", multiline=True),
            result=value("result", multiline=True),
            requirements=value("requirements", multiline=True),
            legal_basis=[self._basis(entry, n) for n, entry in _entries(item, "legal_basis", objects=False)],
            online_level=online_level,
            online_url=online_url,
        )

    def _steps(self, steps):
        label = LABELS["steps"]
        if steps is None or steps == "":
            return ""
        if isinstance(steps, list):
            items = [text(step, f"{label}: mỗi bước", multiline=True) for step in steps]
            html = "<ol>" + "".join(f"<li>{escape(step)}</li>" for step in items if step) + "</ol>"
        else:
            steps = text(steps, label, multiline=True)
            if looks_like_html(steps):
                html = steps
            else:
                html = "".join(f"<p>{escape(line)}</p>" for line in steps.splitlines() if line)
        return self.steps_converter.to_database_format(html)

    def _method(self, entry, number):
        prefix = f"cách thức thứ {number}: "
        method = self.methods.match(entry.get("method"))
        if method is None:
            raise RowError(f"{prefix}thiếu hình thức nộp (method)")
        return {
            "method": method,
            "duration": text(entry.get("duration"), prefix + "thời hạn (duration)", max_length=255),
            "fee": text(entry.get("fee"), prefix + "phí, lệ phí (fee)", max_length=255),
            "notes": text(entry.get("notes"), prefix + "mô tả (notes)", multiline=True),
        }

    def _dossier_item(self, entry, number, folder):
        prefix = f"giấy tờ thứ {number}: "
        fields = {
            "name": text(entry.get("name"), prefix + "tên giấy tờ (name)", multiline=True, required=True),
            "originals": _count(entry.get("originals"), prefix + "số bản chính (originals)"),
            "copies": _count(entry.get("copies"), prefix + "số bản sao (copies)"),
        }
        return fields, self._template_path(entry.get("form_template"), prefix, folder)

    @staticmethod
    def _template_path(value, prefix, folder):
        name = text(value, prefix + "mẫu đơn, tờ khai (form_template)")
        if not name:
            return None
        try:
            path = file_in_folder(name, folder, "tệp mẫu", "tệp JSON")
        except RowError as error:
            raise RowError(prefix + str(error)) from None
        extensions = settings.WAGTAILDOCS_EXTENSIONS
        if extensions and path.suffix.lower().lstrip(".") not in extensions:
            raise RowError(f"{prefix}tệp mẫu “{name}” có đuôi không được nhận (dùng: {', '.join(extensions)})")
        if path.stat().st_size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
            limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE // (1024 * 1024)
            raise RowError(f"{prefix}tệp mẫu “{name}” lớn hơn {limit} MB")
        return path

    @staticmethod
    def _basis(entry, number):
        label = f"căn cứ thứ {number}"
        if isinstance(entry, dict):
            citation = text(entry.get("citation"), f"{label}: văn bản (citation)", max_length=500)
            explicit = text(entry.get("number"), f"{label}: số ký hiệu (number)", max_length=100)
            citation = citation or explicit
            numbers = [fold(explicit)] if explicit else []
        else:
            citation = text(entry, label, max_length=500)
            numbers = []
        if not citation:
            raise RowError(f"{label} trống")
        if not numbers:
            numbers = [fold(citation), *(fold(found) for found in NUMBER_IN_CITATION.findall(citation))]
        return citation, list(dict.fromkeys(number for number in numbers if number))


def _joined(value, label):
    """Text fields may be given as a list of lines."""
    if isinstance(value, list):
        if not all(isinstance(line, str) for line in value):
            raise RowError(f"{label} phải là chuỗi ký tự hoặc danh sách chuỗi")
        return "\n".join(value)
    return value


def _entries(item, key, objects=True):
    value = item.get(key)
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise RowError(f"{LABELS[key]} phải là một danh sách […]")
    if objects:
        for number, entry in enumerate(value, start=1):
            if not isinstance(entry, dict):
                raise RowError(f"{LABELS[key]}: mục thứ {number} phải là một đối tượng {{…}}")
    return list(enumerate(value, start=1))


def _count(value, label):
    if value is None or value == "":
        return 0
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= SMALLINT_MAX:
        raise RowError(f"{label} phải là số nguyên không âm")
    return value
