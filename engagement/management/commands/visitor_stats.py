import json

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Site

from engagement.counters import flush_all
from engagement.models import SiteVisitCounter
from engagement.visits import current_figures, forget_stored, vietnamese_number

LABELS = {
    "online": "Đang truy cập (khách)",
    "search_engines": "Máy chủ tìm kiếm",
    "today": "Hôm nay",
    "month": "Tháng hiện tại",
    "year": "Năm nay",
    "total": "Tổng lượt truy cập",
}


class Command(BaseCommand):
    help = (
        "In thống kê truy cập của một trang (--site TÊN_MIỀN) hoặc của mọi trang (--all), sau khi ghi "
        "các lượt đang chờ trong bộ đệm; --start-total đặt số lượt truy cập ban đầu của một trang."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--site", metavar="TÊN_MIỀN", help="Tên miền của trang, ví dụ tan-ha.hamtan.gov.vn.")
        which.add_argument("--all", action="store_true", help="Mọi trang thông tin.")
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument(
            "--start-total",
            type=int,
            metavar="SỐ",
            help="Đặt số lượt truy cập ban đầu (bộ đếm cũ của cổng) cho trang --site, rồi in thống kê.",
        )

    def handle(self, *args, **options):
        if options["all"]:
            sites = list(Site.objects.order_by("hostname"))
        else:
            sites = list(Site.objects.filter(hostname__iexact=options["site"].strip()))
            if not sites:
                raise CommandError(f"Không có trang thông tin nào có tên miền “{options['site']}”.")
        start_total = options["start_total"]
        if start_total is not None:
            if options["all"]:
                raise CommandError("--start-total chỉ dùng với --site: mỗi trang có số lượt ban đầu riêng.")
            if start_total < 0:
                raise CommandError("Số lượt truy cập ban đầu phải là số không âm.")
            with transaction.atomic():
                SiteVisitCounter.objects.update_or_create(site=sites[0], defaults={"opening_total": start_total})
            forget_stored([sites[0].pk])
        flush_all()
        figures = current_figures([site.pk for site in sites])
        if options["format"] == "json":
            report = {site.hostname: figures[site.pk].as_dict() for site in sites}
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        for site in sites:
            self.stdout.write(f"{site.site_name or site.hostname} ({site.hostname})")
            for name, value in figures[site.pk].as_dict().items():
                self.stdout.write(f"  {name:<15} {vietnamese_number(value):>12}  {LABELS[name]}")
