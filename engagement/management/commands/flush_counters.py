from django.core.management.base import BaseCommand

from engagement.counters import flush_all

BUSY = "đang được một tiến trình khác ghi"


class Command(BaseCommand):
    help = "Ghi lượt xem, lượt truy cập và đánh giá đang chờ trong bộ đệm vào cơ sở dữ liệu (cron mỗi phút)."

    def handle(self, *args, **options):
        flushed = flush_all()
        for label, count in (
            ("lượt xem", flushed.views),
            ("lượt truy cập", flushed.visits),
            ("đánh giá", flushed.ratings),
        ):
            self.stdout.write(f"{label.capitalize()}: {BUSY}." if count is None else f"Đã ghi {count} {label}.")
