from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        form_classname = "title"
        preview_value = "Điều kiện tự nhiên"
        description = "Tiêu đề mục trong bài (hiển thị cỡ chữ H2)."


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label="Ảnh")
    caption = blocks.CharBlock(label="Chú thích ảnh", required=False)

    class Meta:
        icon = "image"
        template = "home/blocks/captioned_image_block.html"
        label = "Ảnh có chú thích"
        description = "Ảnh kèm chú thích; tác giả và nguồn lấy từ thông tin bản quyền của ảnh."


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người phát biểu / nguồn", required=False)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        label = "Trích dẫn"
        preview_value = {
            "text": "Xây dựng chính quyền số phục vụ người dân và doanh nghiệp.",
            "attribution": "Chủ tịch UBND huyện",
        }
        description = "Đoạn trích dẫn lời phát biểu hoặc văn bản."


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock(label="Tiêu đề mục")
    paragraph = blocks.RichTextBlock(
        label="Đoạn văn",
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="home/blocks/paragraph_block.html",
        preview_value="<p>Xã có diện tích tự nhiên 4.812 ha, dân số 9.450 người.</p>",
        description="Đoạn văn bản có định dạng.",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
