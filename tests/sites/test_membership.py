import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from sites.models import Role
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST


def counts():
    return get_user_model().objects.count(), sum(group.user_set.count() for group in Group.objects.all())


@pytest.mark.django_db
def test_add_member_creates_user_in_the_units_role_group(commune, capsys):
    call_command("add_member", "tanha_ctv2", "--site", COMMUNE_HOST, "--role", "collaborator",
                 "--email", "ctv2@tanha.test", "--password", "mat-khau-thu")
    user = get_user_model().objects.get(username="tanha_ctv2")
    assert user.email == "ctv2@tanha.test"
    assert user.check_password("mat-khau-thu")
    assert list(user.groups.all()) == [commune.group_for(Role.COLLABORATOR)]
    assert "tạo người dùng tanha_ctv2" in capsys.readouterr().out


@pytest.mark.django_db
def test_add_member_again_changes_nothing(capsys):
    before = counts()
    call_command("add_member", "editor", "--site", COMMUNE_HOST, "--role", "editor")
    assert counts() == before
    assert "Không có thay đổi" in capsys.readouterr().out


@pytest.mark.django_db
def test_existing_user_can_join_a_second_role(district):
    call_command("add_member", "editor", "--site", DISTRICT_HOST, "--role", "collaborator")
    user = get_user_model().objects.get(username="editor")
    assert district.group_for(Role.COLLABORATOR) in user.groups.all()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["moi", "--site", "khong-co.test", "--role", "editor"], "Không tìm thấy trang", id="unknown-site"),
        pytest.param(["moi", "--site", COMMUNE_HOST, "--role", "board"], "chỉ có ở trang của đơn vị cấp huyện",
                     id="board-on-commune"),
        pytest.param(["moi", "--site", COMMUNE_HOST, "--role", "inspector"], "chỉ có ở trang của đơn vị cấp huyện",
                     id="inspector-on-commune"),
        pytest.param(["moi", "--site", COMMUNE_HOST, "--role", "admin"], "Vai trò không hợp lệ", id="unknown-role"),
        pytest.param(["moi", "--site", COMMUNE_HOST, "--role", "editor", "--email", "khong-phai-email"],
                     "thư điện tử không hợp lệ", id="bad-email"),
    ],
)
@pytest.mark.django_db
def test_bad_input_is_refused_and_creates_nothing(args, message):
    before = counts()
    with pytest.raises(CommandError, match=message):
        call_command("add_member", *args)
    assert counts() == before
    assert not get_user_model().objects.filter(username="moi").exists()


@pytest.mark.parametrize(
    ("password", "message"),
    [
        pytest.param("abc12", "quá ngắn", id="too-short"),
        pytest.param("password123", "quá phổ biến", id="common"),
        pytest.param("84736291057", "toàn là số", id="digits-only"),
        pytest.param("nguyenvanmoi", "giống", id="like-the-username"),
    ],
)
@pytest.mark.django_db
def test_a_weak_password_is_refused_in_vietnamese_and_creates_nothing(password, message):
    before = counts()
    with pytest.raises(CommandError, match="Mật khẩu không đạt yêu cầu") as refused:
        call_command("add_member", "nguyenvanmoi", "--site", COMMUNE_HOST, "--role", "editor", "--password", password)
    assert message in str(refused.value)
    assert counts() == before
