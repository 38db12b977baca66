from django.core.management.base import BaseCommand

from engagement.conversion import convert_question_sections


class Command(BaseCommand):
    help = (
        "Chuyển chuyên mục “Hỏi đáp” của các trang đã tạo trước đây (chuyên mục thường, còn trống) thành "
        "chuyên mục hỏi đáp nhận câu hỏi của người dân, giữ nguyên vị trí và địa chỉ. Chạy lại không thay đổi gì."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Chỉ liệt kê, không thay đổi gì.")

    def handle(self, *args, **options):
        report = convert_question_sections(dry_run=options["dry_run"])
        verb = "Sẽ chuyển" if options["dry_run"] else "Đã chuyển"
        for page in report.converted:
            self.stdout.write(f"{verb}: {page.url_path}")
        for page, reason in report.skipped:
            self.stderr.write(f"Bỏ qua {page.url_path}: {reason}.")
        self.stdout.write(f"{verb} {len(report.converted)} chuyên mục, bỏ qua {len(report.skipped)}.")
