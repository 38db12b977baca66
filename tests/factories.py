"""Factories shared by the app test modules."""

import factory
import wagtail_factories

from django.contrib.auth import get_user_model

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.text import ascii_slug
from home.models import ContentPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@hamtan.test")
    password = factory.django.Password("mat-khau-thu")

    class Meta:
        model = get_user_model()


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thông báo lịch tiếp công dân số {n}")
    slug = factory.LazyAttribute(lambda page: ascii_slug(page.title))
    summary = "UBND xã thông báo lịch tiếp công dân định kỳ."
    body = [("paragraph", "<p>Lãnh đạo UBND xã tiếp công dân vào sáng thứ Năm hằng tuần.</p>")]

    class Meta:
        model = ContentPage


class ImageFactory(wagtail_factories.ImageFactory):
    author = "Nguyễn Văn An"
    source = "Đài Truyền thanh huyện"
    license = "Tác phẩm của đơn vị"

    class Meta:
        model = get_image_model()


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = get_document_model()


def png_upload(name="anh.png"):
    """A small real PNG as a browser would upload it."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from wagtail.images.tests.utils import get_test_image_file

    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), content_type="image/png")


def content_page_form_data(title, slug, summary="", **extra):
    """What the admin's ContentPage create/edit form posts, with an empty body."""
    return {
        "title": title,
        "slug": slug,
        "summary": summary,
        "body-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        **extra,
    }
