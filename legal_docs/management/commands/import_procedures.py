from django.core.management.base import BaseCommand, CommandError

from cms.importing import ImportSetupError
from legal_docs.importing import import_procedures
from legal_docs.importing.procedures import KEYS


class Command(BaseCommand):
    help = (
        "Nhập thủ tục hành chính từ tệp JSON: một danh sách các đối tượng với các khóa "
        f"{', '.join(KEYS)}. Đường dẫn mẫu đơn (form_template) tính từ thư mục chứa tệp JSON. "
        "Chạy lại cùng tệp sẽ cập nhật các thủ tục đã nhập theo mã thủ tục (code), không tạo thủ tục trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .json; mẫu đơn tính từ thư mục chứa tệp này.")
        parser.add_argument(
            "--site", required=True, help="Tên miền của trang nhận thủ tục, ví dụ tan-ha.hamtan.gov.vn."
        )

    def handle(self, *args, **options):
        def report_item(number, reason):
            self.stderr.write(f"Thủ tục thứ {number}: {reason}.")

        try:
            report = import_procedures(options["file"], options["site"], on_error=report_item)
        except ImportSetupError as error:
            raise CommandError(str(error)) from None

        for notice in report.notices:
            self.stdout.write(notice)
        for warning in report.index_warnings:
            self.stderr.write(f"Cảnh báo: {warning}.")
        summary = (
            f"Đã nhập vào {options['site']}: {report.created} thủ tục mới, {report.updated} thủ tục cập nhật, "
            f"{report.failed} thủ tục lỗi."
        )
        if report.failed:
            self.stdout.write(summary)
            raise CommandError(
                f"Có {report.failed} thủ tục không nhập được (xem lý do ở trên); các thủ tục khác đã được nhập."
            )
        self.stdout.write(self.style.SUCCESS(summary))
