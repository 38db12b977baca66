from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from cms.blocks import CaptionedImageBlock, QuoteBlock


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label="Địa chỉ video", help_text="Dán đường dẫn YouTube hoặc trang video được phép nhúng.")
    caption = blocks.CharBlock(label="Chú thích", required=False)

    class Meta:
        icon = "media"
        template = "articles/blocks/video_block.html"
        label = "Video"
        description = "Video nhúng từ trang chia sẻ video."


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Tài liệu")
    title = blocks.CharBlock(label="Tên hiển thị", required=False, help_text="Để trống để dùng tên tài liệu.")

    class Meta:
        icon = "doc-full"
        template = "articles/blocks/document_link_block.html"
        label = "Tài liệu đính kèm"
        description = "Liên kết tải về một văn bản, biểu mẫu trong thư viện tài liệu."


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label="Đoạn văn",
        icon="pilcrow",
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"],
        template="articles/blocks/paragraph_block.html",
        preview_value="<p>Sáng ngày 28/9, Ban Biên tập họp đánh giá hoạt động 9 tháng đầu năm.</p>",
        description="Đoạn văn bản có định dạng.",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    table = TableBlock(
        label="Bảng",
        template="articles/blocks/table_block.html",
        description="Bảng số liệu; hàng đầu là tiêu đề cột.",
    )
    document = DocumentLinkBlock()
