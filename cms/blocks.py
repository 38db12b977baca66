"""Blocks shared by the content apps' StreamFields."""

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


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
