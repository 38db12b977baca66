from django.core.management.base import BaseCommand, CommandError

from cms.importing import ImportSetupError
from sites.bulk_provisioning import CREATED, FAILED, UPDATED, provision_from_csv


class Command(BaseCommand):
    help = (
        "Thiết lập nhiều đơn vị và trang thông tin của chúng từ một tệp CSV (UTF-8, phân cách bằng dấu phẩy "
        "hoặc chấm phẩy), mỗi dòng một đơn vị, dòng tiêu đề kind,name,hostname,parent,email,trusted (hoặc "
        "loai,ten,ten_mien,cap_tren,thu_dien_tu,tu_xuat_ban). kind: tỉnh, huyện, xã, phường, thị trấn, đặc khu, "
        "phòng ban (hoặc province, district, commune, ward, town, special_zone, department); parent: tên miền "
        "của tỉnh/huyện cấp trên, có thể là một dòng khác trong tệp; trusted: có/không. Cả tệp được kiểm tra "
        "trước khi ghi; mỗi dòng được thiết lập trọn vẹn hoặc không ghi gì; chạy lại cùng tệp không thay đổi gì."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp .csv, mỗi dòng một đơn vị.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ kiểm tra tệp và cho biết sẽ làm gì, không ghi gì."
        )
        parser.add_argument("--port", type=int, default=80, help="Cổng của các trang mới (mặc định 80).")

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        verbose = options["verbosity"] >= 1

        def report_row(outcome):
            if outcome.status == FAILED:
                self.stderr.write(f"Dòng {outcome.number}: {'; '.join(outcome.reasons)}.")
            elif verbose:
                self.stdout.write(f"Dòng {outcome.number}: {self._describe(outcome, dry_run)}.")

        try:
            report = provision_from_csv(options["file"], dry_run=dry_run, port=options["port"], on_row=report_row)
        except ImportSetupError as error:
            raise CommandError(str(error)) from None

        counts = (
            f"{len(report.outcomes)} dòng: {report.created} tạo mới, {report.updated} cập nhật, "
            f"{report.unchanged} không thay đổi, {report.failed} lỗi"
        )
        if dry_run:
            self.stdout.write(f"Kiểm tra xong, chưa ghi gì vào cơ sở dữ liệu. Nếu chạy thật: {counts}.")
            if report.failed:
                raise CommandError(f"Có {report.failed} dòng lỗi (xem lý do ở trên); sửa tệp rồi chạy lại.")
            return
        summary = f"Đã xử lý {counts}."
        if report.failed:
            self.stdout.write(summary)
            kept = len(report.outcomes) - report.failed
            rest = f"; {kept} dòng khác đã được thiết lập" if kept else ""
            raise CommandError(
                f"Có {report.failed} dòng lỗi (xem lý do ở trên), không ghi gì của các dòng đó{rest}. "
                "Sửa tệp rồi chạy lại: các dòng đã thiết lập sẽ không thay đổi."
            )
        self.stdout.write(self.style.SUCCESS(summary))

    @staticmethod
    def _describe(outcome, dry_run):
        if outcome.status == CREATED:
            return f"{'sẽ tạo' if dry_run else 'đã thiết lập'} {outcome.label}"
        if outcome.status == UPDATED:
            return f"{'sẽ cập nhật' if dry_run else 'đã cập nhật'} {outcome.label}: {'; '.join(outcome.changes)}"
        return f"không thay đổi: {outcome.label}"
