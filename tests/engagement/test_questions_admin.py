"""Hỏi đáp, the staff side: who sees which questions, who answers, publishes, forwards and closes,
each rule tried from the side that must be refused, with a positive control beside it."""

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from engagement.models import Question, QuestionStatus
from tests.helpers import COMMUNE_HOST, PROVINCE_COMMUNE_HOST, assert_refused, unit_on
from tests.legal_docs.factories import LegalDocumentPageFactory, document_index

from .question_factories import answered_question, make_question, page_path


def user(username):
    return get_user_model().objects.get(username=username)


def state(question):
    def read():
        row = Question.objects.get(pk=question.pk)
        return (row.status, row.unit_id, row.answer, row.published_at, row.closed_reason, row.events.count())

    return read


def url(name, question):
    return reverse(name, args=[question.pk])


def answer_data(text="Đề nghị ông/bà mang giấy chứng sinh đến UBND xã.", unit=None, documents=()):
    data = {
        "answer": text,
        "citations-TOTAL_FORMS": "3",
        "citations-INITIAL_FORMS": "0",
        "citations-MIN_NUM_FORMS": "0",
        "citations-MAX_NUM_FORMS": "20",
    }
    if unit is not None:
        data["answering_unit"] = str(unit.pk)
    for index, document in enumerate(documents):
        data[f"citations-{index}-document"] = str(document.pk)
    return data


@pytest.fixture
def own(commune):
    return make_question(commune, title="Câu hỏi của xã Tân Hà")


@pytest.fixture
def others(other_commune):
    return make_question(other_commune, title="Câu hỏi của thị trấn Tân Nghĩa")


@pytest.fixture
def foreign():
    return make_question(unit_on(PROVINCE_COMMUNE_HOST), title="Câu hỏi của phường Đà Lạt")


def inbox_titles(client):
    response = client.get(reverse("engagement_questions") + "?status=all")
    assert response.status_code == 200
    return {question.title for question in response.context["questions"]}


# -- who sees what -------------------------------------------------------------------------------


@pytest.mark.sqlite
def test_a_commune_editor_sees_its_own_questions_only(client, login, own, others, foreign):
    login("editor")
    assert inbox_titles(client) == {own.title}
    assert client.get(url("engagement_question", own)).status_code == 200
    assert_refused(client.get(url("engagement_question", others)))
    assert_refused(client.get(url("engagement_question", foreign)))


def test_the_board_sees_its_whole_authority_and_no_other(client, login, own, others, foreign):
    login("board")
    assert inbox_titles(client) == {own.title, others.title}
    assert_refused(client.get(url("engagement_question", foreign)))
    login("province_board")
    assert inbox_titles(client) == {foreign.title}


def test_contact_details_are_shown_to_staff_of_the_unit_only(client, login, own):
    login("editor")
    assert own.email in client.get(url("engagement_question", own)).content.decode()
    login("other_editor")
    response = client.get(url("engagement_question", own))
    assert_refused(response)
    assert own.email not in response.content.decode()


def test_an_anonymous_visitor_gets_no_inbox_and_no_question(client, own):
    for address in (reverse("engagement_questions"), url("engagement_question", own)):
        response = client.get(address)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert own.email not in client.get(page_path(own.unit), HTTP_HOST=COMMUNE_HOST).content.decode()


def test_a_question_missing_or_outside_gets_the_same_refusal(client, login, others):
    login("editor")
    missing = client.get(reverse("engagement_question", args=[others.pk + 1000]))
    outside = client.get(url("engagement_question", others))
    assert missing.status_code == outside.status_code == 403
    assert others.title not in outside.content.decode()


# -- answering -----------------------------------------------------------------------------------


def test_a_commune_editor_answers_its_own_question(client, login, own, commune):
    login("editor")
    response = client.post(url("engagement_question_answer", own), answer_data(unit=commune))
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == QuestionStatus.ANSWERED and own.answering_unit == commune


def test_a_commune_editor_cannot_answer_or_publish_another_communes_question(client, login, others, other_commune):
    login("editor")
    read = state(others)
    before = read()
    assert_refused(
        client.post(url("engagement_question_answer", others), answer_data(unit=other_commune)), read, before
    )
    answered = answered_question(other_commune, user("other_chief"))
    read = state(answered)
    before = read()
    assert_refused(client.post(url("engagement_question_publish", answered)), read, before)
    assert_refused(client.post(url("engagement_question_close", answered), {"reason": "Trùng"}), read, before)
    assert_refused(client.post(url("engagement_question_take", others)), state(others), state(others)())


def test_an_inspector_reads_but_does_not_answer(client, login, own, commune):
    login("inspector")
    assert client.get(url("engagement_question", own)).status_code == 200
    read = state(own)
    before = read()
    assert_refused(client.post(url("engagement_question_answer", own), answer_data(unit=commune)), read, before)
    assert_refused(client.post(url("engagement_question_take", own)), read, before)


# -- publishing ----------------------------------------------------------------------------------


def test_a_collaborator_and_an_editor_cannot_publish_a_chief_can(client, login, commune):
    question = answered_question(commune, user("editor"))
    read = state(question)
    before = read()
    for username in ("collaborator", "editor"):
        login(username)
        assert_refused(client.post(url("engagement_question_publish", question)), read, before)
    assert not mail.outbox[1:]  # only the receipt mail so far
    login("chief")
    assert client.post(url("engagement_question_publish", question)).status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED and question.published_by == user("chief")
    sent = mail.outbox[-1]
    assert sent.to == [question.email] and question.answer in sent.body


def test_the_board_publishes_any_question_of_its_authority(client, login, other_commune):
    question = answered_question(other_commune, user("other_editor"))
    login("board")
    assert client.post(url("engagement_question_publish", question)).status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED


def test_an_unanswered_question_cannot_be_published(client, login, own):
    login("chief")
    read = state(own)
    before = read()
    assert_refused(client.post(url("engagement_question_publish", own)), read, before)


def test_a_published_answer_appears_publicly_and_no_mail_without_an_email(client, login, commune):
    question = answered_question(commune, user("editor"), email="")
    login("chief")
    client.post(url("engagement_question_publish", question))
    assert len(mail.outbox) == 0
    html = client.get(page_path(commune, f"{question.pk}/"), HTTP_HOST=COMMUNE_HOST).content.decode()
    assert question.answer in html


# -- citations ---------------------------------------------------------------------------------


def test_an_answer_cites_the_authoritys_documents_linked_publicly(client, login, commune, district):
    document = LegalDocumentPageFactory(parent=document_index(district.site), number="12/2024/QĐ-UBND")
    question = make_question(commune)
    login("editor")
    response = client.post(url("engagement_question_answer", question), answer_data(unit=commune, documents=[document]))
    assert response.status_code == 302
    assert list(question.cited_documents.all()) == [document]
    login("chief")
    client.post(url("engagement_question_publish", question))
    html = client.get(page_path(commune, f"{question.pk}/"), HTTP_HOST=COMMUNE_HOST).content.decode()
    assert document.url_path.split("/")[-2] in html and "12/2024/QĐ-UBND" in html


def test_another_authoritys_document_cannot_be_cited(client, login, commune):
    foreign_document = LegalDocumentPageFactory(parent=document_index(unit_on(PROVINCE_COMMUNE_HOST).site))
    question = make_question(commune)
    login("editor")
    read = state(question)
    before = read()
    response = client.post(
        url("engagement_question_answer", question), answer_data(unit=commune, documents=[foreign_document])
    )
    assert response.status_code == 400 and "Chỉ viện dẫn được văn bản" in response.content.decode()
    assert read() == before


def test_an_editor_cannot_name_another_unit_as_the_answering_unit(client, login, own, other_commune):
    login("editor")
    read = state(own)
    before = read()
    response = client.post(url("engagement_question_answer", own), answer_data(unit=other_commune))
    assert response.status_code == 400 and "Đơn vị trả lời không thuộc" in response.content.decode()
    assert read() == before


# -- forwarding and closing -------------------------------------------------------------------------


def test_the_board_forwards_a_district_question_to_a_commune_and_a_department(client, login, district, commune):
    from sites.models import Unit, UnitKind

    question = make_question(district, title="Câu hỏi gửi huyện về văn hóa")
    department = Unit.objects.get(kind=UnitKind.DEPARTMENT, parent=district)
    login("board")
    assert client.post(url("engagement_question_forward", question), {"unit": commune.pk}).status_code == 302
    question.refresh_from_db()
    assert question.unit == commune and question.status == QuestionStatus.ASSIGNED
    login("editor")
    assert question.title in inbox_titles(client)
    login("board")
    assert client.post(url("engagement_question_forward", question), {"unit": department.pk}).status_code == 302
    question.refresh_from_db()
    assert question.unit == department
    login("editor")
    assert question.title not in inbox_titles(client)


def test_nobody_but_the_board_forwards_and_never_outside_the_authority(client, login, own, district):
    read = state(own)
    before = read()
    for username in ("editor", "chief", "inspector"):
        login(username)
        assert_refused(client.post(url("engagement_question_forward", own), {"unit": district.pk}), read, before)
    login("board")
    foreign_unit = unit_on(PROVINCE_COMMUNE_HOST)
    response = client.post(url("engagement_question_forward", own), {"unit": foreign_unit.pk})
    assert response.status_code == 400 and "Chỉ chuyển được tới đơn vị thuộc" in response.content.decode()
    assert read() == before


def test_a_chief_closes_with_a_reason_an_editor_cannot(client, login, own):
    login("editor")
    read = state(own)
    before = read()
    assert_refused(client.post(url("engagement_question_close", own), {"reason": "Trùng câu hỏi"}), read, before)
    login("chief")
    assert client.post(url("engagement_question_close", own), {"reason": ""}).status_code == 400
    assert client.post(url("engagement_question_close", own), {"reason": "Trùng câu hỏi số 12"}).status_code == 302
    own.refresh_from_db()
    assert own.status == QuestionStatus.CLOSED and own.closed_reason == "Trùng câu hỏi số 12"
    assert client.get(page_path(own.unit, f"{own.pk}/"), HTTP_HOST=COMMUNE_HOST).status_code == 404


def test_an_editor_takes_a_new_question(client, login, own):
    login("editor")
    assert client.post(url("engagement_question_take", own)).status_code == 302
    own.refresh_from_db()
    assert own.status == QuestionStatus.ASSIGNED


# -- the overdue list and the due-date rule ---------------------------------------------------------


def test_the_overdue_list_holds_open_questions_past_their_date(client, login, commune):
    late = make_question(commune, title="Câu hỏi quá hạn")
    Question.objects.filter(pk=late.pk).update(due_on="2020-01-02")
    on_time = make_question(commune, title="Câu hỏi còn hạn")
    done = make_question(commune, title="Câu hỏi đã đóng")
    Question.objects.filter(pk=done.pk).update(due_on="2020-01-02", status=QuestionStatus.CLOSED)
    login("chief")
    response = client.get(reverse("engagement_questions_overdue"))
    titles = {question.title for question in response.context["questions"]}
    assert titles == {late.title}
    assert on_time.title not in titles
    login("other_chief")
    assert not list(client.get(reverse("engagement_questions_overdue")).context["questions"])


def test_the_inbox_costs_the_same_with_more_questions(client, login, commune, other_commune):
    login("board")
    client.get(reverse("engagement_questions"))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("engagement_questions"))
    for unit in (commune, other_commune) * 5:
        make_question(unit)
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("engagement_questions"))
    assert len(many) == len(few) + 1  # the count query of a non-empty page


def test_only_the_board_sets_its_authoritys_due_date(client, login, district, province):
    from engagement.models import QuestionRule

    address = reverse("engagement_question_rule", args=[district.pk])
    for username in ("chief", "inspector", "province_board"):
        login(username)
        assert_refused(client.post(address, {"due_working_days": "3"}))
    assert not QuestionRule.objects.exists()
    login("board")
    assert client.post(address, {"due_working_days": "abc"}).status_code == 400
    assert client.post(address, {"due_working_days": "3"}).status_code == 302
    assert QuestionRule.objects.get(authority=district).due_working_days == 3


def test_the_menu_shows_the_inbox_to_staff(db, client, login):
    # The sidebar is drawn from JSON in the page: the inbox's address stands there for staff only.
    login("editor")
    assert reverse("engagement_questions") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_board_keeps_the_holiday_list_a_commune_editor_cannot(db, client, login):
    from engagement.models import PublicHoliday
    from engagement.question_hooks import holiday_viewset

    add_url = reverse(holiday_viewset.get_url_name("add"))
    login("editor")
    assert_refused(client.post(add_url, {"date": "2027-11-24", "name": "Ngày Văn hóa Việt Nam"}))
    assert not PublicHoliday.objects.filter(date="2027-11-24").exists()
    login("board")
    assert client.get(reverse(holiday_viewset.get_url_name("list"))).status_code == 200
    assert client.post(add_url, {"date": "2027-11-24", "name": "Ngày Văn hóa Việt Nam"}).status_code == 302
    assert PublicHoliday.objects.filter(date="2027-11-24").exists()
