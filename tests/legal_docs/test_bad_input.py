"""Whatever a visitor or a client sends, search answers with a normal page or JSON, never an error."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

SEARCH_PATHS = ["/van-ban/", "/thu-tuc-hanh-chinh/"]
API_PATHS = ["/api/v2/legal-documents/", "/api/v2/procedures/"]

QUERIES = [
    "",
    "   ",
    "a" * 2000,
    "quyết định " * 300,
    '"hộ nghèo',
    "(quyet dinh) & (ho ngheo) | !dat",
    "dat:dai* \\ 'x' <-> !!",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "%_%",
    "\x00",
    "%",
    "<script>alert(1)</script>",
    "42/2022/NĐ-CP AND OR NOT",
    "😀 đđđ ~~~",
]
FILTERS = [
    {"doc_type": "khong-co"},
    {"doc_type": "' OR 1=1 --"},
    {"year": "hai nghìn"},
    {"year": "99999999999999999999"},
    {"year": "-5"},
    {"status": "da_xoa"},
    {"category": "x" * 500},
    {"field": "%"},
    {"level": "trung-uong"},
    {"site": "evil.example.com"},
    {"issuing_body": "\x00"},
    {"sort": "DROP"},
    {"scope": "moi-noi"},
]
PAGES = ["0", "-1", "abc", "999999", "1e9", "99999999999999999999999", "", "2.5"]


def assert_answers(client, path, host, params):
    response = client.get(path, params, HTTP_HOST=host)
    assert response.status_code == 200, (path, params)
    if path.startswith("/api/"):
        assert response.json()["meta"]["total_count"] >= 0, (path, params)
    else:
        assert "<script>alert(1)</script>" not in response.content.decode(), (path, params)


# One test per address, looping over the inputs: the documents are built once per address.
@pytest.mark.parametrize("path", SEARCH_PATHS + API_PATHS)
def test_any_query_gets_a_normal_answer(client, documents, procedures, path):
    for query in QUERIES:
        assert_answers(client, path, "hamtan.test", {"q": query})


@pytest.mark.parametrize("path", SEARCH_PATHS + API_PATHS)
def test_unknown_filter_values_get_a_normal_answer(client, documents, procedures, path):
    for params in FILTERS:
        assert_answers(client, path, "tan-ha.hamtan.test", params)
        assert_answers(client, path, "hamtan.test", {"q": "ho ngheo", **params})


@pytest.mark.parametrize("path", SEARCH_PATHS + API_PATHS)
def test_any_page_number_gets_a_normal_answer(client, documents, procedures, path):
    for page in PAGES:
        assert_answers(client, path, "hamtan.test", {"q": "ho ngheo", "page": page})


def test_unknown_filter_values_name_nothing_so_nothing_is_found(client, documents):
    for params in ({"doc_type": "khong-co"}, {"year": "hai nghìn"}, {"site": "evil.example.com"}):
        response = client.get("/api/v2/legal-documents/", params, HTTP_HOST="hamtan.test")
        assert response.json() == {"meta": {"total_count": 0}, "items": []}


def test_a_page_past_the_end_shows_the_last_page_of_results(client, documents):
    response = client.get("/van-ban/", {"q": "ho ngheo", "page": "999999"}, HTTP_HOST="hamtan.test")
    assert response.context["results"].page == 1
    assert len(response.context["results"].items) == 3


def test_an_over_long_query_is_cut_and_still_searched(client, documents):
    response = client.get("/van-ban/", {"q": "hộ nghèo " * 300}, HTTP_HOST="hamtan.test")
    assert response.context["search"].params.text == ("hộ nghèo " * 300)[:200].strip()
    assert response.context["results"].total_count == 3
