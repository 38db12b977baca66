from articles.importing import import_articles
from cms.importing import ImportCommand


class Command(ImportCommand):
    help = (
        "Nhập tin bài từ cổng thông tin cũ: tệp JSON Lines, mỗi dòng một bài "
        "(external_id, title, kind, section, published_at, author, unit, summary, body_html, images, source, tags). "
        "Chạy lại cùng tệp sẽ cập nhật các bài đã nhập theo external_id, không tạo bài trùng."
    )
    file_help = "Tệp .jsonl; đường dẫn ảnh trong tệp tính từ thư mục chứa tệp này."
    site_help = "Tên miền của trang nhận tin bài, ví dụ tan-ha.hamtan.gov.vn."
    item_noun = "bài"

    def run_import(self, path, hostname, on_error):
        return import_articles(path, hostname, on_error=on_error)
