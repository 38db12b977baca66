from cms.importing import ImportCommand
from sites.links_import import import_links
from sites.models import LinkPosition

POSITIONS = ", ".join(f"{value} ({label})" for value, label in LinkPosition.choices)


class Command(ImportCommand):
    help = (
        "Nhập danh sách “Liên kết website” và banner của một trang từ tệp CSV (UTF-8) có dòng tiêu đề "
        "title,url,image,position. url là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://; image (không bắt buộc) "
        "là đường dẫn tệp ảnh tính từ thư mục chứa tệp CSV, có thể kèm cột image_author, image_source, "
        f"image_license; position (không bắt buộc): {POSITIONS}, mặc định lien_ket. Chạy lại cùng tệp sẽ cập nhật "
        "các liên kết đã nhập theo địa chỉ và vị trí, không tạo liên kết trùng."
    )
    file_help = "Tệp .csv; cột image ghi đường dẫn ảnh tính từ thư mục chứa tệp này."
    site_help = "Tên miền của trang nhận liên kết, ví dụ tan-ha.hamtan.gov.vn."
    item_noun = "liên kết"

    def run_import(self, path, hostname, on_error):
        return import_links(path, hostname, on_error=on_error)
