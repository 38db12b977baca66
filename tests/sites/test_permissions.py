"""The roles table of ARCHITECTURE.md, exercised through the admin's own views.

Each rule is tested from the side that must be refused; a few allowed-side tests make
sure the refusals are not an accident of a broken setup.
"""

import pytest

from django.urls import reverse

from wagtail.models import Page

from articles.models import ArticlePage
from home.models import ContentPage
from sites.models import SiteContactSettings
from tests.articles.factories import article_form_data
from tests.factories import ContentPageFactory, DocumentFactory, ImageFactory, content_page_form_data, png_upload
from tests.helpers import assert_refused, refused, section_of, unchanged


def edit_post_data(page, **changes):
    title = changes.pop("title", page.title)
    return content_page_form_data(title, page.slug, page.summary, **changes)


@pytest.fixture
def other_commune_page(other_commune):
    return ContentPageFactory(parent=section_of(other_commune, "gioi-thieu"), title="Lịch sử thị trấn Tân Nghĩa")


@pytest.fixture
def commune_page(commune):
    return ContentPageFactory(parent=section_of(commune, "gioi-thieu"), title="Lịch sử xã Tân Hà")


# --- Commune editors stay inside their own commune -------------------------------------------

@pytest.mark.django_db
def test_commune_editor_explorer_is_rooted_at_own_home(client, login, commune, other_commune, other_commune_page):
    login("editor")
    response = client.get(reverse("wagtailadmin_explore_root"), follow=True)
    content = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[commune.site.root_page_id])
    assert "Lịch sử thị trấn Tân Nghĩa" not in content
    assert reverse("wagtailadmin_explore", args=[other_commune.site.root_page_id]) not in content


@pytest.mark.django_db
def test_commune_editor_cannot_explore_another_commune(client, login, commune, other_commune):
    """Wagtail sends an explorer request outside the user's tree back to the user's own root."""
    login("editor")
    response = client.get(reverse("wagtailadmin_explore", args=[other_commune.site.root_page_id]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[commune.site.root_page_id])


@pytest.mark.django_db
def test_commune_editor_cannot_find_another_communes_pages_in_admin_search(client, login, other_commune_page):
    login("editor")
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Tân Nghĩa"})
    assert response.status_code == 200
    assert "Lịch sử thị trấn Tân Nghĩa" not in response.content.decode()


@pytest.mark.django_db
def test_commune_editor_cannot_open_or_post_another_communes_edit_view(client, login, other_commune_page):
    login("editor")
    url = reverse("wagtailadmin_pages:edit", args=[other_commune_page.pk])
    revisions_before = other_commune_page.revisions.count()
    assert refused(client.get(url))
    assert refused(client.post(url, edit_post_data(other_commune_page, title="Đã bị sửa trái phép")))
    other_commune_page.refresh_from_db()
    assert other_commune_page.title == "Lịch sử thị trấn Tân Nghĩa"
    assert other_commune_page.revisions.count() == revisions_before


def content_pages_titled(title):
    return lambda: sorted(ContentPage.objects.filter(title=title).values_list("pk", flat=True))


def add_content_page_url(unit):
    return reverse("wagtailadmin_pages:add", args=["home", "contentpage", section_of(unit, "gioi-thieu").pk])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("username", "unit_fixture"),
    [("editor", "other_commune"), ("province_editor", "commune"), ("province_board", "commune")],
)
def test_staff_outside_a_portal_cannot_add_a_page_the_tree_allows(client, login, request, username, unit_fixture):
    """A content page under “Giới thiệu” is allowed by the tree rules; only the right is missing."""
    url = add_content_page_url(request.getfixturevalue(unit_fixture))
    login(username)
    assert refused(client.get(url))
    with unchanged(content_pages_titled("Trang thêm trái phép")):
        assert_refused(client.post(url, content_page_form_data("Trang thêm trái phép", "trang-them-trai-phep")))


@pytest.mark.django_db
@pytest.mark.parametrize(("username", "unit_fixture"), [("editor", "commune"), ("board", "commune")])
def test_staff_of_a_portal_add_the_same_page_there(client, login, request, username, unit_fixture):
    """The positive control of the test above: the same form, posted by someone with the right."""
    unit = request.getfixturevalue(unit_fixture)
    login(username)
    url = add_content_page_url(unit)
    assert client.get(url).status_code == 200
    response = client.post(url, content_page_form_data("Trang thêm đúng chỗ", "trang-them-dung-cho"))
    assert response.status_code == 302
    page = ContentPage.objects.get(title="Trang thêm đúng chỗ")
    assert page.get_parent().pk == section_of(unit, "gioi-thieu").pk


@pytest.mark.django_db
def test_commune_editor_can_edit_own_commune_page(client, login, commune_page):
    login("editor")
    url = reverse("wagtailadmin_pages:edit", args=[commune_page.pk])
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_commune_editor_cannot_choose_images_or_documents_of_another_commune(client, login, commune, other_commune):
    ImageFactory(title="Ảnh chợ Tân Hà", collection=commune.collection)
    ImageFactory(title="Ảnh chợ Tân Nghĩa", collection=other_commune.collection)
    DocumentFactory(title="Kế hoạch của xã Tân Hà", collection=commune.collection)
    DocumentFactory(title="Kế hoạch của thị trấn Tân Nghĩa", collection=other_commune.collection)
    login("editor")

    images = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert "Ảnh chợ Tân Hà" in images
    assert "Ảnh chợ Tân Nghĩa" not in images

    documents = client.get(reverse("wagtaildocs_chooser:choose")).json()["html"]
    assert "Kế hoạch của xã Tân Hà" in documents
    assert "Kế hoạch của thị trấn Tân Nghĩa" not in documents


@pytest.mark.django_db
def test_commune_editor_cannot_upload_into_another_communes_collection(client, login, commune, other_commune):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from wagtail.images import get_image_model

    login("editor")
    client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh tải nhầm chỗ", "file": png_upload(), "collection": other_commune.collection_id,
         "author": "A", "source": "B", "license": "C"},
    )
    assert not get_image_model().objects.filter(collection=other_commune.collection).exists()
    # The same upload lands in the editor's own collection, so the refusal is not a broken form.
    assert get_image_model().objects.get(title="Ảnh tải nhầm chỗ").collection == commune.collection
    client.post(
        reverse("wagtaildocs:add"),
        {"title": "Văn bản tải nhầm chỗ", "file": SimpleUploadedFile("vb.pdf", b"%PDF-1.4"),
         "collection": other_commune.collection_id},
    )
    from wagtail.documents import get_document_model
    assert not get_document_model().objects.filter(collection=other_commune.collection).exists()


@pytest.mark.django_db
def test_commune_head_editor_cannot_edit_another_sites_settings(client, login, other_commune):
    login("chief")
    url = reverse("wagtailsettings:edit", args=["sites", "sitecontactsettings", other_commune.site_id])
    assert refused(client.get(url))
    with unchanged(lambda: SiteContactSettings.for_site(other_commune.site).copyright_owner):
        assert_refused(client.post(url, {"copyright_owner": "Bị sửa", "tagline": "", "editorial_head": "",
                                         "address": "", "phone": "", "fax": "", "email": "", "licence": ""}))


@pytest.mark.django_db
def test_commune_head_editor_edits_own_settings(client, login, commune):
    login("chief")
    url = reverse("wagtailsettings:edit", args=["sites", "sitecontactsettings", commune.site_id])
    response = client.post(url, {"copyright_owner": "UBND xã Tân Hà", "tagline": "", "editorial_head": "",
                                 "address": "Thôn 1, xã Tân Hà", "phone": "", "fax": "", "email": "",
                                 "licence": ""})
    assert response.status_code == 302
    assert SiteContactSettings.for_site(commune.site).address == "Thôn 1, xã Tân Hà"


@pytest.mark.django_db
def test_commune_editor_cannot_edit_site_settings_even_of_own_site(client, login, commune):
    login("editor")
    url = reverse("wagtailsettings:edit", args=["sites", "sitecontactsettings", commune.site_id])
    assert refused(client.get(url))


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor", "chief"])
def test_commune_staff_of_untrusted_commune_cannot_publish_directly(client, login, commune_page, username):
    login(username)
    url = reverse("wagtailadmin_pages:edit", args=[commune_page.pk])
    client.post(url, edit_post_data(commune_page, title="Bản sửa chưa qua huyện", **{"action-publish": "publish"}))
    commune_page.refresh_from_db()
    assert commune_page.title == "Lịch sử xã Tân Hà"


@pytest.mark.django_db
def test_head_editor_of_trusted_commune_publishes_directly(client, login, trusted_commune):
    page = ContentPageFactory(parent=section_of(trusted_commune, "gioi-thieu"), title="Giới thiệu xã Sơn Mỹ")
    login("trusted_chief")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(url, edit_post_data(page, title="Giới thiệu chung xã Sơn Mỹ", **{"action-publish": "publish"}))
    page.refresh_from_db()
    assert page.title == "Giới thiệu chung xã Sơn Mỹ"


# --- Collaborators draft news only -----------------------------------------------------------

@pytest.mark.django_db
def test_collaborator_cannot_add_outside_news_section_of(client, login, commune):
    login("collaborator")
    parent = section_of(commune, "gioi-thieu")
    url = reverse("wagtailadmin_pages:add", args=["home", "contentpage", parent.pk])
    assert refused(client.get(url))


@pytest.mark.django_db
def test_collaborator_drafts_news_but_cannot_publish(client, login, commune):
    login("collaborator")
    parent = section_of(commune, "tin-tuc-su-kien")
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", parent.pk])
    assert client.get(url).status_code == 200
    client.post(url, article_form_data("Ra quân làm đường", "ra-quan-lam-duong", **{"action-publish": "publish"}))
    page = ArticlePage.objects.get(slug="ra-quan-lam-duong")
    assert not page.live


# --- Inspectors read everything and edit nothing ---------------------------------------------

@pytest.mark.django_db
@pytest.mark.parametrize("unit_fixture", ["district", "commune"])
def test_inspector_cannot_edit_any_page(client, login, request, unit_fixture):
    unit = request.getfixturevalue(unit_fixture)
    page = ContentPageFactory(parent=section_of(unit, "gioi-thieu"), title="Trang cần kiểm tra")
    login("inspector")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert refused(client.get(url))
    client.post(url, edit_post_data(page, title="Kiểm tra viên sửa"))
    page.refresh_from_db()
    assert page.title == "Trang cần kiểm tra"
    assert refused(client.get(reverse("wagtailadmin_pages:add", args=["home", "contentpage", page.get_parent().pk])))


@pytest.mark.django_db
def test_inspector_reads_every_units_pages(client, login, commune_page, other_commune_page):
    login("inspector")
    response = client.get(reverse("all_units_content"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Lịch sử xã Tân Hà" in content and "Lịch sử thị trấn Tân Nghĩa" in content


@pytest.mark.django_db
def test_inspector_filters_pages_by_site(client, login, commune, commune_page, other_commune_page):
    login("inspector")
    content = client.get(reverse("all_units_content"), {"site": commune.site_id}).content.decode()
    assert "Lịch sử xã Tân Hà" in content and "Lịch sử thị trấn Tân Nghĩa" not in content


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor", "chief", "collaborator", "district_editor"])
def test_units_content_report_is_refused_to_unit_staff(client, login, username):
    login(username)
    assert refused(client.get(reverse("all_units_content")))


# --- The board works across sites; sites, users, groups and workflows stay with superusers ---

@pytest.mark.django_db
def test_board_edits_and_publishes_commune_pages(client, login, commune_page):
    login("board")
    url = reverse("wagtailadmin_pages:edit", args=[commune_page.pk])
    client.post(url, edit_post_data(commune_page, title="Lịch sử hình thành xã Tân Hà",
                                    **{"action-publish": "publish"}))
    commune_page.refresh_from_db()
    assert commune_page.title == "Lịch sử hình thành xã Tân Hà"


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["board", "inspector", "chief", "editor"])
@pytest.mark.parametrize(
    "url_name",
    ["wagtailsites:index", "wagtailusers_users:index", "wagtailusers_groups:index", "wagtailadmin_workflows:index",
     "wagtailadmin_workflows:task_index"],
)
def test_superuser_only_areas_are_refused(client, login, username, url_name):
    login(username)
    assert refused(client.get(reverse(url_name)))


@pytest.mark.django_db
def test_site_history_does_not_leak_another_communes_pages(client, login, other_commune_page):
    login("editor")
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert "Lịch sử thị trấn Tân Nghĩa" not in response.content.decode()


@pytest.mark.django_db
def test_pages_outside_every_tree_stay_hidden(client, login):
    """The tree root itself is never editable by unit staff."""
    login("board")
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[Page.get_first_root_node().pk])))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("username", "unit_fixture"),
    [("district_editor", "commune"), ("editor", "district"), ("collaborator", "other_commune")],
)
def test_staff_of_one_portal_cannot_edit_another_portals_pages(client, login, request, username, unit_fixture):
    unit = request.getfixturevalue(unit_fixture)
    page = ContentPageFactory(parent=section_of(unit, "gioi-thieu"), title="Trang của đơn vị khác")
    login(username)
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
