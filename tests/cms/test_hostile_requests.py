"""Requests a portal meets from scanners and broken clients: malformed or unknown Host headers,
long query strings, invalid percent-encodings and UTF-8, NUL bytes, methods a public
page does not take. Each gets a 4xx answer, never a server error (raise_request_exception is off,
so a 500 is seen as the status a visitor would get)."""

import pytest

from django.test import Client

from tests.helpers import COMMUNE_HOST, DISTRICT_HOST

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/", "/tin-tuc-su-kien/", "/van-ban/", "/hoi-dap/", "/tim-kiem/"]


@pytest.fixture
def visitor(commune):
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    "host",
    [
        "tan-ha.hamtan.test:abc",
        "tan-ha.hamtan.test:99999999999",
        "evil.example.com",
        "[::1",
        "tan ha.hamtan.test",
        "x" * 300 + ".hamtan.test",
        "tan-ha.hamtan.test\r\nX-Injected: 1",
    ],
)
def test_a_malformed_or_unknown_host_is_refused_or_gets_the_default_site(visitor, host):
    response = visitor.get("/", HTTP_HOST=host)
    assert response.status_code in (200, 400), response.status_code


@pytest.mark.parametrize("path", PUBLIC_PATHS)
@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_methods_a_public_page_does_not_take_are_refused(visitor, path, method):
    response = getattr(visitor, method)(path, HTTP_HOST=COMMUNE_HOST)
    assert response.status_code in (403, 405), (method, path, response.status_code)


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_options_and_head_on_a_public_page_never_fail(visitor, path):
    assert visitor.options(path, HTTP_HOST=COMMUNE_HOST).status_code < 500
    assert visitor.head(path, HTTP_HOST=COMMUNE_HOST).status_code in (200, 301, 302)


@pytest.mark.parametrize(
    "path",
    [
        "/%ff%fe/",  # invalid UTF-8
        "/tin-tuc-su-kien/%c0%af/",  # an overlong encoding
        "/%zz/",  # an invalid percent-encoding
        "/tin-tuc-su-kien/%00/",  # NUL
        "/" + "a" * 5000 + "/",
        "/van-ban/?q=%ff%fe",
        "/van-ban/?q=%00abc",
        "/tim-kiem/?q=" + "%E1%BA" * 10,  # cut in the middle of a character
        "/van-ban/?trang=" + "9" * 100,
        "/tin-tuc-su-kien/?trang=-1",
    ],
)
def test_broken_paths_and_queries_never_fail(visitor, path):
    assert visitor.get(path, HTTP_HOST=COMMUNE_HOST).status_code < 500


def test_the_longest_query_string_gunicorn_passes_never_fails(visitor):
    """gunicorn refuses a request line over 4,094 bytes (414) and nginx one over its header
    buffers, so a 10 MB query string never reaches the app; what does reach it is answered."""
    response = visitor.get("/van-ban/?q=" + "nghi+dinh+" * 400, HTTP_HOST=DISTRICT_HOST)
    assert response.status_code < 500


def test_a_form_posted_with_invalid_utf8_never_fails(visitor):
    response = visitor.post(
        "/hoi-dap/dat-cau-hoi/",
        data=b"asker_name=%ff%fe&title=%c0%af&body=%00",
        content_type="application/x-www-form-urlencoded",
        HTTP_HOST=COMMUNE_HOST,
    )
    assert response.status_code in (400, 403), response.status_code
