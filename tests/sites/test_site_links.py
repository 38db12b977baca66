"""Site link lists ("Liên kết website" and banners): who edits them, and what each home page shows."""

import importlib

import pytest

from django.apps import apps as django_apps
from django.urls import reverse

from wagtail.models import GroupSitePermission

from sites.models import LinkPosition, Role, SiteLink, SiteLinkSettings
from tests.factories import ImageFactory
from tests.helpers import refused, unchanged


def links_url(unit):
    return reverse("wagtailsettings:edit", args=["sites", "sitelinksettings", unit.site_id])


def links_form_data(*links):
    """What the settings form posts for a list of new links: (title, url, position[, image id])."""
    data = {
        "links-TOTAL_FORMS": str(len(links)),
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
    }
    for index, (title, url, position, *image) in enumerate(links):
        data.update(
            {
                f"links-{index}-id": "",
                f"links-{index}-title": title,
                f"links-{index}-url": url,
                f"links-{index}-position": position,
                f"links-{index}-image": str(image[0]) if image else "",
                f"links-{index}-ORDER": str(index + 1),
                f"links-{index}-DELETE": "",
            }
        )
    return data


def add_link(unit, title, url, position=LinkPosition.LINK, image=None):
    settings = SiteLinkSettings.for_site(unit.site)
    return SiteLink.objects.create(
        setting=settings, title=title, url=url, position=position, image=image, sort_order=settings.links.count()
    )


def titles(unit):
    return list(SiteLinkSettings.for_site(unit.site).links.values_list("title", flat=True))


# Who may edit


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor", "chief"])
def test_commune_staff_cannot_open_or_post_another_communes_links(client, login, other_commune, username):
    login(username)
    url = links_url(other_commune)
    assert refused(client.get(url))
    assert refused(client.post(url, links_form_data(("Quảng cáo", "https://example.com", "banner"))))
    assert titles(other_commune) == []


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["collaborator", "inspector"])
def test_collaborator_and_inspector_cannot_edit_links(client, login, commune, username):
    login(username)
    url = links_url(commune)
    assert refused(client.get(url))
    assert refused(client.post(url, links_form_data(("Cổng Chính phủ", "https://chinhphu.vn", "lien_ket"))))
    assert titles(commune) == []


@pytest.mark.django_db
def test_district_editor_cannot_edit_a_communes_links(client, login, commune):
    login("district_editor")
    assert refused(client.get(links_url(commune)))
    with unchanged(lambda: titles(commune)):
        data = links_form_data(("Cổng huyện", "https://hamtan.test", "lien_ket"))
        assert refused(client.post(links_url(commune), data))


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor", "chief"])
def test_commune_staff_edit_their_own_links(client, login, commune, username):
    login(username)
    url = links_url(commune)
    assert client.get(url).status_code == 200
    image = ImageFactory(collection=commune.collection, title="Banner dịch vụ công")
    response = client.post(
        url,
        links_form_data(
            ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "banner", image.pk),
            ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", "lien_ket"),
        ),
    )
    assert response.status_code == 302
    links = list(SiteLinkSettings.for_site(commune.site).links.all())
    assert [(link.title, link.position, link.image_id) for link in links] == [
        ("Cổng Dịch vụ công quốc gia", "banner", image.pk),
        ("Cổng thông tin điện tử Chính phủ", "lien_ket", None),
    ]


@pytest.mark.django_db
def test_an_editor_cannot_put_another_communes_image_on_its_banner(client, login, commune, other_commune):
    login("editor")
    foreign = ImageFactory(collection=other_commune.collection, title="Ảnh của xã khác")
    response = client.post(
        links_url(commune), links_form_data(("Banner", "https://dichvucong.gov.vn", "banner", foreign.pk))
    )
    assert response.status_code == 200
    assert "Chọn ảnh trong thư mục ảnh của đơn vị này" in response.content.decode()
    assert titles(commune) == []


@pytest.mark.django_db
def test_a_commune_banner_may_use_the_district_image(client, login, commune, district):
    login("board")
    district_image = ImageFactory(collection=district.collection, title="Ảnh của huyện")
    response = client.post(
        links_url(commune), links_form_data(("Banner", "https://dichvucong.gov.vn", "banner", district_image.pk))
    )
    assert response.status_code == 302
    assert titles(commune) == ["Banner"]


@pytest.mark.django_db
def test_board_edits_every_sites_links(client, login, commune, district):
    login("board")
    for unit in (commune, district):
        response = client.post(links_url(unit), links_form_data(("Báo Nhân Dân", "https://nhandan.vn", "lien_ket")))
        assert response.status_code == 302
        assert titles(unit) == ["Báo Nhân Dân"]


@pytest.mark.django_db
@pytest.mark.parametrize("bad_url", ["chinhphu.vn", "/lien-he", "javascript:alert(1)", "ftp://vbpl.vn", "https://"])
def test_link_address_must_be_an_absolute_web_address(client, login, commune, bad_url):
    login("editor")
    response = client.post(links_url(commune), links_form_data(("Văn bản pháp luật", bad_url, "lien_ket")))
    assert response.status_code == 200
    assert "bắt đầu bằng http:// hoặc https://" in response.content.decode()
    assert titles(commune) == []


@pytest.mark.django_db
def test_provisioning_grants_link_editing_to_the_units_editors_and_the_board(commune, district):
    granted = set(
        GroupSitePermission.objects.filter(
            site=commune.site, permission__codename="change_sitelinksettings"
        ).values_list("group_id", flat=True)
    )
    expected = {commune.group_for(Role.EDITOR).pk, commune.group_for(Role.CHIEF_EDITOR).pk}
    expected.add(district.group_for(Role.BOARD).pk)
    assert granted == expected


@pytest.mark.django_db
def test_data_migration_grants_link_editing_to_units_provisioned_before(commune, district):
    GroupSitePermission.objects.filter(permission__codename="change_sitelinksettings").delete()
    migration = importlib.import_module("sites.migrations.0003_grant_site_links")
    migration.grant(django_apps, None)
    migration.grant(django_apps, None)  # a second run adds nothing
    granted = GroupSitePermission.objects.filter(site=commune.site, permission__codename="change_sitelinksettings")
    assert set(granted.values_list("group_id", flat=True)) == {
        commune.group_for(Role.EDITOR).pk,
        commune.group_for(Role.CHIEF_EDITOR).pk,
        district.group_for(Role.BOARD).pk,
    }
    assert not GroupSitePermission.objects.filter(
        group=commune.group_for(Role.COLLABORATOR), permission__codename="change_sitelinksettings"
    ).exists()
    assert not GroupSitePermission.objects.filter(
        group=district.group_for(Role.INSPECTOR), permission__codename="change_sitelinksettings"
    ).exists()


# What the home pages show


@pytest.mark.django_db
def test_each_home_page_shows_its_own_links_and_banners(client, commune, other_commune):
    banner_image = ImageFactory(collection=commune.collection, title="Ảnh banner")
    add_link(commune, "Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", LinkPosition.BANNER, banner_image)
    add_link(commune, "Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/")
    add_link(other_commune, "Báo Bình Thuận", "https://baobinhthuan.com.vn/")

    page = client.get("/", HTTP_HOST=commune.site.hostname).content.decode()
    assert '<h2 id="lien-ket-website" class="panel__title">Liên kết website</h2>' in page
    assert '<a class="link-list__link" href="https://chinhphu.vn/" rel="noopener">' in page
    assert 'href="https://dichvucong.gov.vn/" rel="noopener"' in page
    assert 'alt="Cổng Dịch vụ công quốc gia"' in page
    assert "baobinhthuan.com.vn" not in page

    other_page = client.get("/", HTTP_HOST=other_commune.site.hostname).content.decode()
    assert 'href="https://baobinhthuan.com.vn/"' in other_page
    assert "chinhphu.vn" not in other_page and "dichvucong.gov.vn" not in other_page


@pytest.mark.django_db
def test_links_keep_their_order_and_a_link_to_the_portal_itself_is_not_marked_external(client, commune):
    add_link(commune, "Thủ tục hành chính của xã", f"http://{commune.site.hostname}/thu-tuc-hanh-chinh/")
    add_link(commune, "Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/")
    page = client.get("/", HTTP_HOST=commune.site.hostname).content.decode()
    own = f'<a class="link-list__link" href="http://{commune.site.hostname}/thu-tuc-hanh-chinh/">'
    assert own in page
    assert page.index(own) < page.index('href="https://vbpl.vn/"')


@pytest.mark.django_db
def test_a_stored_address_that_is_not_a_web_address_is_not_shown(client, commune):
    # Written around the admin's check (an old import, a script): inspectors see it, readers must not.
    add_link(commune, "Nhấn vào đây", "javascript:alert(1)")
    add_link(commune, "Trang cũ", "/trang-cu")
    page = client.get("/", HTTP_HOST=commune.site.hostname).content.decode()
    assert "javascript:alert" not in page and "/trang-cu" not in page
    assert "Liên kết website" not in page


@pytest.mark.django_db
def test_a_home_page_without_links_shows_no_empty_sections(client, commune):
    page = client.get("/", HTTP_HOST=commune.site.hostname).content.decode()
    assert "lien-ket-website" not in page and "banner-list" not in page
