"""Who sees what in compliance: sites by unit role, waiving and the lists, the admin menu."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from compliance import access
from tests.compliance.helpers import DOMAINS, FINDINGS, INSPECTIONS, ROOT, RULE_TEXTS
from tests.factories import UserFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST, TRUSTED_COMMUNE_HOST, refused

pytestmark = pytest.mark.django_db

ALL_HOSTS = {DISTRICT_HOST, COMMUNE_HOST, OTHER_COMMUNE_HOST, TRUSTED_COMMUNE_HOST}


def user(username):
    return get_user_model().objects.get(username=username)


def hosts(sites):
    return set(sites.values_list("hostname", flat=True))


def admin_only_user():
    """Someone who may enter the admin but holds no unit role."""
    outsider = UserFactory(username="nguoingoai")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return outsider


@pytest.mark.parametrize(
    "username, expected",
    [
        ("inspector", ALL_HOSTS),
        ("board", ALL_HOSTS),
        ("editor", {COMMUNE_HOST}),
        ("chief", {COMMUNE_HOST}),
        ("collaborator", {COMMUNE_HOST}),
        ("other_editor", {OTHER_COMMUNE_HOST}),
        ("trusted_chief", {TRUSTED_COMMUNE_HOST}),
        ("district_editor", {DISTRICT_HOST}),
    ],
)
def test_visible_sites_follow_the_unit_role(username, expected):
    member = user(username)
    assert hosts(access.visible_sites(member)) == expected
    assert access.can_use_compliance(member)


def test_superuser_sees_every_site_and_may_do_everything():
    root = UserFactory(username="quantri", is_superuser=True, is_staff=True)
    assert hosts(access.visible_sites(root)) >= ALL_HOSTS
    assert access.can_use_compliance(root) and access.can_waive(root) and access.can_manage_lists(root)


def test_a_user_without_unit_role_sees_nothing():
    outsider = admin_only_user()
    assert hosts(access.visible_sites(outsider)) == set()
    assert not access.can_use_compliance(outsider)
    assert not access.can_waive(outsider)
    assert not access.can_manage_lists(outsider)


def test_an_inactive_inspector_has_no_access():
    inspector = user("inspector")
    inspector.is_active = False
    assert not access.can_use_compliance(inspector)
    assert not access.can_waive(inspector)
    assert hosts(access.visible_sites(inspector)) == set()


@pytest.mark.parametrize(
    "username, may_waive",
    [
        ("inspector", True),
        ("board", False),
        ("district_editor", False),
        ("editor", False),
        ("chief", False),
        ("collaborator", False),
    ],
)
def test_only_inspectors_waive_and_manage_lists(username, may_waive):
    member = user(username)
    assert access.can_waive(member) is may_waive
    assert access.can_manage_lists(member) is may_waive


def test_an_authority_sees_units_added_under_it_later():
    from sites.provisioning import provision_unit

    provision_unit("commune", "Xã Tân Xuân", hostname="tan-xuan.hamtan.test", parent_hostname=DISTRICT_HOST)
    assert "tan-xuan.hamtan.test" in hosts(access.visible_sites(user("inspector")))
    assert "tan-xuan.hamtan.test" not in hosts(access.visible_sites(user("editor")))


def menu_html(client, username):
    client.force_login(user(username))
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


DASHBOARD = ROOT


def test_menu_shows_compliance_and_lists_to_inspectors(client):
    html = menu_html(client, "inspector")
    for url in (DASHBOARD, FINDINGS, INSPECTIONS, DOMAINS, RULE_TEXTS):
        assert f'"{url}"' in html, url


@pytest.mark.parametrize("username", ["editor", "board", "collaborator"])
def test_menu_shows_compliance_without_the_lists_to_other_roles(client, username):
    html = menu_html(client, username)
    for url in (DASHBOARD, FINDINGS, INSPECTIONS):
        assert f'"{url}"' in html, url
    assert DOMAINS not in html
    assert RULE_TEXTS not in html


def test_no_menu_and_no_views_without_a_unit_role(client):
    client.force_login(admin_only_user())
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "/admin/kiem-tra-tuan-thu/" not in response.content.decode()
    for url in (DASHBOARD, FINDINGS, INSPECTIONS, DOMAINS, RULE_TEXTS, FINDINGS + "xuat/csv/"):
        assert refused(client.get(url)), url  # exact: 403 or the dashboard itself
