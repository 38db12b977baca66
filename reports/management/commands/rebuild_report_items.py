from django.core.management.base import BaseCommand

from reports.ledger import rebuild_items


class Command(BaseCommand):
    help = (
        "Lập lại sổ tin bài đã đăng mà báo cáo biên tập đếm, từ các trang đang xuất bản "
        "(sau khi nâng cấp, hoặc để sửa nếu sổ lệch)."
    )

    def handle(self, *args, **options):
        count = rebuild_items()
        self.stdout.write(self.style.SUCCESS(f"Sổ tin bài đã lập lại: {count} mục đang xuất bản."))
