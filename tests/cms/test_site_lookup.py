"""The site of a request comes from a memo, not from a query on every request."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from sites.provisioning import provision_unit
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


@pytest.fixture(autouse=True)
def rendered_pages(settings):
    # A page-cache hit answers before Wagtail looks up the site: render every request.
    settings.PAGE_CACHE_SECONDS = 0


def site_queries(client, host, path="/"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, headers={"host": host})
    assert response.status_code == 200
    return [query["sql"] for query in queries if '"wagtailcore_site"."hostname" =' in query["sql"]]


def test_the_second_request_finds_its_site_without_a_query(client):
    assert site_queries(client, COMMUNE_HOST)  # the first one asks the database
    assert site_queries(client, COMMUNE_HOST) == []
    assert site_queries(client, COMMUNE_HOST, "/tin-tuc-su-kien/") == []


def test_each_hostname_gets_its_own_site(client):
    for host in (DISTRICT_HOST, COMMUNE_HOST, OTHER_COMMUNE_HOST, DISTRICT_HOST):
        response = client.get("/", headers={"host": host})
        assert response.context["page"].pk == Site.objects.get(hostname=host).root_page_id


def test_a_new_site_answers_at_once(client):
    client.get("/", headers={"host": COMMUNE_HOST})
    client.get("/", headers={"host": f"xa-moi.{DISTRICT_HOST}"})  # the default site, for now
    provision_unit("commune", "Xã Mới", hostname=f"xa-moi.{DISTRICT_HOST}", parent_hostname=DISTRICT_HOST)
    response = client.get("/", headers={"host": f"xa-moi.{DISTRICT_HOST}"})
    assert response.status_code == 200 and response.context["page"].title == "Xã Mới"


def test_a_changed_hostname_is_seen_at_once(client):
    client.get("/", headers={"host": OTHER_COMMUNE_HOST})
    site = Site.objects.get(hostname=OTHER_COMMUNE_HOST)
    site.hostname = f"tan-nghia-moi.{DISTRICT_HOST}"
    site.save()
    response = client.get("/", headers={"host": f"tan-nghia-moi.{DISTRICT_HOST}"})
    assert response.context["page"].pk == site.root_page_id
    response = client.get("/", headers={"host": OTHER_COMMUNE_HOST})
    assert response.context["page"].pk != site.root_page_id  # the old name falls back to the default site


def test_an_edited_home_page_is_served_edited(client, commune):
    client.get("/", headers={"host": COMMUNE_HOST})
    home = commune.site.root_page.specific
    home.welcome = "<p>Chào mừng bạn đến với trang mới của xã Tân Hà.</p>"
    home.save_revision().publish()
    assert "trang mới của xã Tân Hà" in client.get("/", headers={"host": COMMUNE_HOST}).content.decode()


def test_the_home_page_is_kept_with_its_site_and_read_once(client):
    def home_reads(path):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path, headers={"host": COMMUNE_HOST}).status_code == 200
        return [query["sql"] for query in queries if 'FROM "home_homepage"' in query["sql"]]

    assert len(home_reads("/")) == 1
    assert home_reads("/") == []
    assert home_reads("/tin-tuc-su-kien/") == []
