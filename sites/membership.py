"""Putting people into a unit's role groups."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from .models import Role
from .provisioning import ProvisioningError, find_site_unit, roles_in_unit


@transaction.atomic
def add_member(username, hostname, role, email=None, password=None):
    """Create the user if missing and put them in `role` of the unit on `hostname`.

    Returns (user, changes): `changes` lists what was done, empty when nothing was.
    """
    username = (username or "").strip()
    if not username:
        raise ProvisioningError("Thiếu tên đăng nhập.")
    if role not in Role.values:
        raise ProvisioningError(f"Vai trò không hợp lệ: “{role}”. Chọn một trong: {', '.join(Role.values)}.")
    unit = find_site_unit(hostname)
    if unit is None:
        raise ProvisioningError(f"Không tìm thấy trang có tên miền “{hostname}”.")
    if role not in roles_in_unit(unit):
        raise ProvisioningError(
            f"Vai trò “{Role(role).label}” chỉ có ở trang của đơn vị cấp huyện/tỉnh, không có ở “{unit.name}”."
        )
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise ProvisioningError(f"Địa chỉ thư điện tử không hợp lệ: “{email}”.") from None

    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    changes = []
    if user is None:
        user = user_model(username=username, email=email or "")
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
        changes.append(f"tạo người dùng {username}")
    else:
        if email and user.email != email:
            user.email = email
            changes.append(f"cập nhật thư điện tử {email}")
        if password and not user.check_password(password):
            user.set_password(password)
            changes.append("đặt mật khẩu mới")
        if changes:
            user.save()

    group = unit.group_for(role)
    if not user.groups.filter(pk=group.pk).exists():
        user.groups.add(group)
        changes.append(f"thêm vào nhóm {group.name}")
    return user, changes
