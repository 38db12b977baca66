"""The base of every `import_…` management command."""

from django.core.management.base import BaseCommand, CommandError

from .errors import ImportSetupError


class ImportCommand(BaseCommand):
    """`manage.py import_… FILE --site HOST`: runs an importer and reports like every import does.

    Bad entries go to stderr with their number as they are met; the summary ends the output; the
    exit status is non-zero when any entry failed (the others are imported all the same).
    """

    file_help = ""
    site_help = "Tên miền của trang nhận dữ liệu, ví dụ tan-ha.hamtan.gov.vn."
    item_noun = ""  # what is imported: "văn bản", "bài"
    entry_noun = "dòng"  # what a bad entry is called: "dòng", "thủ tục"
    entry_label = "Dòng {number}"

    def run_import(self, path, hostname, on_error):
        """The importer's ImportReport; raises ImportSetupError when the run cannot start."""
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("file", help=self.file_help)
        parser.add_argument("--site", required=True, help=self.site_help)

    def handle(self, *args, **options):
        def report_entry(number, reason):
            self.stderr.write(f"{self.entry_label.format(number=number)}: {reason}.")

        try:
            report = self.run_import(options["file"], options["site"], on_error=report_entry)
        except ImportSetupError as error:
            raise CommandError(str(error)) from None

        for notice in report.notices:
            self.stdout.write(notice)
        for warning in report.index_warnings:
            self.stderr.write(f"Cảnh báo: {warning}.")
        summary = (
            f"Đã nhập vào {options['site']}: {report.created} {self.item_noun} mới, "
            f"{report.updated} {self.item_noun} cập nhật, {report.failed} {self.entry_noun} lỗi."
        )
        if report.failed:
            self.stdout.write(summary)
            raise CommandError(
                f"Có {report.failed} {self.entry_noun} không nhập được (xem lý do ở trên); "
                f"các {self.entry_noun} khác đã được nhập."
            )
        self.stdout.write(self.style.SUCCESS(summary))
