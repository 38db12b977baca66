import os
import tempfile

from django.core.management.base import BaseCommand, CommandError

from reports.authorities import AuthorityError, authority_for_host
from reports.contributions import authority_period, contribution_table, month_start_day
from reports.exports import as_csv, as_json, as_text, as_xlsx
from reports.periods import PeriodError, date_range, parse_date

FORMATS = ("text", "json", "csv", "xlsx")


class Command(BaseCommand):
    help = (
        "Bảng tham gia cung cấp tin bài của các đơn vị thuộc một đơn vị chủ quản trong một kỳ "
        "(như màn hình “Báo cáo biên tập”)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", required=True, help="Tên miền cổng của đơn vị chủ quản (tỉnh, huyện).")
        parser.add_argument(
            "--period", help="Kỳ: 2017-02 (tháng), 2017-Q1 (quý), 2017-H1 (6 tháng), 2017-9T (9 tháng), 2017 (năm)."
        )
        parser.add_argument("--from", dest="date_from", help="Từ ngày (YYYY-MM-DD), dùng cùng --to thay cho --period.")
        parser.add_argument("--to", dest="date_to", help="Đến hết ngày (YYYY-MM-DD).")
        parser.add_argument("--format", default="text", help="text (mặc định), json, csv hoặc xlsx.")
        parser.add_argument("--output", help="Ghi vào tệp này thay vì in ra màn hình (bắt buộc với xlsx).")

    def handle(self, *args, **options):
        fmt = (options["format"] or "").lower()
        if fmt not in FORMATS:
            raise CommandError(f"Định dạng “{options['format']}” không hỗ trợ; chọn một trong: {', '.join(FORMATS)}.")
        if fmt == "xlsx" and not options["output"]:
            raise CommandError("Định dạng xlsx cần --output TỆP.")
        try:
            authority = authority_for_host(options["site"])
            period = self._period(authority, options)
        except (AuthorityError, PeriodError) as error:
            raise CommandError(str(error)) from None

        table = contribution_table(authority, period)
        if fmt == "xlsx":
            content = as_xlsx(table)
        elif fmt == "csv":
            content = as_csv(table)
        else:
            content = (as_json(table) + "\n" if fmt == "json" else as_text(table)).encode("utf-8")

        if options["output"]:
            self._write(options["output"], content)
            self.stderr.write(f"Đã ghi báo cáo {period.label} vào {options['output']}.")
        else:
            self.stdout.write(content.decode("utf-8"), ending="")

    def _period(self, authority, options):
        if options["period"] and (options["date_from"] or options["date_to"]):
            raise PeriodError("Dùng --period hoặc --from/--to, không dùng cả hai.")
        if options["period"]:
            return authority_period(authority, options["period"])
        if options["date_from"] and options["date_to"]:
            return date_range(parse_date(options["date_from"], "bắt đầu"), parse_date(options["date_to"], "kết thúc"))
        if options["date_from"] or options["date_to"]:
            raise PeriodError("Cần cả --from và --to.")
        raise PeriodError(
            f"Chưa chọn kỳ báo cáo: dùng --period (ví dụ 2017-02) hoặc --from/--to. "
            f"Tháng báo cáo của {authority.name} bắt đầu từ ngày {month_start_day(authority)}."
        )

    def _write(self, path, content):
        """Whole or not at all: a report half-written over an older one is worse than none."""
        folder = os.path.dirname(os.path.abspath(path))
        try:
            with tempfile.NamedTemporaryFile("wb", dir=folder, delete=False, suffix=".tmp") as partial:
                partial.write(content)
            os.replace(partial.name, path)
        except OSError as error:
            raise CommandError(f"Không ghi được tệp {path}: {error.strerror or error}.") from None
