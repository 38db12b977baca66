"""`{% photo %}` (cms/templatetags/photo_tags.py) renders what Wagtail's `{% image %}` renders,
without writing a prefetched rendition back to the renditions cache on every render."""

import pytest

from django.template import Context, Template

from wagtail.images.models import Filter

from cms.blocks import renditions_prefetch
from tests.factories import ImageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

ATTRS = 'class="block-image__img" loading="lazy" decoding="async"'


@pytest.fixture(autouse=True)
def media(media_root):
    pass


def render(source, image):
    return Template("{% load wagtailimages_tags photo_tags %}" + source).render(Context({"photo": image}))


def prefetched(image, spec):
    from django.db.models import prefetch_related_objects

    fresh = type(image).objects.get(pk=image.pk)
    prefetch_related_objects([fresh], renditions_prefetch("renditions", [spec]))
    return fresh


def cached_rendition(image, spec):
    rendition_model = image.get_rendition_model()
    key = rendition_model.construct_cache_key(image, Filter(spec=spec).get_cache_key(image), spec)
    return rendition_model.cache_backend.get(key)


def test_a_prefetched_photo_renders_as_the_image_tag_and_writes_nothing_to_the_cache():
    image = ImageFactory(title="Lễ ra quân")
    image.get_rendition("max-960x720")  # the rendition exists, as after a photo's first render
    image.get_rendition_model().cache_backend.clear()

    ours = render(f'{{% photo photo "max-960x720" {ATTRS} %}}', prefetched(image, "max-960x720"))
    assert cached_rendition(image, "max-960x720") is None
    wagtails = render(f"{{% image photo max-960x720 {ATTRS} %}}", prefetched(image, "max-960x720"))
    assert cached_rendition(image, "max-960x720") is not None  # what the photo tag saves

    assert ours == wagtails
    assert 'alt="Lễ ra quân"' in ours and 'loading="lazy"' in ours


def test_a_body_photo_keeps_its_own_alternative_text_or_none_when_decorative():
    image = ImageFactory(title="Tên trong thư viện")
    image.get_rendition("max-960x720")
    for contextual, decorative in (("Chủ tịch xã phát biểu", False), ("", True)):
        ours_image, wagtails_image = prefetched(image, "max-960x720"), prefetched(image, "max-960x720")
        for photo in (ours_image, wagtails_image):
            photo.contextual_alt_text, photo.decorative = contextual, decorative
        ours = render('{% photo photo "max-960x720" %}', ours_image)
        assert ours == render("{% image photo max-960x720 %}", wagtails_image)
        assert f'alt="{contextual}"' in ours


def test_a_photo_without_prefetched_renditions_or_the_one_asked_gets_it_made_as_the_image_tag_does():
    image = ImageFactory()
    assert not image.renditions.filter(filter_spec="fill-240x160").exists()

    not_prefetched = render('{% photo photo "fill-240x160" alt="" %}', type(image).objects.get(pk=image.pk))
    other_spec_prefetched = render('{% photo photo "fill-640x400" alt="" %}', prefetched(image, "max-960x720"))

    assert image.renditions.filter(filter_spec__in=["fill-240x160", "fill-640x400"]).count() == 2
    assert ".fill-240x160." in not_prefetched and ".fill-640x400." in other_spec_prefetched
    assert render('{% photo photo "fill-240x160" %}', None) == ""
