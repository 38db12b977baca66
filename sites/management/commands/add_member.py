from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from sites.membership import add_member
from sites.models import Role
from sites.provisioning import ProvisioningError


class Command(BaseCommand):
    help = "Thêm người dùng vào một vai trò của đơn vị (tạo người dùng nếu chưa có)."

    def add_arguments(self, parser):
        parser.add_argument("username", help="Tên đăng nhập.")
        parser.add_argument("--site", required=True, help="Tên miền trang của đơn vị.")
        parser.add_argument("--role", required=True, help=f"Vai trò: {', '.join(Role.values)}.")
        parser.add_argument("--email", help="Thư điện tử của người dùng.")
        parser.add_argument("--password", help="Mật khẩu (nếu bỏ trống với người dùng mới: chưa đăng nhập được).")

    def handle(self, *args, **options):
        if options["password"]:
            self.check_password(options["password"], options["username"], options["email"])
        try:
            user, changes = add_member(
                options["username"],
                options["site"],
                options["role"],
                email=options["email"],
                password=options["password"],
            )
        except ProvisioningError as error:
            raise CommandError(str(error)) from None

        if not changes:
            self.stdout.write(f"Không có thay đổi: {user.username} đã có vai trò này.")
            return
        self.stdout.write(self.style.SUCCESS(f"{user.username}: {'; '.join(changes)}."))
        if not user.has_usable_password():
            self.stdout.write("Lưu ý: người dùng chưa có mật khẩu; dùng --password để đặt.")

    def check_password(self, password, username, email):
        """AUTH_PASSWORD_VALIDATORS, as the admin's password forms apply them (length, common
        passwords, likeness to the username or e-mail, digits only)."""
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first() or user_model(username=username, email=email or "")
        try:
            validate_password(password, user=user)
        except ValidationError as error:
            raise CommandError("Mật khẩu không đạt yêu cầu: " + " ".join(error.messages)) from None
