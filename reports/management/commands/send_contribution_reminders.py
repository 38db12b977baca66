from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reports.authorities import AuthorityError, authority_for_host
from reports.contributions import authority_period
from reports.periods import PeriodError
from reports.reminders import ReminderDeliveryError, current_period, reminders_for, send_reminders
from sites.models import Unit


class Command(BaseCommand):
    help = (
        "Gửi thư nhắc các đơn vị chưa đạt chỉ tiêu tin bài trong kỳ (mặc định: tháng báo cáo hiện tại của "
        "mọi đơn vị chủ quản), tới thư điện tử công vụ của đơn vị và biên tập viên, lãnh đạo duyệt tin của "
        "đơn vị. Mỗi đơn vị chỉ được nhắc một lần mỗi kỳ."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", help="Tên miền cổng của một đơn vị chủ quản (mặc định: mọi đơn vị chủ quản).")
        parser.add_argument(
            "--period",
            help="Kỳ: 2017-02 (tháng), 2017-Q1 (quý), 2017-H1, 2017-9T, 2017 (năm); mặc định tháng báo cáo hiện tại.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Chỉ in các thư sẽ gửi; không gửi, không ghi nhận.")

    def handle(self, *args, **options):
        today = timezone.localdate()
        try:
            if options["site"]:
                authorities = [authority_for_host(options["site"])]
            else:
                authorities = list(Unit.objects.parents().select_related("site").order_by("name"))
            # Every period is read before anything is sent: a bad --period sends nothing.
            periods = [
                authority_period(authority, options["period"])
                if options["period"]
                else current_period(authority, today)
                for authority in authorities
            ]
        except (AuthorityError, PeriodError) as error:
            raise CommandError(str(error)) from None

        totals = {"sent": 0, "already_sent": 0, "without_address": 0, "would_send": 0}
        for authority, period in zip(authorities, periods, strict=True):
            reminders = reminders_for(authority, period, today)
            self.stdout.write(
                f"{authority.name}, {period.label} ({period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}): "
                f"{len(reminders)} đơn vị dưới chỉ tiêu."
            )
            if options["dry_run"]:
                self._preview(reminders, totals)
                continue
            try:
                outcome = send_reminders(reminders)
            except ReminderDeliveryError as error:
                self._report(error.outcome, totals)
                raise CommandError(str(error)) from None
            self._report(outcome, totals)

        if options["dry_run"]:
            self.stdout.write(
                f"Chạy thử: {totals['would_send']} thư sẽ được gửi, {totals['already_sent']} đơn vị đã được nhắc, "
                f"{totals['without_address']} đơn vị không có địa chỉ thư. Không gửi, không ghi nhận gì."
            )
        else:
            self.stdout.write(
                f"Đã gửi {totals['sent']} thư nhắc; {totals['already_sent']} đơn vị đã được nhắc trong kỳ từ trước; "
                f"{totals['without_address']} đơn vị không có địa chỉ thư."
            )

    def _preview(self, reminders, totals):
        for reminder in reminders:
            if reminder.sent is not None:
                totals["already_sent"] += 1
                self.stdout.write(f"  {reminder.unit.name}: đã nhắc lúc {_when(reminder.sent)}.")
            elif not reminder.recipients:
                totals["without_address"] += 1
                self.stdout.write(f"  {reminder.unit.name}: không có địa chỉ thư nào, không gửi được.")
            else:
                totals["would_send"] += 1
                self.stdout.write(f"  Sẽ gửi tới {', '.join(reminder.recipients)}")
                self.stdout.write(f"  Tiêu đề: {reminder.subject}")
                self.stdout.write("    " + reminder.body.rstrip("\n").replace("\n", "\n    "))

    def _report(self, outcome, totals):
        for reminder in outcome.sent:
            self.stdout.write(
                f"  Đã gửi {reminder.unit.name} ({reminder.count}/{reminder.quota}): {', '.join(reminder.recipients)}"
            )
        for reminder in outcome.already_sent:
            self.stdout.write(f"  {reminder.unit.name}: đã nhắc lúc {_when(reminder.sent)}, không gửi lại.")
        for reminder in outcome.without_address:
            self.stdout.write(f"  {reminder.unit.name}: không có địa chỉ thư nào, không gửi được.")
        totals["sent"] += len(outcome.sent)
        totals["already_sent"] += len(outcome.already_sent)
        totals["without_address"] += len(outcome.without_address)


def _when(record):
    return f"{timezone.localtime(record.sent_at):%H:%M %d/%m/%Y}" if record else "trước đó"
