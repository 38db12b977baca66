from cms.importing import ImportCommand
from legal_docs.importing import import_legal_documents
from legal_docs.importing.documents import COLUMNS


class Command(ImportCommand):
    help = (
        "Nhập văn bản từ bảng tính CSV (UTF-8) có dòng tiêu đề: "
        f"{','.join(COLUMNS)}. Ngày viết YYYY-MM-DD hoặc DD/MM/YYYY; nhiều lĩnh vực cách nhau bằng dấu “;”; "
        "đường dẫn tệp tính từ thư mục chứa tệp CSV. Chạy lại cùng tệp sẽ cập nhật các văn bản đã nhập "
        "theo external_id, không tạo văn bản trùng."
    )
    file_help = "Tệp .csv; cột file ghi đường dẫn tệp văn bản tính từ thư mục chứa tệp này."
    site_help = "Tên miền của trang nhận văn bản, ví dụ tan-ha.hamtan.gov.vn."
    item_noun = "văn bản"

    def run_import(self, path, hostname, on_error):
        return import_legal_documents(path, hostname, on_error=on_error)
