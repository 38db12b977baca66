"""“Tin bài chờ duyệt”: the pages awaiting moderation on the user's sites, with site and kind filters."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import ContentPageFactory
from tests.helpers import refused, section_of
from tests.sites.scale import GrowingProvince, queries_of

pytestmark = pytest.mark.django_db

URL = "/admin/tin-bai-cho-duyet/"

TAN_HA = "Tin chờ duyệt Tân Hà"
TAN_NGHIA = "Tin chờ duyệt Tân Nghĩa"
HAM_TAN = "Tin chờ duyệt huyện Hàm Tân"
DA_LAT = "Tin chờ duyệt phường Đà Lạt"


def submit(unit, title, username):
    page = ContentPageFactory(parent=section_of(unit, "gioi-thieu"), title=title)
    user = get_user_model().objects.get(username=username)
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return page


@pytest.fixture
def pending(commune, other_commune, district, province_commune):
    return {
        TAN_HA: submit(commune, TAN_HA, "editor"),
        TAN_NGHIA: submit(other_commune, TAN_NGHIA, "other_editor"),
        HAM_TAN: submit(district, HAM_TAN, "district_editor"),
        DA_LAT: submit(province_commune, DA_LAT, "province_editor"),
    }


def listed(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    content = response.content.decode()
    return {title for title in (TAN_HA, TAN_NGHIA, HAM_TAN, DA_LAT) if title in content}, content


def test_the_url_and_the_menu_item(client, login):
    assert reverse("moderation_list") == URL
    login("board")
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()  # the sidebar menu


def test_the_board_sees_every_site_of_its_authority_with_the_unit_of_each_row(client, login, pending):
    login("board")
    titles, content = listed(client)
    assert titles == {TAN_HA, TAN_NGHIA, HAM_TAN}
    assert "Xã Tân Hà" in content and "Thị trấn Tân Nghĩa" in content and "Huyện Hàm Tân" in content
    assert reverse("wagtailadmin_pages:edit", args=[pending[TAN_HA].pk]) in content


def test_another_authoritys_board_sees_only_its_own(client, login, pending):
    login("province_board")
    titles, content = listed(client)
    assert titles == {DA_LAT}
    assert "Xã Tân Hà" not in content and "Hàm Tân" not in content


def test_the_board_cannot_filter_its_way_into_another_authority(client, login, pending, province_commune):
    login("board")
    titles, content = listed(client, site=province_commune.site_id)
    assert DA_LAT not in titles
    assert f'value="{province_commune.site_id}"' not in content


@pytest.mark.parametrize(
    ("username", "expected"),
    [("chief", {TAN_HA}), ("editor", {TAN_HA}), ("other_editor", {TAN_NGHIA}), ("province_editor", {DA_LAT})],
)
def test_a_commune_member_sees_only_its_own_site(client, login, pending, username, expected):
    login(username)
    titles, _content = listed(client)
    assert titles == expected


def test_a_commune_member_gets_no_site_or_kind_filter(client, login, pending):
    login("chief")
    _titles, content = listed(client)
    assert 'name="site"' not in content and 'name="kind"' not in content


def test_the_site_filter_is_grouped_by_kind(client, login, pending, commune):
    login("board")
    _titles, content = listed(client)
    assert '<optgroup label="Xã">' in content and '<optgroup label="Thị trấn">' in content
    assert '<optgroup label="Đơn vị chủ quản (tỉnh, huyện)">' in content
    titles, _content = listed(client, site=commune.site_id)
    assert titles == {TAN_HA}


@pytest.mark.parametrize(("kind", "expected"), [("town", {TAN_NGHIA}), ("commune", {TAN_HA}), ("authority", {HAM_TAN})])
def test_the_kind_filter(client, login, pending, kind, expected):
    login("board")
    titles, _content = listed(client, kind=kind)
    assert titles == expected


def test_awaiting_my_review(client, login, pending):
    login("chief")
    assert listed(client, reviewable="true")[0] == {TAN_HA}
    login("board")  # the pages are at their commune's step, not yet at the board's
    assert listed(client, reviewable="true")[0] == {HAM_TAN}


def test_an_inspector_is_refused(client, login, pending):
    login("inspector")
    assert refused(client.get(URL))


SCREENS = (("board", {}), ("board", {"kind": "ward"}), ("board", {"reviewable": "true"}), ("editor", {}))


def measure(client, province):
    counts = {}
    for who, params in SCREENS:
        client.force_login(getattr(province, who))
        counts[who, tuple(params)] = queries_of(client, URL, **params)
    return counts


def test_the_queries_do_not_grow_with_the_number_of_sites(client):
    province = GrowingProvince().grow(1)
    small = measure(client, province)
    province.grow(10)
    large = measure(client, province)
    print(f"moderation list queries, 2 units: {small}; 12 units: {large}")
    assert large == small
    client.force_login(province.board)
    assert client.get(URL).content.decode().count("Tin chờ duyệt của") == len(province.units)
