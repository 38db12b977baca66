from wagtail import blocks

from cms.blocks import CaptionedImageBlock, QuoteBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        form_classname = "title"
        preview_value = "Điều kiện tự nhiên"
        description = "Tiêu đề mục trong bài (hiển thị cỡ chữ H2)."


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
