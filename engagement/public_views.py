"""The public side of Hỏi đáp, served by `QuestionIndexPage`'s routes.

- listing: the site's published questions and answers, with the folded search every citizen
  search uses (cms.folded_search, cms.query), filters by field and year, pages of 10;
- ask: the form, spam-guarded (engagement.spam); on success the tracking code is shown (and mailed);
- lookup: a code finds the question asked on this site, whatever its state; a wrong code gets one
  message, so codes cannot be enumerated (and lookups are rate-limited like submissions);
- answer_detail: one published question; anything else, or another site's, is a 404.

The asker's contact details are never shown: the public name is the initials and the given name.
"""

from django.core.paginator import Paginator
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.template.response import TemplateResponse

from wagtail.models import Site

from cms.folded_search import relevance, words_condition
from cms.query import MAX_QUERY_CHARS, clean_value, page_number, search_terms
from legal_docs.models import LegalField

from .forms import LookupForm, QuestionForm
from .models import Question
from .questions import QuestionError, display_code, find_by_code, receive_question
from .spam import SpamGuard

PER_PAGE = 10
FIELD_PARAM, YEAR_PARAM = "linh-vuc", "nam"
RATE_LIMITED = "Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau {minutes} phút."
NOT_FOUND = "Không tìm thấy câu hỏi nào với mã tra cứu này trên trang. Vui lòng kiểm tra lại mã (mã gồm 10 ký tự)."
CLOSED_FORM = "Chuyên mục tạm ngừng nhận câu hỏi mới."


def _site(page, request):
    site = Site.find_for_request(request)
    if site is None or site.pk != page.get_site().pk:
        raise Http404("Không có trang này.")
    return site


def _render(page, request, template, context, status=200):
    context = {**page.get_context(request), **context}
    return TemplateResponse(request, template, context, status=status)


def published_on(site, params):
    """The published questions of `site` for the listing's parameters (terms, field, year)."""
    questions = Question.objects.published().on_site(site).select_related("field", "answering_unit")
    if params["terms"]:
        questions = questions.filter(words_condition(params["terms"])).annotate(score=relevance(params["terms"]))
        questions = questions.order_by("-score", "-published_at", "-pk")
    else:
        questions = questions.order_by("-published_at", "-pk")
    if params["field"]:
        questions = questions.filter(field__slug=params["field"])
    if params["year"]:
        questions = questions.filter(published_at__year=params["year"])
    return questions


def _year(value):
    value = clean_value(value, 4)
    return int(value) if value.isdigit() and 1990 <= int(value) <= 2100 else None


def listing(page, request):
    site = _site(page, request)
    text = clean_value(request.GET.get("q"), MAX_QUERY_CHARS)
    params = {
        "text": text,
        "terms": search_terms(text),
        "field": clean_value(request.GET.get(FIELD_PARAM), 150),
        "year": _year(request.GET.get(YEAR_PARAM)),
    }
    paginator = Paginator(published_on(site, params), PER_PAGE)
    questions = paginator.get_page(page_number(request.GET.get("page")))
    years = (
        Question.objects.published()
        .on_site(site)
        .annotate(year=ExtractYear("published_at"))
        .values_list("year", flat=True)
        .distinct()
        .order_by("-year")
    )
    query = {
        key: value
        for key, value in (("q", text), (FIELD_PARAM, params["field"]), (YEAR_PARAM, params["year"] or ""))
        if value
    }
    return _render(
        page,
        request,
        "engagement/question_index_page.html",
        {
            "questions": questions,
            "params": params,
            "fields": LegalField.objects.all(),
            "years": list(years),
            "field_param": FIELD_PARAM,
            "year_param": YEAR_PARAM,
            "page_query": query,
            "searched": bool(params["terms"] or params["field"] or params["year"]),
            "lookup_form": LookupForm(),
        },
    )


def ask(page, request):
    site = _site(page, request)
    guard = SpamGuard("question", request)
    context = {"accepting": page.accepts_questions}
    if not page.accepts_questions:
        return _render(page, request, "engagement/question_form.html", {**context, "message": CLOSED_FORM})
    if request.method != "POST":
        form = QuestionForm(guard=guard)
        return _render(page, request, "engagement/question_form.html", {**context, "form": form})
    if not guard.allow():
        message = RATE_LIMITED.format(minutes=guard.wait_minutes())
        return _render(page, request, "engagement/question_form.html", {**context, "message": message}, status=429)
    form = QuestionForm(request.POST, guard=guard)
    if not form.is_valid():
        return _render(page, request, "engagement/question_form.html", {**context, "form": form}, status=400)
    try:
        question = receive_question(page, site, form.cleaned_data)
    except QuestionError as error:
        form.add_error(None, str(error))
        return _render(page, request, "engagement/question_form.html", {**context, "form": form}, status=400)
    guard.record_accepted(question.email)
    return _render(
        page,
        request,
        "engagement/question_received.html",
        {"question": question, "code": display_code(question.tracking_code)},
    )


def lookup(page, request):
    site = _site(page, request)
    if request.method != "POST":
        return _render(page, request, "engagement/question_lookup.html", {"form": LookupForm()})
    guard = SpamGuard("lookup", request)
    if not guard.allow():
        message = RATE_LIMITED.format(minutes=guard.wait_minutes())
        return _render(page, request, "engagement/question_lookup.html", {"message": message}, status=429)
    form = LookupForm(request.POST)
    question = find_by_code(site, form.cleaned_data["code"]) if form.is_valid() else None
    if form.is_valid() and question is None:
        form.add_error("code", NOT_FOUND)
    status = 200 if question else 400 if form.errors else 200
    return _render(
        page,
        request,
        "engagement/question_lookup.html",
        {"form": form, "found": question, "code": display_code(question.tracking_code) if question else ""},
        status=status,
    )


def privacy(page, request):
    _site(page, request)
    return _render(page, request, "engagement/question_privacy.html", {})


def answer_detail(page, request, question_id):
    site = _site(page, request)
    question = (
        Question.objects.published()
        .on_site(site)
        .select_related("field", "answering_unit")
        .prefetch_related("cited_documents")
        .filter(pk=question_id)
        .first()
    )
    if question is None:
        raise Http404("Không có câu hỏi này.")
    documents = [document for document in question.cited_documents.all() if document.live]
    return _render(page, request, "engagement/question_detail.html", {"question": question, "documents": documents})
