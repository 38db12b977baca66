"""Rules scoped to an authority, refused across authorities: Lâm Đồng's members against Hàm Tân.

Each refusal has its positive control here: the same request by Hàm Tân's own board or
inspector succeeds. (Compliance's findings, reports, waivers and overrides are in
tests/compliance/test_authorities.py.)
"""

import pytest

from django.urls import reverse

from wagtail.models import TaskState

from legal_docs.models import LegalDocumentType
from sites.models import SiteContactSettings, SiteLinkSettings
from tests.factories import ContentPageFactory, content_page_form_data
from tests.helpers import (
    assert_refused,
    current_task_state,
    refused,
    section_of,
    submit_news,
    unchanged,
    workflow_action,
)
from tests.legal_docs.factories import LegalDocumentPageFactory, document_index

pytestmark = pytest.mark.django_db

PROVINCE_MEMBERS = ["province_board", "province_inspector", "province_editor"]
CONTACT = {"copyright_owner": "", "tagline": "", "editorial_head": "", "address": "", "phone": "", "fax": "",
           "email": "", "licence": ""}


@pytest.fixture
def hamtan_page(commune):
    return ContentPageFactory(parent=section_of(commune, "gioi-thieu"), title="Lịch sử xã Tân Hà")


def page_state(page):
    def read():
        page.refresh_from_db()
        return page.title, page.live, page.revisions.count()

    return read


def edit_data(page, title, **extra):
    return content_page_form_data(title, page.slug, page.summary, **extra)


# -- pages: explorer, edit, publish


@pytest.mark.parametrize("username", PROVINCE_MEMBERS)
def test_the_province_cannot_open_edit_or_publish_a_hamtan_page(client, login, hamtan_page, username):
    login(username)
    url = reverse("wagtailadmin_pages:edit", args=[hamtan_page.pk])
    assert refused(client.get(url))
    with unchanged(page_state(hamtan_page)):
        assert_refused(client.post(url, edit_data(hamtan_page, "Sửa từ tỉnh", **{"action-publish": "publish"})))


def test_hamtans_board_edits_and_publishes_the_same_page(client, login, hamtan_page):
    login("board")
    url = reverse("wagtailadmin_pages:edit", args=[hamtan_page.pk])
    assert client.get(url).status_code == 200
    client.post(url, edit_data(hamtan_page, "Lịch sử hình thành xã Tân Hà", **{"action-publish": "publish"}))
    hamtan_page.refresh_from_db()
    assert hamtan_page.title == "Lịch sử hình thành xã Tân Hà" and hamtan_page.live


@pytest.mark.parametrize("username", PROVINCE_MEMBERS)
def test_the_province_cannot_explore_hamtan(client, login, commune, hamtan_page, username):
    """Wagtail answers 200 or sends the user to its own root, but lists none of Hàm Tân's pages."""
    login(username)
    for page in (commune.site.root_page, section_of(commune, "gioi-thieu")):
        response = client.get(reverse("wagtailadmin_explore", args=[page.pk]), follow=True)
        assert response.status_code in (200, 403)
        content = response.content.decode()
        assert "Lịch sử xã Tân Hà" not in content
        assert reverse("wagtailadmin_pages:edit", args=[hamtan_page.pk]) not in content
    assert "Lịch sử xã Tân Hà" not in client.get(reverse("wagtailadmin_explore_root"), follow=True).content.decode()


def test_hamtans_board_explores_the_commune(client, login, commune, hamtan_page):
    login("board")
    response = client.get(reverse("wagtailadmin_explore", args=[section_of(commune, "gioi-thieu").pk]), follow=True)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Lịch sử xã Tân Hà" in content
    assert reverse("wagtailadmin_pages:edit", args=[hamtan_page.pk]) in content


# -- moderation: the board's step of a Hàm Tân commune's workflow


@pytest.fixture
def news_at_board_step(client, login, commune):
    login("editor")
    page = submit_news(client, commune, "Tân Hà làm đường", "tan-ha-lam-duong")
    login("chief")
    assert workflow_action(client, page, "approve").status_code == 302
    assert current_task_state(page).task.specific.unit.site.hostname == "hamtan.test"
    return page


def test_the_provinces_board_cannot_approve_hamtans_board_step(client, login, news_at_board_step):
    page = news_at_board_step
    task_state = current_task_state(page)
    login("province_board")
    with unchanged(lambda: (TaskState.objects.get(pk=task_state.pk).status, page_state(page)())):
        assert_refused(workflow_action(client, page, "approve"))


def test_hamtans_board_approves_its_step_and_the_news_goes_live(client, login, news_at_board_step):
    page = news_at_board_step
    login("board")
    assert workflow_action(client, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live


# -- site settings and links of a Hàm Tân commune


def settings_url(model_name, unit):
    return reverse("wagtailsettings:edit", args=["sites", model_name, unit.site_id])


@pytest.mark.parametrize("username", PROVINCE_MEMBERS)
def test_the_province_cannot_edit_a_hamtan_communes_settings_or_links(client, login, commune, username):
    login(username)
    contact_url, links_url = settings_url("sitecontactsettings", commune), settings_url("sitelinksettings", commune)
    assert refused(client.get(contact_url))
    assert refused(client.get(links_url))
    with unchanged(lambda: SiteContactSettings.for_site(commune.site).address):
        assert_refused(client.post(contact_url, {**CONTACT, "copyright_owner": "Tỉnh", "address": "Sửa từ tỉnh"}))
    with unchanged(lambda: list(SiteLinkSettings.for_site(commune.site).links.values_list("title", flat=True))):
        assert_refused(client.post(links_url, {"links-TOTAL_FORMS": "0", "links-INITIAL_FORMS": "0"}))


def test_hamtans_board_edits_the_communes_settings(client, login, commune):
    login("board")
    assert client.get(settings_url("sitelinksettings", commune)).status_code == 200
    response = client.post(
        settings_url("sitecontactsettings", commune), {**CONTACT, "copyright_owner": "UBND xã", "address": "Thôn 2"}
    )
    assert response.status_code == 302
    assert SiteContactSettings.for_site(commune.site).address == "Thôn 2"


# -- the all-units content view


@pytest.mark.parametrize("username", ["province_board", "province_inspector"])
def test_the_province_does_not_see_hamtans_pages_in_the_units_content(
    client, login, commune, province_commune, hamtan_page, username
):
    ContentPageFactory(parent=section_of(province_commune, "gioi-thieu"), title="Lịch sử phường Đà Lạt")
    login(username)
    content = client.get(reverse("all_units_content")).content.decode()
    assert "Lịch sử phường Đà Lạt" in content
    assert "Lịch sử xã Tân Hà" not in content
    filtered = client.get(reverse("all_units_content"), {"site": commune.site_id}).content.decode()
    assert "Lịch sử xã Tân Hà" not in filtered


@pytest.mark.parametrize("username", ["board", "inspector"])
def test_hamtans_board_and_inspector_see_its_pages_and_not_the_provinces(
    client, login, province_commune, hamtan_page, username
):
    ContentPageFactory(parent=section_of(province_commune, "gioi-thieu"), title="Lịch sử phường Đà Lạt")
    login(username)
    content = client.get(reverse("all_units_content")).content.decode()
    assert "Lịch sử xã Tân Hà" in content
    assert "Lịch sử phường Đà Lạt" not in content


# -- legal documents: the board's rights on an authority's document sections


def test_the_provinces_board_cannot_add_or_edit_hamtan_documents(client, login, commune):
    document = LegalDocumentPageFactory(parent=document_index(commune.site), title="Quyết định của xã Tân Hà")
    login("province_board")
    index = document_index(commune.site)
    add_url = reverse("wagtailadmin_pages:add", args=["legal_docs", "legaldocumentpage", index.pk])
    assert refused(client.get(add_url))
    with unchanged(page_state(document)):
        assert_refused(client.get(reverse("wagtailadmin_pages:edit", args=[document.pk])))
        assert_refused(client.post(reverse("wagtailadmin_pages:edit", args=[document.pk]), {"title": "Sửa từ tỉnh"}))


def test_hamtans_board_opens_the_same_document_forms(client, login, commune):
    document = LegalDocumentPageFactory(parent=document_index(commune.site), title="Quyết định của xã Tân Hà")
    login("board")
    index = document_index(commune.site)
    add_url = reverse("wagtailadmin_pages:add", args=["legal_docs", "legaldocumentpage", index.pk])
    assert client.get(add_url).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[document.pk])).status_code == 200


@pytest.mark.parametrize("username", ["board", "province_board"])
def test_every_board_keeps_the_install_wide_lists(client, login, username):
    """The document types belong to no authority (every portal uses them), so any board edits them."""
    login(username)
    url = reverse("wagtailsnippets_legal_docs_legaldocumenttype:add")
    response = client.post(url, {"name": f"Quy chế {username}", "slug": f"quy-che-{username}", "sort_order": "200"})
    assert response.status_code == 302
    assert LegalDocumentType.objects.filter(slug=f"quy-che-{username}").exists()
