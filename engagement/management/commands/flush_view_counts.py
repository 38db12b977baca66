from django.core.management.base import BaseCommand

from engagement.view_counts import flush_view_counts


class Command(BaseCommand):
    help = "Ghi các lượt xem tin bài đang chờ trong bộ đệm vào cơ sở dữ liệu (chạy định kỳ bằng cron)."

    def handle(self, *args, **options):
        result = flush_view_counts()
        if result is None:
            self.stderr.write("Một tiến trình khác đang ghi lượt xem; lượt xem chờ sẽ được ghi ở lần đó.")
            return
        self.stdout.write(f"Đã ghi {result.views} lượt xem của {result.pages} tin bài vào cơ sở dữ liệu.")
