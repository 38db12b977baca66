import pytest

from django.urls import reverse

from tests.factories import ImageFactory, png_upload


@pytest.mark.django_db
def test_image_edit_form_shows_copyright_fields_in_vietnamese(client, login, commune):
    image = ImageFactory(title="Lễ ra quân", collection=commune.collection)
    login("chief")
    content = client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    for label in ("Tác giả", "Nguồn", "Bản quyền / giấy phép"):
        assert label in content
    assert "Nguyễn Văn An" in content


@pytest.mark.django_db
def test_image_upload_stores_copyright_fields(client, login, commune):
    from wagtail.images import get_image_model

    login("editor")
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Thu hoạch thanh long", "file": png_upload(), "collection": commune.collection_id,
         "author": "Trần Thị Bình", "source": "UBND xã Tân Hà", "license": "Tác phẩm của đơn vị"},
    )
    assert response.status_code == 302, response.context["form"].errors
    image = get_image_model().objects.get(title="Thu hoạch thanh long")
    assert (image.author, image.source, image.license) == ("Trần Thị Bình", "UBND xã Tân Hà", "Tác phẩm của đơn vị")
    assert image.has_copyright_clearance
