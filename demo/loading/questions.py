"""The demo's Hỏi đáp: answered, waiting and new questions on the district's and three communes'
portals (`questions.json`), taken through the same services the inbox uses (without mailing the
made-up askers), so the inbox, the overdue list and the public listing all have something to
show. A question is found again by its title on its portal: a second run adds nothing.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model

from engagement import questions as steps
from engagement.models import Question, QuestionIndexPage
from legal_docs.models import LegalDocumentPage, LegalField
from sites.access import unit_for_site
from sites.models import Unit

from . import data
from .helpers import at, resolve_date, units_with_portals

ANSWERED, PUBLISHED = "answered", "published"


def load_questions(demo):
    spec = data.load("questions")["units"]
    units = {unit.name: unit for unit in Unit.objects.filter(name__in=list(spec)).select_related("site")}
    fields = {field.slug: field for field in LegalField.objects.all()}
    staff = get_user_model().objects.get(pk=demo.admin.pk)
    created = 0
    for unit, questions in units_with_portals(spec):
        page = QuestionIndexPage.objects.child_of(unit.site.root_page).first()
        if page is None:
            continue
        known = set(Question.objects.filter(site=unit.site).values_list("title", flat=True))
        for item in questions:
            if item["title"] in known:
                continue
            _add(demo, unit, page, item, fields, units, staff)
            created += 1
    demo.report.add_created(created, "câu hỏi của người dân")


def _add(demo, unit, page, item, fields, units, staff):
    received_on = resolve_date(item["received"], demo.today)
    data_ = {
        "asker_name": item["asker_name"],
        "address": item["address"],
        "phone": item.get("phone", ""),
        "email": item.get("email", ""),
        "field": fields.get(item["field"]),
        "title": item["title"],
        "body": item["body"],
    }
    question = steps.receive_question(page, unit.site, data_, now=at(received_on, 8, 30), notify=False)
    status = item["status"]
    if status == "assigned":
        steps.take(question, staff)
    if status in (ANSWERED, PUBLISHED):
        answering = units.get(item.get("answering_unit")) or unit_for_site(unit.site)
        documents = LegalDocumentPage.objects.filter(number__in=item.get("cites", []))
        steps.answer(question, staff, item["answer"], answering, list(documents))
        answered_at = at(received_on + timedelta(days=3), 15)
        Question.objects.filter(pk=question.pk).update(answered_at=answered_at)
    if status == PUBLISHED:
        steps.publish(question, staff, notify=False)
        Question.objects.filter(pk=question.pk).update(published_at=at(received_on + timedelta(days=4), 9))
