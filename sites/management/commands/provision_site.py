from django.core.management.base import BaseCommand, CommandError

from sites.models import UnitKind
from sites.provisioning import ProvisioningError, provision_unit


class Command(BaseCommand):
    help = "Thiết lập một đơn vị và trang thông tin của đơn vị (chạy lại không thay đổi gì)."

    def add_arguments(self, parser):
        parser.add_argument("--kind", required=True, help=f"Loại đơn vị: {', '.join(UnitKind.values)}.")
        parser.add_argument("--name", required=True, help="Tên đầy đủ, ví dụ “Xã Tân Hà”.")
        parser.add_argument("--hostname", help="Tên miền của trang (không dùng cho phòng, ban).")
        parser.add_argument("--parent", help="Tên miền của trang huyện/tỉnh cấp trên.")
        parser.add_argument("--email", default="", help="Thư điện tử công vụ của đơn vị.")
        parser.add_argument("--trusted", action="store_true", help="Đơn vị được tự xuất bản, không qua huyện duyệt.")
        parser.add_argument("--port", type=int, default=80, help="Cổng của trang (mặc định 80).")

    def handle(self, *args, **options):
        try:
            result = provision_unit(
                kind=options["kind"],
                name=options["name"],
                hostname=options["hostname"],
                parent_hostname=options["parent"],
                email=options["email"],
                trusted=options["trusted"],
                port=options["port"],
            )
        except ProvisioningError as error:
            raise CommandError(str(error)) from None

        unit = result.unit
        where = f" ({unit.site.hostname})" if unit.site else ""
        if result.created:
            self.stdout.write(self.style.SUCCESS(f"Đã thiết lập {unit.name}{where}."))
        elif result.changes:
            self.stdout.write(self.style.SUCCESS(f"Đã cập nhật {unit.name}{where}: {'; '.join(result.changes)}."))
        else:
            self.stdout.write(f"Không có thay đổi: {unit.name}{where} đã được thiết lập đầy đủ.")
