from django.core.management.base import BaseCommand, CommandError

from demo.loading import is_local_install, load_demo
from demo.loading.province import load_province_demo
from sites.models import Unit
from sites.provisioning import ProvisioningError


class Command(BaseCommand):
    help = (
        "Nạp dữ liệu mẫu: huyện Hàm Tân trên localhost, các xã, thị trấn trên <xã>.localhost, phòng ban, "
        "tài khoản mẫu và tin bài (chạy lại không tạo trùng)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--province",
            action="store_true",
            help=(
                "Nạp thêm tỉnh mẫu Bình Thuận trên binhthuan.localhost với 122 xã, phường, thị trấn và đặc khu "
                "(mô hình hai cấp, không có huyện), mỗi trang một lời chào và một tin."
            ),
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Chỉ nạp khi cơ sở dữ liệu chưa có đơn vị nào (dùng cho `make run`).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Nạp cả khi ALLOWED_HOSTS có tên miền công khai (tài khoản mẫu dùng mật khẩu công khai).",
        )

    def handle(self, *args, **options):
        if options["if_empty"] and Unit.objects.exists():
            self.stdout.write("Cơ sở dữ liệu đã có dữ liệu: bỏ qua dữ liệu mẫu.")
            return
        if not options["force"] and not is_local_install():
            raise CommandError(
                "Dữ liệu mẫu tạo tài khoản quản trị với mật khẩu công khai nên chỉ dùng trên máy cài đặt cục bộ "
                "(ALLOWED_HOSTS chỉ gồm localhost). Thêm --force nếu chắc chắn."
            )
        try:
            report = load_province_demo() if options["province"] else load_demo()
        except ProvisioningError as error:
            raise CommandError(str(error)) from None
        if not report.changed:
            self.stdout.write(report.summary())
            return
        self.stdout.write(self.style.SUCCESS(report.summary()))
        if options["verbosity"] > 1:
            for update in report.updates:
                self.stdout.write(f"  – {update}")
