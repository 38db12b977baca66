"""Reading one JSON line of an article import into an `ArticleRecord`: everything about a line
that can be checked without the database."""

import json
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from cms.importing import RowError as LineError
from cms.importing import clean_text, strip_control_characters
from cms.text import ascii_slug, fold

from ..models import ArticleKind

SECTION_SEPARATOR = "›"
DATE_EXAMPLE = "2017-03-01T15:02:43+07:00"


@dataclass
class ImageSpec:
    path: Path
    caption: str
    author: str
    source: str
    license: str


@dataclass
class ArticleRecord:
    external_id: str
    title: str
    kind: str
    section_path: tuple
    published_at: datetime
    author: str
    unit_name: str
    summary: str
    body_html: str
    images: list
    source_name: str
    source_url: str
    source_permission: str
    tags: list


FIELD_LABELS = {
    "external_id": "mã bài ở hệ thống cũ (external_id)",
    "title": "tiêu đề (title)",
    "kind": "loại tin (kind)",
    "section": "chuyên mục (section)",
    "published_at": "ngày đăng (published_at)",
    "author": "tác giả (author)",
    "unit": "đơn vị cung cấp tin (unit)",
    "summary": "sapo (summary)",
    "body_html": "nội dung (body_html)",
    "images": "danh sách ảnh (images)",
    "source": "nguồn (source)",
    "tags": "từ khóa (tags)",
    "file": "tệp ảnh (file)",
    "caption": "chú thích ảnh (caption)",
    "license": "bản quyền ảnh (license)",
    "name": "tên nguồn (source.name)",
    "url": "địa chỉ bài gốc (source.url)",
    "permission": "văn bản cho phép đăng lại (source.permission)",
}


def parse_line(raw, base_dir, first_line=False):
    try:
        text = raw.decode("utf-8-sig" if first_line else "utf-8")
    except UnicodeDecodeError:
        raise LineError("dòng không phải văn bản UTF-8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LineError(f"không phải JSON hợp lệ (lỗi ở cột {error.colno})") from None
    if not isinstance(data, dict):
        raise LineError("mỗi dòng phải là một đối tượng JSON {…}")

    kind = _text(data, "kind", required=True)
    if kind not in ArticleKind.values:
        raise LineError(f"loại tin (kind) “{kind}” không hợp lệ; dùng một trong: {', '.join(ArticleKind.values)}")
    source_name, source_url, source_permission = _source(data.get("source"))
    if kind == ArticleKind.PRESS_REVIEW and not source_name:
        raise LineError("tin điểm báo (diem_bao) phải ghi tên báo, trang gốc (source.name)")
    external_id = data.get("external_id")
    if isinstance(external_id, int) and not isinstance(external_id, bool):
        data["external_id"] = str(external_id)

    return ArticleRecord(
        external_id=_text(data, "external_id", max_length=100, required=True),
        title=_text(data, "title", max_length=255, required=True),
        kind=kind,
        section_path=_section_path(_text(data, "section")),
        published_at=_published_at(data.get("published_at")),
        author=_text(data, "author", max_length=255),
        unit_name=_text(data, "unit", max_length=200),
        summary=_text(data, "summary"),
        body_html=_text(data, "body_html", strip=False),
        images=[_image_spec(item, base_dir, number) for number, item in enumerate(_list(data, "images"), start=1)],
        source_name=source_name,
        source_url=source_url,
        source_permission=source_permission,
        tags=_tags(_list(data, "tags")),
    )


def _text(data, key, max_length=None, required=False, strip=True, label=None):
    label = label or FIELD_LABELS.get(key, key)
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise LineError(f"{label} phải là chuỗi ký tự")
    if not strip:  # HTML: its whitespace is the converter's business, its control characters are not
        return strip_control_characters(unicodedata.normalize("NFC", value or ""))
    return clean_text(value, label, max_length=max_length, required=required)


def _list(data, key):
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise LineError(f"{FIELD_LABELS[key]} phải là một danh sách […]")
    return value


def _section_path(value):
    if not value:
        return ()
    names = [" ".join(name.split()) for name in value.split(SECTION_SEPARATOR)]
    if any(not name for name in names):
        raise LineError(f"chuyên mục (section) “{value}” có mục trống giữa các dấu “{SECTION_SEPARATOR}”")
    news_title = next(s["title"] for s in settings.PORTAL_STANDARD_SECTIONS if s.get("news"))
    if fold(names[0]) == fold(news_title):
        names = names[1:]
    for name in names:
        if len(name) > 255:
            raise LineError(f"tên chuyên mục dài {len(name)} ký tự, tối đa 255")
        if not ascii_slug(name):
            raise LineError(f"tên chuyên mục “{name}” không có chữ hoặc số nào để tạo địa chỉ trang")
    return tuple(names)


def _published_at(value):
    if not value:
        raise LineError(f"thiếu ngày đăng (published_at), ví dụ {DATE_EXAMPLE}")
    if not isinstance(value, str):
        raise LineError(f"ngày đăng (published_at) phải là chuỗi dạng {DATE_EXAMPLE}")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise LineError(f"ngày đăng (published_at) “{value}” không đúng dạng ISO 8601, ví dụ {DATE_EXAMPLE}") from None
    if moment.tzinfo is None:
        raise LineError(f"ngày đăng (published_at) “{value}” thiếu múi giờ, ví dụ {DATE_EXAMPLE}")
    return moment


def _source(value):
    if value is None:
        return "", "", ""
    if not isinstance(value, dict):
        raise LineError("nguồn (source) phải là đối tượng {name, url, permission} hoặc null")
    name = _text(value, "name", max_length=255)
    url = _text(value, "url", max_length=500)
    permission = _text(value, "permission", max_length=500)
    if url:
        try:
            URLValidator()(url)
        except ValidationError:
            raise LineError(f"địa chỉ bài gốc (source.url) “{url}” không phải địa chỉ web hợp lệ") from None
        if not name:
            raise LineError("có địa chỉ bài gốc (source.url) thì phải ghi tên nguồn (source.name)")
    return name, url, permission


def _image_spec(item, base_dir, number):
    if not isinstance(item, dict):
        raise LineError(f"ảnh thứ {number} phải là đối tượng {{file, caption, author, source, license}}")
    prefix = f"ảnh thứ {number}: "
    file_name = _text(item, "file", required=True, label=prefix + FIELD_LABELS["file"])
    relative = Path(file_name)
    folder = base_dir.resolve()
    path = (folder / relative).resolve()
    if relative.is_absolute() or not path.is_relative_to(folder):
        raise LineError(f"{prefix}tệp “{file_name}” phải nằm trong thư mục chứa tệp JSONL")
    if not path.is_file():
        raise LineError(f"{prefix}không tìm thấy tệp “{file_name}” (tìm ở {path})")
    if path.suffix.lower().lstrip(".") not in settings.WAGTAILIMAGES_EXTENSIONS:
        allowed = ", ".join(settings.WAGTAILIMAGES_EXTENSIONS)
        raise LineError(f"{prefix}tệp “{file_name}” không phải định dạng ảnh được nhận ({allowed})")
    if path.stat().st_size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
        limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE // (1024 * 1024)
        raise LineError(f"{prefix}tệp “{file_name}” lớn hơn {limit} MB")
    return ImageSpec(
        path=path,
        caption=_text(item, "caption", label=prefix + FIELD_LABELS["caption"]),
        author=_text(item, "author", max_length=255, label=prefix + "tác giả ảnh (author)"),
        source=_text(item, "source", max_length=255, label=prefix + "nguồn ảnh (source)"),
        license=_text(item, "license", max_length=500, label=prefix + FIELD_LABELS["license"]),
    )


def _tags(values):
    tags = []
    for value in values:
        if not isinstance(value, str):
            raise LineError("từ khóa (tags) phải là danh sách chuỗi ký tự")
        tag = clean_text(value, "từ khóa (tags)")
        if len(tag) > 100:
            raise LineError(f"từ khóa “{tag[:30]}…” dài {len(tag)} ký tự, tối đa 100")
        if tag and tag not in tags:
            tags.append(tag)
    return tags
