"""Hỏi đáp, the citizen's side: the form and its bad input, the tracking code, the lookup, the
published listing with the folded search, and what an anonymous visitor never sees."""

import re

import pytest

from django.core import mail
from django.test import Client

from engagement.models import Question, QuestionStatus
from engagement.spam import HONEYPOT_FIELD
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST, PROVINCE_COMMUNE_HOST, unit_on

from .question_factories import (
    ask_path,
    form_data,
    lookup_path,
    make_question,
    page_path,
    published_question,
    question_page,
)


@pytest.fixture
def staff(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="chief")


def post_question(client, unit, host=COMMUNE_HOST, **overrides):
    return client.post(ask_path(unit), form_data(**overrides), HTTP_HOST=host)


def text_of(response):
    return response.content.decode()


@pytest.mark.sqlite
def test_the_form_asks_consent_unticked_and_links_the_notice(client, commune):
    response = client.get(ask_path(commune), HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]  # a form with a CSRF token is never kept by a shared cache
    html = text_of(response)
    consent = re.search(r"<input[^>]*name=\"consent\"[^>]*>", html).group(0)
    assert "checked" not in consent
    assert f'href="{page_path(commune, "du-lieu-ca-nhan/")}"' in html
    notice = client.get(page_path(commune, "du-lieu-ca-nhan/"), HTTP_HOST=COMMUNE_HOST)
    assert "Nghị định số 356/2025/NĐ-CP" in text_of(notice)


def test_the_notice_is_what_the_editor_wrote(client, commune):
    page = question_page(commune)
    page.privacy_notice = "<p>Căn cứ: Luật Bảo vệ dữ liệu cá nhân (bản sửa đổi).</p>"
    page.save_revision().publish()
    html = text_of(client.get(page_path(commune, "du-lieu-ca-nhan/"), HTTP_HOST=COMMUNE_HOST))
    assert "bản sửa đổi" in html
    assert "356/2025" not in html


@pytest.mark.sqlite
def test_a_question_is_stored_with_a_code_shown_and_mailed(client, commune):
    response = post_question(client, commune)
    assert response.status_code == 200, text_of(response)[:3000]
    question = Question.objects.get()
    assert question.status == QuestionStatus.RECEIVED
    assert question.unit == commune and question.authority == commune.parent and question.site == commune.site
    shown = re.search(r'id="tracking-code">([^<]+)<', text_of(response)).group(1)
    assert shown.replace("-", "") == question.tracking_code
    assert len(mail.outbox) == 1 and shown in mail.outbox[0].subject
    assert mail.outbox[0].to == ["hoa@example.com"]


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"asker_name": ""}, "Vui lòng nhập họ và tên."),
        ({"asker_name": "A" * 101}, "Họ và tên dài tối đa 100 ký tự"),
        ({"asker_name": "Hoa 😀"}, "Họ và tên chỉ gồm chữ cái"),
        ({"asker_name": "Hoa123"}, "Họ và tên chỉ gồm chữ cái"),
        ({"address": ""}, "Vui lòng nhập địa chỉ."),
        ({"address": "x" * 256}, "Địa chỉ dài tối đa 255 ký tự"),
        ({"phone": "không có số", "email": ""}, "Số điện thoại chỉ gồm chữ số"),
        ({"phone": "09123456789012345678901"}, "Số điện thoại dài tối đa 20 ký tự"),
        ({"email": "hoa.example.com"}, "Thư điện tử không hợp lệ"),
        ({"phone": "", "email": ""}, "ít nhất một"),
        ({"field": ""}, "Vui lòng chọn lĩnh vực."),
        ({"field": "999999"}, "Lĩnh vực đã chọn không có trong danh sách."),
        ({"field": "đất đai"}, "Lĩnh vực đã chọn không có trong danh sách."),
        ({"title": ""}, "Vui lòng nhập tiêu đề."),
        ({"title": "T" * 201}, "Tiêu đề dài tối đa 200 ký tự"),
        ({"body": ""}, "Vui lòng nhập nội dung câu hỏi."),
        ({"body": "x" * 5001}, "Nội dung câu hỏi dài tối đa 5000 ký tự"),
        ({"body": "Có ký tự \x00 lạ trong câu hỏi này"}, "Nội dung câu hỏi có ký tự không hợp lệ."),
        ({"consent": None}, "Bạn cần đồng ý với thông báo xử lý dữ liệu cá nhân"),
    ],
)
def test_bad_input_gets_a_vietnamese_error_and_stores_nothing(client, commune, overrides, message):
    response = post_question(client, commune, **overrides)
    assert response.status_code == 400
    assert message in text_of(response)
    assert not Question.objects.exists()
    assert not mail.outbox


@pytest.mark.sqlite
def test_every_field_empty_is_refused_in_vietnamese(client, commune):
    empty = dict.fromkeys(form_data(), "")
    response = client.post(ask_path(commune), empty, HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 400
    assert not Question.objects.exists()
    for message in ("Vui lòng nhập họ và tên.", "Vui lòng chọn lĩnh vực.", "Vui lòng nhập nội dung câu hỏi."):
        assert message in text_of(response)


def test_html_and_script_are_stored_as_text_and_escaped(client, commune, staff):
    script = "<script>alert('x')</script><b>đậm</b>"
    post_question(client, commune, title="Hỏi về <i>lệ phí</i> trước bạ", body=f"Nội dung {script} 😀 和 mixed")
    question = Question.objects.get()
    assert script in question.body  # kept as typed
    assert "😀 和 mixed" in question.body  # emoji and mixed scripts accepted in the question
    from engagement import questions as steps

    steps.answer(question, staff, "Trả lời <script>x()</script>", question.unit, [])
    steps.publish(question, staff)
    html = text_of(client.get(page_path(commune, f"{question.pk}/"), HTTP_HOST=COMMUNE_HOST))
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script>x()" not in html and "<i>lệ phí</i>" not in html


def test_a_missing_csrf_token_is_refused_not_a_server_error(commune):
    client = Client(enforce_csrf_checks=True)
    response = client.post(ask_path(commune), form_data(), HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 403
    assert "Không gửi được biểu mẫu" in text_of(response) and "chưa được lưu" in text_of(response)
    assert not Question.objects.exists()


# -- spam -------------------------------------------------------------------------------------------


def test_the_form_carries_no_challenge_until_a_suspicious_sign(client, commune):
    assert "<altcha-widget" not in text_of(client.get(ask_path(commune), HTTP_HOST=COMMUNE_HOST))


def test_a_challenged_visitor_passes_with_a_solved_challenge_only(client, commune, settings):
    import base64
    import json

    import altcha
    from django_altcha import get_altcha_challenge

    settings.SPAM_CHALLENGE_MAX_NUMBER = 1000
    post_question(client, commune, **{HONEYPOT_FIELD: "x"})  # suspicious: the challenge from now on
    assert post_question(client, commune).status_code == 400  # without the solution
    challenge = get_altcha_challenge(max_number=1000)
    solution = altcha.solve_challenge(challenge.challenge, challenge.salt, challenge.algorithm, 1000, 0)
    payload = {
        "algorithm": challenge.algorithm,
        "challenge": challenge.challenge,
        "number": solution.number,
        "salt": challenge.salt,
        "signature": challenge.signature,
    }
    token = base64.b64encode(json.dumps(payload).encode()).decode()
    assert post_question(client, commune, altcha=token).status_code == 200
    assert Question.objects.count() == 1
    replayed = post_question(client, commune, altcha=token, email="khac@example.com")
    assert replayed.status_code == 400 and Question.objects.count() == 1


# -- lookup -----------------------------------------------------------------------------------------


@pytest.mark.sqlite
def test_the_tracking_code_finds_the_question_and_a_wrong_one_tells_nothing(client, commune):
    question = make_question(commune)
    code = f"{question.tracking_code[:4].lower()}-{question.tracking_code[4:]}"
    found = client.post(lookup_path(commune), {"code": code}, HTTP_HOST=COMMUNE_HOST)
    assert found.status_code == 200 and question.title in text_of(found)
    assert "Đang xử lý" in text_of(found)
    assert question.email not in text_of(found) and question.phone not in text_of(found)
    wrong = client.post(lookup_path(commune), {"code": "ZZZZZZZZZZ"}, HTTP_HOST=COMMUNE_HOST)
    assert wrong.status_code == 400 and "Không tìm thấy câu hỏi nào với mã tra cứu này" in text_of(wrong)
    empty = client.post(lookup_path(commune), {"code": ""}, HTTP_HOST=COMMUNE_HOST)
    assert empty.status_code == 400 and "Vui lòng nhập mã tra cứu." in text_of(empty)


def test_another_sites_code_finds_nothing(client, commune, other_commune):
    question = make_question(commune)
    response = client.post(lookup_path(other_commune), {"code": question.tracking_code}, HTTP_HOST=OTHER_COMMUNE_HOST)
    assert response.status_code == 400 and question.title not in text_of(response)


def test_lookups_are_rate_limited(client, commune, settings):
    settings.SPAM_RATE_LIMITS = {"lookup": {"address": (5, 600)}}
    statuses = [
        client.post(lookup_path(commune), {"code": f"AAAA{n:06d}"}, HTTP_HOST=COMMUNE_HOST).status_code
        for n in range(8)
    ]
    assert statuses[:5] == [400] * 5 and statuses[5:] == [429] * 3


# -- the public listing -------------------------------------------------------------------------------


def test_the_listing_shows_published_answers_only_without_contact_details(client, commune, staff):
    published = published_question(commune, staff, title="Cấp sổ đỏ cho đất thừa kế", asker_name="Lê Văn Minh")
    pending = make_question(commune, title="Câu hỏi chưa trả lời về hộ nghèo")
    html = text_of(client.get(page_path(commune), HTTP_HOST=COMMUNE_HOST))
    assert published.title in html and pending.title not in html
    assert "L.V. Minh" in html and "Lê Văn Minh" not in html
    for private in (published.email, published.phone, published.address):
        assert private not in html
    detail = text_of(client.get(page_path(commune, f"{published.pk}/"), HTTP_HOST=COMMUNE_HOST))
    assert published.answer in detail
    for private in (published.email, published.phone, published.address, "Lê Văn Minh"):
        assert private not in detail


def test_unpublished_and_foreign_questions_are_not_found(client, commune, other_commune, staff):
    pending = make_question(commune)
    published = published_question(commune, staff)
    assert client.get(page_path(commune, f"{pending.pk}/"), HTTP_HOST=COMMUNE_HOST).status_code == 404
    assert client.get(page_path(other_commune, f"{published.pk}/"), HTTP_HOST=OTHER_COMMUNE_HOST).status_code == 404
    assert client.get(page_path(commune, f"{published.pk}/"), HTTP_HOST=COMMUNE_HOST).status_code == 200


def test_a_question_on_an_unpublished_page_is_not_found_and_not_stored(client, commune):
    question_page(commune).unpublish()
    assert client.get(ask_path(commune), HTTP_HOST=COMMUNE_HOST).status_code == 404
    assert post_question(client, commune).status_code == 404
    assert not Question.objects.exists()


def test_a_question_posted_to_another_authoritys_host_reaches_no_page(client, commune):
    # The commune's Hỏi đáp address on another authority's portal is that portal's own page, if any:
    # the question is never stored under the commune.
    province_ward = unit_on(PROVINCE_COMMUNE_HOST)
    response = client.post(ask_path(commune), form_data(), HTTP_HOST=PROVINCE_COMMUNE_HOST)
    assert response.status_code == 200
    assert Question.objects.get().site == province_ward.site


def test_the_search_is_folded_and_filters_by_field_and_year(client, commune, staff):
    from django.utils import timezone

    from legal_docs.models import LegalField

    land, other = LegalField.objects.order_by("slug")[:2]
    hit = published_question(commune, staff, title="Cấp sổ đỏ cho đất thừa kế", field=land)
    miss = published_question(commune, staff, title="Đăng ký tạm trú", field=other)
    Question.objects.filter(pk=miss.pk).update(published_at=timezone.now().replace(year=2024))
    html = text_of(client.get(page_path(commune), {"q": "cap so do"}, HTTP_HOST=COMMUNE_HOST))
    assert hit.title in html and miss.title not in html
    html = text_of(client.get(page_path(commune), {"linh-vuc": other.slug}, HTTP_HOST=COMMUNE_HOST))
    assert miss.title in html and hit.title not in html
    html = text_of(client.get(page_path(commune), {"nam": "2024"}, HTTP_HOST=COMMUNE_HOST))
    assert miss.title in html and hit.title not in html
    junk = client.get(page_path(commune), {"q": "\x00<>", "nam": "abc", "page": "x"}, HTTP_HOST=COMMUNE_HOST)
    assert junk.status_code == 200


def test_the_listing_is_paginated(client, commune, staff):
    for n in range(12):
        published_question(commune, staff, title=f"Câu hỏi số {n:02d} về đất đai")
    first = text_of(client.get(page_path(commune), HTTP_HOST=COMMUNE_HOST))
    second = text_of(client.get(page_path(commune), {"page": "2"}, HTTP_HOST=COMMUNE_HOST))
    assert first.count('class="question-list__item"') == 10 and second.count('class="question-list__item"') == 2
    assert "Trang 1/2" in first
