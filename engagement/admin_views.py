"""The staff side of Hỏi đáp in the Wagtail admin: the inbox, the overdue list, one question and its steps.

Every question screen and step reads the question from `visible_questions(user)`: one outside the
user's inbox (another commune's, another authority's, or none) is refused with the same 403, so the
answer tells nothing about it. A step the user's role does not allow is refused the same way and
changes nothing.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import TemplateView

from wagtail.admin.views import generic

from sites.access import unit_ids_with_role
from sites.models import Role, Unit

from . import questions as steps
from .admin_forms import AnswerForm, CitationFormSet, CloseForm, ForwardForm, RuleForm, cited_documents
from .models import DEFAULT_DUE_WORKING_DAYS, QuestionRule, QuestionStatus
from .question_access import (
    answering_units,
    forward_targets,
    may_answer,
    may_close,
    may_forward,
    may_open_inbox,
    may_publish,
    may_take,
    visible_questions,
)

PER_PAGE = 50
NOT_YOURS = "Bạn không xem được câu hỏi này: câu hỏi không thuộc đơn vị của bạn."
NO_INBOX = "Tài khoản của bạn không có hộp thư Hỏi đáp."
NOT_ALLOWED = "Vai trò của bạn không được làm việc này với câu hỏi ở trạng thái hiện tại."


def refusal(request, message):
    context = {"page_title": "Không có quyền", "header_title": "Không có quyền", "message": message}
    return TemplateResponse(request, "engagement/admin/refused.html", context, status=403)


class EngagementAdminView(generic.WagtailAdminTemplateMixin, TemplateView):
    """A screen of one of engagement's admin sections, under that section's breadcrumb."""

    section_url_name, section_label = "engagement_questions", "Hỏi đáp"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.section_url_name), "label": self.section_label},
            {"url": "", "label": self.get_page_title()},
        ]


class QuestionAdminView(EngagementAdminView):
    header_icon = "help"


class InboxView(QuestionAdminView):
    template_name = "engagement/admin/inbox.html"
    page_title = "Hộp thư Hỏi đáp"
    overdue_only = False

    def dispatch(self, request, *args, **kwargs):
        if not may_open_inbox(request.user):
            return refusal(request, NO_INBOX)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        questions = visible_questions(self.request.user).select_related("unit", "site", "field")
        status = self.request.GET.get("status", "open")
        if self.overdue_only:
            questions = questions.overdue()
        elif status == "open":
            questions = questions.open()
        elif status in QuestionStatus.values:
            questions = questions.filter(status=status)
        unit = self.request.GET.get("unit", "")
        if unit.isdigit():
            questions = questions.filter(unit_id=int(unit))
        questions = questions.order_by("due_on", "received_at") if self.overdue_only or status == "open" else questions
        page = Paginator(questions, PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            {
                "questions": page,
                "status": status,
                "statuses": [("open", "Chưa xong"), *QuestionStatus.choices, ("all", "Tất cả")],
                "overdue_only": self.overdue_only,
                "today": timezone.localdate(),
                "units": self._units(),
                "chosen_unit": unit,
                "rule_authorities": self._rule_authorities(),
            }
        )
        return context

    def _units(self):
        user = self.request.user
        boards = unit_ids_with_role(user, Role.BOARD, Role.INSPECTOR)
        if user.is_superuser:
            return Unit.objects.all().order_by("parent_id", "name")
        if not boards:
            return Unit.objects.none()
        return Unit.objects.filter(Q(pk__in=boards) | Q(parent__in=boards)).order_by("parent_id", "name")

    def _rule_authorities(self):
        user = self.request.user
        if user.is_superuser:
            return Unit.objects.parents()
        return Unit.objects.filter(pk__in=unit_ids_with_role(user, Role.BOARD))


class OverdueView(InboxView):
    page_title = "Câu hỏi quá hạn trả lời"
    overdue_only = True


class QuestionMixin:
    """Reads the question from the user's inbox; refuses one outside it."""

    def dispatch(self, request, *args, **kwargs):
        self.question = (
            visible_questions(request.user)
            .select_related("unit", "site", "field", "authority", "answering_unit", "page")
            .filter(pk=kwargs["question_id"])
            .first()
        )
        if self.question is None:
            return refusal(request, NOT_YOURS)
        return super().dispatch(request, *args, **kwargs)

    def detail_url(self):
        return reverse("engagement_question", args=[self.question.pk])


class QuestionDetailView(QuestionMixin, QuestionAdminView):
    template_name = "engagement/admin/question.html"

    def get_page_title(self):
        return f"Câu hỏi: {self.question.title}"

    def get_context_data(self, answer_form=None, citations=None, forward_form=None, close_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        user, question = self.request.user, self.question
        can = {
            "take": may_take(user, question),
            "answer": may_answer(user, question),
            "publish": may_publish(user, question),
            "close": may_close(user, question),
            "forward": may_forward(user, question),
        }
        if can["answer"] and answer_form is None:
            answer_form = AnswerForm(
                units=answering_units(user, question),
                initial={"answer": question.answer, "answering_unit": question.answering_unit_id or question.unit_id},
            )
            citations = CitationFormSet(
                prefix="citations", initial=[{"document": doc} for doc in question.cited_documents.all()]
            )
        if can["forward"] and forward_form is None:
            forward_form = ForwardForm(units=forward_targets(question).exclude(pk=question.unit_id))
        if can["close"] and close_form is None:
            close_form = CloseForm()
        media = None
        if answer_form is not None:
            media = answer_form.media + citations.media
        context.update(
            {
                "question": question,
                "can": can,
                "answer_form": answer_form,
                "citations": citations,
                "forward_form": forward_form,
                "close_form": close_form,
                "media": media,
                "events": question.events.select_related("user", "unit"),
                "documents": question.cited_documents.all(),
                "public_url": f"{question.page.url}{question.pk}/"
                if question.status == QuestionStatus.PUBLISHED
                else "",
            }
        )
        return context


class StepView(QuestionMixin, QuestionAdminView):
    """A POST that takes one step on the question; GET goes back to the question."""

    allowed = None  # (user, question) -> bool
    http_method_names = ["get", "post"]

    def get(self, request, *args, **kwargs):
        return redirect(self.detail_url())

    def post(self, request, *args, **kwargs):
        if not type(self).allowed(request.user, self.question):
            return refusal(request, NOT_ALLOWED)
        return self.take_step(request)

    def invalid(self, request, **forms):
        view = QuestionDetailView()
        view.setup(request, question_id=self.question.pk)
        view.question = self.question
        context = view.get_context_data(**forms)
        return TemplateResponse(request, view.template_name, context, status=400)


class TakeView(StepView):
    allowed = staticmethod(may_take)

    def take_step(self, request):
        steps.take(self.question, request.user)
        messages.success(request, "Đã nhận xử lý câu hỏi.")
        return redirect(self.detail_url())


class AnswerView(StepView):
    allowed = staticmethod(may_answer)

    def take_step(self, request):
        question = self.question
        form = AnswerForm(request.POST, units=answering_units(request.user, question))
        citations = CitationFormSet(request.POST, prefix="citations")
        documents = None
        if form.is_valid() and citations.is_valid():
            try:
                documents = cited_documents(citations, question.authority)
            except ValidationError as error:
                form.add_error(None, error)
        if documents is None:
            return self.invalid(request, answer_form=form, citations=citations)
        steps.answer(
            question, request.user, form.cleaned_data["answer"], form.cleaned_data["answering_unit"], documents
        )
        messages.success(request, "Đã lưu câu trả lời. Lãnh đạo đơn vị hoặc Ban biên tập duyệt để đăng.")
        return redirect(self.detail_url())


class PublishView(StepView):
    allowed = staticmethod(may_publish)

    def take_step(self, request):
        steps.publish(self.question, request.user)
        messages.success(
            request, "Đã đăng câu trả lời" + (" và gửi thư cho người hỏi." if self.question.email else ".")
        )
        return redirect(self.detail_url())


class ForwardView(StepView):
    allowed = staticmethod(may_forward)

    def take_step(self, request):
        form = ForwardForm(request.POST, units=forward_targets(self.question).exclude(pk=self.question.unit_id))
        if not form.is_valid():
            return self.invalid(request, forward_form=form)
        steps.forward(self.question, form.cleaned_data["unit"], request.user, form.cleaned_data["note"])
        messages.success(request, f"Đã chuyển câu hỏi tới {form.cleaned_data['unit'].name}.")
        return redirect(self.detail_url())


class CloseView(StepView):
    allowed = staticmethod(may_close)

    def take_step(self, request):
        form = CloseForm(request.POST)
        if not form.is_valid():
            return self.invalid(request, close_form=form)
        steps.close(self.question, request.user, form.cleaned_data["reason"])
        messages.success(request, "Đã đóng câu hỏi, không đăng.")
        return redirect(self.detail_url())


class RuleView(QuestionAdminView):
    """The board sets its authority's due date in working days."""

    template_name = "engagement/admin/rule.html"
    page_title = "Thời hạn trả lời câu hỏi"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        self.authority = Unit.objects.filter(pk=kwargs["authority_id"]).first()
        boards = unit_ids_with_role(user, Role.BOARD)
        if self.authority is None or not (user.is_superuser or self.authority.pk in boards):
            return refusal(request, "Chỉ Ban biên tập của đơn vị chủ quản đặt thời hạn trả lời.")
        return super().dispatch(request, *args, **kwargs)

    def current(self):
        rule = QuestionRule.objects.filter(authority=self.authority).first()
        return rule.due_working_days if rule else DEFAULT_DUE_WORKING_DAYS

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = form or RuleForm(initial={"due_working_days": self.current()})
        context["authority"] = self.authority
        return context

    def post(self, request, *args, **kwargs):
        form = RuleForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        QuestionRule.objects.update_or_create(
            authority=self.authority, defaults={"due_working_days": form.cleaned_data["due_working_days"]}
        )
        messages.success(request, "Đã lưu thời hạn trả lời (áp dụng cho câu hỏi nhận từ nay).")
        return redirect(reverse("engagement_questions"))


urlpatterns = [
    path("", InboxView.as_view(), name="engagement_questions"),
    path("qua-han/", OverdueView.as_view(), name="engagement_questions_overdue"),
    path("thoi-han/<int:authority_id>/", RuleView.as_view(), name="engagement_question_rule"),
    path("<int:question_id>/", QuestionDetailView.as_view(), name="engagement_question"),
    path("<int:question_id>/nhan/", TakeView.as_view(), name="engagement_question_take"),
    path("<int:question_id>/tra-loi/", AnswerView.as_view(), name="engagement_question_answer"),
    path("<int:question_id>/dang/", PublishView.as_view(), name="engagement_question_publish"),
    path("<int:question_id>/chuyen/", ForwardView.as_view(), name="engagement_question_forward"),
    path("<int:question_id>/dong/", CloseView.as_view(), name="engagement_question_close"),
]
