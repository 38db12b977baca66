from django.core.management.base import BaseCommand, CommandError

from cms.importing import ImportSetupError
from legal_docs.importing import import_legal_documents
from legal_docs.importing.documents import COLUMNS


class Command(BaseCommand):
    help = (
        "Nhập văn bản từ bảng tính CSV (UTF-8) có dòng tiêu đề: "
        f"{','.join(COLUMNS)}. Ngày viết YYYY-MM-DD hoặc DD/MM/YYYY; nhiều lĩnh vực cách nhau bằng dấu “;”; "
        "đường dẫn tệp tính từ thư mục chứa tệp CSV. Chạy lại cùng tệp sẽ cập nhật các văn bản đã nhập "
        "theo external_id, không tạo văn bản trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .csv; cột file ghi đường dẫn tệp văn bản tính từ thư mục chứa tệp này.")
        parser.add_argument(
            "--site", required=True, help="Tên miền của trang nhận văn bản, ví dụ tan-ha.hamtan.gov.vn."
        )

    def handle(self, *args, **options):
        def report_row(row_number, reason):
            self.stderr.write(f"Dòng {row_number}: {reason}.")

        try:
            report = import_legal_documents(options["file"], options["site"], on_error=report_row)
        except ImportSetupError as error:
            raise CommandError(str(error)) from None

        for notice in report.notices:
            self.stdout.write(notice)
        for warning in report.index_warnings:
            self.stderr.write(f"Cảnh báo: {warning}.")
        summary = (
            f"Đã nhập vào {options['site']}: {report.created} văn bản mới, {report.updated} văn bản cập nhật, "
            f"{report.failed} dòng lỗi."
        )
        if report.failed:
            self.stdout.write(summary)
            raise CommandError(
                f"Có {report.failed} dòng không nhập được (xem lý do ở trên); các dòng khác đã được nhập."
            )
        self.stdout.write(self.style.SUCCESS(summary))
