"""sites.access: the site and unit of a page (one at a time and in bulk), roles, boards, visible sites."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page, Site

from sites import access
from sites.models import Role
from tests.factories import ContentPageFactory, UserFactory
from tests.helpers import section_of

pytestmark = pytest.mark.django_db


def member(username):
    """A fresh user object, so nothing cached by an earlier call is reused."""
    return get_user_model().objects.get(username=username)


@pytest.fixture
def pages(commune, other_commune, province_commune):
    return [
        ContentPageFactory(parent=section_of(unit, "gioi-thieu"), title=f"Trang {index}")
        for index, unit in enumerate([commune, other_commune, province_commune])
    ]


@pytest.fixture
def outside_page(db):
    """A page under the tree root that no site's root page holds."""
    return Page.get_first_root_node().add_child(instance=Page(title="Ngoài mọi trang", slug="ngoai-moi-trang"))


@pytest.fixture
def nested_site(commune):
    """A site made by hand whose root is a section inside the commune's portal."""
    return Site.objects.create(hostname="gioi-thieu.tan-ha.test", port=80, root_page=section_of(commune, "gioi-thieu"))


# -- pages and sites


def test_a_page_belongs_to_its_units_site(commune, pages):
    assert access.site_id_for_page(pages[0]) == commune.site_id
    assert access.site_for_page(pages[0]) == commune.site
    assert access.unit_for_page(pages[0]) == commune
    assert access.authority_for_page(pages[0]).site.hostname == "hamtan.test"


def test_a_sites_root_page_belongs_to_that_site(commune, district):
    assert access.site_id_for_page(commune.site.root_page) == commune.site_id
    assert access.unit_for_page(district.site.root_page) == district
    assert access.authority_for_page(district.site.root_page) == district


def test_a_page_outside_every_site_has_none(outside_page):
    assert access.site_id_for_page(outside_page) is None
    assert access.site_for_page(outside_page) is None
    assert access.unit_for_page(outside_page) is None
    assert access.authority_for_page(outside_page) is None
    assert access.site_ids_for_url_path(outside_page.url_path) == set()
    assert access.site_id_for_url_path("") is None


def test_the_deepest_of_nested_roots_wins(commune, nested_site):
    page = ContentPageFactory(parent=nested_site.root_page, title="Lịch sử")
    assert access.site_id_for_page(page) == nested_site.pk
    assert access.site_ids_for_url_path(page.url_path) == {nested_site.pk, commune.site_id}
    assert access.unit_for_page(page) is None  # a site made by hand belongs to no unit
    assert access.unit_for_site(nested_site) is None
    assert access.unit_for_site(commune.site) == commune
    assert access.unit_for_site(None) is None


def test_bulk_lookups_cost_no_query_per_page(
    django_assert_num_queries, commune, other_commune, province_commune, pages, outside_page
):
    everything = [*pages, outside_page]
    access.site_id_for_page(pages[0])  # warms Wagtail's cache of site roots
    with django_assert_num_queries(0):
        ids = access.site_ids_for_pages(everything)
    assert ids == {
        pages[0].pk: commune.site_id,
        pages[1].pk: other_commune.site_id,
        pages[2].pk: province_commune.site_id,
        outside_page.pk: None,
    }
    with django_assert_num_queries(1):
        sites = access.sites_for_pages(everything)
    assert [sites[page.pk] for page in everything] == [commune.site, other_commune.site, province_commune.site, None]
    with django_assert_num_queries(1):
        units = access.units_for_pages(everything)
        assert [units[page.pk] for page in everything] == [commune, other_commune, province_commune, None]
        assert units[pages[0].pk].parent.site_id  # parent and site come with the unit


# -- users and roles


def test_roles_of_a_commune_editor_are_read_once(django_assert_num_queries, commune):
    user = member("editor")
    with django_assert_num_queries(1):
        assert access.unit_roles(user) == {(Role.EDITOR, commune.pk)}
        assert access.roles_of(user) == {Role.EDITOR}
        assert access.has_role(user, Role.EDITOR, Role.BOARD)
        assert not access.has_role(user, Role.BOARD)
        assert access.unit_ids_with_role(user, Role.EDITOR) == {commune.pk}


def test_a_user_with_roles_in_two_units(commune, province_commune, other_commune):
    user = UserFactory(username="hai-don-vi")
    user.groups.add(commune.group_for(Role.EDITOR), province_commune.group_for(Role.CHIEF_EDITOR))
    assert access.roles_of(user) == {Role.EDITOR, Role.CHIEF_EDITOR}
    assert access.unit_ids_with_role(user, Role.EDITOR, Role.CHIEF_EDITOR) == {commune.pk, province_commune.pk}
    assert access.visible_site_ids(user) == {commune.site_id, province_commune.site_id}
    assert access.can_see_site(user, commune.site) and not access.can_see_site(user, other_commune.site)
    assert not access.sees_whole_authority(user) and not access.is_board_member(user)


def test_an_inactive_member_holds_nothing(district, commune):
    user = member("board")
    user.is_active = False
    user.save(update_fields=["is_active"])
    assert access.unit_roles(user) == frozenset()
    assert not access.is_board_member(user) and not access.is_board_member(user, district)
    assert access.visible_site_ids(user) == frozenset()
    assert not access.can_see_site(user, commune.site)
    assert not access.sees_whole_authority(user)
    assert user not in access.users_with_roles([Role.BOARD])


def test_an_anonymous_user_holds_nothing():
    from django.contrib.auth.models import AnonymousUser

    assert access.unit_roles(AnonymousUser()) == frozenset()
    assert access.visible_site_ids(AnonymousUser()) == frozenset()
    assert list(access.visible_sites(AnonymousUser())) == []


def test_a_superuser_sees_every_site_without_a_role(commune, province_commune):
    user = UserFactory(username="quantri", is_superuser=True)
    assert access.roles_of(user) == set()
    assert access.visible_site_ids(user) is None
    assert set(access.visible_sites(user)) == set(Site.objects.all())
    assert access.can_see_site(user, province_commune.site) and access.can_see_site(user, commune.site.pk)
    assert access.sees_whole_authority(user)
    assert user in access.users_with_roles([Role.BOARD])


# -- boards and authorities


def test_the_board_is_on_its_own_authoritys_board_only(district, province, pages):
    board, province_board = member("board"), member("province_board")
    assert access.is_board_member(board) and access.is_board_member(board, district)
    assert access.is_board_member(board, district.pk)
    assert not access.is_board_member(board, province)
    assert access.is_board_member(province_board, province) and not access.is_board_member(province_board, district)
    assert access.is_board_member_for_page(board, pages[0]) and access.is_board_member_for_page(board, pages[1])
    assert not access.is_board_member_for_page(board, pages[2])
    assert access.is_board_member_for_page(province_board, pages[2])
    assert not access.is_board_member_for_page(province_board, pages[0])
    assert not access.is_board_member_for_page(member("chief"), pages[0])


def test_a_page_outside_every_site_has_no_board(outside_page):
    assert not access.is_board_member_for_page(member("board"), outside_page)


def test_units_under_an_authority_at_any_depth(district, commune, other_commune, trusted_commune, province):
    under = access.units_under({district.pk})
    assert {district.pk, commune.pk, other_commune.pk, trusted_commune.pk} <= under
    assert province.pk not in under
    assert access.units_under(set()) == set()


@pytest.mark.parametrize("username", ["board", "inspector"])
def test_the_authoritys_board_and_inspectors_see_its_sites_and_no_others(
    username, district, commune, other_commune, trusted_commune, province, province_commune
):
    user = member(username)
    assert access.visible_site_ids(user) == {
        district.site_id, commune.site_id, other_commune.site_id, trusted_commune.site_id
    }
    assert not access.can_see_site(user, province.site) and not access.can_see_site(user, province_commune.site)
    assert access.sees_whole_authority(user)


@pytest.mark.parametrize("username", ["province_board", "province_inspector"])
def test_the_provinces_board_and_inspectors_see_the_province_only(username, commune, province, province_commune):
    user = member(username)
    assert access.visible_site_ids(user) == {province.site_id, province_commune.site_id}
    assert set(access.visible_sites(user)) == {province.site, province_commune.site}
    assert not access.can_see_site(user, commune.site)


def test_a_district_editor_sees_the_districts_own_site_only(district, commune):
    user = member("district_editor")
    assert access.visible_site_ids(user) == {district.site_id}
    assert not access.sees_whole_authority(user)


def test_visible_sites_are_read_once_per_user_object(django_assert_num_queries):
    user = member("province_inspector")
    access.visible_site_ids(user)
    with django_assert_num_queries(0):
        access.visible_site_ids(user)
        access.can_see_site(user, 1)


def test_users_with_roles_are_active_members_of_any_unit():
    names = set(access.users_with_roles([Role.BOARD]).values_list("username", flat=True))
    assert {"board", "province_board"} <= names
    assert not names & {"editor", "inspector", "province_inspector"}
