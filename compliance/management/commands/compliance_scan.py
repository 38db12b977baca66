import json

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from compliance.models import Finding, FindingStatus, Severity, Trigger, severities_at_or_above
from compliance.report import scan_json, scan_text
from compliance.scanner import run_scan


class Command(BaseCommand):
    help = (
        "Kiểm tra tuân thủ (bản quyền, liên kết và mã quảng cáo) nội dung đang xuất bản của một trang web "
        "(--site) hoặc mọi trang web của các đơn vị (--all); lưu kết quả thành một lần kiểm tra. Trả về mã 1 "
        "khi có --fail-on và còn vi phạm chưa xử lý từ mức đó trở lên."
    )

    def add_arguments(self, parser):
        # --site and --all exclude each other; checked in handle() so the error is in Vietnamese.
        parser.add_argument("--site", metavar="HOST", help="Tên miền của trang web cần kiểm tra.")
        parser.add_argument("--all", action="store_true", help="Kiểm tra mọi trang web của các đơn vị.")
        parser.add_argument(
            "--format", choices=["text", "json"], default="text", help="Cách in kết quả: text (mặc định) hoặc json."
        )
        parser.add_argument(
            "--fail-on",
            choices=Severity.values,
            help="Trả về mã lỗi 1 nếu còn vi phạm chưa xử lý từ mức này trở lên (high, medium, low).",
        )

    def handle(self, *args, **options):
        if options["site"] and options["all"]:
            raise CommandError("Chỉ chọn một trong hai: --site TÊN_MIỀN hoặc --all.")
        if options["site"]:
            sites = list(Site.objects.filter(hostname__iexact=options["site"].strip()))
            if not sites:
                raise CommandError(f"Không có trang web nào có tên miền “{options['site']}”.")
        elif options["all"]:
            sites = list(Site.objects.filter(unit__isnull=False).order_by("hostname"))
            if not sites:
                raise CommandError("Chưa có trang web nào gắn với đơn vị để kiểm tra.")
        else:
            raise CommandError("Cần chọn trang web cần kiểm tra: --site TÊN_MIỀN hoặc --all.")

        inspection = run_scan(sites, trigger=Trigger.COMMAND)
        if options["format"] == "json":
            self.stdout.write(json.dumps(scan_json(inspection), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(scan_text(inspection), ending="")

        fail_on = options["fail_on"]
        if fail_on:
            blocking = Finding.objects.filter(
                site__in=sites, status=FindingStatus.OPEN, severity__in=severities_at_or_above(fail_on)
            ).count()
            if blocking:
                raise CommandError(
                    f"Còn {blocking} vi phạm chưa xử lý ở mức {Severity(fail_on).label.lower()} trở lên.",
                    returncode=1,
                )
