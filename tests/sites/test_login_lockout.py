"""Login throttling and lock-out (sites/login_lockout.py, django-axes) through the admin's login
form: an account locked after the failure limit from any address, an address locked for every
account, the client's address taken only from what the trusted proxy appended, the Vietnamese
page, and unlocking by a superuser (refused to everyone else)."""

import time

import pytest

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from tests.factories import UserFactory
from tests.helpers import DISTRICT_HOST, PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
WRONG = "mat-khau-sai-123"


@pytest.fixture(autouse=True)
def lockout_rules(settings):
    settings.AXES_FAILURE_LIMIT = 10
    settings.TRUSTED_PROXIES = 1


def log_in(username, password, address="203.113.10.5", forwarded=""):
    """One login through the form, as nginx passes it on: the client's address appended last."""
    chain = f"{forwarded}, {address}" if forwarded else address
    client = Client()
    response = client.post(
        LOGIN,
        {"username": username, "password": password},
        HTTP_HOST=DISTRICT_HOST,
        REMOTE_ADDR="10.0.0.10",  # the proxy
        HTTP_X_FORWARDED_FOR=chain,
    )
    return client, response


def logged_in(response):
    return response.status_code == 302 and response["Location"].startswith("/admin/")


def test_thirty_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused():
    statuses = [log_in("editor", WRONG, address=f"203.113.10.{n}")[1].status_code for n in range(30)]
    assert statuses[:9] == [200] * 9  # the form again, with its error
    assert statuses[-1] == 429
    client, response = log_in("editor", PASSWORD, address="14.161.20.7")  # from anywhere
    assert response.status_code == 429
    text = response.content.decode()
    assert "tạm khóa" in text and "10 lần đăng nhập sai" in text and "30 phút" in text
    assert "_auth_user_id" not in client.session


def test_an_address_that_tries_many_accounts_is_locked_for_every_account():
    for n in range(10):
        log_in(f"khong-ton-tai-{n}", WRONG, address="113.160.1.1")
    assert log_in("chief", PASSWORD, address="113.160.1.1")[1].status_code == 429
    assert logged_in(log_in("chief", PASSWORD, address="113.160.1.2")[1])


def test_a_made_up_forwarded_address_neither_escapes_the_lock_nor_locks_the_proxy():
    for n in range(10):
        log_in(f"ai-do-{n}", WRONG, address="113.160.9.9", forwarded=f"1.2.3.{n}")
    assert log_in("chief", PASSWORD, address="113.160.9.9", forwarded="8.8.8.8")[1].status_code == 429
    # Every reader comes through the same proxy: others are not locked with the attacker.
    assert logged_in(log_in("chief", PASSWORD, address="113.160.9.10")[1])


def test_a_right_password_before_the_limit_starts_the_count_again():
    for _ in range(9):
        log_in("editor", WRONG)
    assert logged_in(log_in("editor", PASSWORD)[1])
    for _ in range(9):
        log_in("editor", WRONG)
    assert logged_in(log_in("editor", PASSWORD)[1])


def test_a_superuser_sees_the_lock_and_unlocks_the_account():
    for n in range(10):
        log_in("editor", WRONG, address=f"203.113.11.{n}")
    assert log_in("editor", PASSWORD)[1].status_code == 429

    root = UserFactory(username="quantri", is_superuser=True, is_staff=True)
    admin = Client()
    admin.force_login(root)
    screen = admin.get("/admin/khoa-dang-nhap/", HTTP_HOST=DISTRICT_HOST)
    assert screen.status_code == 200
    html = screen.content.decode()
    assert 'id="locked-logins"' in html and "editor" in html
    assert 'id="failed-logins"' in html

    admin.post("/admin/khoa-dang-nhap/", {"username": "editor"}, HTTP_HOST=DISTRICT_HOST)
    assert logged_in(log_in("editor", PASSWORD)[1])
    assert "editor" in admin.get("/admin/khoa-dang-nhap/", HTTP_HOST=DISTRICT_HOST).content.decode()  # in the logins


@pytest.mark.parametrize("username", ["board", "chief", "inspector"])
def test_no_one_but_a_superuser_opens_or_uses_the_lock_screen(username):
    for n in range(10):
        log_in("other_editor", WRONG, address=f"203.113.12.{n}")
    client = Client()
    client.login(username=username, password=PASSWORD)
    assert client.get("/admin/khoa-dang-nhap/", HTTP_HOST=DISTRICT_HOST).status_code in (302, 403)
    client.post("/admin/khoa-dang-nhap/", {"username": "other_editor"}, HTTP_HOST=DISTRICT_HOST)
    assert log_in("other_editor", PASSWORD)[1].status_code == 429


def stored_expiry(client):
    return Session.objects.get(session_key=client.cookies["sessionid"].value).expire_date


def test_a_staff_session_ends_after_the_idle_time_and_requests_move_it_on(settings):
    settings.SESSION_COOKIE_AGE = 120 * 60
    settings.SESSION_REFRESH_SECONDS = 0  # written again on the next request
    client, response = log_in("editor", PASSWORD)
    assert logged_in(response)
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    first = stored_expiry(client)
    assert abs((first - timezone.now()).total_seconds() - 120 * 60) < 60
    time.sleep(1)
    client.get("/admin/", HTTP_HOST=DISTRICT_HOST)
    assert stored_expiry(client) > first  # saved again: the idle time starts anew

    settings.SESSION_REFRESH_SECONDS = 300
    moved = stored_expiry(client)
    time.sleep(1)
    client.get("/admin/", HTTP_HOST=DISTRICT_HOST)
    assert stored_expiry(client) == moved  # not written again within the refresh interval


def test_changing_the_password_ends_the_other_sessions():
    phone, _ = log_in("editor", PASSWORD)
    assert phone.get("/admin/", HTTP_HOST=DISTRICT_HOST).status_code == 200
    user = get_user_model().objects.get(username="editor")
    user.set_password("Tan-Ha-bien-tap-2027")
    user.save()
    assert phone.get("/admin/", HTTP_HOST=DISTRICT_HOST).status_code == 302  # sent to log in again
