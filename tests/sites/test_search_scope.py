"""The scope of a search (sites.search_scope) kept in the cache, and forgotten when a unit, a site
or a page tree changes."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sites.provisioning import provision_unit
from sites.search_scope import scope_for_site
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, PROVINCE_HOST

NEW_COMMUNE_HOST = "tan-xuan.hamtan.test"


@pytest.fixture
def kept_scopes(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_PARTS_CACHE_SECONDS = 300


def _hostnames(scope):
    return [site.hostname for site in scope.sites]


def _unit_queries(call):
    with CaptureQueriesContext(connection) as queries:
        result = call()
    return result, [query["sql"] for query in queries if 'FROM "sites_unit"' in query["sql"]]


@pytest.mark.django_db
def test_a_scope_read_once_is_kept_per_site_and_widening(district, commune, kept_scopes):
    first, first_queries = _unit_queries(lambda: scope_for_site(district.site))
    again, again_queries = _unit_queries(lambda: scope_for_site(district.site))

    assert first_queries and not again_queries
    assert again == first and _hostnames(first)[0] == DISTRICT_HOST and COMMUNE_HOST in _hostnames(first)
    # The commune's own scope and its widened one are kept apart from the district's and each other.
    own = scope_for_site(commune.site)
    widened = scope_for_site(commune.site, widen=True)
    assert _hostnames(own) == [COMMUNE_HOST] and own.can_widen and not own.widened
    assert _hostnames(widened) == _hostnames(first) and widened.widened
    assert scope_for_site(commune.site) == own


@pytest.mark.django_db
def test_without_the_parts_cache_every_scope_is_read(district, settings):
    settings.PAGE_PARTS_CACHE_SECONDS = 0
    scope_for_site(district.site)
    _scope, queries = _unit_queries(lambda: scope_for_site(district.site))
    assert queries


@pytest.mark.django_db
def test_a_new_commune_joins_its_districts_kept_scope_and_no_other(district, province, kept_scopes):
    scope_for_site(district.site)
    province_scope = scope_for_site(province.site)

    provision_unit("commune", "Xã Tân Xuân", hostname=NEW_COMMUNE_HOST, parent_hostname=DISTRICT_HOST)

    assert NEW_COMMUNE_HOST in _hostnames(scope_for_site(district.site))
    assert scope_for_site(province.site) == province_scope
    assert NEW_COMMUNE_HOST not in _hostnames(province_scope) and _hostnames(province_scope)[0] == PROVINCE_HOST


@pytest.mark.django_db
def test_renaming_a_unit_or_changing_a_hostname_shows_in_the_kept_scope(district, commune, kept_scopes):
    scope_for_site(district.site)
    commune.name = "Xã Tân Hà Mới"
    commune.save()
    assert scope_for_site(district.site).site_by_id(commune.site.pk).name == "Xã Tân Hà Mới"

    site = commune.site
    site.hostname = "tan-ha-moi.hamtan.test"
    site.save()
    assert "tan-ha-moi.hamtan.test" in _hostnames(scope_for_site(district.site))
