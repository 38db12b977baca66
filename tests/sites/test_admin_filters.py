"""The site filter of the explorer and the page search, the collection filter of the image and
document listings, and the dashboard, for a board with many sites."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Page

from tests.factories import ContentPageFactory, DocumentFactory, ImageFactory
from tests.helpers import section_of
from tests.sites.scale import GrowingProvince, queries_of

pytestmark = pytest.mark.django_db

TAN_HA = "Lịch tiếp dân xã Tân Hà"
TAN_NGHIA = "Lịch tiếp dân thị trấn Tân Nghĩa"
DA_LAT = "Lịch tiếp dân phường Đà Lạt"


@pytest.fixture
def pages(commune, other_commune, province_commune):
    return {
        TAN_HA: ContentPageFactory(parent=section_of(commune, "gioi-thieu"), title=TAN_HA),
        TAN_NGHIA: ContentPageFactory(parent=section_of(other_commune, "gioi-thieu"), title=TAN_NGHIA),
        DA_LAT: ContentPageFactory(parent=section_of(province_commune, "gioi-thieu"), title=DA_LAT),
    }


def explorer_url():
    return reverse("wagtailadmin_explore", args=[Page.get_first_root_node().pk])


def found(content):
    return {title for title in (TAN_HA, TAN_NGHIA, DA_LAT) if title in content}


# -- the explorer


def test_the_explorers_site_filter_offers_the_boards_sites_grouped_by_kind(client, login, pages, province_commune):
    login("board")
    content = client.get(explorer_url(), follow=True).content.decode()
    assert '<optgroup label="Xã">' in content and '<optgroup label="Thị trấn">' in content
    assert "Xã Tân Hà" in content and "Xã Sơn Mỹ" in content
    assert "Phường Đà Lạt" not in content
    assert f'name="site" value="{province_commune.site_id}"' not in content  # Wagtail's checkbox per site is gone


def boards_explorer_root(client):
    """Wagtail sends a board member from the tree root to the top of what it may explore."""
    response = client.get(explorer_url(), follow=True)
    return response.redirect_chain[-1][0] if response.redirect_chain else explorer_url()


def test_the_explorer_filters_by_site(client, login, pages, commune):
    login("board")
    response = client.get(boards_explorer_root(client), {"site": commune.site_id})
    assert response.status_code == 200
    assert found(response.content.decode()) == {TAN_HA}


def test_another_authoritys_site_is_no_choice(client, login, pages, province_commune):
    login("board")
    response = client.get(boards_explorer_root(client), {"site": province_commune.site_id})
    assert DA_LAT not in response.content.decode()
    login("province_board")
    content = client.get(explorer_url(), follow=True).content.decode()
    assert "Xã Tân Hà" not in content and "Huyện Hàm Tân" not in content


def test_a_commune_editor_has_no_site_filter(client, login, pages, commune):
    login("editor")
    response = client.get(reverse("wagtailadmin_explore", args=[commune.site.root_page_id]))
    assert response.status_code == 200
    assert 'name="site"' not in response.content.decode()


# -- the page search


def search(client, **params):
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Lịch tiếp dân", **params})
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_search_filters_by_site(client, login, pages, commune, other_commune):
    login("board")
    content = search(client)
    assert found(content) == {TAN_HA, TAN_NGHIA}
    assert '<optgroup label="Xã">' in content and "Phường Đà Lạt" not in content
    assert found(search(client, site=commune.site_id)) == {TAN_HA}
    assert found(search(client, site=other_commune.site_id)) == {TAN_NGHIA}


def test_the_page_search_never_widens_to_another_authority(client, login, pages, province_commune, commune):
    login("board")
    assert DA_LAT not in search(client, site=province_commune.site_id)
    login("editor")
    assert found(search(client, site=province_commune.site_id)) == {TAN_HA}
    assert 'name="site"' not in search(client)


# -- images and documents


def collection_options(content):
    start = content.index('name="collection_id"')
    return content[start : content.index("</select>", start)]


@pytest.mark.parametrize("listing", ["wagtailimages:index", "wagtaildocs:index"])
def test_the_collection_filter_holds_only_the_authoritys_collections(client, login, listing):
    login("board")
    options = collection_options(client.get(reverse(listing)).content.decode())
    assert "Xã Tân Hà" in options and "Thị trấn Tân Nghĩa" in options
    assert "Phường Đà Lạt" not in options and "Tỉnh Lâm Đồng" not in options
    login("province_board")
    options = collection_options(client.get(reverse(listing)).content.decode())
    assert "Phường Đà Lạt" in options and "Xã Tân Hà" not in options


def test_the_image_listing_keeps_to_the_users_collections(client, login, commune, other_commune, province_commune):
    users = {
        name: get_user_model().objects.get(username=name) for name in ("editor", "other_editor", "province_editor")
    }
    ImageFactory(title="Ảnh xã Tân Hà", collection=commune.collection, uploaded_by_user=users["editor"])
    ImageFactory(
        title="Ảnh thị trấn Tân Nghĩa", collection=other_commune.collection, uploaded_by_user=users["other_editor"]
    )
    ImageFactory(
        title="Ảnh phường Đà Lạt", collection=province_commune.collection, uploaded_by_user=users["province_editor"]
    )
    login("editor")
    content = client.get(reverse("wagtailimages:index")).content.decode()
    assert "Ảnh xã Tân Hà" in content
    assert "Ảnh thị trấn Tân Nghĩa" not in content and "Ảnh phường Đà Lạt" not in content
    login("board")
    content = client.get(reverse("wagtailimages:index")).content.decode()
    assert "Ảnh xã Tân Hà" in content and "Ảnh thị trấn Tân Nghĩa" in content
    assert "Ảnh phường Đà Lạt" not in content


# -- query counts at two sizes


def with_media(province):
    for unit in province.units:
        if not get_image_model().objects.filter(collection=unit.collection).exists():
            ImageFactory(title=f"Ảnh của {unit.name}", collection=unit.collection)
            DocumentFactory(title=f"Tài liệu của {unit.name}", collection=unit.collection)
    return province


def screens(province):
    first = province.units[0]
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[first.site.root_page_id]),
        # a query whose results do not grow with the province (rows cost queries up to a page of 20)
        "search": reverse("wagtailadmin_pages:search") + "?q=001",
        "search by site": reverse("wagtailadmin_pages:search") + f"?q=tin&site={first.site_id}",
        "images": reverse("wagtailimages:index"),
        "documents": reverse("wagtaildocs:index"),
    }


def measure(client, province):
    counts = {}
    for who in ("board", "editor"):
        client.force_login(getattr(province, who))
        for name, url in screens(province).items():
            counts[who, name] = queries_of(client, url)
    return counts


def test_the_boards_and_an_editors_screens_run_the_same_queries_at_two_sizes(client):
    province = with_media(GrowingProvince().grow(1))
    small = measure(client, province)
    with_media(province.grow(10))
    large = measure(client, province)
    print(f"queries with {len(province.units) - 10} units: {small}")
    print(f"queries with {len(province.units)} units: {large}")
    assert large == small
