"""Vietnamese text folding shared by every searchable model and every search query."""

import re

from anyascii import anyascii

from django.utils.text import slugify

_SEPARATORS = re.compile(r"[/\-.]+")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+")


def fold(text):
    """Lowercase ASCII form of `text`: diacritics and đ removed, `/ - .` turned into spaces.

    >>> fold("42/2022/NĐ-CP Quyết định")
    '42 2022 nd cp quyet dinh'
    """
    if not text:
        return ""
    folded = anyascii(str(text)).lower()
    folded = _SEPARATORS.sub(" ", folded)
    return _SPACES.sub(" ", folded).strip()


def folded_words(text):
    """The words of `fold(text)`: every other character (comma, quote, bracket, operator) separates.

    >>> folded_words("Phòng, chống dịch (COVID-19)")
    ['phong', 'chong', 'dich', 'covid', '19']
    """
    return _WORD.findall(fold(text))


def ascii_slug(text):
    """The ASCII slug Vietnamese portals use in addresses: “Điều kiện tự nhiên” → dieu-kien-tu-nhien."""
    return slugify(anyascii(str(text or "")))
