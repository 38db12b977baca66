"""Forms of the inspector's admin: waiving a finding, the domain lists, the legal-basis texts."""

from django import forms

from wagtail.admin.forms.models import WagtailAdminModelForm

from .models import DomainEntry, RuleText
from .rules.links import normalize_domain


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


class DomainEntryForm(WagtailAdminModelForm):
    class Meta:
        model = DomainEntry
        fields = ["domain", "list", "category", "note"]

    def clean_domain(self):
        # Stored the way the scanner compares hosts: lowercase ASCII (punycode), no scheme, "www." or path.
        domain = normalize_domain(self.cleaned_data.get("domain"))
        if "." not in domain or domain.startswith("[") or domain.replace(".", "").isdigit():
            raise forms.ValidationError(
                "Tên miền không hợp lệ. Nhập dạng shopee.vn (dán cả địa chỉ cũng được: chỉ giữ lại tên miền)."
            )
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
