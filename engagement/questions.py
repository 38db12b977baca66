"""Services of Hỏi đáp: a citizen's question received, and each step staff take on it.

Views, the demo loader and the tests call these; each step is one transaction and records an
event for the question's history. Mail goes through Django's mail settings; a failed send is
logged and never undoes the step.
"""

import logging
import secrets

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from sites.access import unit_for_site
from sites.cache_purge import page_content_changed

from .models import Question, QuestionEvent, QuestionStatus
from .working_days import due_date

logger = logging.getLogger(__name__)

# No 0/O, 1/I/L: a code read over the phone or copied by hand stays unambiguous.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10


class QuestionError(Exception):
    """A step that cannot be taken; the message is for the staff member."""


def new_tracking_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def display_code(code):
    """“ABCD-EFGH-JK”: grouped for reading; the lookup ignores the dashes."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _send(subject, body, to):
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
    except Exception:  # the mail server's failure must not lose the citizen's question or the answer
        logger.exception("Không gửi được thư Hỏi đáp tới người hỏi")


def receive_question(page, site, data, now=None, notify=True):
    """Store a citizen's question asked on `page` of `site` from a valid form's cleaned data;
    `notify` mails the asker the tracking code (the demo loader turns it off)."""
    unit = unit_for_site(site)
    if unit is None:
        raise QuestionError("Trang thông tin này không thuộc đơn vị nào nên không nhận câu hỏi.")
    now = now or timezone.now()
    fields = {
        "site": site,
        "page": page,
        "authority": unit.authority,
        "unit": unit,
        "asker_name": data["asker_name"],
        "address": data["address"],
        "phone": data.get("phone", ""),
        "email": data.get("email", ""),
        "field": data["field"],
        "title": data["title"],
        "body": data["body"],
        "consented_at": now,
        "received_at": now,
        "due_on": due_date(unit.authority, timezone.localtime(now).date()),
    }
    for _attempt in range(5):
        try:
            with transaction.atomic():
                question = Question.objects.create(tracking_code=new_tracking_code(), **fields)
                QuestionEvent.objects.create(question=question, kind=QuestionEvent.Kind.RECEIVED, at=now, unit=unit)
                break
        except IntegrityError:  # the same code drawn twice: draw again
            continue
    else:
        raise QuestionError("Không tạo được mã tra cứu, vui lòng gửi lại.")
    if notify and question.email:
        _send(
            f"Đã nhận câu hỏi của bạn – mã tra cứu {display_code(question.tracking_code)}",
            (
                f"Kính gửi {question.asker_name},\n\n{unit.name} đã nhận câu hỏi “{question.title}”.\n"
                f"Mã tra cứu: {display_code(question.tracking_code)}\n"
                f"Hạn trả lời: {question.due_on:%d/%m/%Y}.\n"
                f"Tra cứu câu trả lời tại: {page.full_url}tra-cuu/\n\n"
                "Thư này được gửi tự động, vui lòng không trả lời."
            ),
            question.email,
        )
    return question


def find_by_code(site, code):
    """The question asked on `site` with this code, or None (another site's code finds nothing)."""
    if not code:
        return None
    return Question.objects.filter(site=site, tracking_code=code).select_related("field", "answering_unit").first()


def expire_published_question(sender, instance, **kwargs):
    """post_save and post_delete of a Question: one that is or was published shows on its Hỏi
    đáp page (the listing and its own answer), which the page cache and the front cache hold."""
    if instance.published_at is None:
        return
    try:
        page = instance.page
    except ObjectDoesNotExist:  # deleted with its page, whose deletion expires it
        return
    page_content_changed(page, [f"{instance.pk}/"])


def _event(question, kind, user, unit=None, note=""):
    QuestionEvent.objects.create(question=question, kind=kind, user=user, unit=unit or question.unit, note=note)


@transaction.atomic
def take(question, user):
    question.status = QuestionStatus.ASSIGNED
    question.save(update_fields=["status"])
    _event(question, QuestionEvent.Kind.TAKEN, user)


@transaction.atomic
def forward(question, unit, user, note=""):
    if unit.pk == question.unit_id:
        raise QuestionError("Câu hỏi đang ở chính đơn vị này.")
    question.unit = unit
    question.status = QuestionStatus.ASSIGNED
    question.save(update_fields=["unit", "status"])
    _event(question, QuestionEvent.Kind.FORWARDED, user, unit=unit, note=note)


@transaction.atomic
def answer(question, user, text, answering_unit, documents):
    question.answer = text
    question.answering_unit = answering_unit
    question.answered_at = timezone.now()
    question.answered_by = user
    question.status = QuestionStatus.ANSWERED
    question.save()
    question.cited_documents.set(documents)
    _event(question, QuestionEvent.Kind.ANSWERED, user, unit=answering_unit)


def publish(question, user, notify=True):
    with transaction.atomic():
        question.status = QuestionStatus.PUBLISHED
        question.published_at = timezone.now()
        question.published_by = user
        question.save(update_fields=["status", "published_at", "published_by"])
        _event(question, QuestionEvent.Kind.PUBLISHED, user)
    if notify and question.email:
        _send(
            f"Câu hỏi “{question.title}” đã được trả lời",
            (
                f"Kính gửi {question.asker_name},\n\n"
                f"{question.answering_unit or question.unit} đã trả lời câu hỏi của bạn "
                f"(mã tra cứu {display_code(question.tracking_code)}).\n\n"
                f"{question.answer}\n\n"
                f"Xem câu trả lời trên trang: {question.page.full_url}{question.pk}/\n\n"
                "Thư này được gửi tự động, vui lòng không trả lời."
            ),
            question.email,
        )


@transaction.atomic
def close(question, user, reason):
    question.status = QuestionStatus.CLOSED
    question.closed_reason = reason
    question.save(update_fields=["status", "closed_reason"])
    _event(question, QuestionEvent.Kind.CLOSED, user, note=reason)
