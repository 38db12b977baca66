"""The public forms of Hỏi đáp: asking a question and looking one up by its code.

Limits (the model's columns hold them; the form says so in Vietnamese before the database would):

| field | rule |
|---|---|
| Họ và tên | required, 2–100 characters, letters of any script with spaces, `.`, `-`, `'` |
| Địa chỉ | required, 5–255 characters |
| Số điện thoại | optional, at most 20 characters: digits, spaces, `+ . - ( )`, 9–15 digits |
| Thư điện tử | optional, at most 254 characters, a valid address (with @) |
| phone or e-mail | at least one of them |
| Lĩnh vực | required, one of the legal fields (legal_docs.LegalField) |
| Tiêu đề | required, 5–200 characters |
| Nội dung câu hỏi | required, 10–5,000 characters |
| consent | required, unticked at first |

The comment form's limits are in `CommentForm` (and engagement/models/comments.py).

Everything is plain text: HTML and scripts are kept as typed and escaped when shown. Emoji and
mixed scripts are accepted in the title and the question (people write them); a name must be
letters. Control characters (NUL included, which PostgreSQL refuses) are refused by Django's
own validator or removed (tabs and line breaks stay in the question).
"""

import re

from django import forms

from legal_docs.models import LegalField

from .models import COMMENT_NAME_MAX, COMMENT_TEXT_MAX
from .spam import SpamProtectedForm

NAME_MAX, ADDRESS_MAX, PHONE_MAX, EMAIL_MAX, TITLE_MAX, BODY_MAX = 100, 255, 20, 254, 200, 5000
_PHONE_CHARS = re.compile(r"^[0-9+().\-\s]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CODE_MAX = 20


def _text(label, max_length, min_length=0, required=True, widget=None):
    return forms.CharField(
        label=label,
        max_length=max_length,
        min_length=min_length or None,
        required=required,
        widget=widget,
        error_messages={
            "required": f"Vui lòng nhập {label.lower()}.",
            "max_length": f"{label} dài tối đa %(limit_value)d ký tự (đang có %(show_value)d).",
            "min_length": f"{label} cần ít nhất %(limit_value)d ký tự.",
            "null_characters_not_allowed": f"{label} có ký tự không hợp lệ.",
        },
    )


def _plain(value):
    return _CONTROL.sub("", value or "").strip()


def person_name(value):
    """A name as people write it: letters of any script, spaces, `.`, `-`, `'`; spaces collapsed."""
    name = " ".join(_plain(value).split())
    if any(not (char.isalpha() or char in " .-'’") for char in name):
        raise forms.ValidationError("Họ và tên chỉ gồm chữ cái, dấu cách và các dấu . - ' (không có số, biểu tượng).")
    if len(name) < 2:
        raise forms.ValidationError("Họ và tên cần ít nhất 2 ký tự.")
    return name


def _email(required):
    return forms.EmailField(
        label="Thư điện tử",
        max_length=EMAIL_MAX,
        required=required,
        error_messages={
            "required": "Vui lòng nhập thư điện tử.",
            "invalid": "Thư điện tử không hợp lệ (ví dụ đúng: ten@example.com).",
            "max_length": f"Thư điện tử dài tối đa {EMAIL_MAX} ký tự.",
        },
    )


def _consent(purpose):
    return forms.BooleanField(
        label="Tôi đồng ý để cơ quan quản lý trang xử lý dữ liệu cá nhân của tôi theo thông báo xử lý dữ liệu cá nhân.",
        required=True,
        error_messages={"required": f"Bạn cần đồng ý với thông báo xử lý dữ liệu cá nhân để {purpose}."},
    )


class QuestionForm(SpamProtectedForm):
    asker_name = _text("Họ và tên", NAME_MAX, 2)
    address = _text("Địa chỉ", ADDRESS_MAX, 5)
    phone = _text("Số điện thoại", PHONE_MAX, required=False, widget=forms.TextInput(attrs={"inputmode": "tel"}))
    email = _email(required=False)
    field = forms.ModelChoiceField(
        label="Lĩnh vực",
        queryset=LegalField.objects.all(),
        empty_label="— Chọn lĩnh vực —",
        error_messages={
            "required": "Vui lòng chọn lĩnh vực.",
            "invalid_choice": "Lĩnh vực đã chọn không có trong danh sách.",
        },
    )
    title = _text("Tiêu đề", TITLE_MAX, 5)
    body = _text("Nội dung câu hỏi", BODY_MAX, 10, widget=forms.Textarea(attrs={"rows": 8}))
    consent = _consent("gửi câu hỏi")

    def clean_asker_name(self):
        return person_name(self.cleaned_data["asker_name"])

    def clean_address(self):
        return " ".join(_plain(self.cleaned_data["address"]).split())

    def clean_phone(self):
        phone = _plain(self.cleaned_data["phone"])
        if not phone:
            return ""
        digits = re.sub(r"\D", "", phone)
        if not _PHONE_CHARS.match(phone) or not 9 <= len(digits) <= 15:
            raise forms.ValidationError("Số điện thoại chỉ gồm chữ số (9 đến 15 số), có thể có dấu cách, + . - ( ).")
        return phone

    def clean_title(self):
        return " ".join(_plain(self.cleaned_data["title"]).split())

    def clean_body(self):
        return _plain(self.cleaned_data["body"])

    def clean(self):
        cleaned = super().clean()
        phone, email = cleaned.get("phone"), cleaned.get("email")
        if not phone and not email and "phone" not in self.errors and "email" not in self.errors:
            raise forms.ValidationError("Vui lòng để lại số điện thoại hoặc thư điện tử (ít nhất một) để nhận trả lời.")
        if email and not self.guard.email_allowed(email):
            raise forms.ValidationError(
                f"Thư điện tử này đã gửi nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau "
                f"{self.guard.wait_minutes('email')} phút."
            )
        return cleaned


class CommentForm(SpamProtectedForm):
    """“Ý kiến bạn đọc” under an article. Limits: name 2–100 characters (letters, as for a question),
    e-mail required (the staff may need to reach the reader; never shown), at most 254 characters,
    text 5–2,000 characters, plain: HTML is kept as typed and escaped when shown, links are not made
    clickable, line breaks stay; emoji and mixed scripts are accepted in the text."""

    name = _text("Họ và tên", COMMENT_NAME_MAX, 2)
    email = _email(required=True)
    text = _text("Nội dung ý kiến", COMMENT_TEXT_MAX, 5, widget=forms.Textarea(attrs={"rows": 6}))
    consent = _consent("gửi ý kiến")

    def clean_name(self):
        return person_name(self.cleaned_data["name"])

    def clean_text(self):
        text = _plain(self.cleaned_data["text"])
        if len(text) < 5:
            raise forms.ValidationError("Nội dung ý kiến cần ít nhất 5 ký tự.")
        return text

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if email and not self.guard.email_allowed(email):
            raise forms.ValidationError(
                f"Thư điện tử này đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau "
                f"{self.guard.wait_minutes('email')} phút."
            )
        return cleaned


def normalise_code(text):
    return re.sub(r"[^0-9A-Za-z]", "", text or "").upper()[:CODE_MAX]


class LookupForm(forms.Form):
    code = forms.CharField(
        label="Mã tra cứu",
        max_length=CODE_MAX,
        error_messages={
            "required": "Vui lòng nhập mã tra cứu.",
            "max_length": f"Mã tra cứu dài tối đa {CODE_MAX} ký tự.",
            "null_characters_not_allowed": "Mã tra cứu có ký tự không hợp lệ.",
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_code(self):
        return normalise_code(self.cleaned_data["code"])
