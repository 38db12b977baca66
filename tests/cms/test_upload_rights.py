"""Rights asked for at upload: the forms say publishing needs the credits; listings and the chooser mark what lacks
them."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from compliance.rules import missing_attribution
from tests.factories import DocumentFactory, ImageFactory, png_upload

BADGE = "Thiếu thông tin bản quyền"
IMAGE_NOTE = "Ghi đủ Tác giả, Nguồn và Bản quyền / giấy phép của ảnh."
DOCUMENT_NOTE = "Ghi đủ Tác giả, Nguồn và Bản quyền / giấy phép của tài liệu trước khi đăng lên cổng."
PUBLISHING_NEEDS_IT = "Cần có trước khi xuất bản."


@pytest.fixture
def editor(db):
    return get_user_model().objects.get(username="editor")


@pytest.fixture
def credited_and_uncredited_images(commune, media_root, editor):
    """Two images the commune editor uploaded (an editor lists and edits its own uploads)."""
    credited = ImageFactory(title="Lễ ra quân ven biển", collection=commune.collection, uploaded_by_user=editor)
    uncredited = ImageFactory(
        title="Ảnh chưa rõ nguồn",
        collection=commune.collection,
        uploaded_by_user=editor,
        author="",
        source="",
        license="",
    )
    return credited, uncredited


def page_of(client, url_name, **params):
    return client.get(reverse(url_name), params).content.decode()


# -- the forms ----------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url_name", "note"),
    [
        ("wagtailimages:add", IMAGE_NOTE),
        ("wagtailimages:add_multiple", IMAGE_NOTE),
        ("wagtaildocs:add", DOCUMENT_NOTE),
        ("wagtaildocs:add_multiple", DOCUMENT_NOTE),
    ],
)
def test_upload_forms_say_that_publishing_needs_the_credits(client, login, url_name, note):
    login("editor")
    content = page_of(client, url_name)
    assert note in content
    if not url_name.endswith("multiple"):
        assert content.count(PUBLISHING_NEEDS_IT) == 3  # under Tác giả, Nguồn and Bản quyền / giấy phép


@pytest.mark.django_db
def test_image_edit_form_says_that_publishing_needs_the_credits(client, login, credited_and_uncredited_images):
    login("editor")
    _, uncredited = credited_and_uncredited_images
    content = client.get(reverse("wagtailimages:edit", args=[uncredited.pk])).content.decode()
    assert IMAGE_NOTE in content and content.count(PUBLISHING_NEEDS_IT) == 3


@pytest.mark.django_db
def test_document_edit_form_says_that_publishing_needs_the_credits(client, login, commune, media_root, editor):
    document = DocumentFactory(title="Kế hoạch ra quân", collection=commune.collection, uploaded_by_user=editor)
    login("editor")
    content = client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert DOCUMENT_NOTE in content and content.count(PUBLISHING_NEEDS_IT) == 3


@pytest.mark.django_db
def test_an_image_without_credits_still_saves(client, login, commune, media_root):
    login("editor")
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Ảnh tải nhanh",
            "file": png_upload(),
            "collection": commune.collection_id,
            "author": "",
            "source": "",
            "license": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    image = get_image_model().objects.get(title="Ảnh tải nhanh")
    assert image.missing_credits == ["tác giả", "nguồn", "bản quyền/giấy phép"]
    assert not image.has_copyright_clearance


@pytest.mark.django_db
def test_a_bulk_upload_without_credits_still_saves(client, login, commune, media_root):
    login("editor")
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": png_upload("le-ra-quan.png"), "collection": commune.collection_id},
    )
    assert response.status_code == 200 and response.json()["success"], response.content.decode()[:500]
    image = get_image_model().objects.get(pk=response.json()["image_id"])
    assert not image.has_copyright_clearance


@pytest.mark.django_db
def test_a_document_without_credits_still_saves(client, login, commune, media_root):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login("editor")
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Kế hoạch ra quân",
            "file": SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n%%EOF\n"),
            "collection": commune.collection_id,
            "author": "",
            "source": "",
            "license": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert get_document_model().objects.get(title="Kế hoạch ra quân").missing_credits


# -- which files lack credits -------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("credits", "missing"),
    [
        ({}, []),
        ({"source": ""}, ["nguồn"]),
        ({"author": " ", "license": ""}, ["tác giả", "bản quyền/giấy phép"]),
    ],
)
def test_missing_credits_are_the_ones_the_compliance_check_holds_back(commune, media_root, credits, missing):
    image = ImageFactory(collection=commune.collection, **credits)
    assert image.missing_credits == missing == missing_attribution(image)
    assert image.has_copyright_clearance is (not missing)


# -- the listings and the chooser ---------------------------------------------------------------------


def grid_caption(content, image):
    return re.search(rf'<figcaption id="image_{image.pk}_title">(.*?)</figcaption>', content, re.S).group(1)


def title_cell(content, image):
    cells = re.findall(r"<td[^>]*title\">(.*?)</td>", content, re.S)
    return next(cell for cell in cells if image.title in cell)


@pytest.mark.django_db
def test_the_image_listing_marks_images_without_credits(client, login, credited_and_uncredited_images):
    credited, uncredited = credited_and_uncredited_images
    login("editor")
    content = page_of(client, "wagtailimages:index")
    assert BADGE in grid_caption(content, uncredited)
    assert BADGE not in grid_caption(content, credited)


@pytest.mark.django_db
def test_the_image_listing_as_a_list_marks_images_without_credits(client, login, credited_and_uncredited_images):
    credited, uncredited = credited_and_uncredited_images
    login("editor")
    content = page_of(client, "wagtailimages:index", layout="list")
    assert BADGE in title_cell(content, uncredited)
    assert BADGE not in title_cell(content, credited)


def chooser_choice(content, image):
    links = re.findall(r"<a data-chooser-modal-choice[^>]*>(.*?)</a>", content, re.S)
    return next(link for link in links if image.title in link)


@pytest.mark.django_db
def test_the_image_chooser_marks_images_without_credits(client, login, credited_and_uncredited_images):
    credited, uncredited = credited_and_uncredited_images
    login("editor")
    content = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert BADGE in chooser_choice(content, uncredited)
    assert BADGE not in chooser_choice(content, credited)


@pytest.mark.django_db
def test_the_image_chooser_as_a_list_marks_images_without_credits(client, login, credited_and_uncredited_images):
    credited, uncredited = credited_and_uncredited_images
    login("editor")
    content = client.get(reverse("wagtailimages_chooser:choose_results"), {"layout": "list"}).content.decode()
    assert BADGE in title_cell(content, uncredited)
    assert BADGE not in title_cell(content, credited)


def badge_placed_beside(content, document):
    return re.search(
        rf'<template data-controller="w-teleport" data-w-teleport-target-value="#document_{document.pk}_title"'
        rf"[^>]*>\s*<span[^>]*data-missing-credits>\s*{BADGE}",
        content,
    )


@pytest.mark.django_db
def test_the_document_listing_marks_documents_without_credits(client, login, commune, media_root, editor):
    credited = DocumentFactory(
        title="Quyết định ra quân",
        collection=commune.collection,
        uploaded_by_user=editor,
        author="UBND xã Tân Hà",
        source="UBND xã Tân Hà",
        license="Tác phẩm của đơn vị",
    )
    uncredited = DocumentFactory(title="Tài liệu chưa rõ nguồn", collection=commune.collection, uploaded_by_user=editor)
    login("editor")
    content = page_of(client, "wagtaildocs:index")
    assert f'id="document_{uncredited.pk}_title"' in content and f'id="document_{credited.pk}_title"' in content
    assert badge_placed_beside(content, uncredited)
    assert not badge_placed_beside(content, credited)
