"""Files named by an import: found inside the import's folder, images stored once per collection."""

import unicodedata
from pathlib import Path

from PIL import Image as PILImage

from django.core.files import File

from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from .errors import RowError, os_reason


def file_in_folder(name, folder, label, folder_label):
    """The existing file `name` names, relative to `folder` (resolved) and inside it, or RowError."""
    relative = Path(name.replace("\\", "/"))
    try:
        path = (folder / relative).resolve()
        if relative.is_absolute() or not path.is_relative_to(folder):
            raise RowError(f"{label} “{name}” phải nằm trong thư mục chứa {folder_label}")
        # Files copied from a Mac may carry their names in decomposed Unicode.
        for form in ("NFC", "NFD"):
            variant = folder / unicodedata.normalize(form, str(relative))
            if variant.is_file():
                return variant
    except (OSError, ValueError):  # a name too long for the system, or with a NUL byte
        pass
    raise RowError(f"không tìm thấy {label} “{name}” trong thư mục chứa {folder_label}")


def image_from_file(path, collection, stored_files, **fields):
    """(image, created): the image in `collection` with the content of the file at `path`, or a
    new one stored with `fields` (title, author, source, license).

    The name of a new file goes to `stored_files`, so that a row rolled back can delete it.
    RowError for a file that cannot be read or is not an image.
    """
    image_model = get_image_model()
    try:
        with path.open("rb") as stream:
            file_hash = hash_filelike(stream)
            existing = image_model.objects.filter(collection=collection, file_hash=file_hash).first()
            if existing:
                return existing, False
            try:
                PILImage.open(stream).verify()
            except Exception:
                raise RowError(f"tệp “{path.name}” không phải ảnh hoặc đã hỏng") from None
            stream.seek(0)
            image = image_model(collection=collection, file_size=path.stat().st_size, file_hash=file_hash, **fields)
            image.file = File(stream, name=path.name)
            image.save()
            stored_files.append(image.file.name)
            return image, True
    except OSError as error:
        raise RowError(f"không đọc được ảnh “{path.name}”: {os_reason(error)}") from None
