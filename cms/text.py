"""Vietnamese text folding shared by every searchable model, every search query and every address."""

import re
import unicodedata

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
    """The ASCII slug Vietnamese portals use in addresses: “Điều kiện tự nhiên” → dieu-kien-tu-nhien.

    The one slug maker of the project: imports, factories, demo data and the admin's page form
    (whose slug field applies `vietnamese_letters_by_base` in the browser to the same effect).
    """
    return slugify(anyascii(str(text or "")))


_VIETNAMESE_VOWELS = "aăâeêioôơuưy"
_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def vietnamese_letters_by_base():
    """Every letter of the Vietnamese alphabet that is not ASCII, both cases, by its ASCII base letter.

    >>> vietnamese_letters_by_base()["d"]
    'đĐ'
    """
    groups = {"d": "đĐ"}
    for vowel in _VIETNAMESE_VOWELS:
        for mark in ("", *_TONE_MARKS):
            letter = unicodedata.normalize("NFC", vowel + mark)
            if not letter.isascii():
                base = ascii_slug(letter)
                groups[base] = groups.get(base, "") + letter + letter.upper()
    return groups


def _slug_options(char):
    """What Wagtail's slug makers may turn one title character into, for `is_degraded_slug`."""
    if char.isascii():
        if char.isalnum():
            return (char.lower(),)
        return ("_", "-", "") if char == "_" else ("-", "")
    base = anyascii(char).lower()
    if not base.isalnum():
        return ("-", "")
    # A letter may be transliterated, dropped (Wagtail's browser slug maker drops “ổ”, Django's
    # slugify drops “đ”) or, for đ, spelt the Serbian way.
    return (base, "", "dj") if base == "d" else (base, "")


def is_degraded_slug(slug, title):
    """Whether `slug` is the title's address with Vietnamese letters dropped or misspelt.

    That is what Wagtail makes of a Vietnamese title by itself: “Xã Tân Hà tổ chức” →
    xa-tan-ha-t-chc in the browser, “đường” → djng in the browser or uong on the server.
    `ascii_slug(title)` itself counts too: it keeps every letter.
    """
    reachable = {0}
    for char in title or "":
        options = _slug_options(char)
        reachable = {end + len(option) for end in reachable for option in options if slug.startswith(option, end)}
        if not reachable:
            return False
    return len(slug) in reachable
