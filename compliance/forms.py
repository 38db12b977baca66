"""Forms of the inspector's admin: waiving a finding, the domain lists, the legal-basis texts."""

import re
from urllib.parse import urlsplit

from django import forms

from wagtail.admin.forms.models import WagtailAdminModelForm

from .models import DomainEntry, RuleText

_DOMAIN_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$", re.UNICODE)


class WaiveForm(forms.Form):
    reason = forms.CharField(
        label="Lý do miễn",
        widget=forms.Textarea({"rows": 3}),
        max_length=2000,
        help_text="Bắt buộc. Ví dụ: đã có văn bản đồng ý của tác giả, số 12/CV ngày 01/03/2026.",
        error_messages={
            "required": "Vui lòng ghi lý do miễn vi phạm này.",
            "max_length": "Lý do miễn dài quá %(limit_value)d ký tự.",
        },
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Vui lòng ghi lý do miễn vi phạm này.", code="required")
        return reason


def normalise_domain(value):
    """`https://WWW.Shopee.vn/abc` → `shopee.vn`; returns "" when nothing like a domain is left."""
    value = (value or "").strip().lower()
    if "://" in value:
        value = urlsplit(value).hostname or ""
    else:
        value = value.split("/", 1)[0]
        value = value.rsplit("@", 1)[-1].split(":", 1)[0]
    value = value.strip(".")
    if value.startswith("www."):
        value = value[4:]
    return value


class DomainEntryForm(WagtailAdminModelForm):
    class Meta:
        model = DomainEntry
        fields = ["domain", "list", "category", "note"]

    def clean_domain(self):
        domain = normalise_domain(self.cleaned_data.get("domain"))
        labels = domain.split(".")
        if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels) or "_" in domain:
            raise forms.ValidationError("Tên miền không hợp lệ. Nhập dạng shopee.vn, không có http:// hay đường dẫn.")
        return domain

    def validate_unique(self):
        try:
            self.instance.validate_constraints()
        except forms.ValidationError:
            self.add_error("domain", "Tên miền này đã có trong danh sách đã chọn.")


class RuleTextForm(WagtailAdminModelForm):
    class Meta:
        model = RuleText
        fields = ["legal_basis"]
        widgets = {"legal_basis": forms.Textarea({"rows": 6})}
