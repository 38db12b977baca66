"""Every portal of an authority sits in one branch of the page tree (and of the collection tree),
where its board holds its rights once; installs from before are moved there by a data migration."""

import importlib

import pytest

from django.apps import apps as django_apps
from django.urls import reverse

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

from sites.models import AuthorityPage, Role, Unit
from sites.provisioning import provision_unit
from sites.roles import COLLECTION_PERMISSIONS, page_permissions_for, sync_page_permissions
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, PROVINCE_HOST, refused, unit_on

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

migration = importlib.import_module("sites.migrations.0005_move_portals_into_authority_branches")


def board_rows(authority):
    board = authority.group_for(Role.BOARD)
    return (
        GroupPagePermission.objects.filter(group=board).count(),
        GroupCollectionPermission.objects.filter(group=board).count(),
    )


def add_communes(count, parent_host=DISTRICT_HOST):
    for number in range(count):
        provision_unit(
            "commune", f"Xã Thử {number}", hostname=f"xa-thu-{number}.{parent_host}", parent_hostname=parent_host
        )


def test_every_portal_of_the_authority_is_in_its_branch(district, province):
    for authority in (district, province):
        branch = authority.authority_page
        assert branch.specific_class is AuthorityPage and branch.depth == 2
        homes = {unit.site.root_page_id for unit in Unit.objects.with_sites().contributing_to(authority)}
        assert set(branch.get_children().values_list("pk", flat=True)) == homes
        collections = {unit.collection_id for unit in Unit.objects.with_sites().contributing_to(authority)}
        assert set(authority.authority_collection.get_children().values_list("pk", flat=True)) == collections


def test_the_board_holds_the_same_rows_with_three_communes_or_ten(district):
    before = board_rows(district)
    add_communes(7)
    assert (
        board_rows(district)
        == before
        == (
            len(page_permissions_for(Role.BOARD, district)),
            2 * len(COLLECTION_PERMISSIONS[Role.BOARD]),
        )
    )


def test_the_board_edits_a_new_commune_and_the_other_authority_does_not(client, login, district):
    add_communes(1)
    home = Site.objects.get(hostname=f"xa-thu-0.{DISTRICT_HOST}").root_page
    login("board")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk])).status_code == 200
    login("province_board")
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])))
    login("editor")
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])))


def test_a_commune_editor_has_no_right_on_the_branch(client, login, district):
    login("editor")
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[district.authority_page.pk])))
    assert refused(client.get(reverse("wagtailadmin_pages:add_subpage", args=[district.authority_page.pk])))


def test_the_branch_is_never_served_to_the_public(client, district):
    assert district.authority_page.specific.url is None
    assert client.get("/", headers={"host": DISTRICT_HOST}).status_code == 200


def test_the_board_cannot_delete_or_move_a_portal_from_the_explorer(client, login, district, commune):
    login("board")
    for page in (district.authority_page, commune.site.root_page):
        response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        assert response.status_code == 302 and Page.objects.filter(pk=page.pk).exists()
    home = commune.site.root_page
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[home.pk, district.site.root_page.pk]))
    assert response.status_code == 302
    home.refresh_from_db()
    assert home.get_parent().pk == district.authority_page.pk


def test_running_provisioning_again_changes_nothing(district, commune):
    result = provision_unit("district", district.name, hostname=DISTRICT_HOST, email=district.official_email)
    assert not result.changed
    result = provision_unit("commune", commune.name, hostname=COMMUNE_HOST, parent_hostname=DISTRICT_HOST)
    assert not result.changed


# -- the data migration -------------------------------------------------------------------------


def back_to_the_old_layout(authority):
    """What provisioning made before the branches: homes and collections at the top of their trees,
    the board's rights on every portal."""
    root_page, root_collection = Page.get_first_root_node(), Collection.get_first_root_node()
    units = list(Unit.objects.with_sites().contributing_to(authority))
    for unit in units:
        Page.objects.get(pk=unit.site.root_page_id).move(root_page, "last-child")
        Collection.objects.get(pk=unit.collection_id).move(root_collection, "sorted-child")
    branch, shelf = authority.authority_page, authority.authority_collection
    Unit.objects.filter(pk=authority.pk).update(authority_page=None, authority_collection=None)
    board = authority.group_for(Role.BOARD)
    GroupPagePermission.objects.filter(group=board).delete()
    GroupCollectionPermission.objects.filter(group=board).delete()
    Page.objects.get(pk=branch.pk).delete()
    Collection.objects.get(pk=shelf.pk).delete()
    for unit in units:
        sync_page_permissions(board, unit.site.root_page, page_permissions_for(Role.BOARD, unit))
    Site.clear_site_root_paths_cache()


def test_the_migration_moves_an_old_install_into_branches(client, login, district, province):
    back_to_the_old_layout(district)
    back_to_the_old_layout(province)
    commune = unit_on(COMMUNE_HOST)
    news = commune.site.root_page.get_children().get(slug="tin-tuc-su-kien")
    assert commune.site.root_page.depth == 2 and board_rows(district)[0] > 6

    migration.move_portals_into_branches(django_apps, None)

    assert Page.find_problems() == ([], [], [], [], [])
    assert Collection.find_problems() == ([], [], [], [], [])
    for authority_host in (DISTRICT_HOST, PROVINCE_HOST):
        authority = unit_on(authority_host)
        branch = authority.authority_page
        assert branch.specific_class is AuthorityPage and branch.title.startswith(authority.name)
        assert board_rows(authority) == (6, 8)
        for unit in Unit.objects.with_sites().contributing_to(authority):
            home = Page.objects.get(pk=unit.site.root_page_id)
            assert home.get_parent().pk == branch.pk
            assert Collection.objects.get(pk=unit.collection_id).get_parent().pk == authority.authority_collection_id
    # url_paths follow the move: the public address is the same, the admin still finds every page.
    news.refresh_from_db()
    assert news.url_path == f"/{unit_on(DISTRICT_HOST).authority_page.slug}/tan-ha-hamtan-test/tin-tuc-su-kien/"
    assert news.get_url() == "http://tan-ha.hamtan.test/tin-tuc-su-kien/"
    assert client.get("/tin-tuc-su-kien/", headers={"host": COMMUNE_HOST}).status_code == 200
    login("board")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[news.pk])).status_code == 200
    # Provisioning after the migration finds everything in place.
    assert not provision_unit("commune", commune.name, hostname=COMMUNE_HOST, parent_hostname=DISTRICT_HOST).changed


def test_the_migration_does_nothing_on_an_install_already_in_branches(district):
    before = list(Page.objects.order_by("pk").values_list("pk", "path", "url_path"))
    migration.move_portals_into_branches(django_apps, None)
    assert list(Page.objects.order_by("pk").values_list("pk", "path", "url_path")) == before
