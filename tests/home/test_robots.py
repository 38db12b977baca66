"""`/robots.txt` of each portal: its own sitemap, and the search pages kept out of crawlers' way."""

import pytest

from tests.helpers import COMMUNE_HOST, DISTRICT_HOST

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("host", [DISTRICT_HOST, COMMUNE_HOST])
def test_each_portal_names_its_own_sitemap(client, host):
    response = client.get("/robots.txt", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /admin/", "Disallow: /tim-kiem/", "Disallow: /*?q="} <= set(lines)
    assert lines[-1] == f"Sitemap: http://{host}/sitemap.xml"
    assert client.get("/sitemap.xml", HTTP_HOST=host).status_code == 200


def test_behind_the_https_proxy_the_sitemap_is_https(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = client.get("/robots.txt", HTTP_HOST=COMMUNE_HOST, HTTP_X_FORWARDED_PROTO="https")
    assert response.content.decode().splitlines()[-1] == f"Sitemap: https://{COMMUNE_HOST}/sitemap.xml"


def test_only_get_is_answered(client):
    assert client.post("/robots.txt", HTTP_HOST=COMMUNE_HOST).status_code == 405
