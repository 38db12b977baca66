"""`{% photo %}`: Wagtail's `{% image %}` for photos whose renditions were prefetched.

    {% load photo_tags %}{% photo image "max-960x720" class="block-image__img" loading="lazy" %}

Wagtail's tag (`Image.get_rendition`) writes the rendition to the renditions cache on every
call, even when it was just taken from the prefetched ones: with thirty photos in an article,
thirty cache writes (thirty round trips with Redis) per render that nothing ever reads, since a
prefetched photo never asks the cache. `photo` takes the prefetched rendition when there is one
and otherwise does exactly what `{% image %}` does (cache, database, or a new rendition).
"""

from django import template

from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_rendition_or_not_found

register = template.Library()


@register.simple_tag
def photo(image, spec, **attrs):
    if not image:
        return ""
    if getattr(image, "prefetched_renditions", None) is not None:
        found = image.find_existing_renditions(image.clean_filter_for_svg(Filter(spec=spec)))
        if found:
            return next(iter(found.values())).img_tag(attrs)
    return get_rendition_or_not_found(image, spec).img_tag(attrs)
