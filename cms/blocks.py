"""Blocks shared by the content apps' StreamFields."""

from django.db.models import Prefetch, prefetch_related_objects

from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

# The spec blocks/captioned_image_block.html asks of each photo in a body.
BODY_IMAGE_FILTER = "max-960x720"


def renditions_prefetch(lookup, filter_specs):
    """Fetches the photos' renditions for these specs along with them; the image tag then asks nothing."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=filter_specs)
    return Prefetch(lookup, queryset=renditions, to_attr="prefetched_renditions")


def prefetch_body_renditions(stream_value, extra_images=(), extra_filters=()):
    """One query for the renditions of every photo of a body's CaptionedImageBlocks (and of
    `extra_images`, e.g. a featured photo shown with `extra_filters`), not one per photo."""
    images = [block.value["image"] for block in stream_value if block.block_type == "image" and block.value["image"]]
    images += [image for image in extra_images if image is not None]
    images = [image for image in images if not hasattr(image, "prefetched_renditions")]
    if images:
        prefetch_related_objects(images, renditions_prefetch("renditions", (BODY_IMAGE_FILTER, *extra_filters)))


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label="Ảnh")
    caption = blocks.CharBlock(label="Chú thích ảnh", required=False)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = "Ảnh có chú thích"
        description = "Ảnh kèm chú thích; tác giả, nguồn và bản quyền lấy từ thông tin của ảnh trong thư viện."


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người phát biểu / nguồn", required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = "Trích dẫn"
        preview_value = {
            "text": "Xây dựng chính quyền số phục vụ người dân và doanh nghiệp.",
            "attribution": "Chủ tịch UBND huyện",
        }
        description = "Lời phát biểu hoặc đoạn trích văn bản."
