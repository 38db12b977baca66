from cms.importing import ImportCommand
from legal_docs.importing import import_procedures
from legal_docs.importing.procedures import KEYS


class Command(ImportCommand):
    help = (
        "Nhập thủ tục hành chính từ tệp JSON: một danh sách các đối tượng với các khóa "
        f"{', '.join(KEYS)}. Đường dẫn mẫu đơn (form_template) tính từ thư mục chứa tệp JSON. "
        "Chạy lại cùng tệp sẽ cập nhật các thủ tục đã nhập theo mã thủ tục (code), không tạo thủ tục trùng."
    )
    file_help = "Tệp .json; mẫu đơn tính từ thư mục chứa tệp này."
    site_help = "Tên miền của trang nhận thủ tục, ví dụ tan-ha.hamtan.gov.vn."
    item_noun = "thủ tục"
    entry_noun = "thủ tục"
    entry_label = "Thủ tục thứ {number}"

    def run_import(self, path, hostname, on_error):
        return import_procedures(path, hostname, on_error=on_error)
