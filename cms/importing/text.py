"""The one cleaner every imported text field goes through.

Older systems export text that PostgreSQL or readers cannot take: NUL bytes (PostgreSQL refuses
them in text: "A string literal cannot contain NUL"), other control characters, lone surrogates
from broken encoders, and Vietnamese in decomposed Unicode. Every field is cleaned the same way,
whichever import reads it, so the same bad input gives the same result everywhere: the
characters are dropped and the row is imported.
"""

import re
import unicodedata

from .errors import RowError

# C0 controls except tab, line feed and carriage return; DEL; C1 controls; lone surrogates.
_UNWANTED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def strip_control_characters(value):
    return _UNWANTED.sub("", value)


def clean_text(value, label, max_length=None, required=False, multiline=False):
    """`value` as composed Unicode without control characters, spaces collapsed (line breaks kept
    when `multiline`); RowError with `label` when it is not text, missing or too long."""
    if value is None:
        value = ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise RowError(f"{label} phải là chuỗi ký tự")
    value = strip_control_characters(unicodedata.normalize("NFC", value))
    if multiline:
        value = "\n".join(" ".join(line.split()) for line in value.strip().splitlines())
    else:
        value = " ".join(value.split())
    if required and not value:
        raise RowError(f"thiếu {label}")
    if max_length and len(value) > max_length:
        raise RowError(f"{label} dài {len(value)} ký tự, tối đa {max_length}")
    return value
