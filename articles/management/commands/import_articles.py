from django.core.management.base import BaseCommand, CommandError

from articles.importing import import_articles
from cms.importing import ImportSetupError


class Command(BaseCommand):
    help = (
        "Nhập tin bài từ cổng thông tin cũ: tệp JSON Lines, mỗi dòng một bài "
        "(external_id, title, kind, section, published_at, author, unit, summary, body_html, images, source, tags). "
        "Chạy lại cùng tệp sẽ cập nhật các bài đã nhập theo external_id, không tạo bài trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .jsonl; đường dẫn ảnh trong tệp tính từ thư mục chứa tệp này.")
        parser.add_argument(
            "--site", required=True, help="Tên miền của trang nhận tin bài, ví dụ tan-ha.hamtan.gov.vn."
        )

    def handle(self, *args, **options):
        def report_line(line_number, reason):
            self.stderr.write(f"Dòng {line_number}: {reason}.")

        try:
            report = import_articles(options["file"], options["site"], on_error=report_line)
        except ImportSetupError as error:
            raise CommandError(str(error)) from None

        for warning in report.index_warnings:
            self.stderr.write(f"Cảnh báo: {warning}.")
        summary = (
            f"Đã nhập vào {options['site']}: {report.created} bài mới, {report.updated} bài cập nhật, "
            f"{report.failed} dòng lỗi."
        )
        if report.failed:
            self.stdout.write(summary)
            raise CommandError(
                f"Có {report.failed} dòng không nhập được (xem lý do ở trên); các dòng khác đã được nhập."
            )
        self.stdout.write(self.style.SUCCESS(summary))
