"""The staff forms of the question inbox: answer (with cited documents), forward, close, the due-date rule."""

from django import forms
from django.db.models import Q

from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Site

from legal_docs.models import LegalDocumentPage

ANSWER_MAX, REASON_MAX = 10_000, 1000


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label="Nội dung trả lời",
        max_length=ANSWER_MAX,
        widget=forms.Textarea(attrs={"rows": 12}),
        error_messages={
            "required": "Vui lòng nhập nội dung trả lời.",
            "max_length": f"Nội dung trả lời dài tối đa {ANSWER_MAX} ký tự.",
        },
    )
    answering_unit = forms.ModelChoiceField(
        label="Đơn vị trả lời",
        queryset=None,
        empty_label=None,
        error_messages={"invalid_choice": "Đơn vị trả lời không thuộc đơn vị chủ quản của câu hỏi."},
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answering_unit"].queryset = units


class CitationForm(forms.Form):
    document = forms.ModelChoiceField(
        label="Văn bản",
        queryset=LegalDocumentPage.objects.all(),
        required=False,
        widget=AdminPageChooser(target_models=[LegalDocumentPage], can_choose_root=False),
        error_messages={"invalid_choice": "Chỉ chọn được văn bản (trang văn bản pháp luật)."},
    )


CitationFormSet = forms.formset_factory(CitationForm, extra=3, max_num=20, validate_max=True)


def authority_documents(authority):
    """The live documents of the authority's portals: what an answer may cite."""
    sites = Site.objects.filter(Q(unit=authority) | Q(unit__parent=authority))
    return LegalDocumentPage.objects.live().filter(site__in=sites)


def cited_documents(formset, authority):
    """The documents chosen in a valid formset; a foreign or unpublished one is a form error."""
    chosen = [form.cleaned_data["document"] for form in formset.forms if form.cleaned_data.get("document")]
    allowed = set(authority_documents(authority).filter(pk__in=[doc.pk for doc in chosen]).values_list("pk", flat=True))
    refused = [doc for doc in chosen if doc.pk not in allowed]
    if refused:
        raise forms.ValidationError(
            "Chỉ viện dẫn được văn bản đã đăng trên các trang của đơn vị chủ quản: "
            + ", ".join(doc.title for doc in refused)
        )
    return list(dict.fromkeys(chosen))


class ForwardForm(forms.Form):
    unit = forms.ModelChoiceField(
        label="Chuyển tới đơn vị",
        queryset=None,
        error_messages={
            "required": "Vui lòng chọn đơn vị nhận.",
            "invalid_choice": "Chỉ chuyển được tới đơn vị thuộc đơn vị chủ quản của câu hỏi.",
        },
    )
    note = forms.CharField(
        label="Ghi chú", max_length=REASON_MAX, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class CloseForm(forms.Form):
    reason = forms.CharField(
        label="Lý do đóng (không đăng)",
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": "Vui lòng nhập lý do đóng câu hỏi.",
            "max_length": f"Lý do dài tối đa {REASON_MAX} ký tự.",
        },
    )


class RuleForm(forms.Form):
    due_working_days = forms.IntegerField(
        label="Thời hạn trả lời (ngày làm việc)",
        min_value=1,
        max_value=60,
        error_messages={
            "required": "Vui lòng nhập số ngày làm việc.",
            "invalid": "Số ngày phải là số nguyên.",
            "min_value": "Thời hạn ít nhất 1 ngày làm việc.",
            "max_value": "Thời hạn tối đa 60 ngày làm việc.",
        },
    )
