"""The search box on the demo district: what issue 11 asks of it, on the data a visitor of `make run` sees."""

import re

import pytest

from .helpers import COMMUNE_HOSTS, DISTRICT_HOST

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def first_group_and_hit(client, host, query):
    response = client.get("/tim-kiem/", {"q": query}, HTTP_HOST=host)
    assert response.status_code == 200
    content = response.content.decode()
    group = re.search(r'<h2 id="ket-qua-[^"]+" class="panel__title">([^<(]+) \(', content).group(1)
    meta, title = re.search(
        r'<p class="legal-result__meta">(.*?)</p>\s*<h3 class="legal-result__title"><a href="[^"]*">([^<]*)</a>',
        content,
        re.S,
    ).groups()
    return group, title, " ".join(re.sub(r"<[^>]+>", " ", meta).split())


@pytest.mark.parametrize("host", COMMUNE_HOSTS)
def test_khai_sinh_on_a_commune_finds_the_procedure_first(client, first_run_output, host):
    group, title, meta = first_group_and_hit(client, host, "khai sinh")
    assert (group, title) == ("Thủ tục hành chính", "Đăng ký khai sinh"), host


@pytest.mark.parametrize("query", ["luat dat dai", "dat dai", "Luật Đất đai"])
def test_the_land_law_comes_first_on_the_district(client, first_run_output, query):
    group, title, meta = first_group_and_hit(client, DISTRICT_HOST, query)
    assert (group, title) == ("Văn bản", "Luật Đất đai") and "Số 31/2024/QH15" in meta, query


def test_the_district_lists_a_commune_procedure_once_with_the_communes_offering_it(client, first_run_output):
    content = client.get("/tim-kiem/", {"q": "dang ky khai sinh", "loai": "thu-tuc"}, HTTP_HOST=DISTRICT_HOST)
    content = content.content.decode()
    titles = re.findall(r'<h3 class="legal-result__title"><a href="[^"]*">([^<]*)</a>', content)
    assert titles.count("Đăng ký khai sinh") == 1
    also = re.search(r'search-hit__also">(.*?)</p>', content, re.S).group(1)
    assert len(re.findall(r"<a href=", also)) == len(COMMUNE_HOSTS) - 1
