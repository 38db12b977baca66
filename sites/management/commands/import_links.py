from django.core.management.base import BaseCommand, CommandError

from cms.importing import ImportSetupError
from sites.links_import import import_links
from sites.models import LinkPosition

POSITIONS = ", ".join(f"{value} ({label})" for value, label in LinkPosition.choices)


class Command(BaseCommand):
    help = (
        "Nhập danh sách “Liên kết website” và banner của một trang từ tệp CSV (UTF-8) có dòng tiêu đề "
        "title,url,image,position. url là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://; image (không bắt buộc) "
        "là đường dẫn tệp ảnh tính từ thư mục chứa tệp CSV, có thể kèm cột image_author, image_source, "
        f"image_license; position (không bắt buộc): {POSITIONS}, mặc định lien_ket. Chạy lại cùng tệp sẽ cập nhật "
        "các liên kết đã nhập theo địa chỉ và vị trí, không tạo liên kết trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .csv; cột image ghi đường dẫn ảnh tính từ thư mục chứa tệp này.")
        parser.add_argument(
            "--site", required=True, help="Tên miền của trang nhận liên kết, ví dụ tan-ha.hamtan.gov.vn."
        )

    def handle(self, *args, **options):
        def report_row(row_number, reason):
            self.stderr.write(f"Dòng {row_number}: {reason}.")

        try:
            report = import_links(options["file"], options["site"], on_error=report_row)
        except ImportSetupError as error:
            raise CommandError(str(error)) from None

        for warning in report.index_warnings:
            self.stderr.write(f"Cảnh báo: {warning}.")
        summary = (
            f"Đã nhập vào {options['site']}: {report.created} liên kết mới, {report.updated} liên kết cập nhật, "
            f"{report.unchanged} liên kết không đổi, {report.failed} dòng lỗi."
        )
        if report.failed:
            self.stdout.write(summary)
            raise CommandError(
                f"Có {report.failed} dòng không nhập được (xem lý do ở trên); các dòng khác đã được nhập."
            )
        self.stdout.write(self.style.SUCCESS(summary))
