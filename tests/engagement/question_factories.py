"""Questions for the Hỏi đáp tests: the section page of a portal, what the public form posts,
and questions put in each state through the services the views call."""

from django.utils import timezone

from engagement import questions as steps
from engagement.models import QuestionIndexPage
from legal_docs.models import LegalField

from .form_factories import submission

QUESTION_SECTION_SLUG = "hoi-dap"


def question_page(unit):
    """The standard “Hỏi đáp” section provisioning gives the unit's portal."""
    return QuestionIndexPage.objects.child_of(unit.site.root_page).get(slug=QUESTION_SECTION_SLUG)


def page_path(unit, route=""):
    return f"{question_page(unit).url_path[len(unit.site.root_page.url_path) - 1 :]}{route}"


def ask_path(unit):
    return page_path(unit, "dat-cau-hoi/")


def lookup_path(unit):
    return page_path(unit, "tra-cuu/")


def first_field():
    return LegalField.objects.order_by("slug").first()


def form_data(**overrides):
    """A valid submission of the public form, shown a minute ago."""
    fields = {
        "asker_name": "Nguyễn Thị Hoa",
        "address": "Thôn 2, xã Tân Hà, huyện Hàm Tân",
        "phone": "0912 345 678",
        "email": "hoa@example.com",
        "field": str(first_field().pk),
        "title": "Thủ tục cấp giấy chứng nhận quyền sử dụng đất",
        "body": "Gia đình tôi được thừa kế mảnh đất, xin hỏi cần hồ sơ gì để cấp sổ đỏ?",
        "consent": "on",
    }
    return submission(fields, **overrides)


def make_question(unit, received_at=None, **overrides):
    """A question received on the unit's portal, as the form would store it."""
    data = {
        "asker_name": "Trần Văn Bình",
        "address": "Khu phố 3",
        "phone": "0987654321",
        "email": "binh@example.com",
        "field": first_field(),
        "title": "Đăng ký khai sinh cho con",
        "body": "Con tôi sinh ở bệnh viện huyện, tôi đăng ký khai sinh ở đâu?",
    }
    data.update(overrides)
    return steps.receive_question(question_page(unit), unit.site, data, now=received_at or timezone.now())


def answered_question(unit, user, text="Ông/bà đến bộ phận một cửa UBND xã để đăng ký.", documents=(), **overrides):
    question = make_question(unit, **overrides)
    steps.answer(question, user, text, question.unit, list(documents))
    return question


def published_question(unit, user, **overrides):
    question = answered_question(unit, user, **overrides)
    steps.publish(question, user)
    return question
